import type { z } from 'zod';

/**
 * zod's message for a key an object does not take names the key and not what the object takes:
 * `(options): Unrecognized key: "maxbytes"` left a user to find out that the option is `maxBytes`,
 * and `rules.0: Unrecognized key: "lable"` that a rule's field is `label` (session-32 audit). As the
 * `error` of a strict object schema, this keeps zod's words and adds the keys the object takes, read
 * from the schema that raised the issue (so an `.extend()`ed schema lists its own):
 * `Unrecognized key: "maxbytes" (options: spamThreshold, maxBytes, …)`. Other issues keep zod's message.
 */
export function knownKeysError(what: string): (issue: z.core.$ZodRawIssue) => string | undefined {
  return (issue) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const keys = (issue as { keys?: readonly string[] }).keys ?? [];
    const shape = (issue.inst as { shape?: Record<string, unknown> } | undefined)?.shape;
    const named = `Unrecognized key${keys.length === 1 ? '' : 's'}: ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
    return shape === undefined ? named : `${named} (${what}: ${Object.keys(shape).join(', ')})`;
  };
}
