import { z } from 'zod';
import type { SiftInput } from '../decode/input.js';

/**
 * The data of one sift job, as it travels through Redis (JSON): the page as `html`, `text` or
 * `bytes` (base64, for pages in a charset other than UTF-8), never two of them. `id` is the
 * producer's own id for the page (it becomes the job id, so a re-run does not add the page twice);
 * `url` and `contentType` are passed to the sifter as with `sift({ …, url, contentType })`.
 *
 * A job may also carry only `url` (no page): a worker given a `loadPage` function loads the page
 * itself (from a store, a crawler's cache); without one such a job fails as bad data.
 */
const PAGE_KEYS = ['html', 'text', 'bytes'] as const;

/** Longest producer id: ids longer than this are a bug in the producer (a page passed as an id). */
export const MAX_ID_LENGTH = 1024;

export const siftJobDataSchema = z
  .strictObject({
    id: z.string().min(1).max(MAX_ID_LENGTH).optional().describe("the producer's id of the page; the job id is derived from it (jobIdFor)"),
    html: z.string().optional().describe('the page as HTML'),
    text: z.string().optional().describe('the page as plain text'),
    bytes: z.base64().optional().describe('the page bytes, base64 (any charset: detected as for sift({ bytes }))'),
    url: z.string().min(1).optional().describe("the page's URL (reported; also what a worker's loadPage loads)"),
    contentType: z.string().min(1).optional().describe('the Content-Type header the page came with (charset hint)'),
  })
  .refine((d) => PAGE_KEYS.filter((k) => d[k] !== undefined).length === 1 || (PAGE_KEYS.every((k) => d[k] === undefined) && d.url !== undefined), {
    message: 'give exactly one of html, text, bytes (or only url, for a worker with loadPage)',
  });

export type SiftJobData = z.output<typeof siftJobDataSchema>;

/**
 * The JSON Schema of the job data, for producers in other languages. The "exactly one of html,
 * text, bytes, or url alone" rule is a zod refinement, which JSON Schema cannot carry by itself: it
 * is added here as `oneOf` over the required keys.
 */
export function jobDataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(siftJobDataSchema) as Record<string, unknown>;
  const absent = (keys: readonly string[]): Record<string, unknown>[] => keys.map((k) => ({ not: { required: [k] } }));
  schema['oneOf'] = [
    ...PAGE_KEYS.map((key) => ({ required: [key], allOf: absent(PAGE_KEYS.filter((k) => k !== key)) })),
    { required: ['url'], allOf: absent(PAGE_KEYS) },
  ];
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

/** Size of the page a job carries, in bytes (UTF-8 for strings): what `maxBytes` is checked against. */
export function pageBytes(data: SiftJobData): number {
  if (data.bytes !== undefined) return Buffer.byteLength(data.bytes, 'base64');
  return Buffer.byteLength(data.html ?? data.text ?? '', 'utf8');
}

/** Size of a sifter input in bytes (UTF-8 for strings): a loaded page, or a page read to be queued, against `maxBytes`. */
export function inputBytes(input: SiftInput): number {
  if (typeof input === 'string') return Buffer.byteLength(input, 'utf8');
  if (input instanceof Uint8Array) return input.length;
  if (typeof input === 'object' && input !== null) return input.bytes?.length ?? Buffer.byteLength(input.html ?? input.text ?? '', 'utf8');
  return 0;
}

/** The sifter input for job data that carries its page (undefined for a url-only job). */
export function siftInputOf(data: SiftJobData): SiftInput | undefined {
  const extra = { ...(data.url !== undefined ? { url: data.url } : {}), ...(data.contentType !== undefined ? { contentType: data.contentType } : {}) };
  if (data.html !== undefined) return { html: data.html, ...extra };
  if (data.text !== undefined) return { text: data.text, ...extra };
  if (data.bytes !== undefined) return { bytes: Buffer.from(data.bytes, 'base64'), ...extra };
  return undefined;
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
