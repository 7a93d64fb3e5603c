// The whole product started from its environment with a YouTube channel: the composition root builds the source,
// schedules its polling and routes decisions on its items to the Data API (a local stand-in).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startVigie, type VigieHandle } from '../../../adapters/main.js';
import { ConfigError } from '../../../adapters/config.js';
import { decide } from '../../../src/moderation/decide.js';
import { CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, youtubeStandIn, type YouTubeStandIn } from './youtubeStandIn.js';

const CHANNEL_ID = 'UCvigieMainChannel000001';
let vigie: VigieHandle | undefined;
let yt: YouTubeStandIn | undefined;
let dir: string | undefined;
afterEach(async () => {
  await vigie?.close();
  await yt?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  vigie = yt = dir = undefined;
});

function io() {
  const error = new PassThrough();
  let log = '';
  error.on('data', (c: Buffer) => (log += c.toString('utf8')));
  return { io: { input: new PassThrough(), output: new PassThrough(), error, interactive: false }, log: () => log };
}

describe('startVigie with a YouTube channel', () => {
  it('polls it through its own scheduled job, and Delete on its comment reaches YouTube (rejected)', async () => {
    yt = await youtubeStandIn(CHANNEL_ID);
    dir = mkdtempSync(join(tmpdir(), 'vigie-yt-'));
    const out = io();
    vigie = await startVigie(
      {
        PORT: '0',
        VIGIE_STORE: join(dir, 'vigie.sqlite'),
        VIGIE_CONSOLE: '0',
        YOUTUBE_CHANNEL_ID: CHANNEL_ID,
        YOUTUBE_CLIENT_ID: CLIENT_ID,
        YOUTUBE_CLIENT_SECRET: CLIENT_SECRET,
        YOUTUBE_REFRESH_TOKEN: REFRESH_TOKEN,
        YOUTUBE_API_URL: yt.apiUrl,
        GOOGLE_OAUTH_URL: yt.oauthUrl,
        YOUTUBE_DAILY_QUOTA: '20000',
      },
      out.io,
    );
    expect(vigie.youtube?.jobs.map((j) => [j.name, j.cron])).toEqual([[`youtube-poll-${CHANNEL_ID}`, '*/10 * * * * *']]);
    expect(out.log()).toContain('youtube: polling the channel');
    expect(out.log()).toMatch(/intervalSeconds[=:"\s]+30/); // 3 units a pass of 16,000 a day: the 30 s floor

    const now = new Date();
    yt.comment({
      id: 'UgzMain',
      text: "Calice, ça fait deux semaines que j'attends mon chèque.",
      at: new Date(now.getTime() - 60_000).toISOString(),
    });
    // The scheduler ticks too (every 10 s, real time): whichever tick holds the lease takes the comment, once.
    const outcome = await vigie.youtube!.tick(now);
    if (outcome.ran) await outcome.processed;
    await vi.waitFor(async () => expect((await vigie!.ctx.store.getItem('youtube:UgzMain'))?.status).toBe('open'), { timeout: 15_000 });
    expect((await vigie.ctx.store.listAudit()).filter((a) => a.itemId === 'youtube:UgzMain' && a.decision === 'checked')).toHaveLength(1);

    const decided = await decide(vigie.ctx, { itemId: 'youtube:UgzMain', decision: 'delete', actor: { surface: 'console', id: 'console' } });
    expect(decided.ok).toBe(true);
    expect(yt.of('comments/setModerationStatus').map((c) => c.query)).toEqual([{ id: 'UgzMain', moderationStatus: 'rejected' }]);
    for (const secret of [CLIENT_SECRET, REFRESH_TOKEN, ...yt.issued]) expect(out.log()).not.toContain(secret);
  });

  it('a channel id without a refresh token does not start, and says what is missing', async () => {
    const out = io();
    const started = startVigie(
      { PORT: '0', VIGIE_CONSOLE: '0', YOUTUBE_CHANNEL_ID: CHANNEL_ID, YOUTUBE_CLIENT_ID: CLIENT_ID, YOUTUBE_CLIENT_SECRET: CLIENT_SECRET },
      out.io,
    );
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toThrow(/YOUTUBE_REFRESH_TOKEN: missing \(YOUTUBE_CHANNEL_ID, YOUTUBE_CLIENT_ID, YOUTUBE_CLIENT_SECRET are set/);
  });
});
