import { z } from 'zod';
import { issueLines } from '../../src/issueLines.js';
import { ACTION_SHARE, pollInterval } from './pollInterval.js';

/** The YouTube source's settings (INTERFACE.md, "Running"); present only when the channel is fully configured. */
export interface YouTubeConfig {
  channelId: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** $YOUTUBE_API_URL: the Data API's base (default https://www.googleapis.com). */
  apiUrl: string;
  /** $GOOGLE_OAUTH_URL: Google's token endpoint (default https://oauth2.googleapis.com/token). */
  oauthUrl: string;
  /** $YOUTUBE_DAILY_QUOTA: units a day (default 10,000, Google's default for a project). */
  dailyQuota: number;
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = z.preprocess(blank, z.string().trim().optional());
const url = (example: string) => z.preprocess(blank, z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${example}` }).optional());
/** A quiet pass costs 3 units (a page of new threads, two of watched ones). */
export const USUAL_PASS_UNITS = 3;
/** Below this, not one pass an hour. */
const MIN_QUOTA = Math.ceil((USUAL_PASS_UNITS * 24) / (1 - ACTION_SHARE));
const QUOTA = `a whole number of units a day, at least ${MIN_QUOTA} (Google's default is 10000)`;

const schema = z.object({
  YOUTUBE_CHANNEL_ID: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^UC[\w-]{22}$/, 'a channel id: UC followed by 22 letters, digits, - or _ (YouTube Studio → Settings → Channel → Advanced settings)')
      .optional(),
  ),
  YOUTUBE_CLIENT_ID: optional,
  YOUTUBE_CLIENT_SECRET: optional,
  YOUTUBE_REFRESH_TOKEN: optional,
  YOUTUBE_API_URL: url('https://www.googleapis.com'),
  GOOGLE_OAUTH_URL: url('https://oauth2.googleapis.com/token'),
  YOUTUBE_DAILY_QUOTA: z.preprocess(
    (v) => blank(v) ?? '10000',
    z
      .string()
      .trim()
      .regex(/^\d+$/, QUOTA)
      .transform(Number)
      .refine((n) => n >= MIN_QUOTA, QUOTA),
  ),
});

const NEEDED = ['YOUTUBE_CHANNEL_ID', 'YOUTUBE_CLIENT_ID', 'YOUTUBE_CLIENT_SECRET', 'YOUTUBE_REFRESH_TOKEN'] as const;

/**
 * The YouTube settings from the environment, with every problem at once (`VARIABLE: what is wrong`). Half a
 * configuration is an error naming what is missing: the operator meant to turn the channel on.
 */
export function youtubeConfig(env: Record<string, string | undefined>): { config?: YouTubeConfig; problems: string[] } {
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  if (!parsed.success) problems.push(...issueLines(parsed.error, '(environment)'));
  const set = NEEDED.filter((name) => (env[name] ?? '').trim() !== '');
  if (set.length > 0 && set.length < NEEDED.length) {
    for (const name of NEEDED.filter((n) => !set.includes(n))) {
      problems.push(
        `${name}: missing (${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set; polling a YouTube channel needs all four, see README "YouTube")`,
      );
    }
  }
  if (problems.length > 0 || !parsed.success || set.length === 0) return { problems };
  const e = parsed.data;
  return {
    problems,
    config: {
      channelId: e.YOUTUBE_CHANNEL_ID!,
      clientId: e.YOUTUBE_CLIENT_ID!,
      clientSecret: e.YOUTUBE_CLIENT_SECRET!,
      refreshToken: e.YOUTUBE_REFRESH_TOKEN!,
      apiUrl: e.YOUTUBE_API_URL ?? 'https://www.googleapis.com',
      oauthUrl: e.GOOGLE_OAUTH_URL ?? 'https://oauth2.googleapis.com/token',
      dailyQuota: e.YOUTUBE_DAILY_QUOTA,
    },
  };
}

/** For the start-up log: the pace the quota allows when passes cost their usual 3 units. */
export function usualInterval(dailyQuota: number): number {
  return pollInterval(USUAL_PASS_UNITS, dailyQuota);
}
