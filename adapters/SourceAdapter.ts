import type express from 'express';
import type { CommentSource } from '../src/moderation/CommentSource.js';
import type { Context } from '../src/moderation/Context.js';
import type { ScheduledJob } from '../src/scheduler/startScheduler.js';
import type { Config } from './config.js';

/**
 * A comment source as the composition root wires it (src/moderation/CommentSource.ts for the core's half): the
 * source itself (name, ownership, actions) and its intake, push or pull. Every intake translates its platform's
 * events into IncomingCommentInput and calls `ingestComments(ctx, events)`, which stores before returning: answer
 * the platform (HTTP 200, or advance a polling cursor) only after it returned, so nothing is lost; a thrown error
 * means nothing was kept (answer 503 / keep the cursor).
 */
export interface SourceAdapter {
  readonly source: CommentSource;
  /** Push intake: routers mounted on the one HTTP server (`/webhooks/<source>`). */
  readonly routes?: { path: string; router: express.Router }[];
  /** Pull intake: jobs run by the scheduler (one replica per slot), fed into the same pipeline. */
  readonly jobs?: ScheduledJob[];
  /** Called once at shutdown, after the scheduler stopped. */
  stop?(): Promise<void>;
}

/** What every source factory is handed by the composition root. */
export interface SourceDeps {
  ctx: Context;
  config: Config;
  /**
   * The raw environment: a source with settings of its own (YOUTUBE_…) validates them in its own folder and throws
   * a ConfigError (adapters/config.ts) listing every problem, so adding a source does not touch config.ts. The log
   * hides the value of every variable named *_SECRET, *_TOKEN or *_PASSWORD.
   */
  env: Record<string, string | undefined>;
  /** Hands background work (processing after a 200) to the shutdown drain. */
  track: (work: Promise<void>) => void;
}

/** A source factory: `undefined` when the source is not configured (and then mounts nothing). */
export type SourceFactory = (deps: SourceDeps) => SourceAdapter | undefined | Promise<SourceAdapter | undefined>;
