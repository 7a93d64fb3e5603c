import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRouting, routeFor, RoutingError } from '../../src/moderation/routing.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-routing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RoutingError);
    return (err as RoutingError).problems;
  }
  throw new Error('expected a RoutingError');
};

describe('loadRouting', () => {
  it('without a file, routes every page to $VIGIE_POLICY and $SLACK_CHANNEL', () => {
    const routing = loadRouting(undefined, { VIGIE_POLICY: 'senneterre', SLACK_CHANNEL: 'C0SENNE' });
    expect(routeFor(routing, 'any-page')).toEqual({ policyId: 'senneterre', channels: { slack: ['C0SENNE'] } });
    expect(routing.origin).toBe('environment');
  });

  it('without a file nor settings, routes to mess-quebec and the surfaces’ own channels', () => {
    expect(routeFor(loadRouting(undefined, {}), '1')).toEqual({ policyId: 'mess-quebec', channels: {} });
  });

  it('reads the file named by VIGIE_ROUTING: a page has its own policy and channels, others the default', () => {
    const path = file(
      'ok.yml',
      `default:
  policy: baie-comeau
  channels: { slack: [C0DEF] }
pages:
  "104729381234567":
    name: Ville de Senneterre
    policy: senneterre
    channels:
      slack: [C0SENNE]
      teams: ["19:abc@thread.tacv2"]
`,
    );
    const routing = loadRouting(undefined, { VIGIE_ROUTING: path, SLACK_CHANNEL: 'C0IGNORED' }, ['senneterre', 'baie-comeau']);
    expect(routeFor(routing, '104729381234567')).toEqual({
      policyId: 'senneterre',
      pageName: 'Ville de Senneterre',
      channels: { slack: ['C0SENNE'], teams: ['19:abc@thread.tacv2'] },
    });
    expect(routeFor(routing, 'other')).toEqual({ policyId: 'baie-comeau', channels: { slack: ['C0DEF'] } });
  });

  it('a file with no default falls back to the environment default', () => {
    const path = file('nodefault.yml', 'pages:\n  "1": { policy: senneterre }\n');
    const routing = loadRouting(path, { VIGIE_POLICY: 'mess-quebec', SLACK_CHANNEL: 'C1' });
    expect(routeFor(routing, '2')).toEqual({ policyId: 'mess-quebec', channels: { slack: ['C1'] } });
    expect(routeFor(routing, '1')).toEqual({ policyId: 'senneterre', channels: {} });
  });

  it('lists every problem of a bad file at once, with where it is', () => {
    const path = file(
      'bad.yml',
      `pages:
  "1": { policy: Senneterre!, channels: { slack: [] } }
  "2": { channels: { slack: [C1] } }
  "3": { policy: senneterre, chanels: {} }
extra: true
`,
    );
    const problems = problemsOf(() => loadRouting(path, {}));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pages\.1\.policy: a policy id/),
        expect.stringMatching(/^pages\.1\.channels\.slack: list at least one channel/),
        expect.stringMatching(/^pages\.2\.policy: /),
        expect.stringMatching(/^pages\.3: .*chanels/),
        expect.stringMatching(/extra/),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('reports unknown policies when told which exist', () => {
    const path = file('unknown.yml', 'default: { policy: nowhere }\npages:\n  "1": { policy: senneterre }\n  "2": { policy: ailleurs }\n');
    expect(problemsOf(() => loadRouting(path, {}, ['senneterre']))).toEqual([
      "default.policy: unknown policy 'nowhere' (known: senneterre)",
      "pages.2.policy: unknown policy 'ailleurs' (known: senneterre)",
    ]);
  });

  it('says so when the file is missing or is not YAML', () => {
    expect(problemsOf(() => loadRouting(join(dir, 'missing.yml'), {}))).toEqual(['file not found (check VIGIE_ROUTING)']);
    expect(problemsOf(() => loadRouting(file('broken.yml', 'pages: [\n'), {}))[0]).toMatch(/^YAML line \d+/);
    expect(() => loadRouting(join(dir, 'missing.yml'), {})).toThrow(/^Routage invalide \(.*missing\.yml\) :\n/);
    // In the operator's language, one at a time (issue 16 item 8).
    expect(() => loadRouting(join(dir, 'missing.yml'), { LANG: 'en_CA.UTF-8' })).toThrow(
      /^Invalid routing \(.*missing\.yml\):\n {2}- file not found/,
    );
  });
});
