import type { z } from 'zod';

/**
 * One line per zod issue, `path.to.field: message`, the form every 4xx, start-up error and CLI message of Vigie
 * uses. `whole` names the value itself when the issue is about all of it ("(top)", "(body)"); without it such an
 * issue is just its message. `prefix` goes before every path (the field the value was found under).
 */
export function issueLines(error: z.ZodError, whole?: string, prefix?: string): string[] {
  return error.issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.') || whole;
    return path ? `${path}: ${i.message}` : i.message;
  });
}
