import buffer from 'node:buffer';
import { z } from 'zod';
import type { SiftInput } from '../decode/input.js';
import { gunzipPage } from './gzip.js';

/**
 * The data of one sift job, as it travels through Redis (JSON): the page as `html`, `text` or
 * `bytes` (base64, for pages in a charset other than UTF-8; gzip-compressed when `contentEncoding` is
 * `gzip`, as enqueuePages sends pages given as bytes), never two of them. `id` is the
 * producer's own id for the page (it becomes the job id, so a re-run does not add the page twice);
 * `url` and `contentType` are passed to the sifter as with `sift({ …, url, contentType })`.
 *
 * A job may also carry only `url` (no page): a worker given a `loadPage` function loads the page
 * itself (from a store, a crawler's cache); without one such a job fails as bad data.
 */
const PAGE_KEYS = ['html', 'text', 'bytes'] as const;
/** The compressions a page sent as `bytes` may have (gzip.ts). */
const CONTENT_ENCODINGS = ['gzip'] as const;

/** Longest producer id: ids longer than this are a bug in the producer (a page passed as an id). */
export const MAX_ID_LENGTH = 1024;

/** The job data schema with the given check of `bytes` (the rest is the same for both uses below). */
function jobDataSchemaWith<Bytes extends z.ZodType<string>>(bytes: Bytes) {
  return z
    .strictObject({
      id: z.string().min(1).max(MAX_ID_LENGTH).optional().describe("the producer's id of the page; the job id is derived from it (jobIdFor)"),
      html: z.string().optional().describe('the page as HTML'),
      text: z.string().optional().describe('the page as plain text'),
      bytes: bytes.optional().describe('the page bytes, base64 (any charset: detected as for sift({ bytes }))'),
      url: z.string().min(1).optional().describe("the page's URL (reported; also what a worker's loadPage loads)"),
      contentType: z.string().min(1).optional().describe('the Content-Type header the page came with (charset hint)'),
      contentEncoding: z.enum(CONTENT_ENCODINGS).optional().describe('gzip: `bytes` are the page gzip-compressed (as HTTP Content-Encoding: gzip); only with bytes'),
    })
    .refine((d) => d.contentEncoding === undefined || d.bytes !== undefined, { message: 'contentEncoding is only for a page given as bytes', path: ['contentEncoding'] })
    .refine((d) => PAGE_KEYS.filter((k) => d[k] !== undefined).length === 1 || (PAGE_KEYS.every((k) => d[k] === undefined) && d.url !== undefined), {
      message: 'give exactly one of html, text, bytes (or only url, for a worker with loadPage)',
    });
}

export const siftJobDataSchema = jobDataSchemaWith(z.base64());

/**
 * The same schema with `bytes` checked only to be a string, for the worker: it checks the base64
 * as it decodes it (decodeBase64). z.base64() decodes the whole page with atob only to see that it
 * can, and the worker then decoded it again: on the readability pages (~200 KB, ~260 KB as base64)
 * zod's check took 0.97 ms a page and Buffer.from 0.36 ms (timed in one process on this VM, with
 * other work running; sift() of those pages takes ~13-20 ms).
 */
const jobDataShapeSchema = jobDataSchemaWith(z.string());

export type SiftJobData = z.output<typeof siftJobDataSchema>;

/**
 * The JSON Schema of the job data, for producers in other languages. The "exactly one of html,
 * text, bytes, or url alone" rule and "contentEncoding only with bytes" are zod refinements, which
 * JSON Schema cannot carry by itself: they are added here as `oneOf` over the required keys and as
 * `dependentRequired`.
 */
export function jobDataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(siftJobDataSchema) as Record<string, unknown>;
  const absent = (keys: readonly string[]): Record<string, unknown>[] => keys.map((k) => ({ not: { required: [k] } }));
  schema['oneOf'] = [
    ...PAGE_KEYS.map((key) => ({ required: [key], allOf: absent(PAGE_KEYS.filter((k) => k !== key)) })),
    { required: ['url'], allOf: absent(PAGE_KEYS) },
  ];
  schema['dependentRequired'] = { contentEncoding: ['bytes'] };
  return schema;
}

/** Bad job data: the job fails with this message and is not retried (it would fail again). */
export class SiftJobDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiftJobDataError';
  }
}

/** Validate job data; a clear one-line reason on failure (never the page itself). */
export function parseJobData(data: unknown): SiftJobData {
  const parsed = siftJobDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new SiftJobDataError(`bad pagesift job data: ${parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(data)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * The bytes of a base64 string, or undefined when it is not base64 as z.base64() (the schema's
 * check) has it: characters of the standard alphabet only, a length that is a multiple of 4, at
 * most two `=` at the end. Node's decoder is lenient: it skips characters outside the alphabet,
 * takes base64url's `-` and `_`, and reads many non-ASCII characters by their low byte. So the text
 * must be ASCII without `-` or `_`, and the decoded length must be the one its length and padding
 * give: any skipped character (whitespace, `=` before the end, `*`) makes the output shorter.
 * tests/bullmq-packed.test.ts checks it against z.base64() on generated strings.
 */
export function decodeBase64(text: string): Buffer | undefined {
  if (text.length % 4 !== 0) return undefined;
  if (Buffer.byteLength(text, 'utf8') !== text.length || text.includes('-') || text.includes('_')) return undefined;
  const bytes = Buffer.from(text, 'base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return bytes.length === (text.length / 4) * 3 - padding ? bytes : undefined;
}

/** A job's data once checked: the data, the page as the sifter's input (undefined for a url-only job) and the page's size in bytes (UTF-8 for strings; once gunzipped), what `maxBytes` is checked against. */
export interface JobPage {
  data: SiftJobData;
  input: SiftInput | undefined;
  bytes: number;
}

/** The reason a job fails when its page is over the worker's maxBytes. */
export function overMaxBytes(bytes: number | undefined, maxBytes: number): string {
  return bytes === undefined ? `page is over maxBytes (${maxBytes}) once gunzipped` : `page of ${bytes} bytes is over maxBytes (${maxBytes})`;
}

/**
 * parseJobData and the page's input in one pass, as the worker needs them: the same data accepted,
 * with a page sent as bytes decoded once (and gunzipped, never past `maxBytes`). Bad data throws
 * SiftJobDataError with parseJobData's own reason (it is asked again for the message: bad data is
 * rare, and its reasons then stay word for word); so does a page over `maxBytes` (overMaxBytes).
 */
export function parseJobPage(raw: unknown, maxBytes: number): JobPage {
  const parsed = jobDataShapeSchema.safeParse(raw);
  const decoded = parsed.success && parsed.data.bytes !== undefined ? decodeBase64(parsed.data.bytes) : undefined;
  if (!parsed.success || (parsed.data.bytes !== undefined && decoded === undefined)) {
    parseJobData(raw);
    throw new Error('pagesift: decodeBase64 refused a string that z.base64() accepts'); // a bug here, not bad data
  }
  const data = parsed.data;
  const extra = { ...(data.url !== undefined ? { url: data.url } : {}), ...(data.contentType !== undefined ? { contentType: data.contentType } : {}) };
  const page = decoded !== undefined && data.contentEncoding === 'gzip' ? gunzipped(decoded, maxBytes) : decoded;
  const text = data.html ?? data.text;
  const size = page?.length ?? (text === undefined ? 0 : Buffer.byteLength(text, 'utf8'));
  if (size > maxBytes) throw new SiftJobDataError(overMaxBytes(size, maxBytes));
  if (page !== undefined) return { data, input: { bytes: page, ...extra }, bytes: size };
  if (data.html !== undefined) return { data, input: { html: data.html, ...extra }, bytes: size };
  if (data.text !== undefined) return { data, input: { text: data.text, ...extra }, bytes: size };
  return { data, input: undefined, bytes: 0 };
}

function gunzipped(bytes: Buffer, maxBytes: number): Buffer {
  const result = gunzipPage(bytes, Math.min(maxBytes, buffer.constants.MAX_LENGTH));
  if ('bytes' in result) return result.bytes;
  throw new SiftJobDataError(result.error === 'too-large' ? overMaxBytes(undefined, maxBytes) : `bad pagesift job data: bytes: not gzip data (${result.message})`);
}

/** Size of a sifter input in bytes (UTF-8 for strings): a loaded page, or a page read to be queued, against `maxBytes`. */
export function inputBytes(input: SiftInput): number {
  if (typeof input === 'string') return Buffer.byteLength(input, 'utf8');
  if (input instanceof Uint8Array) return input.length;
  if (typeof input === 'object' && input !== null) return input.bytes?.length ?? Buffer.byteLength(input.html ?? input.text ?? '', 'utf8');
  return 0;
}

/**
 * The BullMQ job id for a producer id. BullMQ refuses custom ids that are integers ("42") or
 * contain ':' (its key separator); `%` and `:` are escaped as `%25` and `%3A`, and an id that is
 * still an integer gets the prefix `%N` (which escaping never produces), so the mapping stays
 * one-to-one and the same id always gives the same job id.
 */
export function jobIdFor(id: string): string {
  const escaped = id.replaceAll('%', '%25').replaceAll(':', '%3A');
  return `${Number.parseInt(escaped, 10)}` === escaped ? `%N${escaped}` : escaped;
}
