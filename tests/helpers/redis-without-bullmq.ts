/**
 * `node --import tsx --import ./tests/helpers/redis-without-bullmq.ts …` runs as if bullmq and
 * ioredis were not installed: resolving either fails with ERR_MODULE_NOT_FOUND, the error Node
 * gives for a missing package. Used to check that pagesift and its batch CLI do not need them and
 * that the queue commands say what is missing.
 */
import { register } from 'node:module';

const hook = `
export async function resolve(specifier, context, next) {
  if (/^(bullmq|ioredis)(\\/|$)/.test(specifier)) {
    const error = new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
