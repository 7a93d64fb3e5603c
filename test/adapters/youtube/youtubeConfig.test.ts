import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../adapters/config.js';
import { youtubeConfig } from '../../../adapters/youtube/youtubeConfig.js';
import { ACTION_SHARE, MIN_INTERVAL_MS, pollBudget, pollInterval } from '../../../adapters/youtube/pollInterval.js';
import { quotaResetAt } from '../../../adapters/youtube/quotaResetAt.js';
import { commentEvents } from '../../../adapters/youtube/commentEvents.js';
import { youtubeError } from '../../../adapters/youtube/youtubeError.js';

const CHANNEL = 'UCabcdefghijklmnopqrstuv';
const FULL = {
  YOUTUBE_CHANNEL_ID: CHANNEL,
  YOUTUBE_CLIENT_ID: 'id.apps.googleusercontent.com',
  YOUTUBE_CLIENT_SECRET: 'GOCSPX-secret',
  YOUTUBE_REFRESH_TOKEN: '1//refresh',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('YouTube settings', () => {
  it('are off with nothing set, and read with defaults when the four are set', () => {
    expect(loadConfig({}).youtube).toBeUndefined();
    expect(loadConfig(FULL).youtube).toEqual({
      channelId: CHANNEL,
      clientId: 'id.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-secret',
      refreshToken: '1//refresh',
      apiUrl: 'https://www.googleapis.com',
      oauthUrl: 'https://oauth2.googleapis.com/token',
      dailyQuota: 10_000,
    });
    expect(
      loadConfig({ ...FULL, YOUTUBE_API_URL: 'http://127.0.0.1:9', GOOGLE_OAUTH_URL: 'http://127.0.0.1:9/token', YOUTUBE_DAILY_QUOTA: '50000' })
        .youtube,
    ).toMatchObject({
      apiUrl: 'http://127.0.0.1:9',
      oauthUrl: 'http://127.0.0.1:9/token',
      dailyQuota: 50_000,
    });
  });

  it('a channel id without its OAuth client and refresh token stops start-up, naming what is missing', () => {
    expect(problemsOf({ YOUTUBE_CHANNEL_ID: CHANNEL })).toEqual([
      'YOUTUBE_CLIENT_ID: missing (YOUTUBE_CHANNEL_ID is set; polling a YouTube channel needs all four, see README "YouTube")',
      'YOUTUBE_CLIENT_SECRET: missing (YOUTUBE_CHANNEL_ID is set; polling a YouTube channel needs all four, see README "YouTube")',
      'YOUTUBE_REFRESH_TOKEN: missing (YOUTUBE_CHANNEL_ID is set; polling a YouTube channel needs all four, see README "YouTube")',
    ]);
    expect(problemsOf({ ...FULL, YOUTUBE_REFRESH_TOKEN: ' ' })).toEqual([
      'YOUTUBE_REFRESH_TOKEN: missing (YOUTUBE_CHANNEL_ID, YOUTUBE_CLIENT_ID, YOUTUBE_CLIENT_SECRET are set; polling a YouTube channel needs all four, see README "YouTube")',
    ]);
  });

  it('lists every bad value at once, with the rest of the environment', () => {
    const problems = problemsOf({
      ...FULL,
      YOUTUBE_CHANNEL_ID: 'my-channel',
      YOUTUBE_DAILY_QUOTA: '10k',
      GOOGLE_OAUTH_URL: 'oauth2.googleapis.com',
      PORT: 'x',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^YOUTUBE_CHANNEL_ID: a channel id: UC followed by 22/),
        "YOUTUBE_DAILY_QUOTA: a whole number of units a day, at least 90 (Google's default is 10000)",
        'GOOGLE_OAUTH_URL: must be an http(s) URL, e.g. https://oauth2.googleapis.com/token',
      ]),
    );
    expect(youtubeConfig({ ...FULL, YOUTUBE_DAILY_QUOTA: '89' }).problems).toHaveLength(1);
  });
});

describe('the quota arithmetic', () => {
  it.each([
    // daily quota, units of a pass, seconds to the next pass
    [10_000, 3, 32.4],
    [10_000, 1, 30], // the floor
    [10_000, 12, 129.6],
    [1_000, 3, 324],
    [100, 3, 3240],
  ])('%i units a day, a pass of %i units: next pass in %f s', (quota, units, seconds) => {
    expect(pollInterval(units, quota)).toBe(Math.max(MIN_INTERVAL_MS, Math.ceil(seconds * 1000)));
  });

  it('polling never spends the share kept for actions', () => {
    for (const quota of [90, 1_000, 10_000, 1_000_000]) {
      for (const units of [1, 3, 7, 50]) {
        const passes = 86_400_000 / pollInterval(units, quota);
        expect(passes * units).toBeLessThanOrEqual(quota * (1 - ACTION_SHARE) + 1e-6);
      }
    }
    expect(pollBudget(10_000)).toBe(8_000);
  });

  it.each([
    ['2026-03-03T20:00:00Z', '2026-03-04T08:00:00.000Z'], // noon in Los Angeles, standard time
    ['2026-07-01T06:59:59Z', '2026-07-01T07:00:00.000Z'], // one second before midnight, daylight time
    ['2026-07-01T07:00:00Z', '2026-07-02T07:00:00.000Z'], // midnight itself: the next one
    ['2026-03-08T12:00:00Z', '2026-03-09T07:00:00.000Z'], // the day clocks spring forward
    ['2026-11-01T12:00:00Z', '2026-11-02T08:00:00.000Z'], // the day they fall back
  ])('the quota spent at %s comes back at %s (midnight Pacific time)', (now, reset) => {
    expect(quotaResetAt(new Date(now)).toISOString()).toBe(reset);
  });
});

describe('YouTube answers', () => {
  it.each([
    [403, 'quotaExceeded', 'quota', 'quota_exceeded'],
    [403, 'dailyLimitExceeded', 'quota', 'quota_exceeded'],
    [403, 'rateLimitExceeded', 'rate', 'rate_limited'],
    [429, undefined, 'rate', 'rate_limited'],
    [503, 'backendError', 'rate', 'rate_limited'],
    [401, 'authError', 'auth', 'token_expired'],
    [403, 'forbidden', 'permission', 'permission'],
    [404, 'commentNotFound', 'not_found', 'not_found'],
    [400, 'invalidValue', 'refused', 'unknown'],
  ])('HTTP %i %s is a %s failure (code %s)', (status, reason, failure, code) => {
    const err = youtubeError(status, reason ? { error: { code: status, message: 'm', errors: [{ reason }] } } : 'not json');
    expect(err.failure).toBe(failure);
    expect(err.code).toBe(code);
    expect(err.said.code).toBe(`platform.youtube-${failure}`);
  });

  it('a comment edited before it was first seen: its creation, then its edit; the channel’s own: a staff answer', () => {
    const comment = {
      id: 'Ugz.r1',
      snippet: {
        authorDisplayName: 'Viewer',
        authorChannelId: { value: 'UCviewer' },
        videoId: 'vid 1',
        textDisplay: 'shown',
        textOriginal: 'original',
        parentId: 'Ugz',
        publishedAt: '2026-03-03T14:00:00Z',
        updatedAt: '2026-03-03T14:30:00Z',
      },
    };
    const events = commentEvents(comment, { channelId: CHANNEL });
    expect(events.map((e) => [e.verb, e.at, e.text])).toEqual([
      ['add', '2026-03-03T14:00:00Z', 'original'],
      ['edit', '2026-03-03T14:30:00Z', 'original'],
    ]);
    expect(events[0]).toMatchObject({
      source: 'youtube',
      externalId: 'Ugz.r1',
      pageId: CHANNEL,
      parentId: 'Ugz',
      postId: 'vid 1',
      fromPage: false,
      permalink: 'https://www.youtube.com/watch?v=vid%201&lc=Ugz.r1',
    });
    const own = commentEvents({ ...comment, snippet: { ...comment.snippet, authorChannelId: { value: CHANNEL } } }, { channelId: CHANNEL });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ fromPage: true, verb: 'add' });
  });
});
