import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonlEncoding, utf8Chunks, Utf32JsonlError } from '../src/cli/jsonl-encoding.js';
import { utf32Mark } from '../src/decode/utf32-mark.js';
import { runCli } from './helpers/cli-run.js';

/** Leftovers of the session-32 audit (branch audit2-32): JSON lines in UTF-16 and UTF-32 pages. */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit2-32-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const RECORDS = [
  { id: 'first', text: 'Rain at noon, then sun. Straße, 北京, 🌧 at night.' },
  { id: 'second', html: '<p>It will be sunny tomorrow, and warm.</p>' },
];
/** The records as PowerShell 5 writes them: CRLF line ends. */
const LINES = `${RECORDS.map((r) => JSON.stringify(r)).join('\r\n')}\r\n`;

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
function utf32(text: string, order: 'le' | 'be'): Buffer {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (order === 'le' ? out.writeUInt32LE(p, 4 * i) : out.writeUInt32BE(p, 4 * i)));
  return out;
}

function ids(stdout: string): string[] {
  return stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
}

describe('a JSON-lines file saved as UTF-16 (PowerShell 5 `>` writes UTF-16LE with a mark)', () => {
  const cases: [string, Buffer][] = [
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')])],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LINES)])],
    ['UTF-16LE without a mark (told by its NULs)', Buffer.from(LINES, 'utf16le')],
    ['UTF-16BE without a mark (told by its NULs)', utf16be(LINES)],
  ];
  it.each(cases)('%s has its records read (each failed with "not valid JSON")', (name, bytes) => {
    const file = join(TMP, `${name.replace(/\W+/g, '-')}.jsonl`);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(ids(stdout)).toEqual(['first', 'second']);
    // the text came through whole: the first record's report holds its non-ASCII words
    expect(stdout).toContain('北京');
  });

  it('from standard input too (chunks that split the mark and the characters: the utf8Chunks tests below)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')]);
    const { status, stdout } = runCli(['-q', '-f', 'jsonl', '--jsonl', '-'], bytes);
    expect(status).toBe(0);
    expect(ids(stdout)).toEqual(['first', 'second']);
  });

  it.each([
    ['UTF-32LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(LINES, 'le')])],
    ['UTF-32BE', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(LINES, 'be')])],
  ])('in %s (with its mark) is refused in one line that names the encoding and the conversion, status 2', (order, bytes) => {
    const file = join(TMP, `${order}.jsonl`);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`is ${order}`);
    expect(stderr).toContain('iconv -f UTF-32 -t UTF-8');
  });
});

describe('jsonlEncoding: the first bytes of a --jsonl file', () => {
  const table: [string, number[], string][] = [
    ['UTF-16LE mark', [0xff, 0xfe, 0x7b, 0], 'utf-16le'],
    ['UTF-16BE mark', [0xfe, 0xff, 0, 0x7b], 'utf-16be'],
    ['UTF-8 mark', [0xef, 0xbb, 0xbf, 0x7b], 'utf-8'],
    ['UTF-8, no mark', [...Buffer.from('{"id":1}')], 'utf-8'],
    ['UTF-16LE, no mark', [...Buffer.from('{"id":1}', 'utf16le')], 'utf-16le'],
    ['UTF-16BE, no mark', [...utf16be('{"id":1}')], 'utf-16be'],
    ['FF FE then a character, not 00 00: UTF-16LE', [0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00], 'utf-16le'],
    ['FF FE 00 then a byte: UTF-16LE (U+xx00)', [0xff, 0xfe, 0x00, 0x4e], 'utf-16le'],
    ['00 00 FE then not FF: not UTF-32BE', [0x00, 0x00, 0xfe, 0xfe], 'utf-8'],
    ['empty', [], 'utf-8'],
  ];
  it.each(table)('%s', (_name, bytes, encoding) => {
    expect(jsonlEncoding(Uint8Array.from(bytes))).toBe(encoding);
  });
  it.each([
    ['UTF-32LE', [0xff, 0xfe, 0, 0]],
    ['UTF-32BE', [0, 0, 0xfe, 0xff]],
  ])('%s mark throws', (_name, bytes) => {
    expect(() => jsonlEncoding(Uint8Array.from(bytes))).toThrow(Utf32JsonlError);
  });

  it('utf8Chunks joins a mark, a character and a surrogate pair split across chunks', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"t":"🌧é"}\n', 'utf16le')]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const chunks = [bytes.subarray(0, 1), bytes.subarray(1, cut + 1), bytes.subarray(cut + 1)].filter((c) => c.length > 0);
      const out: Buffer[] = [];
      for await (const c of utf8Chunks(Readable.from(chunks))) out.push(c);
      expect(Buffer.concat(out).toString('utf8')).toBe('{"t":"🌧é"}\n');
    }
  });
  it('utf8Chunks passes UTF-8 through unchanged, a file shorter than a mark included', async () => {
    for (const text of ['', 'a', '{}\n', '{"a":"ß"}\n{"b":2}']) {
      const out: Buffer[] = [];
      for await (const c of utf8Chunks(Readable.from([Buffer.from(text)]))) out.push(c);
      expect(Buffer.concat(out).toString('utf8')).toBe(text);
    }
  });
  it('utf8Chunks drops a UTF-8 mark opening the stream, whatever the chunks, and keeps one further in', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"\ufeff"}\n')]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const out: Buffer[] = [];
      for await (const c of utf8Chunks(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))) out.push(c);
      expect(Buffer.concat(out).toString('utf8')).toBe('{"a":"\ufeff"}\n');
    }
  });
});

describe('a page in UTF-32 (with its byte order mark)', () => {
  const PAGE = '<html><body><p>It will be sunny tomorrow, and warm. The wind stays light all day.</p></body></html>';
  it.each([
    ['UTF-32LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(PAGE, 'le')]), 'utf-16le'],
    ['UTF-32BE', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(PAGE, 'be')]), undefined],
  ])('%s is read as browsers read it, and the report says the page looks like UTF-32 (no warning said so)', (order, bytes, charset) => {
    const file = join(TMP, `${order}.html`);
    writeFileSync(file, bytes);
    const { stdout } = runCli(['-q', '-f', 'json', file]);
    const report = JSON.parse(stdout) as { input: { charset?: string }; warnings: { code: string; message: string }[] };
    if (charset) expect(report.input.charset).toBe(charset);
    const warning = report.warnings.find((w) => w.code === 'bom');
    expect(warning?.message).toContain(`${order} byte order mark`);
    expect(warning?.message).toContain('browsers have no UTF-32');
  });
  it('a UTF-16LE page (mark FF FE, then text) has no such warning', () => {
    const file = join(TMP, 'utf16.html');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]));
    const report = JSON.parse(runCli(['-q', '-f', 'json', file]).stdout) as { warnings: { code: string }[] };
    expect(report.warnings.filter((w) => w.code === 'bom')).toEqual([]);
  });
  it.each([
    ['FF FE 00 00', [0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0], 'UTF-32LE'],
    ['00 00 FE FF', [0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c], 'UTF-32BE'],
    ['FF FE 3C 00 (UTF-16LE)', [0xff, 0xfe, 0x3c, 0], undefined],
    ['FE FF 00 3C (UTF-16BE)', [0xfe, 0xff, 0, 0x3c], undefined],
    ['FF FE 00 (too short)', [0xff, 0xfe, 0], undefined],
    ['00 00 FF FE', [0, 0, 0xff, 0xfe], undefined],
  ])('utf32Mark: %s', (_name, bytes, order) => {
    expect(utf32Mark(Uint8Array.from(bytes))).toBe(order);
  });
});
