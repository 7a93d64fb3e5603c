import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import { localActions } from './localActions.js';

/** Comments typed in the console (feedComment): they live nowhere else, so every action is only logged. */
export function consoleSource({ ctx }: SourceDeps): SourceAdapter {
  return { source: { name: 'console', owns: (item) => item.source === 'console', actions: localActions(ctx.log) } };
}
