import { afterEach, describe, expect, it } from 'vitest';
import { localActions } from '../../../adapters/shell/localActions.js';
import { readSamples, SAMPLES_FILE } from '../../../adapters/shell/readSamples.js';
import { testContext, type TestContext } from '../../helpers/testContext.js';
import { driveShell } from './driveShell.js';

// Issue 16 item 9, the console's share of the smaller things a user notices.
let t: TestContext;
afterEach(async () => {
  await t?.close();
});

describe('console: the smaller things', () => {
  it('/exemple after /exemple 4 feeds the 5th sample, not the 1st', async () => {
    t = await testContext({});
    const { samples } = await readSamples(SAMPLES_FILE);
    await driveShell(t.ctx, ['/exemple 4', '/exemple']);
    const authors = (await t.store.listItems())
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))
      .map((i) => i.author.name);
    expect(new Set(authors)).toEqual(new Set([samples[3]!.author, samples[4]!.author]));
  });

  it('/supprimer on a deleted comment says so at once, without asking o/n first', async () => {
    t = await testContext({});
    const local = localActions(t.ctx.log);
    t.ctx.platformFor = () => local;
    const out = await driveShell(t.ctx, ['/exemple 10', '/s 1', 'o', '/s 1']);
    const afterDeleted = out.slice(out.indexOf('n° 1 — Supprimé par console'));
    expect(afterDeleted).not.toContain('(o/n)');
    expect(afterDeleted).toContain('n° 1 — Déjà traité : Supprimé par console');
    expect(out.match(/\(o\/n\)/g)).toHaveLength(1);
  });

  it('writes the year of a date that is not in the reader’s current year, by the core’s clock', async () => {
    t = await testContext({ now: '2026-12-23T10:00:00-05:00' });
    await driveShell(t.ctx, ['/commentaire Je porte plainte, personne ne me rappelle au sujet de mon dossier.']);
    const [item] = await t.store.listItems();
    expect(item!.deadline!.slice(0, 4)).toBe('2026');
    // Read in the new year, the December deadline says which December; this year's dates stay short.
    t.clock.set('2027-01-05T10:00:00-05:00');
    const later = await driveShell(t.ctx, ['/ouverts']);
    expect(later).toMatch(/réponse attendue au plus tard le \S+ \d+ décembre 2026 à/);
    t.clock.set('2026-12-23T11:00:00-05:00');
    const sameYear = await driveShell(t.ctx, ['/ouverts']);
    expect(sameYear).toMatch(/réponse attendue au plus tard le \S+ \d+ décembre à/);
  });
});
