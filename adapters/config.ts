import { z } from 'zod';
import { issueLines } from '../src/issueLines.js';
import { moderatorEntryProblem, moderatorList } from '../src/moderation/isModerator.js';
import type { Lang } from '../src/policy/types.js';
import { message, render } from '../src/messages/Message.js';
import { readerLang } from '../src/messages/readerLang.js';
import { youtubeConfig, type YouTubeConfig } from './youtube/youtubeConfig.js';

/** Every setting Vigie reads from the environment (INTERFACE.md, "Running"), validated once at start-up. */
export interface Config {
  port: number;
  /** Present only when both the signing secret and the bot token are set. */
  slack?: { signingSecret: string; botToken: string; channel?: string; apiUrl?: string };
  /**
   * Without appId the Teams endpoint refuses every request, unless `local` ($VIGIE_TEAMS_LOCAL=1): then it takes
   * unauthenticated traffic from this machine only (the Bot Framework Emulator).
   */
  teams: { appId?: string; appPassword?: string; appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI'; tenantId?: string; local: boolean };
  facebook: { appSecret?: string; verifyToken?: string; pageToken?: string; graphUrl?: string };
  /** Present only when the channel id and its OAuth client and refresh token are all set (adapters/youtube/youtubeConfig.ts). */
  youtube?: YouTubeConfig;
  /** $VIGIE_POLICY; checked against the loaded policies by the composition root. */
  policy?: string;
  /** A SQLite file path or a redis:// URL. */
  store: string;
  /** Scoped per surface: `slack:U…`, `teams:<aadObjectId>`, `console`. */
  moderators: string[];
  dryRun: boolean;
  /** true: console forced on; false: forced off; undefined: on when no chat credentials are set. */
  console?: boolean;
  /** $VIGIE_ROUTING: which page goes to which policy and channels. */
  routing?: string;
  /** Shared secret of the generic comments webhook. */
  webhookSecret?: string;
  /** $VIGIE_METRICS_TOKEN: the bearer token `GET /metrics` asks for; unset turns metrics off. */
  metricsToken?: string;
  /** $VIGIE_LOG_FORMAT: `text` (lines for a person, the default) or `json` (one object per line, for a collector). */
  logFormat: 'text' | 'json';
}

/** Every problem with the environment at once, one per line, ready to print. */
export class ConfigError extends Error {
  /** The header in the operator's language (the terminal's, else French); the problems name variables as they are. */
  constructor(
    readonly problems: string[],
    lang: Lang = 'fr',
  ) {
    super(`${render(message('startup.invalid-config'), lang)}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Empty strings count as unset: `FOO= npm start` and a blank line in .env must not switch a feature on.
const optional = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const url = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://graph.facebook.com/v21.0' }).optional(),
);
const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .enum(['', '1', '0', 'true', 'false', 'yes', 'no', 'oui', 'non', 'on', 'off'], {
      error: 'must be 1/0, true/false or yes/no',
    })
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes', 'oui', 'on'].includes(v))),
);

const envSchema = z.object({
  PORT: z.preprocess(
    (v) => (v === undefined || v === '' ? '3000' : v),
    z
      .string()
      .regex(/^\d+$/, 'must be a port number between 0 and 65535 (0 picks a free port)')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a port number between 0 and 65535 (0 picks a free port)'),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xox'), 'a bot token starts with xoxb-'),
  SLACK_CHANNEL: optional,
  SLACK_API_URL: url,
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: z.preprocess(
    (v) => (v === undefined || v === '' ? 'MultiTenant' : v),
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
    }),
  ),
  MicrosoftAppTenantId: optional,
  FACEBOOK_APP_SECRET: optional,
  FACEBOOK_VERIFY_TOKEN: optional,
  FACEBOOK_PAGE_TOKEN: optional,
  FACEBOOK_GRAPH_URL: url,
  VIGIE_POLICY: optional.refine((v) => v === undefined || /^[a-z0-9][a-z0-9-]*$/.test(v), 'a policy id, e.g. mess-quebec'),
  VIGIE_STORE: optional,
  VIGIE_MODERATORS: optional,
  VIGIE_DRY_RUN: flag,
  VIGIE_CONSOLE: flag,
  VIGIE_TEAMS_LOCAL: flag,
  VIGIE_ROUTING: optional,
  VIGIE_WEBHOOK_SECRET: optional,
  VIGIE_METRICS_TOKEN: optional.refine((v) => v === undefined || v.length >= 16, 'at least 16 characters (e.g. openssl rand -hex 24)'),
  VIGIE_LOG_FORMAT: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(['text', 'json'], { error: 'must be text or json' }).optional(),
  ),
});

/** Reads the environment; throws ConfigError listing every problem (never the first one only). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    problems.push(...issueLines(parsed.error, '(environment)'));
  }
  // Checked on the raw values too, so a bad PORT does not hide a missing Slack secret.
  problems.push(...crossChecks(env));
  const youtube = youtubeConfig(env);
  problems.push(...youtube.problems);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems, readerLang(env) ?? 'fr');
  const e = parsed.data;

  return {
    port: e.PORT,
    slack:
      e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN
        ? { signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN, channel: e.SLACK_CHANNEL, apiUrl: e.SLACK_API_URL }
        : undefined,
    teams: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      local: e.VIGIE_TEAMS_LOCAL ?? false,
    },
    facebook: {
      appSecret: e.FACEBOOK_APP_SECRET,
      verifyToken: e.FACEBOOK_VERIFY_TOKEN,
      pageToken: e.FACEBOOK_PAGE_TOKEN,
      graphUrl: e.FACEBOOK_GRAPH_URL,
    },
    ...(youtube.config ? { youtube: youtube.config } : {}),
    policy: e.VIGIE_POLICY,
    store: e.VIGIE_STORE ?? './data/vigie.sqlite',
    moderators: moderatorList(e.VIGIE_MODERATORS),
    dryRun: e.VIGIE_DRY_RUN ?? false,
    console: e.VIGIE_CONSOLE,
    routing: e.VIGIE_ROUTING,
    webhookSecret: e.VIGIE_WEBHOOK_SECRET,
    metricsToken: e.VIGIE_METRICS_TOKEN,
    logFormat: e.VIGIE_LOG_FORMAT ?? 'text',
  };
}

/** Settings that only make sense together. Half a configuration is a mistake worth stopping for: the operator
 *  meant to turn the feature on. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
  if (set('SLACK_SIGNING_SECRET') !== set('SLACK_BOT_TOKEN')) {
    problems.push(
      set('SLACK_SIGNING_SECRET')
        ? 'SLACK_BOT_TOKEN: missing (SLACK_SIGNING_SECRET is set; Slack needs both, see README "Slack")'
        : 'SLACK_SIGNING_SECRET: missing (SLACK_BOT_TOKEN is set; Slack needs both, see README "Slack")',
    );
  }
  const appType = (env.MicrosoftAppType ?? '').trim();
  if (set('MicrosoftAppId') && !set('MicrosoftAppPassword') && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: missing (MicrosoftAppId is set; the bot cannot authenticate without its secret)');
  }
  if (appType === 'SingleTenant' && set('MicrosoftAppId') && !set('MicrosoftAppTenantId')) {
    problems.push('MicrosoftAppTenantId: missing (required when MicrosoftAppType is SingleTenant)');
  }
  if (set('FACEBOOK_PAGE_TOKEN') && !set('FACEBOOK_APP_SECRET')) {
    problems.push('FACEBOOK_APP_SECRET: missing (FACEBOOK_PAGE_TOKEN is set; webhook signatures are checked with the app secret)');
  }
  for (const entry of moderatorList(env.VIGIE_MODERATORS)) {
    const problem = moderatorEntryProblem(entry);
    if (problem) problems.push(`VIGIE_MODERATORS: ${problem}`);
  }
  if (set('MicrosoftAppId') && ['1', 'true', 'yes', 'oui', 'on'].includes((env.VIGIE_TEAMS_LOCAL ?? '').trim().toLowerCase())) {
    problems.push('VIGIE_TEAMS_LOCAL: only without MicrosoftAppId (with an app id every Teams request is authenticated)');
  }
  const store = (env.VIGIE_STORE ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store) && !/^(rediss?|sqlite):\/\//i.test(store)) {
    problems.push('VIGIE_STORE: must be a SQLite file path (or sqlite://path) or a redis:// URL');
  }
  return problems;
}

/**
 * Chat surfaces with credentials; the console starts when there are none and standard input is a terminal (or when
 * forced). Under a process manager or in a container stdin is not a terminal: its end-of-input would stop the
 * server, so the server runs headless instead.
 */
export function wantsConsole(config: Config, interactive: boolean): boolean {
  if (config.console !== undefined) return config.console;
  return interactive && !config.slack && !config.teams.appId;
}
