import type { Lang } from '../../src/policy/types.js';
import type { Decision } from '../../src/moderation/Item.js';
import type { Verdict } from '../../src/policy/types.js';

/** Every word the Teams surface shows, French first. Policy wording (findings, replies) comes from the policy. */
const fr = {
  verdict: { ok: 'Conforme', review: 'À examiner', hide: 'À masquer' } satisfies Record<Verdict, string>,
  alertTitle: { ok: 'Commentaire reçu', review: 'Commentaire à examiner', hide: 'Masquage recommandé' } satisfies Record<Verdict, string>,
  needsReply: 'Réponse attendue',
  repeat: (v: number, max: number) => `Auteur récidiviste : ${v} infractions sur cette page (seuil ${max}). Envisagez de le bloquer.`,
  button: { approve: 'Approuver', hide: 'Masquer', reply: 'Répondre', delete: 'Supprimer', open: 'Voir sur Facebook' },
  decided: {
    approve: 'Approuvé', hide: 'Masqué', unhide: 'Réaffiché', reply: 'Répondu', delete: 'Supprimé', dismiss: 'Écarté',
  } satisfies Record<Decision, string>,
  by: 'par',
  at: 'le',
  on: 'le',
  already: 'Déjà traité',
  pending: (what: string) => `⏳ ${what} : en cours. La carte sera mise à jour dès que Facebook aura répondu.`,
  failed: 'Échec',
  dryRun: 'simulation : rien n’a été fait sur la page',
  replyLabel: 'Réponse à publier',
  replyPlaceholder: 'Écrivez la réponse publiée sous le commentaire',
  author: 'Auteur',
  page: 'Page',
  received: 'Reçu',
  deadline: 'Répondre avant',
  policy: 'Politique',
  /** Title of the item's number, as the console shows it and `/masquer N` takes it. */
  itemNumber: 'Numéro',
  clause: 'Clause',
  noFinding: 'Rien à signaler selon la politique.',
  checkTitle: 'Vérification',
  kind: { comment: 'commentaire', post: 'publication' },
  unknownItem: 'Ce commentaire est introuvable dans Vigie : il a peut-être été purgé.',
  unknownAction: 'Action inconnue : rechargez le message et réessayez.',
  error: 'Vigie n’a pas pu traiter la demande. L’équipe technique a été avisée ; réessayez dans un moment.',
  reminder: {
    'due-soon': 'Délai de réponse bientôt atteint',
    'before-closing': 'Le bureau ferme bientôt : réponse attendue',
    breached: 'Délai de réponse dépassé',
  },
  digestTitle: 'Sommaire du matin',
  catchUpTitle: 'Rattrapage des rappels',
  catchUp: (n: number) => `${n} rappel(s) arrivé(s) en même temps (Vigie était peut-être interrompu) sont regroupés ici plutôt qu’envoyés un par un. Les commentaires en retard sont listés ci-dessous.`,
  digest: {
    open: 'Ouverts', dueToday: 'À répondre aujourd’hui', breached: 'En retard', inTime: 'Répondus à temps', late: 'Répondus en retard',
    median: 'Délai médian (h ouvrables)', p90: '90e centile (h ouvrables)', byAccount: 'Par compte', byCategory: 'Par catégorie',
    previous: 'Journée précédente', dueList: 'À répondre aujourd’hui', breachedList: 'En retard',
  },
  help:
    'Vigie vérifie un texte selon la politique de l’organisation.\n\n' +
    '- `checkpost TEXTE` : vérifie un projet de publication\n' +
    '- `checkpost --comment TEXTE` : vérifie un commentaire du public\n' +
    '- `checkpost --policy ID TEXTE` : choisit la politique\n' +
    '- menu « … » d’un message › « Vérifier ce message »',
  messageEmpty: 'Ce message ne contient pas de texte à vérifier.',
};

const en: typeof fr = {
  verdict: { ok: 'Compliant', review: 'To review', hide: 'To hide' },
  alertTitle: { ok: 'Comment received', review: 'Comment to review', hide: 'Hiding recommended' },
  needsReply: 'Reply needed',
  repeat: (v: number, max: number) => `Repeat offender: ${v} violations on this page (threshold ${max}). Consider blocking them.`,
  button: { approve: 'Approve', hide: 'Hide', reply: 'Reply', delete: 'Delete', open: 'Open on Facebook' },
  decided: { approve: 'Approved', hide: 'Hidden', unhide: 'Unhidden', reply: 'Replied', delete: 'Deleted', dismiss: 'Dismissed' },
  by: 'by',
  at: 'on',
  on: 'on',
  already: 'Already handled',
  pending: (what: string) => `⏳ ${what}: in progress. The card will be updated as soon as Facebook answers.`,
  failed: 'Failed',
  dryRun: 'dry run: nothing was done on the page',
  replyLabel: 'Reply to publish',
  replyPlaceholder: 'Write the reply to post under the comment',
  author: 'Author',
  page: 'Page',
  received: 'Received',
  deadline: 'Reply by',
  policy: 'Policy',
  itemNumber: 'Number',
  clause: 'Clause',
  noFinding: 'Nothing to report under the policy.',
  checkTitle: 'Check',
  kind: { comment: 'comment', post: 'post' },
  unknownItem: 'This comment is not in Vigie any more: it may have been purged.',
  unknownAction: 'Unknown action: reload the message and try again.',
  error: 'Vigie could not handle the request. The technical team has been told; try again in a moment.',
  reminder: {
    'due-soon': 'Reply deadline coming up',
    'before-closing': 'The office closes soon: a reply is expected',
    breached: 'Reply deadline passed',
  },
  digestTitle: 'Morning digest',
  catchUpTitle: 'Reminders catch-up',
  catchUp: (n: number) => `${n} reminder(s) came due at once (Vigie may have been down) and are gathered here instead of sent one by one. Late comments are listed below.`,
  digest: {
    open: 'Open', dueToday: 'Due today', breached: 'Late', inTime: 'Answered in time', late: 'Answered late',
    median: 'Median reply (business h)', p90: '90th percentile (business h)', byAccount: 'By account', byCategory: 'By category',
    previous: 'Previous business day', dueList: 'Due today', breachedList: 'Late',
  },
  help:
    'Vigie checks a text against the organization’s policy.\n\n' +
    '- `checkpost TEXT`: checks a draft post\n' +
    '- `checkpost --comment TEXT`: checks a public comment\n' +
    '- `checkpost --policy ID TEXT`: picks the policy\n' +
    '- a message’s “…” menu › “Check this message”',
  messageEmpty: 'This message has no text to check.',
};

export type Texts = typeof fr;
export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : fr;
}
