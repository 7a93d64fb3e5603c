import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localActions } from '../../../adapters/shell/localActions.js';
import { openStore } from '../../../src/store/openStore.js';
import type { Store } from '../../../src/store/Store.js';
import { testContext } from '../../helpers/testContext.js';
import { driveShell } from './driveShell.js';

// Issue #16: « n° 5 » became « n° 1 » after a restart, and `/masquer 1` then acted on another comment than the one
// read. Here Vigie is stopped and started again on the same SQLite file, as `npm start` twice would.
const dirs: string[] = [];
const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** One run of Vigie on the store file: a console, and a recording Slack surface beside it. */
async function run(file: string, lines: string[]) {
  const store = await openStore(file);
  open.push(store);
  const t = await testContext({ surfaces: ['slack'], store });
  const local = localActions(t.ctx.log);
  t.ctx.platformFor = () => local;
  const out = await driveShell(t.ctx, lines);
  await store.close();
  return { out, slack: t.surfaces.slack! };
}

describe('alert numbers', () => {
  it('are kept in the store: the same after a restart, on the console and on the other surfaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-numbers-'));
    dirs.push(dir);
    const file = join(dir, 'vigie.sqlite');

    const first = await run(file, [
      '/exemple 4',
      '/commentaire --author "Réjean Boutin" --policy senneterre Les fils électriques sont tombés sur la 10e Avenue!',
    ]);
    expect(first.out).toContain('── Alerte n° 1 · mess-quebec');
    expect(first.out).toContain('── Alerte n° 2 · senneterre');
    // Slack was alerted with the same numbers the console printed.
    expect(first.slack.notified.map((i) => [i.policyId, i.number])).toEqual([
      ['mess-quebec', 1],
      ['senneterre', 2],
    ]);

    const second = await run(file, ['/ouverts', '/masquer 2', '/commentaire Calice de service, réveillez-vous', '/masquer 9']);
    expect(second.out).toMatch(/ {2}n° 1 · [^\n]*\n[^\n]*Calice/);
    expect(second.out).toMatch(/ {2}n° 2 · [^\n]*Réjean Boutin/);
    expect(second.out).toMatch(/n° 2 — Masqué par console/);
    // A new comment after the restart takes the next number, not one already read.
    expect(second.out).toContain('── Alerte n° 3 · mess-quebec');
    expect(second.out).toContain('Aucun élément n° 9');

    const store = await openStore(file);
    open.push(store);
    const hidden = await store.getItem((await store.itemWithNumber(2))!);
    expect(hidden).toMatchObject({ policyId: 'senneterre', status: 'hidden', number: 2, author: { name: 'Réjean Boutin' } });
    expect((await store.listItems(['open'])).map((i) => i.number).sort()).toEqual([1, 3]);
  });
});
