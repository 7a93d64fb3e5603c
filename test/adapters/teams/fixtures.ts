import type { Activity } from 'botbuilder';
import type { Item } from '../../../src/moderation/Item.js';
import type { Context, Logger } from '../../../src/moderation/Context.js';
import type { Store } from '../../../src/store/Store.js';
import type { CardLook } from '../../../adapters/teams/CardLook.js';

export const CHANNEL = '19:a1b2c3d4e5f6@thread.tacv2';
export const TEAM = '19:team0001@thread.tacv2';
export const BOT = { id: '28:vigie-bot-id', name: 'Vigie' };
export const JULIE = { id: '29:1julie', name: 'Julie Tremblay', aadObjectId: 'aad-julie-0001' };

/** A Bot Connector activity as Teams posts it to /api/messages (shape from real captures, ids made up). */
export function activity(serviceUrl: string, over: Partial<Activity> & Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl,
    id: 'f:' + Math.random().toString(36).slice(2),
    timestamp: '2026-03-10T14:02:00.000Z',
    localTimestamp: '2026-03-10T10:02:00.000-04:00',
    from: JULIE,
    recipient: BOT,
    conversation: { id: 'a:1personal-chat-julie', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'fr-CA',
    ...over,
  };
}

/** The activity Teams sends when the app is added to a team: it carries the channel's reference. */
export function installedInChannel(serviceUrl: string): Record<string, unknown> {
  return activity(serviceUrl, {
    type: 'conversationUpdate',
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' } as never,
    membersAdded: [{ id: BOT.id, name: BOT.name }],
    channelData: { tenant: { id: 'tenant-1' }, team: { id: TEAM, name: 'Communications' }, channel: { id: CHANNEL }, eventType: 'teamMemberAdded' },
  });
}

export function flaggedItem(over: Partial<Item> = {}): Item {
  return {
    id: 'facebook:111_222',
    source: 'facebook',
    externalId: '111_222',
    pageId: '111',
    pageName: 'Emploi Québec',
    policyId: 'mess-quebec',
    kind: 'comment',
    author: { id: 'fb-42', name: 'Gaston L.' },
    text: 'Vous êtes des *incompétents*, rappelez-moi au 418-555-0199',
    permalink: 'https://www.facebook.com/111/posts/222?comment_id=333',
    receivedAt: '2026-03-10T14:00:00.000Z',
    status: 'open',
    needsReply: true,
    verdict: 'hide',
    deadline: '2026-03-11T14:00:00.000Z',
    check: {
      verdict: 'hide',
      findings: [
        {
          category: 'insult',
          rule: 'mess-quebec/insult',
          severity: 'high',
          message: { fr: 'Insulte : « incompétents »', en: 'Insult: "incompétents"' },
          span: [14, 27],
          match: 'incompétents',
          clause: 'propos injurieux, haineux ou diffamatoires',
          action: 'hide',
        },
        {
          category: 'personal_info',
          rule: 'mess-quebec/personal-info',
          severity: 'medium',
          message: { fr: 'Numéro de téléphone publié', en: 'Phone number posted' },
          span: [45, 57],
          match: '418-555-0199',
          clause: 'renseignements personnels',
          action: 'hide',
          reply: { fr: 'Écrivez-nous en privé, nous vous rappellerons.', en: 'Write to us privately; we will call you back.' },
        },
      ],
    },
    updatedAt: '2026-03-10T14:00:01.000Z',
    ...over,
  };
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

export function recordingLog(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (msg, fields) => void lines.push({ level: 'info', msg, fields }),
    warn: (msg, fields) => void lines.push({ level: 'warn', msg, fields }),
    error: (msg, fields) => void lines.push({ level: 'error', msg, fields }),
  };
}

/** Cards show instants as given, in French except for the Ontario Ombudsman's English-first policy. */
export const plainLook: CardLook = {
  langFor: (id) => (id === 'ombudsman-ontario' ? 'en' : 'fr'),
  policyName: (id) => id,
  whenFor: () => (iso) => iso,
  reminderLine: (r, lang) => `[${lang}] ${r.kind}, ${r.businessMinutesLeft} min: ${r.item.text}`,
};

export function bareContext(store: Store, log: Logger, now = new Date('2026-03-10T14:05:00Z')): Context {
  return {
    policies: new Map(),
    defaultPolicyId: 'mess-quebec',
    store,
    surfaces: [],
    platformFor: () => undefined,
    now: () => now,
    log,
    moderators: [],
    dryRun: false,
  };
}
