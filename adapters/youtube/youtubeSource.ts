import type { Context } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import { banRefusal } from '../../src/moderation/banRefusal.js';
import type { ScheduledJob } from '../../src/scheduler/startScheduler.js';
import type { CommentSource } from '../../src/moderation/CommentSource.js';
import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import { googleToken } from './googleToken.js';
import { youtubeActions, type YouTubeActions } from './youtubeActions.js';
import { youtubeClient } from './youtubeClient.js';
import type { YouTubeConfig } from './youtubeConfig.js';
import { pauseYoutubeForQuota, youtubePoller, type TickOutcome } from './youtubePoller.js';

/** How often the scheduler asks whether a pass is due; the quota sets the real pace (pollInterval). */
export const TICK_CRON = '*/10 * * * * *';

/**
 * The YouTube channel as a comment source (src/moderation/CommentSource.ts, adapters/SourceAdapter.ts): it owns the
 * `youtube` items of its channel, acts on them through the Data API, and takes comments in by polling, a scheduler
 * job fed into the same pipeline as the webhooks.
 */
export interface YouTubeSource extends SourceAdapter {
  readonly source: CommentSource & { readonly actions: YouTubeActions };
  /** The polling job: run by the scheduler on one replica per slot, each pass under a lease of its own. */
  readonly jobs: ScheduledJob[];
  /** One tick at `now` (the job's body; tests call it with the time they choose). */
  tick(now: Date): Promise<TickOutcome>;
}

export interface YouTubeSourceOptions {
  dryRun?: boolean;
  /** Hands the background checking and alerting of each pass to the shutdown drain. */
  track?: (work: Promise<void>) => void;
}

export function youtubeSource(ctx: Context, cfg: YouTubeConfig, opts: YouTubeSourceOptions = {}): YouTubeSource {
  const token = googleToken(cfg);
  const client = youtubeClient({ apiUrl: cfg.apiUrl, token, now: () => ctx.now(), log: ctx.log });
  const poller = youtubePoller({ ctx, client, channelId: cfg.channelId, dailyQuota: cfg.dailyQuota });
  const actions = youtubeActions({
    client,
    log: ctx.log,
    ...(opts.dryRun ? { dryRun: true } : {}),
    banRefusal: (item) => banRefusal(ctx, item),
    onQuota: async () => void (await pauseYoutubeForQuota(ctx, cfg.channelId, ctx.now(), 'an action')),
  });
  const tick = async (now: Date) => {
    const outcome = await poller.tick(now);
    if (outcome.ran) opts.track?.(outcome.processed);
    return outcome;
  };
  return {
    source: { name: 'youtube', owns: (item: Item) => item.source === 'youtube' && item.pageId === cfg.channelId, actions },
    jobs: [{ name: `youtube-poll-${cfg.channelId}`, cron: TICK_CRON, timeZone: 'UTC', run: tick }],
    tick,
  };
}

/** The composition root's factory: the channel's source when YOUTUBE_CHANNEL_ID and its credentials are set. */
export const youtubeSourceFactory = ({ ctx, config, track }: SourceDeps): YouTubeSource | undefined =>
  config.youtube ? youtubeSource(ctx, config.youtube, { dryRun: config.dryRun, track }) : undefined;
