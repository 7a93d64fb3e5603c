import type { Policy } from '../policy/schema.js';
import type { Bilingual } from '../policy/types.js';
import type { Item } from '../moderation/Item.js';
import { formatBusinessMinutes, formatWhen } from './formatWhen.js';
import type { ReminderKind } from './types.js';

function who(item: Item): string {
  return item.author.name ?? item.author.id;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** The reminder as one line in each language: which item, received when, due when, and the link to it. */
export function formatReminder(
  kind: ReminderKind,
  item: Item,
  deadline: string,
  businessMinutesLeft: number,
  policy: Policy,
  /** When the reminder is said: dates in another year than this one carry their year. */
  now?: Date,
): Bilingual {
  const opts = now ? { now } : {};
  const recFr = formatWhen(item.receivedAt, policy, 'fr', opts);
  const dueFr = formatWhen(deadline, policy, 'fr', opts);
  const recEn = formatWhen(item.receivedAt, policy, 'en', opts);
  const dueEn = formatWhen(deadline, policy, 'en', opts);
  const whatFr = item.kind === 'message' ? 'Message privé' : 'Commentaire';
  const whatEn = item.kind === 'message' ? 'Private message' : 'Comment';
  const page = item.pageName ?? item.pageId;
  const link = item.permalink ? ` ${item.permalink}` : '';
  const leftFr = formatBusinessMinutes(businessMinutesLeft, 'fr');
  const leftEn = formatBusinessMinutes(businessMinutesLeft, 'en');
  const head: Record<ReminderKind, Bilingual> = {
    'due-soon': { fr: `⏰ Échéance proche (reste ${leftFr} ouvrables)`, en: `⏰ Due soon (${leftEn} of business time left)` },
    'before-closing': {
      fr: '🌙 À traiter avant de partir : échéance avant le retour de l’équipe',
      en: '🌙 Answer before leaving: due before the team is back',
    },
    breached: { fr: `🚨 Échéance dépassée (de ${leftFr} ouvrables)`, en: `🚨 Deadline missed (by ${leftEn} of business time)` },
  };
  return {
    fr: `${head[kind].fr} — ${whatFr} de ${who(item)} sur ${page}, reçu le ${recFr}, réponse attendue au plus tard le ${dueFr} : « ${excerpt(item.text)} »${link}`,
    en: `${head[kind].en} — ${whatEn} from ${who(item)} on ${page}, received ${recEn}, reply due by ${dueEn}: “${excerpt(item.text)}”${link}`,
  };
}
