import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startVigie, type VigieHandle } from '../../adapters/main.js';
import { platformForSources, type CommentSource } from '../../src/moderation/CommentSource.js';
import { decide } from '../../src/moderation/decide.js';
import type { Item } from '../../src/moderation/Item.js';
import { signBody } from '../../src/moderation/signatureMatches.js';
import { testContext, type TestContext } from '../helpers/testContext.js';

const julie = { surface: 'slack', id: 'U0JULIE', name: 'Julie' };

function item(source: string, extra: Partial<Item> = {}): Item {
  const at = '2026-03-03T15:00:00.000Z';
  return {
    id: `${source}:c1`,
    source,
    externalId: 'c1',
    pageId: 'p1',
    policyId: 'mess-quebec',
    kind: 'comment',
    author: { id: 'a1' },
    text: 'Bande de caves',
    receivedAt: at,
    updatedAt: at,
    status: 'open',
    needsReply: false,
    ...extra,
  };
}

describe('platformForSources', () => {
  it('gives the actions of the first source that owns the item, and none when no source does', () => {
    const hideOnly = { async hide() {} };
    const sources: CommentSource[] = [
      { name: 'webhook', owns: (i) => i.source.startsWith('webhook-') },
      { name: 'youtube', owns: (i) => i.source === 'youtube', actions: hideOnly },
      { name: 'shadow', owns: (i) => i.source === 'youtube', actions: {} },
    ];
    const platformFor = platformForSources(sources);
    expect(platformFor(item('youtube'))).toBe(hideOnly);
    expect(platformFor(item('webhook-x'))).toBeUndefined();
    expect(platformFor(item('flickr'))).toBeUndefined();
  });
});

describe('decide through a source that supports only some actions', () => {
  let t: TestContext;
  afterEach(() => t.close());

  it('says "not supported on <platform>" for a missing action and leaves the item as it was; block calls ban', async () => {
    const done: string[] = [];
    const source: CommentSource = {
      name: 'youtube',
      owns: (i) => i.source === 'youtube',
      actions: {
        async ban(i) {
          done.push(`ban ${i.externalId}`);
        },
      },
    };
    t = await testContext();
    t.ctx.platformFor = platformForSources([source]);
    const it1 = item('youtube');
    await t.store.putItem(it1);
    const hide = await decide(t.ctx, { itemId: it1.id, decision: 'hide', actor: julie });
    expect(hide).toMatchObject({ ok: false, error: { code: 'platform.unsupported', params: { source: 'youtube', action: 'hide' } } });
    expect((await t.store.getItem(it1.id))?.status).toBe('open');
    expect((await t.store.listAudit()).at(-1)).toMatchObject({ decision: 'hide', result: 'error' });
    // Said in the person's words, in both languages.
    const { render } = await import('../../src/messages/Message.js');
    expect(render(hide.error!, 'fr')).toMatch(/^youtube ne permet pas à Vigie de masquer ce contenu/);
    expect(render(hide.error!, 'en')).toMatch(/^youtube does not let Vigie hide this/);

    const block = await decide(t.ctx, { itemId: it1.id, decision: 'block', actor: julie });
    expect(block).toMatchObject({ ok: true, item: { status: 'hidden', decision: 'block' } });
    expect(done).toEqual(['ban c1']);
    expect((await t.store.getAuthorHistory('p1', 'a1')).violations.map((v) => v.itemId)).toEqual([it1.id]);
  });
});

describe('the composition root', () => {
  const running: VigieHandle[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((v) => v.close()));
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('mounts Instagram at /webhooks/instagram behind the Meta app signature, and routes its items to Instagram', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sources-'));
    dirs.push(dir);
    const io = { input: new PassThrough(), output: new PassThrough(), error: new PassThrough(), interactive: false };
    const v = await startVigie({ PORT: '0', VIGIE_STORE: join(dir, 'v.sqlite'), VIGIE_CONSOLE: '0', FACEBOOK_APP_SECRET: 'app-secret' }, io);
    running.push(v);
    const body = JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: 'ig-1',
          time: 1772550000,
          changes: [{ field: 'comments', value: { id: '1789', from: { id: 'u1', username: 'someone' }, text: 'Bonjour' } }],
        },
      ],
    });
    const url = `http://127.0.0.1:${v.port}/webhooks/instagram`;
    const unsigned = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, 'app-secret') },
    });
    expect(res.status).toBe(200);
    const stored = (await v.ctx.store.getItem('instagram:1789'))!;
    expect(stored).toMatchObject({ source: 'instagram', pageId: 'ig-1', author: { name: '@someone' } });
    // No Page token: Instagram's actions are logged only, as Facebook's; the generic webhook's items get none.
    expect(v.ctx.platformFor(stored)?.hide).toBeTypeOf('function');
    expect(v.ctx.platformFor({ ...stored, source: 'webhook-instagram' })).toBeUndefined();
    expect(v.ctx.platformFor({ ...stored, source: 'messenger' })).toBeUndefined();
  });
});
