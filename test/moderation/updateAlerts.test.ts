import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/moderation/Context.js';
import type { DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import { updateAlerts } from '../../src/moderation/updateAlerts.js';
import { recordingSurface } from '../helpers/recordingSurface.js';
import { makeItem } from '../sla/makeItem.js';

describe('updateAlerts', () => {
  it('updates every surface side by side: a slow one does not hold up the others, a failing one is logged', async () => {
    const slack = recordingSurface('slack');
    const teams = recordingSurface('teams');
    const shell = recordingSurface('shell');
    shell.failWith = new Error('console closed');
    // Slack's update finishes only once Teams' has started: one after the other, this would never end.
    let teamsStarted!: () => void;
    const started = new Promise<void>((resolve) => (teamsStarted = resolve));
    const slackUpdate = slack.update.bind(slack);
    slack.update = async (ref, outcome) => {
      await started;
      return slackUpdate(ref, outcome);
    };
    const teamsUpdate = teams.update.bind(teams);
    teams.update = async (ref, outcome) => {
      teamsStarted();
      return teamsUpdate(ref, outcome);
    };
    const warnings: string[] = [];
    const ctx = {
      surfaces: [slack, teams, shell],
      log: { info: () => undefined, warn: (msg: string) => void warnings.push(msg), error: () => undefined },
    } as unknown as Context;
    const item = makeItem(new Date('2026-11-23T14:00:00Z'), {
      alerts: [
        { surface: 'slack', channel: 'C1', messageId: '1.1' },
        { surface: 'teams', channel: '19:x', messageId: 'a-1' },
        { surface: 'shell', channel: 'console', messageId: '1' },
      ],
    });
    const outcome: DecisionOutcome = { item, decision: 'hide', by: { surface: 'slack', id: 'U1' }, at: '2026-11-23T14:02:00.000Z', ok: true };
    await Promise.race([
      updateAlerts(ctx, item, outcome),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the surfaces were updated one after the other')), 2_000)),
    ]);
    expect(slack.updates.map((u) => u.ref.messageId)).toEqual(['1.1']);
    expect(teams.updates.map((u) => u.ref.messageId)).toEqual(['a-1']);
    expect(warnings).toEqual(['updating an alert failed']);
  });
});
