import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliLineSchema, reportSchema } from '../src/index.js';
import { runCli } from './helpers/cli-run.js';

/**
 * What the README says of the CLI's json/jsonl lines (session-33 audit, from the packed package): a
 * line is a report with `file` or `id` put first, so the exported reportSchema, which refuses
 * unknown keys, refuses the line as it stands and takes it once that key is out.
 */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-33-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const PAGE = join(TMP, 'page.html');
writeFileSync(PAGE, '<html><head><title>Weather</title></head><body><p>It will be sunny tomorrow, and warm. The wind stays light all day.</p></body></html>');
const RECORDS = join(TMP, 'pages.jsonl');
writeFileSync(RECORDS, [JSON.stringify({ id: 7, html: '<p>Seven is a number, and a page id.</p>' }), JSON.stringify({ text: 'A record with no id.' })].join('\n') + '\n');

describe('json and jsonl lines: the report with its file or id first', () => {
  const run = runCli(['-f', 'jsonl', '--no-progress', '-q', PAGE, '--jsonl', RECORDS]);
  const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

  it('keys the file by its path, a numeric id as a string, and a record without id by FILE:LINE', () => {
    expect(run.status).toBe(0);
    expect(lines.map((line) => Object.entries(line)[0])).toEqual([
      ['file', PAGE],
      ['id', '7'],
      ['id', `${RECORDS}:2`],
    ]);
  });

  it.each([0, 1, 2])('line %i: reportSchema refuses it as it stands and takes it without the key', (index) => {
    const line = lines[index]!;
    expect(reportSchema.safeParse(line).success).toBe(false);
    const { file: _file, id: _id, ...report } = line;
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it.each([0, 1, 2])('line %i: cliLineSchema takes it whole, its key a string', (index) => {
    expect(cliLineSchema.parse(lines[index])).toEqual(lines[index]);
  });

  it('cliLineSchema refuses a report without its key, and a numeric id (the CLI writes ids as strings)', () => {
    const { file: _file, id: _id, ...report } = lines[0]!;
    expect(cliLineSchema.safeParse(report).success).toBe(false);
    expect(cliLineSchema.safeParse({ id: 7, ...report }).success).toBe(false);
  });

  it('-f json on one page: the same object', () => {
    const one = runCli(['-f', 'json', PAGE]);
    const { file, ...report } = JSON.parse(one.stdout) as Record<string, unknown>;
    expect(file).toBe(PAGE);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });
});
