import type { Store } from '../../src/store/Store.js';

/**
 * The store, with every failing operation counted before the error goes on to its caller. A Proxy rather than a
 * copy of each method, so a method added to Store later is counted too. `close` is not counted: shutting down is
 * not an outage.
 */
export function countStoreErrors(store: Store, onError: (operation: string) => void): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'close' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (err) {
          onError(prop);
          throw err;
        }
        if (result instanceof Promise) {
          return result.catch((err: unknown) => {
            onError(prop);
            throw err;
          });
        }
        return result;
      };
    },
  });
}
