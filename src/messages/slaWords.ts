import { entry, word } from './entry.js';

/** Reminders and the daily digest, on every surface. Durations and dates come formatted in the reader's language. */
export const slaWords = {
  'reminder.due-soon': word('Échéance proche', 'Due soon'),
  'reminder.before-closing': word('À traiter avant de partir', 'Answer before leaving'),
  'reminder.breached': word('Échéance dépassée', 'Deadline missed'),
  'reminder.time-left': entry<{ left: string }>(
    (p) => `il reste ${p.left} ouvrables`,
    (p) => `${p.left} of business time left`,
  ),
  'reminder.time-late': entry<{ late: string }>(
    (p) => `en retard de ${p.late} ouvrables`,
    (p) => `${p.late} of business time late`,
  ),
  'reminder.before-team-back': word('échéance avant le retour de l’équipe', 'due before the team is back'),
  /** One line for the reminder: the head, then which item, when received, when due, and its words. */
  'reminder.line': entry<{ head: string; comment: boolean; author: string; page: string; received: string; due: string; excerpt: string }>(
    (p) =>
      `${p.head} — ${p.comment ? 'Commentaire' : 'Message privé'} de ${p.author} sur ${p.page}, reçu le ${p.received}, ` +
      `réponse attendue au plus tard le ${p.due} : « ${p.excerpt} »`,
    (p) =>
      `${p.head} — ${p.comment ? 'Comment' : 'Private message'} from ${p.author} on ${p.page}, received ${p.received}, ` +
      `reply due by ${p.due}: “${p.excerpt}”`,
  ),

  'digest.title': word('Bilan quotidien', 'Daily digest'),
  'digest.catch-up-title': word('Rattrapage des rappels', 'Reminders catch-up'),
  'digest.catch-up': entry<{ n: number }>(
    (p) =>
      `${p.n} rappel(s) arrivé(s) en même temps (Vigie était peut-être interrompu) sont regroupés ici plutôt qu’envoyés un par un. ` +
      'Les commentaires en retard sont listés ci-dessous.',
    (p) =>
      `${p.n} reminder(s) came due at once (Vigie may have been down) and are gathered here instead of sent one by one. ` +
      'Late comments are listed below.',
  ),
  'digest.open': word('Ouverts', 'Open'),
  'digest.due-today': word('À répondre aujourd’hui', 'Due today'),
  'digest.breached': word('En retard', 'Late'),
  'digest.in-time': word('Répondus à temps', 'Answered in time'),
  'digest.late': word('Répondus en retard', 'Answered late'),
  'digest.median': word('Délai médian', 'Median reply'),
  'digest.ninetieth': word('90e centile', '90th percentile'),
  'digest.hours': entry<{ h: string }>(
    (p) => `${p.h} h ouvrables`,
    (p) => `${p.h} business h`,
  ),
  'digest.by-account': word('Par compte', 'By account'),
  'digest.by-category': word('Par catégorie', 'By category'),
  'digest.private-messages': word('Messages privés', 'Private messages'),
  'digest.previous': word('Journée précédente', 'Previous business day'),
  'digest.nothing': word('Rien en attente. Bonne journée !', 'Nothing waiting. Have a good day!'),
  'digest.more': entry<{ n: number }>(
    (p) => `… et ${p.n} autre(s).`,
    (p) => `… and ${p.n} more.`,
  ),
};
