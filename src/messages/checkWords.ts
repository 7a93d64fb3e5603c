import { entry, word } from './entry.js';

/** What `/checkpost` and « Vérifier ce message » answer, on every surface and on the command line. */
export const checkWords = {
  'check.title': word('Vérification', 'Check'),
  'check.title-comment': word('Vérification du commentaire', 'Comment check'),
  'check.title-post': word('Vérification du projet de publication', 'Draft post check'),
  'check.findings': entry<{ n: number }>(
    (p) => (p.n === 1 ? '1 constat' : `${p.n} constats`),
    (p) => (p.n === 1 ? '1 finding' : `${p.n} findings`),
  ),
  'check.nothing': word('Rien à signaler selon la politique.', 'Nothing to report under the policy.'),
  /** A note is advice (what the policy encourages): shown, said to be advice, never blocking. */
  'check.advice': word('conseil', 'advice'),
  'check.message-empty': word('Ce message ne contient pas de texte à vérifier.', 'This message has no text to check.'),
  'check.default-policy': word('par défaut', 'default'),

  /**
   * The learned detector's finding (src/policy/rules/learned.ts): says it is a statistical second opinion, not a
   * rule, with its probability; the quoted words are those that weigh most toward the score.
   */
  'finding.learned': entry<{ category: string; percent: number }>(
    (p) =>
      `Deuxième avis appris (un modèle statistique, pas une règle) — ${p.category} : probabilité ${p.percent} %. Les mots cités sont ceux qui pèsent le plus. Il ne masque jamais rien : lire et décider.`,
    (p) =>
      `Learned second opinion (a statistical model, not a rule) — ${p.category}: probability ${p.percent}%. The quoted words weigh most. It never hides anything: read and decide.`,
  ),

  // Help: the surface puts each line in its own syntax (mrkdwn, markdown, the console's columns).
  'help.title': word('Vigie vérifie un texte selon la politique de l’organisation.', 'Vigie checks a text against the organization’s policy.'),
  'help.text': word('TEXTE', 'TEXT'),
  'help.check-post': word('vérifie un projet de publication', 'checks a draft post'),
  'help.check-comment': word('vérifie un commentaire du public', 'checks a public comment'),
  'help.check-policy': word('choisit la politique', 'picks the policy'),
  /** `menu` is the surface's own glyph for a message's menu (⋮ in Slack, … in Teams). */
  'help.check-message': entry<{ menu: string }>(
    (p) => `menu « ${p.menu} » d’un message › « Vérifier ce message » : vérifie n’importe quel message`,
    (p) => `a message’s “${p.menu}” menu › “Check this message”: checks any message`,
  ),
};
