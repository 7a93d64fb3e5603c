import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';

type Say = (...args: unknown[]) => void;
const LEVELS = ['error', 'warn', 'log', 'info', 'debug'] as const;
const listener = new AsyncLocalStorage<(said: string) => void>();
const ours = new WeakSet<Say>();

/**
 * Runs `work` with whatever it, and only it, writes through `console` handed to `hear` instead of stderr (the scope
 * is the async context of `work`, so other requests and the rest of Vigie still print as usual).
 *
 * botframework-connector writes a refused token's failure with console.error before throwing it — the whole
 * signing key in PEM for a forged signature, a stack trace for an expired token — once per stranger's request.
 * It has no logger option, so its console is taken aside for the duration of its check instead.
 */
export function consoleAside<T>(hear: (said: string) => void, work: () => Promise<T>): Promise<T> {
  install();
  return listener.run(hear, work);
}

/** Wraps each console method once (another copy of this module, as under a test runner, wraps on top: each hears its own). */
function install(): void {
  for (const level of LEVELS) {
    const current = console[level] as Say;
    if (ours.has(current)) continue;
    const aside: Say = (...args) => {
      const hear = listener.getStore();
      if (hear) hear(format(...args));
      else current.apply(console, args);
    };
    ours.add(aside);
    console[level] = aside;
  }
}
