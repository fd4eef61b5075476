import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, lookedAt, problems, readAllowList, readVerdicts, verdictKey, verdictsOf, type AllowList, type Verdict } from '../benchmarks/regex-safety/judge.js';
import { checkedRegexes, CONSTRUCTED_KEYS, SHORT_LINE_FILES, type CheckedRegex } from '../benchmarks/regex-safety/regexes.js';
import { findRegexes } from '../benchmarks/pathological/regex-sites.js';

const regex = (key: string, source: string, flags = ''): CheckedRegex => ({ key, site: key, where: key, source, flags });
const NO_ALLOW_LIST: AllowList = { $comment: '', entries: [] };

describe('the ReDoS check (recheck, judged now)', () => {
  it.each([
    ['^(a+)+$', '', 'vulnerable'], // exponential
    ['^(a|a)*$', '', 'vulnerable'], // exponential
    ['\\s*,\\s*', '', 'vulnerable'], // quadratic: a run of spaces with no comma after it, from every start
    ['^\\s*(\\d{1,6})(?:\\.\\d+)?\\s*(?:px)?\\s*$', 'i', 'vulnerable'], // hidden.ts's PIXELS before session 30
    ['[^/#:]*$', '', 'vulnerable'], // declared-types.ts's last path segment before session 30
    ['^a+$', '', 'safe'],
    ['^\\s*(\\d{1,6})(?:\\.\\d+)?(?:\\s*px)?\\s*$', 'i', 'safe'], // PIXELS now
    ['[,，、]', 'u', 'safe'],
  ])('/%s/%s is %s', async (source, flags, status) => {
    expect((await judge(source, flags)).status).toBe(status);
  });
});

describe('problems()', () => {
  const safe: Verdict = { status: 'safe', summary: 'linear' };
  const vulnerable: Verdict = { status: 'vulnerable', summary: '2nd degree polynomial', attack: "' '.repeat(n)" };
  const unknown: Verdict = { status: 'unknown', summary: 'timeout' };
  const a = regex('src/a.ts::/^(a+)+$/', '^(a+)+$');
  const b = regex('src/b.ts::/^a+$/', '^a+$');
  const verdicts = (entries: [CheckedRegex, Verdict][]): Map<string, Verdict> => new Map(entries.map(([r, v]) => [verdictKey(r.source, r.flags), v]));
  const allow = (key: string): AllowList => ({ $comment: '', entries: [{ key, why: 'its input is bounded to 60 characters', bound: 'src/a.ts:1' }] });

  it('reports a vulnerable or undecided regex that the allow-list does not explain', () => {
    expect(problems([a, b], verdicts([[a, vulnerable], [b, safe]]), NO_ALLOW_LIST)).toHaveLength(1);
    expect(problems([a, b], verdicts([[a, unknown], [b, safe]]), NO_ALLOW_LIST)).toHaveLength(1);
    expect(problems([a], new Map(), NO_ALLOW_LIST)).toEqual(['src/a.ts::/^(a+)+$/: no verdict']);
  });

  it('accepts it on the allow-list, and safe regexes without one', () => {
    expect(problems([a, b], verdicts([[a, vulnerable], [b, safe]]), allow(a.key))).toEqual([]);
    expect(problems([a, b], verdicts([[a, unknown], [b, safe]]), allow(a.key))).toEqual([]);
  });

  it('reports an allow-list entry for a regex gone, or judged safe', () => {
    expect(problems([b], verdicts([[b, safe]]), allow(a.key))).toHaveLength(1);
    expect(problems([a, b], verdicts([[a, safe], [b, safe]]), allow(a.key))).toHaveLength(1);
  });

  it('fails a known-vulnerable pattern judged now, as it would a regex of src/', async () => {
    const judged = await verdictsOf([a, b], new Map());
    expect(problems([a, b], judged, NO_ALLOW_LIST)).toEqual([expect.stringContaining('/^(a+)+$/ is vulnerable')]);
    expect(lookedAt([a, b], judged, NO_ALLOW_LIST)).toEqual(new Set([b.key]));
  });
});

describe('every regex src/ runs', () => {
  const regexes = checkedRegexes();

  it('is found: every literal and every new RegExp of src/, and no CONSTRUCTED entry is left over', () => {
    const sites = findRegexes();
    expect(regexes.length).toBeGreaterThanOrEqual(sites.length);
    const siteKeys = new Set(sites.map((s) => s.key));
    expect(CONSTRUCTED_KEYS.filter((k) => !siteKeys.has(k))).toEqual([]);
    // the data patterns are in: one per short-line pattern
    expect(regexes.some((r) => r.key.startsWith('data/cues/credit-lines.json#'))).toBe(true);
  });

  it('is judged safe by recheck, or is on the allow-list with the reason it is safe in practice', async () => {
    // recorded verdicts for the regexes as they are; one added or changed since is judged now (recheck's budget: 30 s each)
    const verdicts = await verdictsOf(regexes, readVerdicts());
    expect(problems(regexes, verdicts, readAllowList())).toEqual([]);
  }, 300_000);

  it('holds the data file of every short-line pass: each module of src/classify that loads line patterns exports a file listed in SHORT_LINE_FILES', async () => {
    const dir = new URL('../src/classify/', import.meta.url);
    const loadsLines = (source: string) => source.includes('loadLinePatterns(') || source.includes('shortLineRule(');
    const loaders = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'short-line.ts' && loadsLines(readFileSync(new URL(f, dir), 'utf8')));
    expect(loaders.length).toBeGreaterThanOrEqual(SHORT_LINE_FILES.length);
    const unlisted: string[] = [];
    for (const file of loaders) {
      const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      // a data file exported as a path, or as the `file` of a short-line rule
      const exported = Object.values(module).map((v) => (typeof v === 'object' && v !== null && 'file' in v ? v.file : v));
      const dataFiles = exported.filter((v): v is string => typeof v === 'string' && v.endsWith('.json'));
      expect(dataFiles.length, `${file} exports no data file`).toBeGreaterThan(0);
      unlisted.push(...dataFiles.filter((f) => !SHORT_LINE_FILES.includes(f)).map((f) => `${file}: ${f}`));
    }
    expect(unlisted).toEqual([]);
  });
});
