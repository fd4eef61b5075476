/** Reading eval.json and floors.json into the gate's shapes (pure). */
import { DEFAULT_TOLERANCE, METRIC_KEYS, type Floors, type MetricKey, type ResultsView, type SetMetrics } from './metrics.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberOrNull(v: unknown, where: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: expected a number or null, got ${JSON.stringify(v)}`);
  return v;
}

function field(obj: unknown, key: string, where: string): unknown {
  if (!isRecord(obj)) throw new Error(`${where}: expected an object`);
  return obj[key];
}

/** One set's summary from eval.json → the gate's metrics (null/absent ones are left out). */
export function metricsOfSummary(summary: unknown, where: string): SetMetrics {
  const body = field(summary, 'body', where);
  const spam = field(summary, 'spam', where);
  const snippets = field(summary, 'snippets', where);
  const page = field(summary, 'pageLevel', where);
  const values: Record<MetricKey, number | null> = {
    bodyF1: numberOrNull(field(body, 'f1', `${where}.body`), `${where}.body.f1`),
    snippetAccuracy: numberOrNull(field(snippets, 'accuracy', `${where}.snippets`), `${where}.snippets.accuracy`),
    spamF1: numberOrNull(field(spam, 'f1', `${where}.spam`), `${where}.spam.f1`),
    pageRecall: numberOrNull(field(page, 'recall', `${where}.pageLevel`), `${where}.pageLevel.recall`),
    maxPageFPR: numberOrNull(field(page, 'falsePositiveRate', `${where}.pageLevel`), `${where}.pageLevel.falsePositiveRate`),
    // not in a set's summary: parseResults adds it from eval.json's typeAccuracy
    pageTypeAccuracy: null,
  };
  const out: SetMetrics = {};
  for (const key of METRIC_KEYS) {
    const v = values[key];
    if (v !== null) out[key] = v;
  }
  return out;
}

/** Parses the JSON written by benchmarks/eval/main.ts. */
export function parseResults(json: unknown): ResultsView {
  const meta = field(json, 'meta', 'results');
  const sets = field(json, 'sets', 'results');
  if (!isRecord(sets)) throw new Error('results.sets: expected an object');
  const view: ResultsView = {
    oracle: field(meta, 'oracle', 'results.meta') === true,
    corpus: typeof field(meta, 'corpus', 'results.meta') === 'string' ? (field(meta, 'corpus', 'results.meta') as string) : null,
    date: typeof field(meta, 'date', 'results.meta') === 'string' ? (field(meta, 'date', 'results.meta') as string) : null,
    sets: {},
  };
  for (const [name, summary] of Object.entries(sets)) view.sets[name] = metricsOfSummary(summary, `results.sets.${name}`);
  const types = field(json, 'typeAccuracy', 'results');
  if (types !== undefined) {
    if (!isRecord(types)) throw new Error('results.typeAccuracy: expected an object');
    for (const [name, accuracy] of Object.entries(types)) {
      const value = numberOrNull(field(accuracy, 'accuracy', `results.typeAccuracy.${name}`), `results.typeAccuracy.${name}.accuracy`);
      if (value !== null && view.sets[name] !== undefined) view.sets[name] = { ...view.sets[name], pageTypeAccuracy: value };
    }
  }
  return view;
}

/** Parses floors.json; unknown metric names are an error (a typo must not silently unpin a floor). */
export function parseFloors(json: unknown): Floors {
  if (!isRecord(json)) throw new Error('floors: expected an object');
  const tolerance = json.tolerance === undefined ? DEFAULT_TOLERANCE : json.tolerance;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) throw new Error('floors.tolerance: expected a number ≥ 0');
  if (!isRecord(json.sets)) throw new Error('floors.sets: expected an object');
  const sets: Record<string, SetMetrics> = {};
  for (const [name, metrics] of Object.entries(json.sets)) {
    if (!isRecord(metrics)) throw new Error(`floors.sets.${name}: expected an object`);
    const out: SetMetrics = {};
    for (const [key, value] of Object.entries(metrics)) {
      if (!(METRIC_KEYS as readonly string[]).includes(key)) {
        throw new Error(`floors.sets.${name}.${key}: unknown metric (known: ${METRIC_KEYS.join(', ')})`);
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`floors.sets.${name}.${key}: expected a number`);
      out[key as MetricKey] = value;
    }
    sets[name] = out;
  }
  return {
    tolerance,
    ...(typeof json.note === 'string' ? { note: json.note } : {}),
    ...(typeof json.corpus === 'string' ? { corpus: json.corpus } : {}),
    ...(typeof json.updated === 'string' ? { updated: json.updated } : {}),
    sets,
  };
}
