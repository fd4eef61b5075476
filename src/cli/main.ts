#!/usr/bin/env node
/**
 * The `pagesift` command's entry. Ctrl-C is caught first (interrupt.ts), before the command and the
 * sifter load (run.ts): until session 32 a Ctrl-C during start-up killed the process with no summary
 * and no output, while one a second later gave both.
 */
import { catchInterrupt, leaveInterrupted } from './interrupt.js';
import { EXIT_ERROR, EXIT_INTERRUPTED } from './exit-status.js';

const interrupt = catchInterrupt();

import('./run.js').then(
  async ({ main }) => {
    const { watchOutput } = await import('./output-errors.js');
    watchOutput();
    const code = await main(process.argv.slice(2), interrupt);
    if (code === EXIT_INTERRUPTED || interrupt.signal.aborted) leaveInterrupted();
    else {
      process.exitCode = code;
      interrupt.finished();
    }
  },
).catch((error: unknown) => {
  process.stderr.write(`pagesift: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = EXIT_ERROR;
});
