import { getDefaultBackendFactory, RedisQueueBackend, type BackendFactory } from 'bullmq';

/**
 * Two costs BullMQ 6.7 pays per finished job that grow with the size of the job, removed from the
 * one Redis command that has them (`moveToFinished`, which completes or fails a job and fetches
 * the worker's next one). Neither changes what Redis receives or what BullMQ does with the reply.
 *
 * - The reply. With the next job fetched, the reply is an array holding that job's hash, its data
 *   (the page: ~260 K characters of base64 on the corpus's readability pages) included.
 *   `RedisQueueBackend.moveToFinished` checks it for an error code with `result < 0`, which turns
 *   the array into a number by way of its string: Array.prototype.join over the whole job, a new
 *   string the size of the page, thrown away. That took ~1.9 ms of the worker's thread a job in a
 *   CPU profile of one worker on those pages (benchmarks/queue/thread-cpu.ts with --cpu-prof,
 *   summed by benchmarks/queue/profile-summary.ts), against ~17 ms for sift() itself. An array of
 *   two or more elements joins to a string with a comma in it, whose number is always NaN: such a
 *   reply gets a Symbol.toPrimitive that gives NaN for a number at once (and the joined string
 *   otherwise, as before), so `result < 0` is false as it was, without the join. (BullMQ's own
 *   code checks `typeof result === 'number'` first in other places.)
 * - The return value. BullMQ passes the job's return value to ioredis as a JSON string; in a
 *   command that also has a Buffer argument (BullMQ's msgpack'd options) ioredis measures the
 *   string's UTF-8 length three times and copies it twice (benchmarks/queue/job-costs.ts times it). A
 *   string argument that long goes as its UTF-8 bytes instead: the same bytes on the wire, measured
 *   and encoded once. On the readability pages (packed reports of ~62 K characters, nearly all
 *   with non-Latin-1 characters) that is ~0.3-0.45 ms a job less.
 */

/** String arguments at least this long (UTF-16 code units) are sent as bytes: under it the conversion costs as much as it saves; a return value of the default pages (~10 K characters) is over it. */
export const BYTES_ARGUMENT_MIN_LENGTH = 4096;

const FINISH_COMMAND = 'moveToFinished';
const NOT_A_NUMBER_REPLY = Symbol('pagesift.notANumberReply');

/** The `Symbol.toPrimitive` given to long replies: NaN as a number (what the joined string gives), the joined string otherwise. */
function replyToPrimitive(this: unknown[], hint: string): number | string {
  return hint === 'number' ? Number.NaN : Array.prototype.join.call(this);
}

/**
 * An array reply of `moveToFinished` with a cheap conversion to a primitive (see above); other
 * replies as they are. Exported for the tests.
 */
export function withCheapNumber(reply: unknown): unknown {
  if (Array.isArray(reply) && reply.length >= 2) Object.defineProperty(reply, Symbol.toPrimitive, { value: replyToPrimitive, configurable: true });
  return reply;
}

/** The arguments of a command with each long string as its UTF-8 bytes (what ioredis would write for it). Exported for the tests. */
export function longStringsAsBytes(args: readonly unknown[]): unknown[] {
  return args.map((arg) => (typeof arg === 'string' && arg.length >= BYTES_ARGUMENT_MIN_LENGTH ? Buffer.from(arg, 'utf8') : arg));
}

type ExecCommand = RedisQueueBackend['execCommand'];

/** Whether a backend's `moveToFinished` goes through lightenFinishCommand (for the tests: a BullMQ upgrade that moves it shows there). */
export function finishCommandLightened(backend: unknown): boolean {
  return backend instanceof RedisQueueBackend && Object.hasOwn(backend, NOT_A_NUMBER_REPLY);
}

/** Route this backend's `moveToFinished` commands through longStringsAsBytes and withCheapNumber; other commands are left alone. */
export function lightenFinishCommand(backend: RedisQueueBackend): void {
  const execCommand: ExecCommand = backend.execCommand.bind(backend);
  const lightened: ExecCommand = (client, commandName, args) => {
    if (commandName !== FINISH_COMMAND) return execCommand(client, commandName, args);
    const reply: unknown = execCommand(client, commandName, longStringsAsBytes(args));
    // a pipeline or transaction queues the command and returns itself: only a reply is changed
    return reply instanceof Promise ? reply.then(withCheapNumber) : reply;
  };
  Object.defineProperty(backend, 'execCommand', { value: lightened, configurable: true, writable: true });
  Object.defineProperty(backend, NOT_A_NUMBER_REPLY, { value: true });
}

/**
 * The backend factory a SiftWorker is built with: BullMQ's default (the Redis backend, or whatever
 * the process set with setDefaultBackendFactory), its `moveToFinished` lightened when it is the
 * Redis backend.
 */
export function siftBackendFactory(): BackendFactory<RedisQueueBackend> {
  const base = getDefaultBackendFactory<RedisQueueBackend>();
  return (name, opts, flags) => {
    const backend = base(name, opts, flags);
    if (backend instanceof RedisQueueBackend) lightenFinishCommand(backend);
    return backend;
  };
}
