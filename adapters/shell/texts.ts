import type { Lang } from '../../src/policy/types.js';

/** Every sentence the console prints, in both product languages (French first). */
const TEXTS = {
  welcome: {
    fr: 'Console Vigie — tapez /aide pour la liste des commandes, /quitter pour sortir.',
    en: 'Vigie console — type /help for the commands, /quit to leave.',
  },
  prompt: { fr: 'vigie> ', en: 'vigie> ' },
  unknown: {
    fr: 'Commande inconnue : {0}. Tapez /aide.',
    en: 'Unknown command: {0}. Type /help.',
  },
  notCommand: {
    fr: 'Les commandes commencent par « / » (tapez /aide). Pour vérifier un texte : /checkpost TEXTE',
    en: 'Commands start with "/" (type /help). To check a text: /checkpost TEXT',
  },
  usage: { fr: 'Usage : {0}', en: 'Usage: {0}' },
  failed: { fr: 'Échec : {0}', en: 'Failed: {0}' },
  lang: { fr: 'Langue : français.', en: 'Language: English.' },
  bye: { fr: 'Au revoir.', en: 'Bye.' },
  noItem: {
    fr: 'Aucun élément n° {0} (tapez /ouverts pour la liste).',
    en: 'No item #{0} (type /open for the list).',
  },
  noOpen: { fr: 'Aucun élément ouvert.', en: 'No open item.' },
  openTitle: { fr: '{0} élément(s) ouvert(s) :', en: '{0} open item(s):' },
  confirmDelete: {
    fr: 'Supprimer définitivement le commentaire n° {0} de la page? (o/n)',
    en: 'Delete comment #{0} from the page for good? (y/n)',
  },
  cancelled: { fr: 'Annulé.', en: 'Cancelled.' },
  alert: { fr: 'Alerte n° {0}', en: 'Alert #{0}' },
  received: { fr: 'reçu le {0}', en: 'received {0}' },
  dueBy: { fr: 'réponse attendue au plus tard le {0}', en: 'reply due by {0}' },
  clause: { fr: 'Clause', en: 'Clause' },
  suggestedReply: { fr: 'Réponse prescrite', en: 'Prescribed reply' },
  choices: {
    fr: 'Choix : /approuver {0} · /masquer {0} · /repondre {0} [texte] · /supprimer {0}',
    en: 'Choices: /approve {0} · /hide {0} · /reply {0} [text] · /delete {0}',
  },
  verdict_ok: { fr: 'conforme', en: 'ok' },
  verdict_review: { fr: 'à examiner', en: 'to review' },
  verdict_hide: { fr: 'à masquer', en: 'hide recommended' },
  verdict_answer: { fr: 'réponse attendue', en: 'reply needed' },
  decided_approve: { fr: 'Approuvé', en: 'Approved' },
  decided_hide: { fr: 'Masqué', en: 'Hidden' },
  decided_unhide: { fr: 'Réaffiché', en: 'Unhidden' },
  decided_reply: { fr: 'Répondu', en: 'Replied' },
  decided_delete: { fr: 'Supprimé', en: 'Deleted' },
  decided_dismiss: { fr: 'Classé', en: 'Dismissed' },
  outcome: { fr: 'n° {0} — {1} par {2} le {3}', en: '#{0} — {1} by {2} on {3}' },
  outcomeFailed: { fr: 'n° {0} — échec : {1}', en: '#{0} — failed: {1}' },
  duplicate: { fr: '(déjà fait, rien de refait)', en: '(already done, nothing done again)' },
  dryRun: { fr: '(simulation : rien n’a été fait sur la page)', en: '(dry run: nothing was done on the page)' },
  replyText: { fr: 'Réponse : « {0} »', en: 'Reply: "{0}"' },
  digestTitle: { fr: 'Bilan — {0} — {1}', en: 'Digest — {0} — {1}' },
  catchUpTitle: { fr: 'Rattrapage des rappels — {0} — {1}', en: 'Reminders catch-up — {0} — {1}' },
  catchUp: {
    fr: '{0} rappel(s) arrivé(s) en même temps sont regroupés ici plutôt qu’affichés un par un.',
    en: '{0} reminder(s) came due at once and are gathered here instead of shown one by one.',
  },
  digestTotals: {
    fr: 'Ouverts : {0} · à répondre aujourd’hui : {1} · en retard : {2} · répondus la veille dans les délais : {3}, en retard : {4}',
    en: 'Open: {0} · due today: {1} · late: {2} · answered yesterday in time: {3}, late: {4}',
  },
  digestMedian: { fr: 'Temps de réponse médian : {0} h ouvrables (90e centile : {1} h)', en: 'Median reply time: {0} business h (90th percentile: {1} h)' },
  digestDueToday: { fr: 'À répondre aujourd’hui :', en: 'Due today:' },
  digestBreached: { fr: 'En retard :', en: 'Late:' },
  noReminders: { fr: 'Aucun rappel dû maintenant.', en: 'No reminder due now.' },
  remindersSent: { fr: '{0} rappel(s).', en: '{0} reminder(s).' },
  noSamples: { fr: 'Aucun commentaire dans {0}.', en: 'No comment in {0}.' },
  sampleRange: { fr: 'Choisissez un exemple entre 1 et {0}.', en: 'Pick a sample between 1 and {0}.' },
  fed: { fr: 'Commentaire reçu : {0} — {1}', en: 'Comment received: {0} — {1}' },
  loadSummary: { fr: '{0} : {1} commentaire(s) reçu(s), {2} ligne(s) ignorée(s).', en: '{0}: {1} comment(s) taken, {2} line(s) skipped.' },
  skippedWhy: { fr: '  ligne(s) {0} : {1}', en: '  line(s) {0}: {1}' },
  unknownPolicy: { fr: "politique inconnue '{0}' (connues : {1})", en: "unknown policy '{0}' (known: {1})" },
  cannotRead: { fr: 'Lecture impossible de {0} : {1}', en: 'Cannot read {0}: {1}' },
  badLine: { fr: 'Ligne {0} ignorée : {1}', en: 'Line {0} skipped: {1}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** The sentence `key` in `lang`, with {0}, {1}... replaced by `args`. */
export function t(lang: Lang, key: TextKey, ...args: (string | number)[]): string {
  return TEXTS[key][lang].replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}
