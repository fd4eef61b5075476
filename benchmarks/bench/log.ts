/** Progress and warnings on stderr (stdout carries the tables). */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
