import type { Context } from './Context.js';
import type { Digest } from '../sla/types.js';
import { alertView } from './alertView.js';

/**
 * Hands a digest to every chat surface; a surface that fails is logged and the others still get it. Returns
 * whether it reached anyone (true when there is no surface at all: nobody to wait for, nothing to retry).
 */
export async function postDigest(
  ctx: Pick<Context, 'surfaces' | 'log' | 'metrics'> & Partial<Pick<Context, 'policies'>>,
  full: Digest,
): Promise<{ delivered: boolean; surfaces: number }> {
  // Private messages are listed as they were alerted (alertView): sender masked, text withheld where it was.
  const lang = ctx.policies?.get(full.policyId)?.language ?? 'fr';
  const digest: Digest = { ...full, dueToday: full.dueToday.map((i) => alertView(i, lang)), breached: full.breached.map((i) => alertView(i, lang)) };
  let ok = 0;
  for (const surface of ctx.surfaces) {
    try {
      await surface.digest(digest);
      ok++;
    } catch (error) {
      ctx.metrics?.deliveryFailed(surface.name, 'digest');
      const what = digest.catchUp ? 'catch-up digest not delivered' : 'digest not delivered';
      ctx.log.error(what, { surface: surface.name, policy: digest.policyId, error: (error as Error).message });
    }
  }
  return { delivered: ok > 0 || ctx.surfaces.length === 0, surfaces: ok };
}
