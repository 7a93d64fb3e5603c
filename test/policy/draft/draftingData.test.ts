import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../../src/policy/loadPolicies.js';
import { draftingData } from '../../../src/policy/draft/draftingData.js';
import { detectors } from '../../../src/policy/rules/detectors.js';

const data = draftingData();

describe('the drafting data (policies/drafting/)', async () => {
  const shipped = [...(await loadPolicies()).values()].flatMap((p) => p.rules);

  it.each([...data.templates.entries()])('%s: the detector, lists and action a shipped policy uses for its category', (_key, t) => {
    const same = shipped.filter(
      (r) =>
        r.category === t.category &&
        r.detector === t.detector &&
        r.action === t.action &&
        JSON.stringify(r.params.lists ?? null) === JSON.stringify(t.params.lists ?? null) &&
        (r.params.mode ?? 'duplicate') === (t.params.mode ?? 'duplicate'),
    );
    expect(same.length, `no shipped rule of category ${t.category} with detector ${t.detector}, action ${t.action}`).toBeGreaterThan(0);
    expect(detectors[t.detector]).toBeDefined();
  });

  it('every category a shipped policy enforces has a template (signature aside: its words are each office’s own)', () => {
    const withTemplate = new Set([...data.templates.values()].map((t) => t.category));
    const enforced = new Set(shipped.map((r) => r.category));
    expect([...enforced].filter((c) => !withTemplate.has(c))).toEqual(['signature']);
  });

  it('both languages give cue words for every template', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect([...data.languages[lang].cues.keys()].sort()).toEqual([...data.templates.keys()].sort());
    }
  });

  it('every province and territory has the words that name it', () => {
    expect(data.provinces.size).toBe(13);
  });
});
