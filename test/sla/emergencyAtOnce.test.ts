import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openItem } from '../../src/sla/lifecycle.js';
import { sweep } from '../../src/sla/sweep.js';
import type { CheckResult } from '../../src/policy/types.js';
import { at, local, makePolicy } from './makePolicy.js';
import { makeItem } from './makeItem.js';

// Issue 16 item 9: an emergency received at night said « répondre tout de suite » but carried a 16 h 30 deadline.
const emergency: CheckResult = {
  verdict: 'review',
  findings: [
    {
      category: 'emergency',
      rule: 'test-qc/emergency',
      severity: 'high',
      message: { fr: 'Urgence', en: 'Emergency' },
      span: [0, 5],
      match: 'feu',
      clause: 'urgences',
      action: 'review',
      reply: { fr: 'Composez le 9-1-1.', en: 'Call 9-1-1.' },
    },
  ],
};

describe('an emergency is due on receipt, whatever the hour', () => {
  const policy = makePolicy();

  it('its deadline is the instant it arrived, at night and on a holiday too; a question keeps office time', () => {
    for (const night of ['2026-11-23T23:10', '2026-12-25T03:00']) {
      const item = openItem(makeItem(at(night), { status: 'received', check: emergency }), policy);
      expect(local(new Date(item.deadline!))).toBe(night);
    }
    const question = openItem(makeItem(at('2026-11-23T23:10'), { status: 'received' }), policy);
    expect(local(new Date(question.deadline!))).toBe('2026-11-24T16:30');
  });

  it('the sweep reports it at its next tick, at night', () => {
    const item = openItem(makeItem(at('2026-11-23T23:10'), { status: 'received', check: emergency }), policy);
    expect(sweep([item], policy, at('2026-11-23T23:15'), new Set()).map((r) => r.kind)).toEqual(['breached']);
  });

  it('a policy can say which categories are due at once', () => {
    const none = makePolicy({ sla: { targets: { comment: { businessDays: 1 }, message: { businessDays: 1 } }, immediate: [] } as never });
    const item = openItem(makeItem(at('2026-11-23T23:10'), { status: 'received', check: emergency }), none);
    expect(local(new Date(item.deadline!))).toBe('2026-11-24T16:30');
  });

  it('every policy tells staff what its emergency reply tells the public, not to answer « tout de suite »', () => {
    const dir = new URL('../../policies/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml'))) {
      const doc = parse(readFileSync(new URL(f, dir), 'utf8')) as { rules: { category: string; message: { fr: string; en: string } }[] };
      for (const r of doc.rules.filter((x) => x.category === 'emergency')) {
        expect(r.message.fr, f).toMatch(/annoncée dès réception.*réponse prévue : elle .*9-1-1/);
        expect(r.message.en, f).toMatch(/announced on receipt.*prescribed reply .*: it .*9-1-1/);
        expect(r.message.fr).not.toMatch(/tout de suite/);
      }
    }
  });
});
