import { entry, word } from './entry.js';

/**
 * What alerts say on every surface (Slack, Teams, the console): the verdict, the facts, the choices and what came
 * of them. One word for one thing everywhere (issue 15 item 4: « À revoir » in the core, « À examiner » on the
 * surfaces); the surfaces add only their syntax (mrkdwn, card JSON, the console's lines).
 */
export const alertWords = {
  // The verdict on a comment, and on a staff draft (a draft is not hidden but held back or revised).
  'verdict.ok': word('Conforme', 'Compliant'),
  'verdict.review': word('À examiner', 'To review'),
  'verdict.hide': word('À masquer', 'To hide'),
  /** A question that breaks no rule: flagged for its answer, not for its content. */
  'verdict.answer': word('Réponse attendue', 'Reply expected'),
  'verdict.post-ok': word('Prêt à publier', 'Ready to publish'),
  'verdict.post-review': word('À réviser avant publication', 'Revise before publishing'),
  'verdict.post-hide': word('Ne pas publier tel quel', 'Do not publish as is'),

  // The head of an alert: what it is about, in a few words (also the notification's preview).
  'alert.title-ok': word('Commentaire reçu', 'Comment received'),
  'alert.title-review': word('Commentaire à examiner', 'Comment to review'),
  'alert.title-hide': word('Commentaire à masquer', 'Comment to hide'),
  'alert.title-answer': word('Réponse attendue', 'Reply expected'),
  'alert.heading': entry<{ n: number }>(
    (p) => `Alerte n° ${p.n}`,
    (p) => `Alert #${p.n}`,
  ),
  /** The item's number, the same on every surface: « n° 5 » is `/masquer 5` in the console. */
  'alert.number': entry<{ n: number }>(
    (p) => `n° ${p.n}`,
    (p) => `#${p.n}`,
  ),
  'alert.number-label': word('Numéro', 'Number'),
  'alert.author': word('Auteur', 'Author'),
  'alert.page': word('Page', 'Page'),
  'alert.received': word('Reçu', 'Received'),
  'alert.received-on': entry<{ when: string }>(
    (p) => `reçu le ${p.when}`,
    (p) => `received ${p.when}`,
  ),
  'alert.deadline': word('Échéance', 'Reply due'),
  'alert.due-by': entry<{ when: string }>(
    (p) => `réponse attendue au plus tard le ${p.when}`,
    (p) => `reply due by ${p.when}`,
  ),
  'alert.policy': word('Politique', 'Policy'),
  'alert.open-link': word('Voir sur Facebook', 'Open on Facebook'),
  'alert.clause': word('Clause', 'Clause'),
  'alert.prescribed-reply': word('Réponse prescrite', 'Prescribed reply'),
  'alert.more-findings': entry<{ n: number }>(
    (p) => `… et ${p.n} autre(s) constat(s) non affiché(s).`,
    (p) => `… and ${p.n} more finding(s) not shown.`,
  ),
  'alert.repeat-offender': entry<{ violations: number; threshold: number }>(
    (p) => `Auteur récidiviste : ${p.violations} infractions sur cette page (seuil ${p.threshold}). Envisagez de le bloquer selon la politique.`,
    (p) => `Repeat offender: ${p.violations} violations on this page (threshold ${p.threshold}). Consider blocking them as the policy allows.`,
  ),

  // The choices an alert offers (src/moderation/alertOffer.ts), as buttons or typed commands.
  'choice.approve': word('Approuver', 'Approve'),
  'choice.hide': word('Masquer', 'Hide'),
  'choice.reply': word('Répondre', 'Reply'),
  'choice.delete': word('Supprimer', 'Delete'),
  'choice.cancel': word('Annuler', 'Cancel'),
  'choice.publish': word('Publier', 'Publish'),
  'choice.confirm-delete-title': word('Supprimer le commentaire ?', 'Delete the comment?'),
  'choice.confirm-delete': word(
    'Le commentaire sera supprimé de la page Facebook, définitivement. Masquer le garde visible pour son auteur seulement.',
    'The comment will be deleted from the Facebook page for good. Hiding keeps it visible to its author only.',
  ),
  'reply.label': word('Réponse publiée sous le commentaire', 'Reply posted under the comment'),
  'reply.placeholder': word('Écrivez la réponse publiée sous le commentaire', 'Write the reply to post under the comment'),
  'reply.hint': word('Modèle prescrit par la politique : adaptez-le au besoin.', 'Template prescribed by the policy: adapt it as needed.'),
  'reply.empty': word('Écrivez une réponse avant de publier.', 'Write a reply before publishing.'),

  // A private message alerted where no moderators' channel for messages is configured (src/moderation/alertView.ts).
  'message.text-withheld': word(
    'Message privé à la Page : texte non affiché ici. Lisez-le dans la boîte de réception de la Page, ou configurez un canal des modérateurs pour les messages (VIGIE_ROUTING, messages).',
    'Private message to the Page: text not shown here. Read it in the Page’s inbox, or configure a moderators’ channel for messages (VIGIE_ROUTING, messages).',
  ),

  // What came of a decision.
  'decided.approve': word('Approuvé', 'Approved'),
  'decided.hide': word('Masqué', 'Hidden'),
  'decided.unhide': word('Réaffiché', 'Unhidden'),
  'decided.reply': word('Répondu', 'Replied'),
  'decided.delete': word('Supprimé', 'Deleted'),
  'decided.dismiss': word('Écarté', 'Dismissed'),
  'decided.block': word('Auteur bloqué', 'Author blocked'),
  /** `when` is the surface's phrase for the instant: « le lundi 23 novembre à 14 h 02 », « à 14 h 02 (lundi 23 novembre) ». */
  'outcome.done': entry<{ decision: string; by: string; when: string }>(
    (p) => `${p.decision} par ${p.by} ${p.when}`,
    (p) => `${p.decision} by ${p.by} ${p.when}`,
  ),
  'outcome.on': entry<{ when: string }>(
    (p) => `le ${p.when}`,
    (p) => `on ${p.when}`,
  ),
  'outcome.already': entry<{ what: string }>(
    (p) => `Déjà traité : ${p.what}.`,
    (p) => `Already handled: ${p.what}.`,
  ),
  'outcome.failed': word('Échec', 'Failed'),
  'outcome.retry': word('Les boutons restent actifs : corrigez puis réessayez.', 'The buttons stay active: fix the problem and try again.'),
  'outcome.dry-run': word('simulation : rien n’a été fait sur la page', 'dry run: nothing was done on the page'),
  'outcome.pending': entry<{ what: string }>(
    (p) => `⏳ ${p.what} : en cours. La carte sera mise à jour dès que Facebook aura répondu.`,
    (p) => `⏳ ${p.what}: in progress. The card will be updated as soon as Facebook answers.`,
  ),

  // When a surface could not do what was asked.
  'surface.error': word(
    'Vigie n’a pas pu traiter la demande. L’équipe technique a été avisée ; réessayez dans un moment.',
    'Vigie could not handle the request. The technical team has been told; try again in a moment.',
  ),
  'surface.unknown-action': word('Action inconnue : rechargez le message et réessayez.', 'Unknown action: reload the message and try again.'),
};
