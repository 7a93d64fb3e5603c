import type { Context } from '../../src/moderation/Context.js';
import { ingestComments } from '../../src/moderation/ingestComments.js';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import { routeOf } from '../../src/moderation/receiveComment.js';
import { activeSourcePause, recordSourcePause, type SourcePause } from '../../src/moderation/sourcePauses.js';
import { withLease } from '../../src/store/withLease.js';
import { pollInterval } from './pollInterval.js';
import { PassInterrupted, pollPass, type PollCursor } from './pollPass.js';
import { quotaResetAt } from './quotaResetAt.js';
import type { YouTubeClient } from './youtubeClient.js';
import { YouTubeError } from './youtubeError.js';

/** Store namespace of the polling state (one key per channel); written only under the polling lease. */
export const POLL_NAMESPACE = 'youtube-poll';

/** What the store keeps between passes, whichever replica ran them. */
export interface PollState extends PollCursor {
  /** ISO 8601: the next pass is due then (the quota's pace). */
  nextAt?: string;
  /** After rate or server errors: how many in a row, and no pass before `until`. */
  backoff?: { failures: number; until: string };
}

export type TickOutcome =
  | { ran: false; why: 'busy' | 'paused' | 'backing-off' | 'not-due'; until?: string }
  | {
      ran: true;
      /** Events stored by this pass (new, edited or seen again). */
      events: number;
      /** Quota units the pass spent. */
      units: number;
      /** Settles once every stored comment has been checked and alerted. */
      processed: Promise<void>;
      /** Set when the pass stopped on an error: what it was and what the poller does about it. */
      failed?: { failure: string; until: string };
      nextAt?: string;
    };

export interface YouTubePollerConfig {
  ctx: Context;
  client: YouTubeClient;
  channelId: string;
  /** $YOUTUBE_DAILY_QUOTA: the units a day the operator's Google project has. */
  dailyQuota: number;
}

/** The first retry after a rate or server error, doubled at each one in a row, up to the cap. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;
/** The polling lease: renewed every third while a pass runs, so a replica killed mid-pass frees it this soon. */
const LEASE_MS = 60_000;

/**
 * Polls one channel: a tick at `now` (from the scheduler, every few seconds on one replica) runs a pass when one is
 * due, under a lease so that only one replica polls at a time. The pass's comments go through the same pipeline as
 * Facebook's (ingestComments: stored, then checked and alerted), and only once they are stored does the cursor
 * move. A spent quota pauses polling until midnight Pacific time and is recorded for the digest; a rate or server
 * error backs off exponentially; any other error (token, permission) is logged with its advice and retried on the
 * same back-off, since the operator may fix it without a restart.
 */
export function youtubePoller(cfg: YouTubePollerConfig): { tick(now: Date): Promise<TickOutcome> } {
  const { ctx, channelId } = cfg;
  const stateKey = `state:${channelId}`;
  const readState = async (): Promise<PollState> => (await ctx.store.getValue<PollState>(POLL_NAMESPACE, stateKey)) ?? { watched: [] };
  const writeState = (state: PollState) => ctx.store.setValue<PollState>(POLL_NAMESPACE, stateKey, state);

  async function ingest(events: IncomingCommentInput[]) {
    const ingested = await ingestComments(ctx, events, 'youtube');
    // A comment Vigie cannot take (e.g. longer than it stores) is skipped with its reason, not retried forever.
    for (const problem of ingested.problems) ctx.log.warn('youtube: a comment was refused', { channelId, problem });
    return ingested;
  }

  async function pass(now: Date): Promise<TickOutcome> {
    const pause = await activeSourcePause(ctx.store, 'youtube', channelId, now);
    if (pause) return { ran: false, why: 'paused', until: pause.until };
    const state = await readState();
    if (state.backoff && now.getTime() < Date.parse(state.backoff.until)) return { ran: false, why: 'backing-off', until: state.backoff.until };
    if (state.nextAt && now.getTime() < Date.parse(state.nextAt)) return { ran: false, why: 'not-due', until: state.nextAt };

    const spentBefore = cfg.client.spent;
    try {
      const { events, cursor } = await pollPass({ client: cfg.client, channelId, log: ctx.log }, state, now);
      const ingested = await ingest(events);
      const units = cfg.client.spent - spentBefore;
      const nextAt = new Date(now.getTime() + pollInterval(units, cfg.dailyQuota)).toISOString();
      // Stored first, then the cursor: a crash in between repeats these comments, which the store recognizes.
      await writeState({ ...cursor, nextAt });
      return { ran: true, events: events.length, units, processed: ingested.processed, nextAt };
    } catch (err) {
      if (!(err instanceof PassInterrupted)) throw err; // the store failed: the lease's caller logs it
      // What was found before the error is kept; the cursor stays, so the next pass looks again.
      const ingested = await ingest(err.events);
      const units = cfg.client.spent - spentBefore;
      const failed = await onFailure(err.cause, state, now);
      return { ran: true, events: err.events.length, units, processed: ingested.processed, failed };
    }
  }

  async function onFailure(cause: unknown, state: PollState, now: Date): Promise<{ failure: string; until: string }> {
    const failure = cause instanceof YouTubeError ? cause.failure : 'unexpected';
    const detail = cause instanceof YouTubeError ? cause.detail : cause instanceof Error ? cause.message : String(cause);
    if (failure === 'quota') {
      return { failure, until: (await pauseYoutubeForQuota(ctx, channelId, now, 'a poll')).until };
    }
    const failures = (state.backoff?.failures ?? 0) + 1;
    const until = new Date(now.getTime() + Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1))).toISOString();
    await writeState({ ...state, backoff: { failures, until } });
    const fields = { event: 'youtube.poll_failed', channelId, failure, detail, failures, retryAt: until };
    // Rate limits and outages pass; a refused token or permission needs the operator.
    if (failure === 'rate' || failure === 'network') ctx.log.warn('youtube polling failed; backing off', fields);
    else ctx.log.error(`youtube polling failed: ${cause instanceof Error ? cause.message : detail}`, fields);
    return { failure, until };
  }

  return {
    async tick(now) {
      const outcome = await withLease(
        ctx.store,
        `youtube:poll:${channelId}`,
        LEASE_MS,
        () => pass(now),
        (reason) => ctx.log.warn('youtube polling lease lost', { channelId, reason }),
      );
      return outcome.ran ? outcome.result : { ran: false, why: 'busy' };
    },
  };
}

/**
 * Polling of the channel pauses until the quota's reset, and the digest will say so. Called by the poller and by
 * the actions: a quota error on Hide or Reply means the same, since one quota serves every call of the project.
 * Returns the pause in effect (an earlier one when there is one already).
 */
export async function pauseYoutubeForQuota(ctx: Context, channelId: string, now: Date, by: 'a poll' | 'an action'): Promise<SourcePause> {
  const existing = await activeSourcePause(ctx.store, 'youtube', channelId, now);
  if (existing) return existing;
  const name = routeOf(ctx, channelId).pageName;
  const pause: SourcePause = {
    source: 'youtube',
    account: channelId,
    ...(name ? { accountName: name } : {}),
    from: now.toISOString(),
    until: quotaResetAt(now).toISOString(),
    reason: 'quota',
  };
  await recordSourcePause(ctx.store, pause);
  ctx.log.warn(`youtube daily quota spent by ${by}: polling paused until midnight Pacific time`, {
    event: 'youtube.quota_paused',
    channelId,
    until: pause.until,
  });
  return pause;
}
