import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from './error-message.js';

/**
 * The command-line prologue the benchmark scripts share: node's parseArgs, with a malformed
 * command line (an unknown option, a missing value) turned into the script's own usage message
 * and exit code instead of a stack trace.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: (message: string) => never): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    return usage(errorMessage(e));
  }
}

/** The single positional argument a script takes (a corpus directory), or its usage message. */
export function onlyPositional(positionals: readonly string[], usage: (message: string) => never, what: string): string {
  const [first] = positionals;
  if (positionals.length !== 1 || first === undefined) usage(`expected exactly one ${what}`);
  return first;
}
