import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import type { Context } from '../../../src/moderation/Context.js';
import type { Item } from '../../../src/moderation/Item.js';
import { createShell } from '../../../adapters/shell/createShell.js';
import { tempStore } from '../../helpers/tempStore.js';
import { driveShell } from './driveShell.js';

const NOW = new Date('2026-11-23T15:00:00Z');

async function context(): Promise<Context> {
  const logged: string[] = [];
  return {
    policies: new Map(),
    defaultPolicyId: 'mess-quebec',
    store: await tempStore(),
    surfaces: [],
    platformFor: () => undefined,
    now: () => NOW,
    log: { info: () => {}, warn: (m) => logged.push(m), error: (m) => logged.push(m) },
    moderators: [],
    dryRun: false,
  };
}

function flagged(id: string, over: Partial<Item> = {}): Item {
  return {
    id: `console:${id}`,
    source: 'console',
    externalId: id,
    pageId: 'console',
    policyId: 'mess-quebec',
    kind: 'comment',
    author: { id: 'a1', name: 'Steve Tremblay' },
    text: 'Calice que vous êtes lents',
    receivedAt: '2026-11-23T10:00:00.000-05:00',
    status: 'open',
    needsReply: true,
    deadline: '2026-11-24T10:00:00.000-05:00',
    verdict: 'hide',
    check: {
      verdict: 'hide',
      findings: [
        {
          category: 'obscene',
          rule: 'mess-quebec/obscene',
          severity: 'high',
          message: { fr: 'Propos grossier : « Calice ».', en: 'Obscene language: "Calice".' },
          span: [0, 6],
          match: 'Calice',
          clause: 'injurieux, diffamatoire, discriminatoire, grossier',
          action: 'hide',
        },
      ],
    },
    updatedAt: '2026-11-23T10:00:00.000-05:00',
    ...over,
  };
}

describe('createShell', () => {
  it('greets, lists its commands in French and English, and quits', async () => {
    const ctx = await context();
    const out = await driveShell(ctx, ['/aide', '/lang en', '/help', '/quit', '/aide']);
    expect(out).toMatch(/^Console Vigie — tapez \/aide/);
    expect(out).toContain('/ouverts');
    expect(out).toContain('Language: English.');
    expect(out).toMatch(/\/open\s+open items and their deadlines/);
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
    // Nothing after /quit is run.
    expect(out.match(/Commandes \(français ou anglais\)/g)).toHaveLength(1);
  });

  it('says what to do with unknown commands and plain text', async () => {
    const ctx = await context();
    const out = await driveShell(ctx, ['/nimporte', 'bonjour', '/lang de', '/langue']);
    expect(out).toContain('Commande inconnue : /nimporte. Tapez /aide.');
    expect(out).toContain('Les commandes commencent par « / »');
    expect(out).toContain('Usage : /langue fr|en');
    expect(out).toContain('Langue : français.');
  });

  it('prints an alert with numbered choices when notified, and the outcome when updated', async () => {
    const ctx = await context();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
    const shell = createShell(ctx, { input, output });
    const item = flagged('c1');
    const ref = await shell.surface.notify(item);
    expect(ref).toEqual({ surface: 'shell', channel: 'console', messageId: '1' });
    expect(printed).toContain('Alerte n° 1 · mess-quebec · À masquer');
    expect(printed).toContain('« Calice que vous êtes lents »');
    expect(printed).toContain('[obscene/high] Propos grossier : « Calice ».');
    expect(printed).toContain('reçu le lundi 23 novembre à 10 h 00 · réponse attendue au plus tard le mardi 24 novembre à 10 h 00');
    expect(printed).toContain('/approuver 1 · /masquer 1 · /repondre 1 [texte] · /supprimer 1');

    await shell.surface.update(ref!, {
      item: { ...item, status: 'hidden' },
      decision: 'hide',
      by: { surface: 'slack', id: 'U1', name: 'julie' },
      at: '2026-11-23T14:02:00.000-05:00',
      ok: true,
    });
    expect(printed).toContain('n° 1 — Masqué par julie le lundi 23 novembre à 14 h 02');
    input.end();
    await shell.done;
  });

  it('lists open items from the store, soonest deadline first, with stable numbers', async () => {
    const ctx = await context();
    await ctx.store.putItem(flagged('late', { deadline: '2026-11-25T10:00:00.000-05:00', text: 'second' }));
    await ctx.store.putItem(flagged('soon', { deadline: '2026-11-24T09:00:00.000-05:00', text: 'first' }));
    await ctx.store.putItem(flagged('done', { status: 'hidden', text: 'not listed' }));
    const out = await driveShell(ctx, ['/open', '/lang en', '/open']);
    expect(out).toContain('2 élément(s) ouvert(s) :');
    expect(out.indexOf('first')).toBeLessThan(out.indexOf('second'));
    expect(out).not.toContain('not listed');
    expect(out).toMatch(/n° 1 · À masquer · Steve Tremblay · réponse attendue au plus tard le mardi 24 novembre à 9 h 00\n\s+first/);
    expect(out).toMatch(/#1 · To hide · Steve Tremblay · reply due by Tuesday, November 24 at 9:00 AM\n\s+first/);
  });

  it('says so when nothing is open', async () => {
    const ctx = await context();
    expect(await driveShell(ctx, ['/ouverts'])).toContain('Aucun élément ouvert.');
  });
});
