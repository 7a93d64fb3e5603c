import type { z } from 'zod';

/** Bad input from a source or a person: carries every problem found, one line each, to answer with a 4xx. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InputError';
  }

  static fromZod(error: z.ZodError, prefix = ''): InputError {
    return new InputError(
      error.issues.map((i) => {
        const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
        return path ? `${path}: ${i.message}` : i.message;
      }),
    );
  }
}
