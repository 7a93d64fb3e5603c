import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import { processItem } from '../../../src/moderation/processItem.js';
import { receiveComment } from '../../../src/moderation/receiveComment.js';
import { buildDigest } from '../../../src/sla/buildDigest.js';
import { sweep } from '../../../src/sla/sweep.js';
import { interactionBody, postSigned } from '../../helpers/slackSign.js';
import { CHANNEL, clickPayload, recordingPlatform, SECRET, slackApi, startSlack, warmEngine, type Harness } from './slackHarness.js';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { action_id?: string }[] };
const textOf = (blocks: Block[]) => blocks.map((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n')).join('\n');

beforeAll(() => warmEngine());
let h: Harness;
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

describe('a complaint through the whole pipeline, in Slack', () => {
  it('is alerted once, decided from a button, reminded in its thread and counted in the digest', async () => {
    const api = slackApi();
    const platform = recordingPlatform();
    h = await startSlack({ platform, now: '2026-03-03T10:00:00-05:00' });
    const { ctx } = h.t;

    const { item: received } = await receiveComment(ctx, {
      source: 'facebook',
      externalId: '111_222',
      pageId: 'page-1',
      pageName: 'Emploi Québec',
      author: { id: 'fb-42', name: 'Steve Tremblay' },
      text: "Calice, ça fait deux semaines que j'attends mon chèque. Je veux porter plainte contre mon agent.",
      at: '2026-03-03T15:00:00Z',
      permalink: 'https://www.facebook.com/111/posts/222?comment_id=333',
    });
    const item = await processItem(ctx, received.id);
    await processItem(ctx, received.id); // a recovery pass must not alert twice

    expect(api.of('chat.postMessage')).toHaveLength(1);
    const alert = api.of('chat.postMessage')[0]!.body;
    expect(alert.channel).toBe(CHANNEL);
    expect(textOf(alert.blocks as Block[])).toContain('>*Calice*');
    // The number the console shows and `/masquer N` takes, given by the store and the same here.
    expect(item.number).toBe(1);
    expect(JSON.stringify(alert.blocks)).toContain('n° 1 · Politique');
    const ref = item.alerts!.find((a) => a.surface === 'slack')!;
    expect(ref).toMatchObject({ surface: 'slack', channel: CHANNEL });
    expect(item.deadline).toBeDefined();

    // Approving a complaint keeps the clock running: reminders still come, under the alert.
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_approve', item.id, 'U0JULIE', ref.messageId)));
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(api.of('chat.update')[0]!.body).toMatchObject({ channel: CHANNEL, ts: ref.messageId });

    const policy = ctx.policies.get(item.policyId)!;
    const later = new Date(new Date(item.deadline!).getTime() + 60_000);
    const stored = (await h.t.store.listItems()).filter((i) => i.id === item.id);
    const reminders = sweep(stored, policy, later, new Set());
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) await h.slack.surface.remind(r, ref);
    const threaded = api.of('chat.postMessage').slice(1);
    expect(threaded.length).toBe(reminders.length);
    expect(threaded.every((c) => c.body.thread_ts === ref.messageId)).toBe(true);
    expect(threaded.some((c) => c.body.reply_broadcast === 'true')).toBe(true); // the breached one

    await h.slack.surface.digest(buildDigest(stored, policy, later));
    const digest = api.of('chat.postMessage').at(-1)!.body;
    expect(textOf(digest.blocks as Block[])).toContain('Bilan quotidien');
    expect(textOf(digest.blocks as Block[])).toContain('*Steve Tremblay*');
  });
});
