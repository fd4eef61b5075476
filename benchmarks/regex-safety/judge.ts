/**
 * The ReDoS check: recheck's verdict on one regex (safe, vulnerable with its complexity and attack
 * string, or unknown when it could not decide within the budget), the recorded verdicts of
 * verdicts.json, the allow-list of allow-list.json, and the judgement of a list of regexes against
 * both (what the test asserts is empty).
 *
 * Backend: recheck's native binary (the optional package recheck-linux-x64 and its macOS/Windows
 * siblings, a binary shipped inside the registry package: it installs with `npm ci` and runs
 * offline). RECHECK_BACKEND=native unless the caller set another: on a machine without the binary
 * the check fails loudly instead of falling back to the JVM (recheck-jar needs `java`) or to the
 * Scala.js build in a worker (same verdicts, about 2.5× slower: 151 s against 58 s for all
 * regexes, measured session 30).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Parameters } from 'recheck';
import { z } from 'zod';
import type { CheckedRegex } from './regexes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const VERDICTS_FILE = join(HERE, 'verdicts.json');
export const ALLOW_LIST_FILE = join(HERE, 'allow-list.json');

process.env['RECHECK_BACKEND'] ??= 'native';

/**
 * recheck's parameters. The fuzz checker's phases are bounded by steps (characters read by its
 * VM), not by wall time: with recheck's default time limits the verdicts changed with the load of
 * the machine (session 30: features/text.ts's date pattern and a subscribe-appeal pattern came out
 * "vulnerable" with three checks running at once, "safe" alone). attackLimit: an attack string of
 * up to 300,000 characters (recheck's default maxAttackStringSize) must make the VM read more than
 * this many characters, i.e. more than ~330 per character, to count as super-linear (recheck's
 * default, 1.5e9, took ~20 s per vulnerable regex). timeout: the whole budget of one regex; a regex
 * not decided in it is "unknown" and must be on the allow-list like a vulnerable one.
 */
export const RECHECK_PARAMS = {
  timeout: 30_000,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
  attackLimit: 100_000_000,
  randomSeed: 0,
} as const satisfies Parameters;

export const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

const verdictSchema = z.strictObject({
  status: z.enum(['safe', 'vulnerable', 'unknown']),
  checker: z.enum(['automaton', 'fuzz']).optional(),
  /** recheck's summary of the complexity ("linear", "2nd degree polynomial", …) or of the error ("timeout"). */
  summary: z.string(),
  /** A vulnerable regex's attack string, as recheck writes it (`'a'.repeat(n) + '!'`). */
  attack: z.string().optional(),
});
export type Verdict = z.infer<typeof verdictSchema>;

const verdictsFileSchema = z.strictObject({
  $comment: z.string(),
  recheck: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.null()])),
  /** Keyed by verdictKey(source, flags). */
  verdicts: z.record(z.string(), verdictSchema),
});
export type VerdictsFile = z.infer<typeof verdictsFileSchema>;

const allowListSchema = z.strictObject({
  $comment: z.string(),
  entries: z.array(
    z.strictObject({
      /** The regex's key (CheckedRegex.key). */
      key: z.string().min(1),
      /** Why it cannot be slow in practice. */
      why: z.string().min(20),
      /** Where that is enforced: `file:line` of the bound, or "configuration only" with the loader. */
      bound: z.string().min(5),
    }),
  ),
});
export type AllowList = z.infer<typeof allowListSchema>;

/** The key of a regex in verdicts.json: its source and flags as a literal. */
export const verdictKey = (source: string, flags: string): string => `/${source}/${flags}`;

/** recheck's verdict on one regex, within RECHECK_PARAMS's budget. */
export async function judge(source: string, flags: string): Promise<Verdict> {
  const d = await check(source, flags, RECHECK_PARAMS);
  if (d.status === 'safe') return { status: 'safe', checker: d.checker, summary: d.complexity.summary };
  if (d.status === 'vulnerable') return { status: 'vulnerable', checker: d.checker, summary: d.complexity.summary, attack: d.attack.pattern };
  return { status: 'unknown', ...(d.checker !== undefined ? { checker: d.checker } : {}), summary: d.error.kind === 'timeout' || d.error.kind === 'cancel' ? d.error.kind : `${d.error.kind}: ${d.error.message}` };
}

/** The recorded verdicts, or none when they were made by another recheck or with other parameters (then every regex is judged afresh). */
export function readVerdicts(file = VERDICTS_FILE): Map<string, Verdict> {
  const data = verdictsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (data.recheck !== RECHECK_VERSION || JSON.stringify(data.params) !== JSON.stringify(RECHECK_PARAMS)) return new Map();
  return new Map(Object.entries(data.verdicts));
}

export function readAllowList(file = ALLOW_LIST_FILE): AllowList {
  return allowListSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * The verdict of every regex: the recorded one for the same source and flags (verdicts.json), else
 * recheck's, judged now (a regex added or changed since the file was written).
 */
export async function verdictsOf(regexes: readonly CheckedRegex[], recorded: ReadonlyMap<string, Verdict>): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>();
  for (const { source, flags } of regexes) {
    const key = verdictKey(source, flags);
    if (out.has(key)) continue;
    out.set(key, recorded.get(key) ?? (await judge(source, flags)));
  }
  return out;
}

/**
 * What is wrong with a list of regexes, their verdicts and the allow-list: a regex judged
 * vulnerable or undecided that the allow-list does not name, an allow-list entry for a regex that
 * is no longer there or that the check now judges safe (the entry would hide a future change).
 */
export function problems(regexes: readonly CheckedRegex[], verdicts: ReadonlyMap<string, Verdict>, allow: AllowList): string[] {
  const out: string[] = [];
  const allowed = new Set(allow.entries.map((e) => e.key));
  const byKey = new Map(regexes.map((r) => [r.key, r]));
  for (const r of regexes) {
    const verdict = verdicts.get(verdictKey(r.source, r.flags));
    if (verdict === undefined) out.push(`${r.where}: no verdict`);
    else if (verdict.status !== 'safe' && !allowed.has(r.key)) {
      out.push(`${r.where}: /${r.source}/${r.flags} is ${verdict.status} (${verdict.summary}${verdict.attack ? `, attack ${verdict.attack}` : ''}) and not on the allow-list`);
    }
  }
  for (const entry of allow.entries) {
    const r = byKey.get(entry.key);
    if (r === undefined) out.push(`allow-list: ${entry.key} is no longer a regex of src/ or data/`);
    else if (verdicts.get(verdictKey(r.source, r.flags))?.status === 'safe') out.push(`allow-list: ${r.where} is judged safe: take it off the list`);
  }
  return out;
}

/** The keys of the regexes that the check judged safe or that the allow-list explains: the ones somebody has looked at. */
export function lookedAt(regexes: readonly CheckedRegex[], verdicts: ReadonlyMap<string, Verdict>, allow: AllowList): Set<string> {
  const allowed = new Set(allow.entries.map((e) => e.key));
  return new Set(regexes.filter((r) => allowed.has(r.key) || verdicts.get(verdictKey(r.source, r.flags))?.status === 'safe').map((r) => r.key));
}
