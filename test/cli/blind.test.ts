import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/blind.js';
import { fakeIo } from './fakeIo.js';

function roundFile(lines: object[] | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-blind-'));
  const file = join(dir, 'round9.jsonl');
  writeFileSync(file, typeof lines === 'string' ? lines : lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

const row = (id: string, text: string, expect: 'flag' | 'ok', categories: string[] = [], kind = 'comment') => ({
  id,
  policy: 'mess-quebec',
  kind,
  text,
  expect,
  action: expect === 'ok' ? null : 'hide',
  categories,
  clause: '',
});

describe('vigie blind', () => {
  it('scores recall, false positives, hidden ok texts and the right category with the real check()', async () => {
    const file = roundFile([
      row('a', "T'es un ostie de c0nn4rd", 'flag', ['insult']),
      row('b', 'Je vais te tuer', 'flag', ['threat']),
      // Caught, but the writer expected another category: counts for recall, not for the right category.
      row('c', 'Je vais te tuer', 'flag', ['commercial']),
      row('d', 'Merci pour la réponse rapide, bonne journée!', 'ok'),
      row('e', 'Gang de connards', 'ok'),
      row('f', 'Bonjour, à quelle heure ouvre le bureau?', 'flag', ['off_topic']),
    ]);
    const { io, out, err } = fakeIo();
    expect(await run([file, '--json'], io)).toBe(0);
    expect(err()).toBe('');
    const r = JSON.parse(out());
    expect(r).toMatchObject({ rows: 6, flags: 4, oks: 2 });
    expect(r.recall).toMatchObject({ n: 3, of: 4 });
    expect(r.falsePositives).toMatchObject({ n: 1, of: 2 });
    expect(r.hiddenOk).toMatchObject({ n: 1, of: 2 });
    expect(r.rightCategory).toMatchObject({ n: 2, of: 3 });
    expect(r.perCategory.threat.caught).toMatchObject({ n: 1, of: 1 });
    expect(r.perCategory.commercial.asCategory).toMatchObject({ n: 0, of: 1 });
    expect(r.misses.map((m: { id: string }) => m.id)).toEqual(['f']);
    expect(r.falseAlarms.map((m: { id: string }) => m.id)).toEqual(['e']);
  });

  it('prints the table and, with --misses, every miss and false alarm', async () => {
    const file = roundFile([row('a', 'Je vais te tuer', 'flag', ['threat']), row('b', 'Bonjour', 'flag', ['complaint'])]);
    const { io, out } = fakeIo();
    expect(await run([file, '--misses'], io)).toBe(0);
    expect(out()).toMatch(/recall\s+50\.0 % \(1\/2\)/);
    expect(out()).toContain('b mess-quebec/comment [complaint] Bonjour');
  });

  it('refuses a malformed line or an unknown policy with the line and the reason', async () => {
    const bad = roundFile('{"id":"x"}\nnot json\n');
    const a = fakeIo();
    expect(await run([bad], a.io)).toBe(2);
    expect(a.err()).toMatch(/round9\.jsonl:1: policy: /);
    expect(a.err()).toContain('round9.jsonl:2: not JSON');
    const unknown = roundFile([{ ...row('z', 'Bonjour', 'ok'), policy: 'nowhere' }]);
    const b = fakeIo();
    expect(await run([unknown], b.io)).toBe(2);
    expect(b.err()).toContain("z: unknown policy 'nowhere'");
    const none = fakeIo();
    expect(await run([], none.io)).toBe(2);
  });
});
