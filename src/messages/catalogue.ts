import type { Lang } from '../policy/types.js';
import { alertWords } from './alertWords.js';
import { checkWords } from './checkWords.js';
import { consoleWords } from './consoleWords.js';
import { entry } from './entry.js';
import { slaWords } from './slaWords.js';
import { startupWords } from './startupWords.js';
import { youtubeWords } from './youtubeWords.js';
import { learningWords } from './learningWords.js';

/**
 * Every word and sentence Vigie says to a person, keyed by a stable code, in both product languages (issue 15
 * item 4, issue 16 item 8): what went wrong and what it did (below), and what alerts, checks, reminders, digests,
 * the console and the start-up banner say (the sections imported above). Slack, Teams and the console render these
 * codes in their reader's language and add only their own syntax; no string holds both languages glued together.
 * A sentence is a function of its parameters, so a missing parameter is a type error, and
 * `test/messages/catalogue.test.ts` checks that every code reads well in both languages with the same parameters.
 * New codes: `area.what-happened`, lower case; French first, as everywhere in Vigie.
 */

/** What the platform itself said (Graph's own message), added in parentheses: it is in the platform's language. */
type Detail = { detail?: string };
/** The platform actions (PlatformActions.ts) as the sentences above name them. */
const ACTION_FR: Record<string, string> = {
  hide: 'masquer ce contenu',
  unhide: 'réafficher ce contenu',
  delete: 'supprimer ce contenu',
  reply: 'répondre ici',
  ban: 'bloquer l’auteur',
};
const ACTION_EN: Record<string, string> = {
  hide: 'hide this',
  unhide: 'unhide this',
  delete: 'delete this',
  reply: 'reply here',
  ban: 'ban the author',
};
const said = (sentence: string, p: Detail) => (p.detail ? `${sentence} (${p.detail})` : sentence);

export const catalogue = {
  // Decisions (src/moderation/decide.ts)
  'decision.unknown-item': entry<{ id: string }>(
    (p) => `Élément introuvable : ${p.id} (il a peut-être été purgé).`,
    (p) => `Unknown item: ${p.id} (it may have been purged).`,
  ),
  'decision.unknown-decision': entry<{ decision: string; known: string }>(
    (p) => `Décision inconnue « ${p.decision} » (possibles : ${p.known}).`,
    (p) => `Unknown decision "${p.decision}" (one of: ${p.known}).`,
  ),
  'decision.not-moderator': entry(
    () => 'Seules les personnes désignées dans VIGIE_MODERATORS peuvent décider des commentaires. Demandez à l’une d’elles.',
    () => 'Only the people named in VIGIE_MODERATORS can decide on comments. Ask one of them.',
  ),
  'decision.already-deleted': entry(
    () => 'Ce commentaire est déjà supprimé.',
    () => 'This comment has already been deleted.',
  ),
  'decision.not-hidden': entry(
    () => 'Ce commentaire n’est pas masqué.',
    () => 'This comment is not hidden.',
  ),
  'decision.no-reply-template': entry(
    () => 'Aucune réponse prescrite pour ce commentaire : écrivez la réponse.',
    () => 'No prescribed reply for this comment: write the reply.',
  ),
  'decision.busy': entry(
    () => 'Une autre décision est en cours sur ce commentaire ; son résultat s’affichera sur l’alerte.',
    () => 'Another decision on this comment is in progress; its outcome will show on the alert.',
  ),
  'decision.unexpected': entry<{ detail: string }>(
    (p) => `Erreur inattendue : ${p.detail}`,
    (p) => `Unexpected error: ${p.detail}`,
  ),

  // The page's platform (PlatformError codes; adapters/facebook/graphActions.ts)
  'platform.not_configured': entry<{ source: string }>(
    (p) => `Vigie ne peut pas agir sur ${p.source} : faites-le sur la plateforme, puis « Ignorer ».`,
    (p) => `Vigie cannot act on ${p.source}: do it there, then Dismiss.`,
  ),
  'platform.unsupported': entry<{ source: string; action: string }>(
    (p) =>
      `${p.source} ne permet pas à Vigie de ${ACTION_FR[p.action] ?? p.action} : faites-le sur la plateforme si c’est possible, puis « Ignorer ».`,
    (p) => `${p.source} does not let Vigie ${ACTION_EN[p.action] ?? p.action}: do it there if the platform allows it, then Dismiss.`,
  ),
  'platform.window_closed': entry<{ hours: number }>(
    (p) =>
      `Messenger ne permet plus de répondre d’ici : la personne a écrit il y a plus de ${p.hours} heures. Répondez depuis la boîte de réception de la Page (Meta Business Suite), puis « Ignorer ».`,
    (p) =>
      `Messenger no longer allows a reply from here: the person wrote more than ${p.hours} hours ago. Answer from the Page's inbox (Meta Business Suite), then Dismiss.`,
  ),
  'platform.no_facebook_token': entry(
    () => 'Vigie ne peut pas agir sur Facebook : FACEBOOK_PAGE_TOKEN n’est pas défini.',
    () => 'Vigie cannot act on Facebook: FACEBOOK_PAGE_TOKEN is not set.',
  ),
  'platform.token_expired': entry<Detail>(
    (p) => said('Le jeton de la page Facebook est expiré ou invalide : renouvelez FACEBOOK_PAGE_TOKEN.', p),
    (p) => said('The Facebook page token has expired or is invalid: renew FACEBOOK_PAGE_TOKEN.', p),
  ),
  'platform.permission': entry<Detail>(
    (p) => said('Permission manquante : le jeton doit avoir pages_manage_engagement et le rôle de modérateur de la page.', p),
    (p) => said('Missing permission: the token needs pages_manage_engagement and a moderator role on the page.', p),
  ),
  'platform.rate_limited': entry<Detail>(
    (p) => said('Facebook limite le nombre d’appels : réessayez dans quelques minutes.', p),
    (p) => said('Facebook rate limit reached: try again in a few minutes.', p),
  ),
  'platform.not_found': entry<Detail>(
    (p) => said('Commentaire introuvable sur Facebook (déjà supprimé ?).', p),
    (p) => said('Comment not found on Facebook (already deleted?).', p),
  ),
  'platform.network': entry<Detail>(
    (p) => said('Facebook est injoignable : réessayez.', p),
    (p) => said('Facebook could not be reached: try again.', p),
  ),
  'platform.no_reply_id': entry<Detail>(
    (p) => said('Facebook n’a pas renvoyé l’identifiant de la réponse.', p),
    (p) => said('Facebook returned no reply id.', p),
  ),
  'platform.unknown': entry<Detail>(
    (p) => said('Facebook a refusé l’action.', p),
    (p) => said('Facebook refused the action.', p),
  ),

  // `vigie sla` (src/sla/slaCommand.ts): dates come formatted in the reader's language
  'sla.received-due': entry<{ received: string; due: string }>(
    (p) => `Reçu le ${p.received} — réponse attendue au plus tard le ${p.due}`,
    (p) => `Received ${p.received} — reply due by ${p.due}`,
  ),
  'sla.clock-starts': entry<{ start: string }>(
    (p) => `Reçu hors des heures d’ouverture : le délai court à partir du ${p.start}.`,
    (p) => `Received outside office hours: the clock starts ${p.start}.`,
  ),
  'sla.closed-days': entry<{ days: string }>(
    (p) => `Bureau fermé, hors délai : ${p.days}.`,
    (p) => `Office closed, not counted: ${p.days}.`,
  ),
  'sla.reminder-due-soon': entry<{ at: string; left: string }>(
    (p) => `Rappel : ${p.at} — échéance proche (${p.left} ouvrables restantes)`,
    (p) => `Reminder: ${p.at} — due soon (${p.left} of business time left)`,
  ),
  'sla.reminder-before-closing': entry<{ at: string }>(
    (p) => `Rappel : ${p.at} — avant la fermeture : à traiter avant de partir`,
    (p) => `Reminder: ${p.at} — before closing: answer before leaving`,
  ),
  'sla.usage': entry(
    () =>
      'usage : vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]\n' +
      'L’échéance de réponse et les rappels d’un élément reçu à cet instant, selon les heures d’ouverture, les jours fériés\n' +
      'et les jours de fermeture de la politique. Une heure sans décalage est lue dans le fuseau de la politique.\n' +
      '  --policy ID        la politique (un fichier de policies/, sans .yml)\n' +
      '  --received ISO     l’instant de réception, p. ex. 2026-12-23T15:00 ou 2026-12-23T15:00-05:00\n' +
      '  --kind KIND        comment (par défaut) ou message\n' +
      '  --json             une ligne JSON au lieu du texte\n' +
      '  --lang fr|en       la langue du texte (fr par défaut)',
    () =>
      'usage: vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]\n' +
      'The reply deadline and reminders of an item received at that instant, under the policy’s office hours, holidays\n' +
      'and closing days. A time without an offset is read in the policy’s time zone.\n' +
      '  --policy ID        the policy (a file in policies/, without .yml)\n' +
      '  --received ISO     the instant it arrived, e.g. 2026-12-23T15:00 or 2026-12-23T15:00-05:00\n' +
      '  --kind KIND        comment (default) or message\n' +
      '  --json             one JSON line instead of text\n' +
      '  --lang fr|en       the language of the text (fr by default)',
  ),

  // Start-up, for the operator: one header, then the problems one per line (each names the variable or the field)
  'startup.invalid-config': entry(
    () => 'Configuration invalide :',
    () => 'Invalid configuration:',
  ),
  'startup.invalid-routing': entry<{ file: string }>(
    (p) => `Routage invalide (${p.file}) :`,
    (p) => `Invalid routing (${p.file}):`,
  ),
  'startup.port-in-use': entry<{ port: number }>(
    (p) => `Le port ${p.port} est déjà pris : donnez un autre port dans PORT (PORT=0 en choisit un libre).`,
    (p) => `Port ${p.port} is already in use: set PORT to another port (PORT=0 picks a free one).`,
  ),
  'startup.port-privileged': entry<{ port: number }>(
    (p) => `Le port ${p.port} demande des privilèges : choisissez un port au-dessus de 1024.`,
    (p) => `Port ${p.port} needs privileges: use a port above 1024.`,
  ),

  // The command line
  'cli.reading-stdin': entry(
    () => "Lecture du texte sur l’entrée standard… (tapez le texte, puis Ctrl-D ; ou donnez-le en argument : vigie check 'texte')",
    () => 'Reading the text from standard input… (type it, then Ctrl-D; or give it as an argument: vigie check "text")',
  ),

  // `vigie policy draft` (src/cli/commands/policy.ts)
  'draft.usage': entry(
    () =>
      'usage : vigie policy draft FICHIER|- [--id ID] [--lang fr|en] [--province XX] [--out FICHIER]\n' +
      '  Rédige une politique (YAML) à partir d’une nétiquette en texte, .md ou .html, à relire avant de l’installer.\n' +
      '  --id ID          identifiant de la politique (par défaut : le nom de --out, sinon celui du document)\n' +
      '  --lang fr|en     langue du document (détectée sinon)\n' +
      '  --province XX    province ou territoire (AB BC MB NB NL NS NT NU ON PE QC SK YT), sinon celle que nomme le document\n' +
      '  --out FICHIER    écrire la politique dans ce fichier (ID.yml), sinon sur la sortie standard',
    () =>
      'usage: vigie policy draft FILE|- [--id ID] [--lang fr|en] [--province XX] [--out FILE]\n' +
      '  Drafts a policy (YAML) from a netiquette in plain text, .md or .html, for a person to review before installing it.\n' +
      '  --id ID          the policy id (default: the --out file name, else the document’s)\n' +
      '  --lang fr|en     the document’s language (else detected)\n' +
      '  --province XX    province or territory (AB BC MB NB NL NS NT NU ON PE QC SK YT), else the one the document names\n' +
      '  --out FILE       write the policy to this file (ID.yml), else to standard output',
  ),
  'draft.unknown-action': entry<{ action: string }>(
    (p) => `action inconnue « ${p.action} » : seule « draft » existe (vigie policy draft --help).`,
    (p) => `unknown action '${p.action}': only 'draft' exists (vigie policy draft --help).`,
  ),
  // `detail` is Node's own message (parseArgs), in English.
  'draft.bad-option': entry<{ detail: string }>(
    (p) => `option refusée : ${p.detail} (voir vigie policy draft --help).`,
    (p) => `${p.detail} (see vigie policy draft --help).`,
  ),
  'draft.no-document': entry(
    () => 'donnez le document à lire : un fichier, ou « - » pour l’entrée standard.',
    () => 'give the document to read: a file, or "-" for standard input.',
  ),
  'draft.cannot-read': entry<{ file: string; reason: string }>(
    (p) => `impossible de lire ${p.file} (${p.reason}).`,
    (p) => `cannot read ${p.file} (${p.reason}).`,
  ),
  'draft.empty': entry<{ file: string }>(
    (p) => `${p.file} ne contient aucun texte.`,
    (p) => `${p.file} holds no text.`,
  ),
  'draft.bad-lang': entry<{ lang: string }>(
    (p) => `langue inconnue « ${p.lang} » (fr ou en).`,
    (p) => `unknown language '${p.lang}' (fr or en).`,
  ),
  'draft.bad-province': entry<{ province: string; known: string }>(
    (p) => `province inconnue « ${p.province} » (possibles : ${p.known}).`,
    (p) => `unknown province '${p.province}' (one of: ${p.known}).`,
  ),
  'draft.bad-id': entry<{ id: string }>(
    (p) => `identifiant « ${p.id} » invalide : des minuscules, des chiffres et des tirets (ex. ville-de-laval).`,
    (p) => `invalid id '${p.id}': lowercase letters, digits and dashes (e.g. city-of-guelph).`,
  ),
  'draft.id-not-file': entry<{ id: string; file: string }>(
    (p) => `--out ${p.file} : le fichier d’une politique porte son identifiant, ${p.id}.yml.`,
    (p) => `--out ${p.file}: a policy's file is named after its id, ${p.id}.yml.`,
  ),
  'draft.not-loadable': entry<{ problems: string }>(
    (p) => `le brouillon ne se charge pas (défaut de Vigie, à signaler) : ${p.problems}`,
    (p) => `the draft does not load (a fault of Vigie's, please report it): ${p.problems}`,
  ),
  'draft.summary': entry<{ rules: number; categories: string; unmapped: number; hours: boolean; reply?: number; province: string }>(
    (p) =>
      `Brouillon : ${p.rules} règle${p.rules > 1 ? 's' : ''} (${p.categories || 'aucune catégorie'}); ` +
      `${p.unmapped} clause${p.unmapped > 1 ? 's' : ''} non reprise${p.unmapped > 1 ? 's' : ''} (en commentaire); ` +
      `heures ${p.hours ? 'lues dans le document' : 'non précisées (par défaut)'}; ` +
      `délai de réponse ${p.reply !== undefined ? `${p.reply} jour${p.reply > 1 ? 's' : ''} ouvrable${p.reply > 1 ? 's' : ''}` : 'non précisé (1 jour ouvrable par défaut)'}; province ${p.province}.`,
    (p) =>
      `Draft: ${p.rules} rule${p.rules > 1 ? 's' : ''} (${p.categories || 'no category'}); ` +
      `${p.unmapped} clause${p.unmapped > 1 ? 's' : ''} not enforced (as comments); ` +
      `hours ${p.hours ? 'read in the document' : 'not stated (default)'}; ` +
      `reply target ${p.reply !== undefined ? `${p.reply} business day${p.reply > 1 ? 's' : ''}` : 'not stated (1 business day by default)'}; province ${p.province}.`,
  ),
  'draft.install': entry<{ file: string }>(
    (p) =>
      `Relisez ${p.file}, puis copiez-le dans le dossier de VIGIE_POLICY_DIR ; « vigie policies » le montre, « vigie check --policy ID » l’essaie.`,
    (p) => `Review ${p.file}, then copy it into the VIGIE_POLICY_DIR folder; "vigie policies" lists it, "vigie check --policy ID" tries it.`,
  ),

  // Policies
  'policy.unknown': entry<{ policy: string; known: string }>(
    (p) => `Politique inconnue : « ${p.policy} » (connues : ${p.known}).`,
    (p) => `Unknown policy: '${p.policy}' (known: ${p.known}).`,
  ),

  // Options typed in the console (adapters/shell/takeOptions.ts)
  'option.unknown': entry<{ name: string; known: string }>(
    (p) => `Option inconnue : --${p.name} (possibles : ${p.known}).`,
    (p) => `Unknown option: --${p.name} (one of: ${p.known}).`,
  ),
  'option.needs-value': entry<{ name: string }>(
    (p) => `--${p.name} attend une valeur.`,
    (p) => `--${p.name} needs a value.`,
  ),
  ...alertWords,
  ...checkWords,
  ...slaWords,
  ...consoleWords,
  ...startupWords,
  ...youtubeWords,
  ...learningWords,
} satisfies Record<string, Record<Lang, (p: never) => string>>;

export type MessageCode = keyof typeof catalogue;
