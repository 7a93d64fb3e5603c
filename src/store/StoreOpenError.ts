/**
 * The store named by VIGIE_STORE cannot be opened. The message is one line that names the place and says what to
 * do, so start-up can print it as is instead of a stack trace.
 */
export class StoreOpenError extends Error {
  readonly code = 'store_open';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}
