import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localActions } from '../../../adapters/shell/localActions.js';
import { check } from '../../../src/policy/check.js';
import { testContext, type TestContext } from '../../helpers/testContext.js';
import { driveShell } from './driveShell.js';

// The console drives the real pipeline: real policies, a temp SQLite store, a recording Slack surface beside it
// (so a decision typed here must update the alert there too), and the local platform that logs its actions.
let t: TestContext;
const dirs: string[] = [];
afterEach(async () => {
  await t?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(opts: Parameters<typeof testContext>[0] = {}) {
  t = await testContext({ surfaces: ['slack'], ...opts });
  const local = localActions(t.ctx.log);
  t.ctx.platformFor = () => local;
  return t;
}

describe('console commands on the real pipeline', () => {
  it('/checkpost checks a draft post under a named policy and stores nothing', async () => {
    await setup();
    const out = await driveShell(t.ctx, [
      '/checkpost --post --policy senneterre Votez pour Martin Lavoie aux prochaines élections!',
      '/checkpost --policy atlantis Bonjour',
      '/checkpost',
      // No option: a staff draft post, so an English-only draft for the French ministry is flagged (issue #16).
      '/checkpost The Ministry launches a new employment program for young people.',
      '/checkpost --comment The Ministry launches a new employment program for young people.',
      '/aide',
    ]);
    expect(out).toMatch(/^À réviser avant publication — 1 constat\n- \[Propos partisans\] « Votez pour »/m);
    expect(out).toContain('(senneterre/political)');
    expect(out).toMatch(/atlantis/);
    expect(out).toContain('Usage : /checkpost [--comment] [--policy ID] TEXTE');
    expect(out).toMatch(/^À réviser avant publication — 1 constat\n- \[Langue[^\n]*\n/m);
    expect(out).toMatch(/^Conforme — Rien à signaler selon la politique\.$/m);
    expect(out).toContain('vérifier un projet de publication (--comment : un commentaire du public)');
    expect(await t.store.listItems()).toEqual([]);
  });

  it('feeds a sample through the pipeline, alerts every surface, and hides it from the console', async () => {
    await setup();
    const out = await driveShell(t.ctx, ['/exemple 4', '/m 1', '/masquer 1']);
    expect(out).toContain('── Alerte n° 1 · mess-quebec · À masquer ──');
    expect(out).toMatch(/\[obscene\/high\] « Calice »/);
    expect(out).toMatch(/n° 1 — Masqué par console le mardi 3 mars à 10 h 00/);
    expect(out).toMatch(/n° 1 — Déjà traité : Masqué par console le mardi 3 mars à 10 h 00\./);
    const [item] = await t.store.listItems();
    expect(item).toMatchObject({ source: 'console', status: 'hidden', decision: 'hide', decidedBy: 'shell:console', verdict: 'hide' });
    expect(item!.alerts?.map((a) => a.surface).sort()).toEqual(['shell', 'slack']);
    // The Slack alert of the same item was replaced too.
    expect(t.surfaces.slack!.notified).toHaveLength(1);
    expect(t.surfaces.slack!.updates.map((u) => u.outcome.decision)).toEqual(['hide']);
    expect(t.logs.some((l) => l.msg.startsWith('local platform: hide'))).toBe(true);
  });

  it('routes a sample written for another policy to that policy', async () => {
    await setup();
    const out = await driveShell(t.ctx, ['/sample 3']);
    expect(out).toContain('── Alerte n° 1 · senneterre ·');
    expect(out).toMatch(/\[emergency\/high\]/);
    expect(out).toContain('composez le 9-1-1');
    const [item] = await t.store.listItems();
    expect(item).toMatchObject({ policyId: 'senneterre', pageId: 'console-senneterre', needsReply: true, status: 'open' });
  });

  it('/repondre without text posts the reply the policy prescribes and stops the clock', async () => {
    await setup();
    const out = await driveShell(t.ctx, [
      '/commentaire --author "Lucie Gagnon" --policy ombudsman-ontario Je veux porter plainte contre ma municipalité, personne ne me répond.',
      '/repondre 1',
    ]);
    expect(out).toContain('── Alerte n° 1 · ombudsman-ontario ·');
    expect(out).toMatch(/n° 1 — Répondu par console/);
    expect(out).toMatch(/Réponse publiée sous le commentaire : « .+ »/);
    const [item] = await t.store.listItems();
    expect(item).toMatchObject({ status: 'answered', decision: 'reply', author: { name: 'Lucie Gagnon' } });
    expect(item!.answeredAt).toBeDefined();
    expect(t.logs.find((l) => l.msg.startsWith('local platform: reply'))?.fields?.text).toBe(
      out.match(/Réponse publiée sous le commentaire : « (.+) »/)![1],
    );
  });

  it('the prescribed reply an alert shows is exactly what /repondre posts: the comment’s language, not the console’s', async () => {
    await setup();
    const out = await driveShell(t.ctx, [
      '/commentaire I want to file a complaint, nobody ever calls me back about my file.',
      '/repondre 1',
      '/lang en',
      '/comment Je porte plainte, personne ne me rappelle au sujet de mon dossier.',
      '/reply 2',
    ]);
    const prescribed = check(t.ctx.policies.get('mess-quebec')!, 'Je porte plainte', { kind: 'comment' }).findings.find((f) => f.reply)!.reply!;
    const shown = [...out.matchAll(/(?:Réponse prescrite|Prescribed reply) ?: (?:« (.+?) »|“(.+?)”)$/gm)].map((m) => m[1] ?? m[2]);
    const posted = t.logs.filter((l) => l.msg.startsWith('local platform: reply')).map((l) => l.fields?.text);
    // One reply per alert, the one posted: English for the English comment in the French console, and the reverse.
    expect(shown).toEqual([prescribed.en, prescribed.fr]);
    expect(posted).toEqual(shown);
  });

  it('/supprimer asks first; anything but o/y cancels', async () => {
    await setup();
    const out = await driveShell(t.ctx, ['/exemple 10', '/s 1', 'non', '/ouverts', '/d 1', 'y']);
    expect(out).toContain('Supprimer définitivement le commentaire n° 1 de la page ? (o/n)');
    expect(out).toContain('Annulé.');
    expect(out).toContain('1 élément(s) ouvert(s) :');
    expect(out).toMatch(/n° 1 — Supprimé par console/);
    expect((await t.store.listItems())[0]?.status).toBe('deleted');
  });

  it('says why a decision is refused and changes nothing', async () => {
    await setup({ moderators: ['slack:U-JULIE'] });
    const out = await driveShell(t.ctx, ['/exemple 4', '/masquer 1', '/masquer 7', '/masquer', '/approve deux']);
    expect(out).toMatch(
      /n° 1 — Échec : Seules les personnes désignées dans VIGIE_MODERATORS peuvent décider des commentaires\. Demandez à l’une d’elles\.$/m,
    );
    expect(out).toContain('Aucun élément n° 7 (tapez /ouverts pour la liste).');
    expect(out).toContain('Usage : /masquer N');
    expect(out).toContain('Usage : /approuver N');
    expect((await t.store.listItems())[0]?.status).toBe('open');
    // The core audits the refusal, whichever surface it came from (issue 15 item 3: only Slack's were).
    const [item] = await t.store.listItems();
    expect((await t.store.listAudit()).filter((a) => a.result === 'error')).toMatchObject([
      { itemId: item!.id, decision: 'hide', actor: 'shell:console', result: 'error', detail: 'refused: not listed in VIGIE_MODERATORS' },
    ]);
  });

  it('an ok comment stands and says so', async () => {
    await setup();
    const out = await driveShell(t.ctx, ['/comment Merci à toute l’équipe pour le beau travail cet été']);
    expect(out).toMatch(/Commentaire reçu : mess-quebec · Conforme — Merci à toute l’équipe/);
    expect((await t.store.listItems())[0]?.status).toBe('approved');
    expect(t.surfaces.slack!.notified).toHaveLength(0);
  });

  it('/charger feeds a JSONL or plain file, skips every bad line by number, unknown policy included, and sums up', async () => {
    await setup();
    const dir = mkdtempSync(join(tmpdir(), 'vigie-load-'));
    dirs.push(dir);
    const file = join(dir, 'comments.txt');
    writeFileSync(
      file,
      [
        '# a comment line',
        '{"text": "You people are useless idiots", "author": "Dave K.", "policy": "ombudsman-ontario"}',
        '{"text": ""}',
        '{not json',
        '{"text": "Gang de connards", "policy": "atlantis"}',
        'Pouvez-vous me rappeler au 819-555-0142?',
        '{"text": "Merci", "policy": "nulle-part"}',
        '{oops',
        '{"text": "Calice de service, réveillez-vous", "policy": "senneterre"}',
        '',
      ].join('\n'),
    );
    const out = await driveShell(t.ctx, [`/charger ${file}`, '/load /no/such/file.jsonl', '/load']);
    expect(out).toContain('Ligne 3 ignorée : text: needs a non-empty "text"');
    expect(out).toContain('Ligne 4 ignorée : not valid JSON');
    // An unknown policy is one bad line like any other: said with its number, skipped, and the file goes on.
    expect(out).toMatch(/Ligne 5 ignorée : Politique inconnue : « atlantis » \(connues : [^)]*mess-quebec/);
    expect(out).toMatch(/Ligne 7 ignorée : Politique inconnue : « nulle-part »/);
    expect(out).toContain('Ligne 8 ignorée : not valid JSON');
    expect(out).toContain(`${file} : 3 commentaire(s) reçu(s), 5 ligne(s) ignorée(s).`);
    expect(out).toContain('  ligne(s) 4, 8 : not valid JSON');
    expect(out).toMatch(/ {2}ligne\(s\) 5 : Politique inconnue : « atlantis »/);
    expect(out).not.toContain('Échec');
    expect(out).toContain('Lecture impossible de /no/such/file.jsonl : fichier introuvable');
    expect(out).toContain('Usage : /charger FICHIER');
    const items = await t.store.listItems();
    expect(items.map((i) => [i.policyId, i.verdict]).sort()).toEqual([
      ['mess-quebec', 'hide'],
      ['ombudsman-ontario', 'hide'],
      ['senneterre', 'hide'],
    ]);
  });

  it('/rappels sends the reminders due now; /bilan shows the digest', async () => {
    await setup();
    await driveShell(t.ctx, ['/exemple 1']);
    // Two business days later the complaint's reply is late.
    t.clock.set('2026-03-05T10:00:00-05:00');
    const out = await driveShell(t.ctx, ['/rappels', '/rappels', '/bilan', '/bilan atlantis', '/lang en', '/digest ombudsman-ontario']);
    expect(out).toMatch(/🚨 Échéance dépassée .* Lucie Gagnon/);
    expect(out).toContain('1 rappel(s).');
    expect(out).toContain('Aucun rappel dû maintenant.');
    expect(t.surfaces.slack!.reminders.map((r) => r.reminder.kind)).toEqual(['breached']);
    expect(out).toMatch(/📋 Bilan quotidien — Ombudsman[^\n]*\n {2}Ouverts : 1 · À répondre aujourd’hui : 0 · En retard : 1/);
    expect(out).toMatch(/Usage : \/bilan \[POLITIQUE\] \(.*ombudsman-ontario/);
    expect(out).toMatch(/📋 Daily digest — Ombudsman[^\n]*\n {2}Open: 1 · Due today: 0 · Late: 1/);
    // Shown now, not sent: the morning digest still goes to every surface.
    expect(t.surfaces.slack!.digests).toHaveLength(0);
  });

  it('speaks English when asked, and /sample without a number takes the next sample', async () => {
    await setup();
    const out = await driveShell(t.ctx, ['/lang en', '/sample', '/sample', '/sample 99', '/h 2']);
    expect(out).toContain('── Alert #1 · ombudsman-ontario · To review ──');
    expect(out).toContain('── Alert #2 · ombudsman-ontario · To review ──');
    expect(out).toContain('Choices: /approve 2 · /hide 2 · /reply 2 [text] · /delete 2');
    expect(out).toContain('Pick a sample between 1 and 12.');
    expect(out).toMatch(/#2 — Hidden by console on Tuesday, March 3 at 10:00 AM/);
    const texts = (await t.store.listItems()).map((i) => i.author.name).sort();
    expect(texts).toEqual(['Lucie Gagnon', 'Mark Reilly']);
  });

  it('a failing command prints one line, not a stack trace', async () => {
    await setup();
    const out = await driveShell(t.ctx, [
      '/comment --policy atlantis Bonjour',
      '/comment --colour red Bonjour',
      '/comment --author',
      '/lang en',
      '/comment --author',
    ]);
    expect(out).toMatch(/Échec : Politique inconnue : « atlantis » \(connues : .*mess-quebec/);
    expect(out).toContain('Échec : Option inconnue : --colour (possibles : --page, --author, --policy).');
    expect(out).toContain('Échec : --author attend une valeur.');
    expect(out).toContain('Failed: --author needs a value.');
    expect(out).not.toMatch(/\n\s+at /);
    // One language at a time (issue 16 item 8), and no log line for what the person has just been told.
    expect(out).not.toMatch(/valeur manquante \/|inconnue \/ unknown/);
    expect(t.logs.filter((l) => l.level !== 'info')).toEqual([]);
  });
});
