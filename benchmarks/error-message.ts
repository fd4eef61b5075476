/** What a thrown value says, for a script's stderr or its results: `TypeError: …` for an Error, the value as a string otherwise. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
