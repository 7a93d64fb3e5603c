// Issue 21: decisions driven through the pipeline, read back as rule figures, digest lines, the report and the export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/moderation/decide.js';
import { processItem } from '../../src/moderation/processItem.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { ruleFigures } from '../../src/moderation/learning/ruleFigures.js';
import { buildDigest } from '../../src/sla/buildDigest.js';
import { digestRulesLines } from '../../src/messages/digestRulesLines.js';
import { run as rules } from '../../src/cli/commands/rules.js';
import { run as decisions } from '../../src/cli/commands/decisions.js';
import { run as blind } from '../../src/cli/commands/blind.js';
import { testContext, type TestContext } from '../helpers/testContext.js';
import { recordingPlatform } from '../adapters/slack/slackHarness.js';
import { fakeIo } from '../cli/fakeIo.js';

let t: TestContext;
let n = 0;
const julie = { surface: 'slack', id: 'U0JULIE', name: 'julie' };
const ids: Record<string, string> = {};

async function comment(key: string, text: string) {
  n += 1;
  const { item } = await receiveComment(t.ctx, {
    source: 'facebook',
    externalId: `k${n}`,
    pageId: 'page-1',
    pageName: 'Emploi Québec',
    author: { id: `fb-${n}`, name: 'Élise Tremblay' },
    text,
    at: `2026-03-03T14:0${n}:00Z`,
  });
  ids[key] = item.id;
  return processItem(t.ctx, item.id);
}

beforeAll(async () => {
  t = await testContext({ surfaces: [], platform: recordingPlatform() });
  await comment('followed', 'Tabarnak que c’est long, écrivez-moi à jean.tremblay@gmail.com');
  await comment('overruled1', 'Merci, mais tabarnak que c’est long.');
  await comment('overruled2', 'Enfin, tabarnak, une bonne nouvelle.');
  await comment('missedOnPage', 'Merci pour l’information, bonne journée.');
  await comment('missedNamed', 'Je vous remercie pour le suivi de mon dossier.');
  await comment('untouched', 'Bonne journée à toute l’équipe.');
  t.clock.set('2026-03-03T15:00:00Z');
  expect((await decide(t.ctx, { itemId: ids.followed!, decision: 'hide', actor: julie })).ok).toBe(true);
  expect((await decide(t.ctx, { itemId: ids.overruled1!, decision: 'approve', actor: julie })).ok).toBe(true);
  expect((await decide(t.ctx, { itemId: ids.overruled2!, decision: 'approve', actor: julie })).ok).toBe(true);
  // Staff hide it on Facebook itself: the feed webhook names the page as `from`.
  await receiveComment(t.ctx, {
    source: 'facebook',
    externalId: ids.missedOnPage!.split(':')[1]!,
    pageId: 'page-1',
    verb: 'hide',
    author: { id: 'page-1' },
    fromPage: true,
    at: '2026-03-03T15:05:00Z',
  });
  // Hidden from the console with the category Vigie missed.
  expect(
    (await decide(t.ctx, { itemId: ids.missedNamed!, decision: 'hide', category: 'off_topic', actor: { surface: 'shell', id: 'console' } })).ok,
  ).toBe(true);
});
afterAll(() => t.close());

describe('rule figures from decisions', () => {
  it('a hide on the Facebook page itself is a staff decision on the item, audited, and Vigie’s own echo is not counted twice', async () => {
    const item = (await t.store.getItem(ids.missedOnPage!))!;
    expect(item).toMatchObject({ status: 'hidden', decision: 'hide', decidedBy: 'facebook:page-1', verdict: 'ok' });
    const echo = await receiveComment(t.ctx, {
      source: 'facebook',
      externalId: ids.followed!.split(':')[1]!,
      pageId: 'page-1',
      verb: 'hide',
      author: { id: 'page-1' },
      fromPage: true,
      at: '2026-03-03T15:06:00Z',
    });
    expect(echo.duplicate).toBe(true);
    expect((await t.store.listAudit()).filter((e) => e.itemId === ids.missedOnPage && e.decision === 'hide')).toMatchObject([
      { actor: 'facebook:page-1', result: 'ok' },
    ]);
  });

  it('counts each rule followed and overruled per page, and what Vigie passed that staff hid, by category', () => {
    return t.store.listItems().then((items) => {
      const report = ruleFigures(items, { since: new Date('2026-03-01T00:00:00Z'), until: new Date('2026-03-09T00:00:00Z') });
      const obscene = report.rules.find((r) => r.rule === 'mess-quebec/obscene')!;
      expect(obscene).toMatchObject({ pageId: 'page-1', pageName: 'Emploi Québec', followed: 1, overruled: 2 });
      expect(obscene.precision).toBeCloseTo(1 / 3);
      expect(report.missed).toEqual([
        { policyId: 'mess-quebec', pageId: 'page-1', pageName: 'Emploi Québec', total: 2, byCategory: { none: 1, off_topic: 1 } },
      ]);
      expect(report.decided).toBe(5);
      // Outside the window, nothing.
      expect(ruleFigures(items, { since: new Date('2026-03-04T00:00:00Z'), until: new Date('2026-03-09T00:00:00Z') }).decided).toBe(0);
    });
  });

  it('the digest names the rule worth a look on the first business day of the week only, with its threshold', async () => {
    const items = await t.store.listItems();
    const policy = t.ctx.policies.get('mess-quebec')!;
    expect(buildDigest(items, policy, new Date('2026-03-10T09:00:00-04:00')).rules).toBeUndefined(); // a Tuesday
    const monday = buildDigest(items, policy, new Date('2026-03-09T09:00:00-04:00'));
    const words = digestRulesLines(monday.rules!, 'fr');
    expect(words.lines).toEqual(['mess-quebec/obscene (Emploi Québec) : juste à 33 % — 1 suivie, 2 renversées']);
    expect(words.missed).toBe('Jugés conformes par Vigie, masqués ou supprimés par l’équipe : 2 (sans catégorie 1, Hors sujet 1)');
    expect(words.threshold).toContain('moins de 80 % du temps sur au moins 3 décisions');
    expect(digestRulesLines(monday.rules!, 'en').lines).toEqual(['mess-quebec/obscene (Emploi Québec): right 33% — 1 followed, 2 overruled']);
  });

  it('vigie rules report prints the table and --json the figures', async () => {
    const env = { VIGIE_STORE: t.store.path, LANG: 'fr_CA.UTF-8' };
    const table = fakeIo('', env);
    expect(await rules(['report', '--since', '2026-03-01', '--until', '2026-03-08'], table.io)).toBe(0);
    expect(table.out()).toMatch(/^Justesse des règles, du 2026-03-01 au 2026-03-08 : 5 commentaires décidés/);
    expect(table.out()).toMatch(/mess-quebec\/obscene\s+Emploi Québec\s+1\s+2\s+33 %/);
    expect(table.out()).toMatch(/Emploi Québec\s+2\s+sans catégorie 1, Hors sujet 1/);
    const json = fakeIo('', env);
    expect(await rules(['report', '--since', '2026-03-01', '--until', '2026-03-08', '--json', '--policy', 'mess-quebec'], json.io)).toBe(0);
    expect(JSON.parse(json.out()).rules[0]).toMatchObject({ rule: 'mess-quebec/obscene', followed: 1, overruled: 2 });
    const bad = fakeIo('', env);
    expect(await rules(['report', '--since', 'hier'], bad.io)).toBe(2);
    expect(bad.err()).toBe('vigie rules: --since : « hier » n’est ni une date (2026-11-01) ni un nombre de jours (30d).\n');
  });

  it('vigie decisions export writes the blind format, masks personal information, omits texts the policy does not keep, and vigie blind measures it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-export-'));
    // The deployment's copy of the policy allows keeping comments' texts.
    const yml = readFileSync(join(import.meta.dirname, '../../policies/mess-quebec.yml'), 'utf8');
    writeFileSync(join(dir, 'mess-quebec.yml'), `${yml}\nrecord:\n  keepText: true\n`);
    const out = join(dir, 'decisions.jsonl');
    const io = fakeIo('', { VIGIE_STORE: t.store.path, VIGIE_POLICY_DIR: dir, LANG: 'fr_CA.UTF-8' });
    expect(await decisions(['export', '--since', '2026-03-01', '--until', '2026-03-08', '--out', out], io.io)).toBe(0);
    expect(io.err()).toContain('5 décisions écrites');
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids.followed)).toMatchObject({
      policy: 'mess-quebec',
      kind: 'comment',
      expect: 'flag',
      action: 'hide',
      decision: 'hide',
      verdict: 'hide',
      masked: 1,
    });
    expect(String(byId.get(ids.followed)!.text)).toBe('Tabarnak que c’est long, écrivez-moi à [masqué : une adresse courriel]');
    expect(JSON.stringify(rows)).not.toContain('jean.tremblay');
    expect(byId.get(ids.overruled1)).toMatchObject({ expect: 'ok', action: null, categories: [], decision: 'approve' });
    expect(byId.get(ids.missedNamed)).toMatchObject({ expect: 'flag', categories: ['off_topic'], verdict: 'ok' });
    expect(byId.has(ids.untouched)).toBe(false);

    const scored = fakeIo();
    expect(await blind([out, '--json'], scored.io)).toBe(0);
    const report = JSON.parse(scored.out());
    expect(report).toMatchObject({ rows: 5, flags: 3, oks: 2 });
    expect(report.recall).toMatchObject({ n: 1, of: 3 });
    expect(report.falsePositives).toMatchObject({ n: 2, of: 2 });

    // The shipped policy keeps no text: the rows say why, and blind skips them.
    const shipped = fakeIo('', { VIGIE_STORE: t.store.path, LANG: 'en_CA.UTF-8' });
    const out2 = join(dir, 'no-text.jsonl');
    expect(await decisions(['export', '--since', '30d', '--until', '2026-03-08', '--out', out2], shipped.io, new Date('2026-03-20T00:00:00Z'))).toBe(
      0,
    );
    const bare = readFileSync(out2, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(bare.every((r) => r.text === undefined && r.omitted === 'policy-keeps-no-text')).toBe(true);

    // Unmasked only for the console moderator; the refusal is one line in the reader's language.
    const refused = fakeIo('', { VIGIE_STORE: t.store.path, VIGIE_MODERATORS: 'slack:U0JULIE', LANG: 'fr_CA.UTF-8' });
    expect(await decisions(['export', '--since', '2026-03-01', '--out', out, '--unmasked'], refused.io)).toBe(2);
    expect(refused.err()).toBe(
      'vigie decisions: --unmasked est réservé à la personne de la console nommée dans VIGIE_MODERATORS (ajoutez console à la liste).\n',
    );
    const allowed = fakeIo('', { VIGIE_STORE: t.store.path, VIGIE_POLICY_DIR: dir, VIGIE_MODERATORS: 'console' });
    expect(await decisions(['export', '--since', '2026-03-01', '--until', '2026-03-08', '--out', out, '--unmasked'], allowed.io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('jean.tremblay@gmail.com');
    expect((await t.store.listAudit()).filter((e) => e.decision === 'decisions-export').map((e) => e.detail)).toEqual([
      expect.stringContaining('personal information masked'),
      expect.stringContaining('personal information masked'),
      expect.stringContaining('unmasked'),
    ]);
  });
});
