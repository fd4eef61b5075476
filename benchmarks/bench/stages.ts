/** Time per stage: the pipeline run with a StageTimer, and its totals per stage. */
import type { Report, SiftInput } from '../../src/index.js';
import type { Stage, StageTimer } from '../../src/pipeline.js';
import { importDist, type OptionsModule, type PipelineModule, type ResourcesModule } from './build.js';

export const STAGE_COLUMNS = ['decode', 'segment', 'tokenize', 'features', 'classify', 'report'] as const satisfies readonly Stage[];

/** `siftPage` of the build with its resources, for runs with a StageTimer. */
export interface TimedPipeline {
  sift(input: SiftInput, timer: StageTimer, maxBytes?: number): Report;
}

export async function timedPipeline(): Promise<TimedPipeline> {
  const [{ siftPage }, { loadResources }, { parseOptions }] = await Promise.all([
    importDist<PipelineModule>('pipeline.js'),
    importDist<ResourcesModule>('resources.js'),
    importDist<OptionsModule>('options.js'),
  ]);
  const options = parseOptions(undefined);
  // Resources do not depend on maxBytes: one load serves every maxBytes.
  const resources = await loadResources(options);
  const withMax = new Map<number, typeof options>();
  return {
    sift(input, timer, maxBytes) {
      let opts = options;
      if (maxBytes !== undefined) {
        opts = withMax.get(maxBytes) ?? parseOptions({ maxBytes });
        withMax.set(maxBytes, opts);
      }
      return siftPage(resources, opts, input, timer);
    },
  };
}

export type StageTotals = Record<Stage, number>;
export const zeroStages = (): StageTotals => ({ decode: 0, segment: 0, tokenize: 0, features: 0, classify: 0, report: 0 });

/** Stage totals → ms per page for the report columns ('features' without tokenize). */
export function exclusiveStages(totals: StageTotals, n: number): Record<(typeof STAGE_COLUMNS)[number], number> {
  return {
    decode: totals.decode / n,
    segment: totals.segment / n,
    tokenize: totals.tokenize / n,
    features: (totals.features - totals.tokenize) / n,
    classify: totals.classify / n,
    report: totals.report / n,
  };
}

/** A StageTimer adding into `target()` (switchable between pages). */
export function stageTimer(target: () => StageTotals): StageTimer {
  return {
    now: () => performance.now(),
    add(stage, ms) {
      target()[stage] += ms;
    },
  };
}
