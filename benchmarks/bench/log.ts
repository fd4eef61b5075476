/** Progress and warnings on stderr (stdout carries the tables). */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
