import type { Decision } from '../../src/moderation/Item.js';
import type { ReminderKind } from '../../src/sla/types.js';
import type { Lang, Verdict } from '../../src/policy/types.js';

/** Every word the Slack surface shows, French first. Policy wording (findings, clauses, replies) comes from the policy. */
const fr = {
  colon: ' : ',
  quote: (s: string) => `« ${s} »`,
  verdict: { ok: 'Conforme', review: 'À examiner', hide: 'À masquer' } satisfies Record<Verdict, string>,
  /** A staff draft is not hidden but held back or revised. */
  postVerdict: { ok: 'Prêt à publier', review: 'À réviser avant publication', hide: 'Ne pas publier tel quel' } satisfies Record<Verdict, string>,
  verdictIcon: { ok: ':white_check_mark:', review: ':large_yellow_circle:', hide: ':red_circle:' } satisfies Record<Verdict, string>,
  alertTitle: { ok: 'Commentaire reçu', review: 'Commentaire à examiner', hide: 'Masquage recommandé' } satisfies Record<Verdict, string>,
  awaitingReply: 'Réponse attendue',
  button: { approve: 'Approuver', hide: 'Masquer', reply: 'Répondre', delete: 'Supprimer' },
  confirmDelete: {
    title: 'Supprimer le commentaire ?',
    text: 'Le commentaire sera supprimé de la page Facebook, définitivement. Masquer le garde visible pour son auteur seulement.',
    confirm: 'Supprimer',
    deny: 'Annuler',
  },
  decided: {
    approve: 'Approuvé', hide: 'Masqué', unhide: 'Réaffiché', reply: 'Répondu', delete: 'Supprimé', dismiss: 'Écarté',
  } satisfies Record<Decision, string>,
  by: 'par',
  at: 'le',
  already: (what: string) => `Déjà traité : ${what}.`,
  failed: 'Échec',
  repeat: (v: number, max: number) => `Auteur récidiviste : ${v} infractions sur cette page (seuil ${max}). Envisagez de le bloquer selon la politique.`,
  retry: 'Les boutons restent actifs : corrigez puis réessayez.',
  dryRun: 'simulation : rien n’a été fait sur la page',
  notModerator: 'Seules les personnes désignées dans VIGIE_MODERATORS peuvent décider des commentaires. Demandez à l’une d’elles.',
  unknownItem: 'Ce commentaire est introuvable dans Vigie : il a peut-être été purgé.',
  error: 'Vigie n’a pas pu traiter la demande. L’équipe technique a été avisée ; réessayez dans un moment.',
  author: 'Auteur',
  page: 'Page',
  link: 'Voir sur Facebook',
  received: 'Reçu',
  deadline: 'Répondre avant le',
  policy: 'Politique',
  /** The item's number, as the console shows it and `/masquer N` takes it. */
  itemNumber: (n: number) => `n° ${n}`,
  clause: 'Clause',
  fix: 'À faire',
  suggestedReply: 'Réponse prescrite',
  found: 'Passage',
  noFinding: 'Rien à signaler selon la politique.',
  checkTitle: { comment: 'Vérification du commentaire', post: 'Vérification du projet de publication' } satisfies Record<'comment' | 'post', string>,
  findingsCount: (n: number) => (n === 1 ? '1 constat' : `${n} constats`),
  more: (n: number) => `… et ${n} autre(s) constat(s) non affiché(s).`,
  replyModal: {
    title: 'Répondre',
    submit: 'Publier',
    close: 'Annuler',
    label: 'Réponse publiée sous le commentaire',
    hint: 'Modèle prescrit par la politique : adaptez-le au besoin.',
    empty: 'Écrivez une réponse avant de publier.',
  },
  reminder: {
    'due-soon': 'Délai de réponse bientôt atteint',
    'before-closing': 'Le bureau ferme bientôt : réponse attendue',
    breached: 'Délai de réponse dépassé',
  } satisfies Record<ReminderKind, string>,
  minutesLeft: (m: number) => (m >= 0 ? `${m} min ouvrables restantes` : `en retard de ${-m} min ouvrables`),
  digestTitle: 'Sommaire du matin',
  catchUpTitle: 'Rattrapage des rappels',
  catchUp: (n: number) => `${n} rappel(s) arrivé(s) en même temps (Vigie était peut-être interrompu) sont regroupés ici plutôt qu’envoyés un par un. Les commentaires en retard sont listés ci-dessous.`,
  digest: {
    open: 'Ouverts', dueToday: 'À répondre aujourd’hui', breached: 'En retard', inTime: 'Répondus à temps', late: 'Répondus en retard',
    median: 'Délai médian', p90: '90e centile', hours: 'h ouvrables', byAccount: 'Par compte', byCategory: 'Par catégorie',
    previous: 'Journée précédente', dueList: 'À répondre aujourd’hui', breachedList: 'En retard', nothing: 'Rien en attente. Bonne journée !',
    listMore: (n: number) => `… et ${n} autre(s).`,
  },
  help:
    '*Vigie vérifie un texte selon la politique de l’organisation.*\n' +
    '• `/checkpost TEXTE` : vérifie un projet de publication\n' +
    '• `/checkpost --comment TEXTE` : vérifie un commentaire du public\n' +
    '• `/checkpost --policy ID TEXTE` : choisit la politique',
  helpShortcut: '• menu « ⋮ » d’un message › « Vérifier ce message » : vérifie n’importe quel message',
  messageEmpty: 'Ce message ne contient pas de texte à vérifier.',
};

const en: typeof fr = {
  colon: ': ',
  quote: (s: string) => `“${s}”`,
  verdict: { ok: 'Compliant', review: 'To review', hide: 'To hide' },
  postVerdict: { ok: 'Ready to publish', review: 'Revise before publishing', hide: 'Do not publish as is' },
  verdictIcon: fr.verdictIcon,
  alertTitle: { ok: 'Comment received', review: 'Comment to review', hide: 'Hiding recommended' },
  awaitingReply: 'Reply expected',
  button: { approve: 'Approve', hide: 'Hide', reply: 'Reply', delete: 'Delete' },
  confirmDelete: {
    title: 'Delete the comment?',
    text: 'The comment will be deleted from the Facebook page for good. Hiding keeps it visible to its author only.',
    confirm: 'Delete',
    deny: 'Cancel',
  },
  decided: { approve: 'Approved', hide: 'Hidden', unhide: 'Unhidden', reply: 'Replied', delete: 'Deleted', dismiss: 'Dismissed' },
  by: 'by',
  at: 'on',
  already: (what: string) => `Already handled: ${what}.`,
  failed: 'Failed',
  repeat: (v: number, max: number) => `Repeat offender: ${v} violations on this page (threshold ${max}). Consider blocking them as the policy allows.`,
  retry: 'The buttons stay active: fix the problem and try again.',
  dryRun: 'dry run: nothing was done on the page',
  notModerator: 'Only the people listed in VIGIE_MODERATORS may decide on comments. Ask one of them.',
  unknownItem: 'This comment is not in Vigie any more: it may have been purged.',
  error: 'Vigie could not handle the request. The technical team has been told; try again in a moment.',
  author: 'Author',
  page: 'Page',
  link: 'Open on Facebook',
  received: 'Received',
  deadline: 'Reply by',
  policy: 'Policy',
  itemNumber: (n: number) => `#${n}`,
  clause: 'Clause',
  fix: 'To do',
  suggestedReply: 'Prescribed reply',
  found: 'Passage',
  noFinding: 'Nothing to report under the policy.',
  checkTitle: { comment: 'Comment check', post: 'Draft post check' },
  findingsCount: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
  more: (n: number) => `… and ${n} more finding(s) not shown.`,
  replyModal: {
    title: 'Reply',
    submit: 'Publish',
    close: 'Cancel',
    label: 'Reply posted under the comment',
    hint: 'Template prescribed by the policy: adapt it as needed.',
    empty: 'Write a reply before publishing.',
  },
  reminder: {
    'due-soon': 'Reply deadline coming up',
    'before-closing': 'The office closes soon: a reply is expected',
    breached: 'Reply deadline passed',
  },
  minutesLeft: (m: number) => (m >= 0 ? `${m} business minutes left` : `${-m} business minutes late`),
  digestTitle: 'Morning digest',
  catchUpTitle: 'Reminders catch-up',
  catchUp: (n: number) => `${n} reminder(s) came due at once (Vigie may have been down) and are gathered here instead of sent one by one. Late comments are listed below.`,
  digest: {
    open: 'Open', dueToday: 'Due today', breached: 'Late', inTime: 'Answered in time', late: 'Answered late',
    median: 'Median reply', p90: '90th percentile', hours: 'business h', byAccount: 'By account', byCategory: 'By category',
    previous: 'Previous business day', dueList: 'Due today', breachedList: 'Late', nothing: 'Nothing waiting. Have a good day!',
    listMore: (n: number) => `… and ${n} more.`,
  },
  help:
    '*Vigie checks a text against the organization’s policy.*\n' +
    '• `/checkpost TEXT`: checks a draft post\n' +
    '• `/checkpost --comment TEXT`: checks a public comment\n' +
    '• `/checkpost --policy ID TEXT`: picks the policy',
  helpShortcut: '• a message’s “⋮” menu › “Check this message”: checks any message',
  messageEmpty: 'This message has no text to check.',
};

export type Texts = typeof fr;

export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : fr;
}
