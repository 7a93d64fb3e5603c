import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_POLICY_DIR, loadPolicies, PolicyLoadError } from '../../src/policy/loadPolicies.js';
import { POLICY_IDS } from './policyIds.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-policies-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// The parsed policy file, to be broken on purpose by each test: any field, any depth.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const mess = () => parse(readFileSync(join(DEFAULT_POLICY_DIR, 'mess-quebec.yml'), 'utf8')) as Record<string, any>;

async function problemsOf(dir: string) {
  try {
    await loadPolicies(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyLoadError);
    return err as PolicyLoadError;
  }
  throw new Error('expected a PolicyLoadError');
}

// The first load compiles every lexicon (seconds on a busy machine); later loads reuse the compiled lists.
beforeAll(() => loadPolicies(), 120_000);

describe('loadPolicies', () => {
  it('loads the five organizations, every rule quoting a clause', async () => {
    const policies = await loadPolicies();
    expect([...policies.keys()].sort()).toEqual([...POLICY_IDS].sort());
    for (const p of policies.values()) {
      expect(p.rules.length).toBeGreaterThan(5);
      for (const r of p.rules) expect(r.clause.length).toBeGreaterThanOrEqual(8);
      expect(p.calendar.timeZone).toBe('America/Toronto');
    }
    expect(policies.get('mess-quebec')!.calendar.hours.mon).toEqual([['08:30', '16:30']]);
    expect(policies.get('baie-comeau')!.sla.targets.message.businessDays).toBe(2);
    expect(policies.get('baie-comeau')!.posting?.maxPerDay).toBe(2);
    expect(policies.get('senneterre')!.replies.complaint!.fr).toContain('819 737-2296');
    expect(policies.get('ombudsman-ontario')!.replies.complaint!.en).toContain('confidential online complaint form');
  });

  it('quotes clauses that are in the source documents', async () => {
    const policies = await loadPolicies();
    const fold = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
    for (const p of policies.values()) {
      const doc = fold(readFileSync(join(DEFAULT_POLICY_DIR, 'sources', p.source), 'utf8'));
      for (const r of p.rules) {
        // "[...]" marks a cut; each piece must be in the document.
        for (const piece of r.clause
          .split(/\[\.\.\.\]|;/)
          .map((s) => fold(s).trim())
          .filter((s) => s.length > 3)) {
          expect(doc, `${p.id}/${r.id}: ${piece}`).toContain(piece);
        }
      }
      // Blocking a user is allowed only by a clause that says so.
      const block = p.repeatOffender?.block?.clause;
      if (block) expect(doc, `${p.id}/repeatOffender.block`).toContain(fold(block));
    }
  });

  it('lists every problem of every file at once: file, path, what is wrong', async () => {
    const unknownDetector = mess();
    unknownDetector.rules[0].detector = 'sarcasm';
    const badParams = mess();
    badParams.id = 'bad-params';
    badParams.rules[0].params = { lists: ['no-such-list'] };
    badParams.rules[1].clause = 'short';
    badParams.rules[8].reply = 'nowhere';
    const err = await problemsOf(
      tempDir({
        'mess-quebec.yml': stringify(unknownDetector),
        'bad-params.yml': stringify(badParams),
        'broken.yml': 'id: broken\nrules: [\n',
        'wrong-id.yml': stringify({ ...mess(), id: 'other' }),
      }),
    );
    const seen = err.problems.map((p) => `${p.file.split('/').pop()}|${p.path}`);
    expect(seen).toContain('mess-quebec.yml|rules.0.detector');
    expect(seen).toContain('bad-params.yml|rules.0.params.lists');
    expect(seen).toContain('bad-params.yml|rules.1.clause');
    expect(seen).toContain('bad-params.yml|rules.8.reply');
    expect(seen.some((s) => s.startsWith('broken.yml|line'))).toBe(true);
    expect(seen).toContain('wrong-id.yml|id');
    expect(err.problems.find((p) => p.path === 'rules.0.detector')!.message).toMatch(/unknown detector 'sarcasm' \(known: .*lexicon/);
    expect(err.problems.find((p) => p.path === 'rules.0.params.lists')!.message).toContain('no-such-list');
    // One line per problem, no stack trace in the message.
    expect(err.message.split('\n').length).toBe(err.problems.length + 1);
    expect(err.message).not.toMatch(/\n\s+at /);
  });

  it('reports a missing directory or an empty one', async () => {
    await expect(loadPolicies(join(tmpdir(), 'vigie-no-such-dir-xyz'))).rejects.toThrow(/cannot read the policy directory/);
    await expect(loadPolicies(tempDir({}))).rejects.toThrow(/no policy file/);
  });

  it('rejects a bad value with the path in the file', async () => {
    const p = mess();
    p.calendar.hours.mon = [['8h30', '16:30']];
    p.rules[2].kinds = ['tweet'];
    p.rules[4].parms = p.rules[4].params;
    p.colour = 'red';
    p['x-anchors'] = ['fine'];
    const err = await problemsOf(tempDir({ 'mess-quebec.yml': stringify(p) }));
    const byPath = new Map(err.problems.map((x) => [x.path, x.message]));
    expect(byPath.has('calendar.hours.mon.0.0')).toBe(true);
    expect(byPath.has('rules.2.kinds.0')).toBe(true);
    expect(byPath.get('rules.4')).toMatch(/parms/);
    expect(byPath.get('(top)')).toMatch(/colour/);
    expect([...byPath.values()].join()).not.toMatch(/x-anchors/);
  });

  it('reports bad detector params after the schema passes', async () => {
    const p = mess();
    p.rules[3].params = { lists: ['insult'], colour: 'red' };
    p.rules.push({ ...p.rules[0], id: 'pattern-bad', detector: 'pattern', params: { regex: ['(unclosed'] } });
    const err = await problemsOf(tempDir({ 'mess-quebec.yml': stringify(p) }));
    const paths = err.problems.map((x) => x.path);
    expect(paths).toContain('rules.3.params');
    expect(err.problems.find((x) => x.path.startsWith(`rules.${p.rules.length - 1}.params.regex`))!.message).toMatch(
      /not a valid regular expression/,
    );
  });
});
