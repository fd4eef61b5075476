/**
 * The spam tables of the labelled-document evals (pool/eval.ts, found/eval.ts): page recall over
 * spam documents, false-positive rate over clean ones, spam-token P/R/F1 over spam documents (the
 * corpus metric: mean P and mean R, F1 of the means).
 */
import { aggregate, f1, scoreTexts, type PageScore } from '../metric.js';
import type { Report } from '../../src/report/schema.js';

/** The spam tokens of a report (its spam segments' text) scored against a document's gold spam strings. */
export function spamTokenScore(report: Pick<Report, 'segments'>, gold: Iterable<string>): PageScore {
  return scoreTexts(report.segments.filter((s) => s.label === 'spam').map((s) => s.text), gold);
}

/** A labelled document's report as the tables read it: its verdict and its spam-token scores (spamTokenScore). */
export function scoredReport(report: Pick<Report, 'segments' | 'verdict'>, spam: boolean, gold: Iterable<string>): ScoredDoc & { score: number } {
  const tokens = spamTokenScore(report, gold);
  return { spam, flagged: report.verdict.spam, score: report.verdict.score, precision: tokens.precision, recall: tokens.recall };
}

/** One document as sifted: whether it is spam by its label, whether the verdict flagged it, and its spam-token scores. */
export interface ScoredDoc {
  spam: boolean;
  flagged: boolean;
  precision: number;
  recall: number;
}

export interface Row {
  name: string;
  spamDocs: number;
  caught: number;
  cleanDocs: number;
  falsePositives: number;
  spamP: number | null;
  spamR: number | null;
  spamF1: number | null;
}

const DECIMALS = 3;

export function summarise(name: string, results: readonly ScoredDoc[]): Row {
  const spam = results.filter((r) => r.spam);
  const clean = results.filter((r) => !r.spam);
  const means = aggregate(spam.map((r) => ({ precision: r.precision, recall: r.recall })));
  return {
    name,
    spamDocs: spam.length,
    caught: spam.filter((r) => r.flagged).length,
    cleanDocs: clean.length,
    falsePositives: clean.filter((r) => r.flagged).length,
    spamP: means.precision,
    spamR: means.recall,
    spamF1: means.precision === null || means.recall === null ? null : f1(means.precision, means.recall),
  };
}

/** A row of clean pages only (no spam side). */
export function cleanRow(name: string, falsePositives: number, cleanDocs: number): Row {
  return { name, spamDocs: 0, caught: 0, cleanDocs, falsePositives, spamP: null, spamR: null, spamF1: null };
}

function num(x: number | null): string {
  return x === null ? '–' : x.toFixed(DECIMALS);
}

function ratio(k: number, n: number): string {
  return n === 0 ? '–' : `${(k / n).toFixed(DECIMALS)} (${k}/${n})`;
}

/** The rows as a markdown table. */
export function table(rows: readonly Row[]): string {
  const header = ['', 'page recall', 'FP rate', 'spam P', 'spam R', 'spam F1'];
  const lines = rows.map((r) => [r.name, ratio(r.caught, r.spamDocs), ratio(r.falsePositives, r.cleanDocs), num(r.spamP), num(r.spamR), num(r.spamF1)]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
