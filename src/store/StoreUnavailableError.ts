/**
 * The store was opened but cannot answer right now (Redis restarting, connection lost). Callers that took work
 * from outside answer "try again later" (HTTP 503: Meta redelivers the webhook) so that nothing is lost.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
