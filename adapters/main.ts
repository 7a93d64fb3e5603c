// `npm start`: the composition root. Reads the environment, loads the policies, opens the store, builds the core's
// Context, mounts every adapter on one HTTP server, starts the scheduler and, when no chat app is configured and
// standard input is a terminal (or when asked), the local console. Known start-up problems print their reason and
// exit 2, never a stack trace. SIGTERM drains: see close().
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { message, render, say } from '../src/messages/Message.js';
import { readerLang } from '../src/messages/readerLang.js';
import { orphanExceptions } from '../src/moderation/exceptions/orphanExceptions.js';
import { pageExceptions } from '../src/moderation/exceptions/pageExceptions.js';
import type { Lang } from '../src/policy/types.js';
import type { Context, Logger } from '../src/moderation/Context.js';
import type { Item } from '../src/moderation/Item.js';
import { platformForSources } from '../src/moderation/CommentSource.js';
import { recoverPending } from '../src/moderation/recoverPending.js';
import { runDigest } from '../src/moderation/runDigest.js';
import { runReminders } from '../src/moderation/runReminders.js';
import { compilePolicy } from '../src/policy/compilePolicy.js';
import { recoveryJob } from '../src/scheduler/recoveryJob.js';
import { startScheduler, type ScheduledJob } from '../src/scheduler/startScheduler.js';
import { releaseHeldLeases } from '../src/store/withLease.js';
import { slaSchedule } from '../src/sla/schedule.js';
import { openStore } from '../src/store/openStore.js';
import { redactUrl } from '../src/store/redactUrl.js';
import type { Store } from '../src/store/Store.js';
import { facebookSource } from './facebook/facebookSource.js';
import { instagramSource } from './instagram/instagramSource.js';
import { messengerSource } from './messenger/messengerSource.js';
import { wantsConsole, type Config } from './config.js';
import { configuredStart } from './configuredStart.js';
import { createDrain } from './drain.js';
import { createLogger } from './logging/createLogger.js';
import { metricsRouter } from './metrics/metricsRouter.js';
import type { Prometheus } from './metrics/prometheusMetrics.js';
import { timeWebhooks } from './metrics/timeWebhooks.js';
import { createServer } from './server.js';
import { createShell } from './shell/createShell.js';
import { consoleSource } from './shell/consoleSource.js';
import type { SourceAdapter, SourceDeps } from './SourceAdapter.js';
import { webhookSource } from './webhooks/webhookSource.js';
import { teamsGate } from './teams/teamsGate.js';
import { usualInterval } from './youtube/youtubeConfig.js';
import { youtubeSourceFactory, type YouTubeSource } from './youtube/youtubeSource.js';

export interface VigieIo {
  /** The console's keyboard. */
  input: Readable;
  /** The banner and the console. */
  output: Writable;
  /** The log. */
  error: Writable;
  /** Whether `input` is a person at a terminal (default: its isTTY); the console starts only then, unless forced. */
  interactive?: boolean;
}

export interface VigieHandle {
  config: Config;
  ctx: Context;
  /** The port the server listens on (the real one when PORT=0). */
  port: number;
  /** Whether the local console runs. */
  console: boolean;
  /** The YouTube channel's source when configured (its scheduler job polls; tests tick it with their own time). */
  youtube?: YouTubeSource;
  /** Settles once Vigie has stopped: close() was called or the console was quit. */
  closed: Promise<void>;
  /**
   * Drains, then stops: refuses new requests (503), lets those in flight and the work they acknowledged finish (at
   * most `drainMs`), stops the scheduler, gives back the leases of work still running, closes the console, the
   * server and the store. Safe to call twice.
   */
  close(): Promise<void>;
}

/** How long close() lets acknowledged work finish: with the steps around it, a SIGTERM exits within 10 s. */
export const DRAIN_MS = 6_000;

/** A start-up problem an operator can fix; main prints its message and exits 2. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** Every secret value the configuration holds, for the log to hide wherever one would appear. */
function secretsOf(config: Config, env: Record<string, string | undefined>): (string | undefined)[] {
  let storePassword: string | undefined;
  try {
    storePassword = decodeURIComponent(new URL(config.store).password) || undefined;
  } catch {
    storePassword = undefined; // a file path
  }
  return [
    config.slack?.signingSecret,
    config.slack?.botToken,
    config.teams.appPassword,
    config.facebook.appSecret,
    config.facebook.verifyToken,
    config.facebook.pageToken,
    config.youtube?.clientSecret,
    config.youtube?.refreshToken,
    config.webhookSecret,
    config.metricsToken,
    storePassword,
    // A source's own settings (YOUTUBE_REFRESH_TOKEN, …) are read in its folder: hidden by their names.
    ...Object.entries(env)
      .filter(([name]) => /_(SECRET|TOKEN|PASSWORD)$/.test(name))
      .map(([, value]) => value?.trim() || undefined),
  ];
}

/** The reminder and digest ticks of every policy, fed into the same pipeline as webhooks, and the sweep of
 *  comments left pending by a surface that was down. */
function schedulerJobs(ctx: Context, sources: readonly SourceAdapter[]): ScheduledJob[] {
  return [
    ...slaSchedule(ctx.policies.values()).map((spec) => ({
      name: spec.name,
      cron: spec.cron,
      timeZone: spec.timeZone,
      run: (now: Date) => (spec.job === 'reminders' ? runReminders(ctx, now) : runDigest(ctx, now)),
    })),
    recoveryJob(ctx),
    ...sources.flatMap((s) => s.jobs ?? []),
  ];
}

function listen(app: express.Express, port: number, lang: Lang): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port);
    // Idle keep-alive connections stay open longer than a load balancer's (60 s is the common idle timeout):
    // with Node's 5 s, the server closes a connection just as the balancer or a client pool reuses it, and that
    // request fails with ECONNRESET.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.once('listening', () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new StartupError(render(message('startup.port-in-use', { port }), lang)));
      } else if (err.code === 'EACCES') {
        reject(new StartupError(render(message('startup.port-privileged', { port }), lang)));
      } else reject(err);
    });
  });
}

/**
 * Starts the whole product in this process and returns a handle to stop it (tests run it on PORT=0 with a temp
 * store). Throws ConfigError, PolicyLoadError, RoutingError, StoreOpenError or StartupError with a message that
 * lists what to fix.
 */
export async function startVigie(
  env: Record<string, string | undefined>,
  io: VigieIo = { input: process.stdin, output: process.stdout, error: process.stderr },
  opts: { now?: () => Date; policyDir?: string; drainMs?: number } = {},
): Promise<VigieHandle> {
  const { config, policies, defaultPolicyId, routing } = await configuredStart(env, opts.policyDir);
  const interactive = io.interactive ?? Boolean((io.input as { isTTY?: boolean }).isTTY);
  const withConsole = wantsConsole(config, interactive);
  const log: Logger = await createLogger(io.error, { format: config.logFormat, quiet: withConsole, secrets: secretsOf(config, env) });
  const opened: Store = await openStore(config.store, { log });
  const now = opts.now ?? (() => new Date());
  // prom-client loads only when metrics are on.
  let prom: Prometheus | undefined;
  let store = opened;
  if (config.metricsToken) {
    const [{ prometheusMetrics }, { countStoreErrors }] = await Promise.all([
      import('./metrics/prometheusMetrics.js'),
      import('./metrics/countStoreErrors.js'),
    ]);
    prom = prometheusMetrics({ store: opened, policies, defaultPolicyId, now });
    store = countStoreErrors(opened, prom.storeError);
  }
  const drain = createDrain();

  const stops: (() => Promise<void>)[] = [() => store.close()];
  const stopAll = async () => {
    // Last started, first stopped: the store closes after everything that writes to it.
    for (const stop of stops.splice(0).reverse()) await stop().catch((err: unknown) => log.warn('stopping failed', { error: String(err) }));
  };
  try {
    const sources: SourceAdapter[] = [];
    const ctx: Context = {
      policies,
      defaultPolicyId,
      store,
      surfaces: [],
      // Only an authenticated intake's items reach a platform, through the source that owns them (CommentSource):
      // Facebook's go to the Graph API (or are only logged without a Page token), the console's nowhere; the generic
      // webhook's (`webhook-…`) are record-and-alert only.
      platformFor: (item: Item) => platformForSources(sources.map((a) => a.source))(item),
      now,
      log,
      moderators: config.moderators,
      dryRun: config.dryRun,
      routing,
      ...(prom ? { metrics: prom.core } : {}),
    };
    // YouTube has no push for comments: its source polls, on the scheduler, within the quota the operator declares.
    if (config.youtube) {
      log.info('youtube: polling the channel', {
        event: 'youtube.polling',
        channelId: config.youtube.channelId,
        dailyQuota: config.youtube.dailyQuota,
        intervalSeconds: Math.round(usualInterval(config.youtube.dailyQuota) / 1000),
      });
    }

    // The comment sources (adapters/SourceAdapter.ts): adding one is a line here and its own folder.
    const deps: SourceDeps = { ctx, config, env, track: drain.track };
    // Instagram and the Page's private messages come from the same Meta app: their readers also take deliveries
    // sent to the Facebook callback URL.
    const instagram = instagramSource(deps);
    const messenger = messengerSource(deps);
    sources.push(facebookSource(deps, [messenger.metaObject, instagram.metaObject]), instagram, messenger, webhookSource(deps), consoleSource(deps));
    const youtube: YouTubeSource | undefined = youtubeSourceFactory(deps);
    if (youtube) sources.push(youtube);
    for (const s of sources) stops.push(async () => s.stop?.());
    const routers: { path: string; router: express.Router }[] = [
      ...sources.flatMap((s) => s.routes ?? []),
      // 404 with the reason until VIGIE_METRICS_TOKEN is set.
      { path: '/metrics', router: metricsRouter(prom?.registry, config.metricsToken) },
    ];
    if (config.slack) {
      // Loaded only when configured: the console alone starts faster without Bolt.
      const { createSlack } = await import('./slack/createSlack.js');
      const slack = createSlack(ctx, { ...config.slack, onWork: drain.track });
      routers.push({ path: '/', router: slack.router });
      ctx.surfaces.push(slack.surface);
      stops.push(() => slack.locales.idle());
      if (!config.slack.channel) log.warn('SLACK_CHANNEL is not set: alerts go to Slack only for pages whose routing names a channel');
    }
    const teamsConfig = {
      appId: config.teams.appId,
      appPassword: config.teams.appPassword,
      appType: config.teams.appType,
      tenantId: config.teams.tenantId,
      local: config.teams.local,
    };
    if (config.teams.appId) {
      const { createTeams } = await import('./teams/createTeams.js');
      const teams = createTeams(ctx, teamsConfig);
      routers.push({ path: '/', router: teams.router });
      ctx.surfaces.push(teams.surface);
    } else if (config.teams.local) {
      log.warn(
        'VIGIE_TEAMS_LOCAL=1: /api/messages takes UNAUTHENTICATED activities from this machine (Bot Framework Emulator); ' +
          'anyone on this host can press the alert buttons. Never set it on a shared or exposed server.',
      );
      // botbuilder, the heaviest import by far, loads with the first activity instead of delaying every console start.
      let teamsRouter: Promise<express.Router> | undefined;
      const lazy = express.Router();
      lazy.use('/api/messages', teamsGate(teamsConfig));
      lazy.all('/api/messages', (req, res, next) => {
        teamsRouter ??= import('./teams/createTeams.js').then(({ createTeams }) => createTeams(ctx, teamsConfig).router);
        teamsRouter.then((router) => router(req, res, next), next);
      });
      routers.push({ path: '/', router: lazy });
    } else {
      // Teams is not configured: the route answers why (401) instead of a bare 404, without loading botbuilder.
      const shut = express.Router();
      shut.use('/api/messages', teamsGate(teamsConfig));
      routers.push({ path: '/', router: shut });
    }

    // Assigned once, after the server whose readiness probe reads it: it cannot be declared where its value exists.
    // eslint-disable-next-line prefer-const
    let scheduler: ReturnType<typeof startScheduler> | undefined;
    const app = createServer(routers, {
      logError: (m) => log.error(m),
      before: [{ path: '/', handler: drain.gate }, ...(prom ? [{ path: '/webhooks', handler: timeWebhooks(prom) }] : [])],
      ready: async () => ({
        store: await Promise.race([
          store.getValue('health', 'probe').then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
        ]),
        policies: [...policies.keys()],
        scheduler: scheduler?.running() ?? false,
        surfaces: ctx.surfaces.map((s) => s.name),
        draining: drain.draining,
      }),
    });
    const server = await listen(app, config.port, readerLang(env) ?? 'fr');
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          if (server.listening) server.close(() => resolve());
          else resolve();
        }),
    );
    const port = (server.address() as AddressInfo).port;

    const endpoints = [
      '/healthz',
      '/readyz',
      ...routers.map((r) => r.path).filter((p) => p !== '/'),
      ...(config.slack ? ['/slack/events'] : []),
      '/api/messages',
    ];
    // The banner first, then the console's greeting and prompt under it: in the operator's language (the terminal's
    // locale), else the default policy's, never both glued together (issue 16 item 8).
    const operatorLang = readerLang(env) ?? policies.get(defaultPolicyId)!.language;
    const surfaces = [...ctx.surfaces.map((s) => s.name), ...(withConsole ? ['shell'] : [])].join(', ') || say(operatorLang, 'startup.no-surface');
    io.output.write(
      [
        `Vigie — http://localhost:${port}  ${endpoints.join(' ')}`,
        say(operatorLang, 'startup.store', { store: redactUrl(config.store) }),
        say(operatorLang, 'startup.policy', { id: defaultPolicyId, n: policies.size }),
        say(operatorLang, 'startup.surfaces', { list: surfaces }) + (config.dryRun ? say(operatorLang, 'startup.dry-run') : ''),
        '',
      ].join('\n'),
    );
    // A policy change never drops a moderator's exception silently: one whose rule is gone is named here (and kept).
    const orphans = orphanExceptions(policies, await pageExceptions(store));
    if (orphans.length) {
      io.output.write(
        [
          say(operatorLang, 'exception.orphans', { n: orphans.length }),
          ...orphans.map((e) => say(operatorLang, 'exception.orphan', { id: e.id, rule: e.rule })),
          '',
        ].join('\n'),
      );
      log.warn('moderator exceptions name rules the policies no longer have', {
        event: 'startup.orphan_exceptions',
        exceptions: orphans.map((e) => e.id),
        rules: orphans.map((e) => e.rule),
      });
    }
    if (ctx.surfaces.length === 0 && !withConsole) {
      log.warn(
        'no chat surface is configured: comments are checked and stored, but no alert reaches anyone. ' +
          'Set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN, or MicrosoftAppId (README "Slack", "Microsoft Teams")',
        { event: 'startup.no_surface' },
      );
    }
    // The console speaks the language of the person at the terminal, as the banner above it does.
    const shell = withConsole ? createShell(ctx, { input: io.input, output: io.output, lang: operatorLang }) : undefined;
    if (shell) {
      ctx.surfaces.push(shell.surface);
      stops.push(async () => shell.close());
    }

    const recovered = await recoverPending(ctx);
    if (recovered > 0) log.info('recovered pending comments', { recovered });
    const started = startScheduler(ctx, schedulerJobs(ctx, sources), { stopTimeoutMs: opts.drainMs ?? DRAIN_MS });
    scheduler = started;
    stops.push(() => started.stop());

    const drainThenStop = async () => {
      const t0 = Date.now();
      drain.start();
      // No new connection; idle keep-alive ones go, the others close after their answer (Connection: close).
      server.close();
      server.closeIdleConnections();
      const [left] = await Promise.all([drain.settled(t0 + (opts.drainMs ?? DRAIN_MS)), started.stop()]);
      const released = await releaseHeldLeases(store);
      if (left.requests > 0 || left.work > 0 || released > 0) {
        log.warn('shutdown: work still running when the drain ended; its leases were given back for another replica', {
          event: 'shutdown.unfinished',
          requests: left.requests,
          work: left.work,
          leasesReleased: released,
        });
      }
      await stopAll();
      log.info('stopped', { event: 'shutdown.done', ms: Date.now() - t0 });
    };
    // The lexicons compile now, once the banner and prompt are out, rather than at the first comment.
    setImmediate(() => {
      for (const p of policies.values()) compilePolicy(p);
    }).unref();

    let closing: Promise<void> | undefined;
    let settle!: () => void;
    const closed = new Promise<void>((resolve) => (settle = resolve));
    const close = () => (closing ??= drainThenStop().then(settle));
    // Quitting the console (or the end of its input) stops Vigie, as Hubot's shell does.
    void shell?.done.then(close);

    return { config, ctx, port, console: withConsole, ...(youtube ? { youtube } : {}), closed, close };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  startVigie(process.env).then(
    (vigie) => {
      const stop = () => {
        // The drain is bounded; this is the backstop that keeps the promise of an exit within 10 s.
        setTimeout(() => {
          process.stderr.write('vigie: shutdown took more than 9.5 s; exiting now\n');
          process.exit(1);
        }, 9_500).unref();
        void vigie.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      void vigie.closed.then(() => process.exit(0));
    },
    (err: unknown) => {
      // Every start-up error carries a message written for the operator (ConfigError, PolicyLoadError, RoutingError,
      // StoreOpenError, StartupError): the message, never the stack.
      process.stderr.write(`vigie: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
