import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeBase64 } from '../bullmq/job.js';
import type { SiftInput } from '../decode/input.js';
import { BINARY_WARNING, looksBinary } from '../decode/binary.js';
import { boundedLines, readAtMost, readFileAtMost } from './bounded-read.js';
import { EMPTY_WARNING, isEmptyPage } from './empty-input.js';
import { utf8Chunks } from './jsonl-encoding.js';

/** One page to sift, or the reason it could not be read; `name` is a file path, `(stdin)` or a JSONL id. */
export interface Job {
  name: string;
  id?: string;
  input?: SiftInput;
  error?: string;
  /** Where a JSONL record that has an id stands (`FILE:LINE`): said in messages before the id, which alone does not place it. */
  where?: string;
  /** Said on stderr beside the page's report (the page is still sifted): binary data, an empty page, a page cut at --max-bytes. */
  warnings?: string[];
}

/** How much of each input is read: one byte past maxBytes, so the library sees (and reports) the cut. */
export interface ReadLimits {
  maxBytes: number;
}

/**
 * A JSONL record may be this many times maxBytes (plus JSONL_LINE_SLACK): JSON escapes and
 * base64 make a page longer (\u0000 is 6 bytes for 1). A longer record is an error, not read.
 */
export const JSONL_LINE_FACTOR = 6;
export const JSONL_LINE_SLACK = 65_536;

/** Files taken from a directory (other files there are ignored). */
export const PAGE_EXTENSIONS = /\.(?:html?|xhtml|txt)$/i;

/**
 * Said of a name that holds U+FFFD and is not found: Node decodes the command line (and tinyglobby the names a
 * glob matches) as UTF-8, so a file named in Latin-1 or GBK bytes (`caf\xe9.html`, an old Chinese archive's
 * `\xb1\xb1\xbe\xa9.html`) reaches pagesift under a name no file has. A directory is walked by the names' bytes.
 */
export const NOT_UTF8_NAME = 'No such file or directory (its name is not UTF-8, and Node reads names given on the command line or matched by a glob as UTF-8: name the directory that holds it, or rename it, e.g. with convmv)';

function readError(name: string, error: unknown): Job {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? (name.includes('\ufffd') ? NOT_UTF8_NAME : 'No such file or directory') : code === 'ENOTDIR' ? 'Not a directory' : code === 'EISDIR' ? 'Is a directory' : code === 'EACCES' ? 'Permission denied' : (error as Error).message;
  return { name, error: reason };
}

/** Said of a directory named on the command line that holds no page file, as a glob that matches nothing is. */
export const NO_PAGES_IN_DIRECTORY = 'no .html, .htm, .xhtml or .txt file in this directory';

/** A page file found in a directory: its name as shown (UTF-8, as Node decodes names) and its path's own bytes, which open it whatever its name's encoding. */
interface PageFile {
  shown: string;
  path: Buffer;
}

/**
 * The page files under `dir` (`shown`, its bytes `bytes`), sorted by the names' bytes in each
 * directory, or the error job of a directory that cannot be listed (EACCES): it is reported like an
 * unreadable file, and the walk goes on beside it. The names are read as bytes: a file named in
 * Latin-1 or GBK was listed under a name with U+FFFD in it, which no file has, and reported missing
 * (session-42 audit).
 */
async function* walk(shown: string, bytes: Buffer): AsyncGenerator<PageFile | Job> {
  let listed;
  try {
    listed = await readdir(bytes, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    yield readError(shown, error);
    return;
  }
  // byte order (for UTF-8 names, code-point order), whatever the locale: localeCompare followed LANG, so the
  // same directory came out in another order on another machine — ä before or after z (session-42 audit)
  const entries = listed.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    const path = { shown: join(shown, name), path: Buffer.concat([bytes, Buffer.from(sep), entry.name]) };
    if (entry.isDirectory()) yield* walk(path.shown, path.path);
    else if (entry.isFile() && PAGE_EXTENSIONS.test(name)) yield path;
  }
}

/** A JSONL record: {"id": …, "html" | "text" | "bytes_b64": …, "url"?: …, "contentType"?: …}. */
function jobFromRecord(line: string, where: string): Job {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { name: where, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { name: where, error: 'a JSONL record must be an object' };
  const r = record as Record<string, unknown>;
  if (r['id'] !== undefined && typeof r['id'] !== 'string' && typeof r['id'] !== 'number') return { name: where, error: 'id must be a string or a number' };
  const id = r['id'] === undefined ? where : String(r['id']);
  // an error named by the id alone ("pagesift: 3: …" for the record on line 5) sent the user to the wrong line (session-42 audit)
  const named: Pick<Job, 'name' | 'id' | 'where'> = { name: id, id, ...(id !== where ? { where } : {}) };
  // a url or contentType of another type was dropped without a word, and the page sifted without it (session-30 audit)
  const badField = ['url', 'contentType'].find((k) => r[k] !== undefined && typeof r[k] !== 'string');
  if (badField !== undefined) return { ...named, error: `${badField} must be a string` };
  const extra = {
    ...(typeof r['url'] === 'string' ? { url: r['url'] } : {}),
    ...(typeof r['contentType'] === 'string' ? { contentType: r['contentType'] } : {}),
  };
  const given = ['html', 'text', 'bytes_b64'].filter((k) => r[k] !== undefined);
  if (given.length !== 1) return { ...named, error: 'give exactly one of html, text, bytes_b64' };
  const [key] = given as [string];
  const value = r[key];
  if (typeof value !== 'string') return { ...named, error: `${key} must be a string` };
  if (key === 'bytes_b64') {
    // Buffer.from(value, 'base64') skips what is not base64 and would sift the junk left: refused, as a queue job's bytes are
    const bytes = decodeBase64(value);
    if (bytes === undefined) return { ...named, error: 'bytes_b64 is not base64 (standard alphabet, padded to a multiple of 4)' };
    return { ...named, input: { bytes, ...extra }, ...emptyWarning(bytes) };
  }
  return { ...named, input: key === 'html' ? { html: value, ...extra } : { text: value, ...extra }, ...emptyWarning(value) };
}

async function* jsonlJobs(source: string, limits: ReadLimits): AsyncGenerator<Job> {
  const stream = source === '-' ? process.stdin : createReadStream(source);
  const label = source === '-' ? '(stdin)' : source;
  const maxLine = limits.maxBytes * JSONL_LINE_FACTOR + JSONL_LINE_SLACK;
  let lineNo = 0;
  try {
    for await (const line of boundedLines(utf8Chunks(stream), maxLine)) {
      lineNo++;
      if ('tooLong' in line) {
        yield { name: `${label}:${lineNo}`, error: `record of ${line.tooLong} bytes is over the limit of ${maxLine} (${JSONL_LINE_FACTOR} × maxBytes + ${JSONL_LINE_SLACK}); not read` };
        continue;
      }
      if (line.text.trim() === '') continue;
      yield jobFromRecord(line.text, `${label}:${lineNo}`);
    }
  } catch (error) {
    yield readError(label, error);
  }
}

/**
 * The pages named on the command line, in order: files, directories (recursively, page files
 * only, sorted), globs, `-` (one page from standard input), then the records of `--jsonl` files.
 * Reading is lazy, so a large batch is never held in memory at once.
 */
export async function* jobs(paths: readonly string[], jsonl: readonly string[], limits: ReadLimits): AsyncGenerator<Job> {
  const readLimit = limits.maxBytes + 1;
  for (const path of paths) {
    if (path === '-') {
      yield bytesJob('(stdin)', await readAtMost(process.stdin, readLimit), readLimit);
      continue;
    }
    if (isDynamicPattern(path)) {
      // an absolute pattern's matches are absolute, as the shell expands them: tinyglobby made them relative to the
      // working directory ('/data/crawl/*.html' run from /home/me came back as '../../data/crawl/a.html'; session-42 audit)
      const matches = (await glob(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
      if (matches.length === 0) yield { name: path, error: 'no file matches this pattern' };
      for (const match of matches) yield await fileJob(match, readLimit);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield readError(path, error);
      continue;
    }
    if (!isDir) {
      yield await fileJob(path, readLimit);
      continue;
    }
    let found = false;
    for await (const entry of walk(path, Buffer.from(path))) {
      found = true;
      yield 'path' in entry ? await fileJob(entry.shown, readLimit, entry.path) : entry;
    }
    if (!found) yield { name: path, error: NO_PAGES_IN_DIRECTORY };
  }
  for (const source of jsonl) yield* jsonlJobs(source, limits);
}

/** The warnings of a Job, left out when there are none. */
function warned(warnings: string[]): Pick<Job, 'warnings'> {
  return warnings.length > 0 ? { warnings } : {};
}

/** The warning of a page that holds nothing (cli/empty-input.ts), as a part of a Job. */
function emptyWarning(page: Uint8Array | string): Pick<Job, 'warnings'> {
  return warned(isEmptyPage(page) ? [EMPTY_WARNING] : []);
}

/**
 * Said of a file or standard input that held more than maxBytes: reading stopped one byte past it, so
 * the report's truncated warning can only say "input of maxBytes + 1 bytes", whatever its real size,
 * and in json output nothing else tells the user (session-30 audit).
 */
export function overLimitWarning(maxBytes: number): string {
  return `longer than --max-bytes (${maxBytes} bytes): read and sifted up to there only`;
}

/** A page read from a file or standard input (at most `readLimit` bytes), with warnings when it is binary data (decode/binary.ts), empty or cut. */
function bytesJob(name: string, bytes: Uint8Array, readLimit: number): Job {
  const warnings = [
    ...(looksBinary(bytes) ? [BINARY_WARNING] : []),
    ...(isEmptyPage(bytes) ? [EMPTY_WARNING] : []),
    ...(bytes.length >= readLimit ? [overLimitWarning(readLimit - 1)] : []),
  ];
  return { name, input: { bytes }, ...warned(warnings) };
}

/** The page of a file, named `name`; `path` opens it (the bytes of a name that is not UTF-8, found by walking a directory). */
async function fileJob(name: string, readLimit: number, path: string | Buffer = name): Promise<Job> {
  try {
    return bytesJob(name, await readFileAtMost(path, readLimit), readLimit);
  } catch (error) {
    return readError(name, error);
  }
}

/** A job's name in a message on standard error: a JSONL record's place, as other record errors name it, with its id (`pages.jsonl:5 (id 7)`). */
export function jobLabel(job: Pick<Job, 'name' | 'where'>): string {
  return job.where === undefined ? job.name : `${job.where} (id ${job.name})`;
}
