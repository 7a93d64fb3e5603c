import type { z } from 'zod';
import { issueLines } from '../issueLines.js';

/** Bad input from a source or a person: carries every problem found, one line each, to answer with a 4xx. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InputError';
  }

  static fromZod(error: z.ZodError, prefix = ''): InputError {
    return new InputError(issueLines(error, undefined, prefix));
  }
}
