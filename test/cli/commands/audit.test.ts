import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIo } from '../fakeIo.js';
import { run } from '../../../src/cli/commands/audit.js';
import type { AuditEntry } from '../../../src/store/Store.js';
import { tempStore, type TempStore } from '../../helpers/tempStore.js';

const tricky = 'Le maire est un « incompétent », point.\nEt "ça" se dit, non?';
const entries: AuditEntry[] = [
  {
    at: '2026-03-02T14:00:00.000Z',
    itemId: 'facebook:1_2',
    policyId: 'senneterre',
    decision: 'received',
    actor: 'facebook:555',
    rules: [],
    clauses: [],
    text: 'Bonjour',
    result: 'ok',
  },
  {
    at: '2026-03-03T15:05:00.000Z',
    itemId: 'facebook:1_3',
    policyId: 'senneterre',
    decision: 'hide',
    actor: 'slack:U0JULIE',
    actorName: 'Julie Côté',
    rules: ['senneterre/insult', 'senneterre/political'],
    clauses: ['Aucun propos injurieux', 'Aucune promotion ou aucun discrédit d’un parti politique'],
    text: tricky,
    result: 'ok',
  },
  {
    at: '2026-03-05T04:30:00.000Z',
    itemId: 'webhook:9',
    policyId: 'mess-quebec',
    decision: 'reply',
    actor: 'teams:29:abc',
    rules: [],
    clauses: [],
    text: 'Plainte',
    result: 'error',
    detail: 'token_expired: renew FACEBOOK_PAGE_TOKEN',
  },
];

let store: TempStore;
beforeAll(async () => {
  store = await tempStore();
  for (const e of entries) await store.appendAudit(e);
});
afterAll(() => store.close());

const rowsOf = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return parse(csv.slice(1), { columns: true }) as Record<string, string>[];
};

describe('vigie audit export', () => {
  it('writes every entry as CSV with a header, quoting commas, quotes and line breaks (RFC 4180)', async () => {
    const t = fakeIo('', { VIGIE_STORE: store.path });
    expect(await run(['export'], t.io)).toBe(0);
    const rows = rowsOf(t.out());
    expect(rows.map((r) => r.decision)).toEqual(['received', 'hide', 'reply']);
    // In the policy's zone with its offset, the clock --from and --to read days in (issue 16 item 9).
    expect(rows.map((r) => r.at)).toEqual(['2026-03-02T09:00:00.000-05:00', '2026-03-03T10:05:00.000-05:00', '2026-03-04T23:30:00.000-05:00']);
    expect(rows[1]).toEqual({
      at: '2026-03-03T10:05:00.000-05:00',
      item: 'facebook:1_3',
      policy: 'senneterre',
      decision: 'hide',
      actor: 'slack:U0JULIE',
      actor_name: 'Julie Côté',
      rules: 'senneterre/insult | senneterre/political',
      clauses: 'Aucun propos injurieux | Aucune promotion ou aucun discrédit d’un parti politique',
      result: 'ok',
      detail: '',
      text: tricky,
    });
    expect(t.out()).toContain('"Le maire est un « incompétent », point.\nEt ""ça"" se dit, non?"');
    expect(t.out().split('\r\n')[0]).toBe('\ufeffat,item,policy,decision,actor,actor_name,rules,clauses,result,detail,text');
  });

  it('keeps a window: bare days are Montréal days and --to includes its day', async () => {
    const t = fakeIo('', { VIGIE_STORE: store.path });
    // 2026-03-05T04:30Z is still March 4 in Montréal.
    expect(await run(['export', '--from', '2026-03-03', '--to', '2026-03-04'], t.io)).toBe(0);
    expect(rowsOf(t.out()).map((r) => r.item)).toEqual(['facebook:1_3', 'webhook:9']);
    const u = fakeIo('', { VIGIE_STORE: store.path });
    expect(await run(['export', '--from', '2026-03-02T09:00:00-05:00', '--to', '2026-03-03T10:05:00-05:00'], u.io)).toBe(0);
    expect(rowsOf(u.out()).map((r) => r.item)).toEqual(['facebook:1_2']);
  });

  it('--help says the same thing about --to everywhere: a bare day is included, an instant is excluded', async () => {
    const t = fakeIo('', { VIGIE_STORE: store.path });
    expect(await run(['--help'], t.io)).toBe(0);
    const to = t
      .out()
      .split('\n')
      .filter((l) => l.includes('--to'));
    expect(to.join('\n')).not.toMatch(/exclusive/);
    expect(t.out()).toContain('--to DATE|ISO     to the end of that day (the whole day is included), or up to that instant (excluded)');
  });

  it('writes to --out and says how many entries went there', async () => {
    const t = fakeIo('', { VIGIE_STORE: store.path });
    const out = join(store.dir, 'audit.csv');
    expect(await run(['export', '--out', out], t.io)).toBe(0);
    expect(t.out()).toBe('');
    expect(t.err()).toBe(`3 audit entries written to ${out}\n`);
    expect(rowsOf(readFileSync(out, 'utf8'))).toHaveLength(3);
  });

  it.each([
    [['export', '--from', 'hier'], /--from: 'hier' is not a date/],
    [['export', '--from', '2026-03-05', '--to', '2026-03-01'], /--from must be before --to/],
    [['import'], /expected 'export'/],
    [['export', '--since', 'x'], /Unknown option '--since'/],
  ])('refuses %j with a one-line reason and exit code 2', async (argv, reason) => {
    const t = fakeIo('', { VIGIE_STORE: store.path });
    expect(await run(argv, t.io)).toBe(2);
    expect(t.err()).toMatch(reason);
    expect(t.err()).not.toMatch(/\n\s+at /);
  });

  it('says where it looked when there is no store, instead of creating an empty one', async () => {
    const t = fakeIo('', { VIGIE_STORE: join(store.dir, 'nope.sqlite') });
    expect(await run(['export'], t.io)).toBe(2);
    expect(t.err()).toMatch(/no store at .*nope\.sqlite \(set VIGIE_STORE/);
  });
});
