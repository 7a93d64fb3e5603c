import type { Context } from './Context.js';
import type { Digest } from '../sla/types.js';

/**
 * Hands a digest to every chat surface; a surface that fails is logged and the others still get it. Returns
 * whether it reached anyone (true when there is no surface at all: nobody to wait for, nothing to retry).
 */
export async function postDigest(ctx: Pick<Context, 'surfaces' | 'log' | 'metrics'>, digest: Digest): Promise<{ delivered: boolean; surfaces: number }> {
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
