/**
 * The train / held-back split of the labelled pool, fixed before any tuning (December 2026):
 * five folds by the FNV-1a hash of the document id; fold 0 is held back and read only to report,
 * folds 1–4 are for training and cross-validation.
 */
export const FOLDS = 5;
export const HELD_BACK_FOLD = 0;
export const TRAIN_FOLDS = [1, 2, 3, 4] as const;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function foldOf(id: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash % FOLDS;
}
