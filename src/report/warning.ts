/** Something odd about the input that did not stop the sift. */
export interface Warning {
  code: WarningCode;
  message: string;
}

export const WARNING_CODES = [
  'truncated',
  'bom',
  'binary',
  'unknown-charset',
  'charset-mismatch',
  'charset-detected',
  'undecodable-bytes',
  'lone-surrogates',
  'segment-limit',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
