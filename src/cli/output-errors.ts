import { writeStderrLine } from './stderr-line.js';
import { EXIT_ERROR, EXIT_OK } from './exit-status.js';

/**
 * Failed writes to the command's standard output and error. A closed pipe on standard output
 * (`pagesift … | head -1`) is a normal way to stop reading: exit 0 at once. Any other failure there
 * (a full disk, /dev/full, an I/O error) loses reports: one line on standard error and exit
 * EXIT_ERROR at once, not a stack trace and status 1, which says spam (session-32 audit). A
 * failed write to standard error (2>/dev/full) leaves nothing to say it on: the run goes on and
 * ends with EXIT_ERROR (as coreutils' close_stdout does), set as the process exits.
 */
export function watchOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    writeStderrLine(`pagesift: cannot write to standard output: ${error.message}`);
    process.exit(EXIT_ERROR);
  });
  let stderrFailed = false;
  process.stderr.on('error', () => {
    stderrFailed = true;
  });
  // the failed write's 'error' event may come after the run's status was set: read it on the way out
  process.on('exit', () => {
    if (stderrFailed && (process.exitCode === undefined || Number(process.exitCode) < EXIT_ERROR)) process.exitCode = EXIT_ERROR;
  });
}
