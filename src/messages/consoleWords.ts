import { entry, word } from './entry.js';

/** What only the local console says (adapters/shell): its greeting, its commands' help and answers. */
export const consoleWords = {
  'console.welcome': word(
    'Console Vigie — tapez /aide pour la liste des commandes, /quitter pour sortir.',
    'Vigie console — type /help for the commands, /quit to leave.',
  ),
  'console.unknown-command': entry<{ name: string }>(
    (p) => `Commande inconnue : ${p.name}. Tapez /aide.`,
    (p) => `Unknown command: ${p.name}. Type /help.`,
  ),
  'console.not-command': word(
    'Les commandes commencent par « / » (tapez /aide). Pour vérifier un texte : /checkpost TEXTE',
    'Commands start with a slash (type /help). To check a text: /checkpost TEXT',
  ),
  'console.usage': entry<{ usage: string }>(
    (p) => `Usage : ${p.usage}`,
    (p) => `Usage: ${p.usage}`,
  ),
  'console.usage-known': entry<{ usage: string; known: string }>(
    (p) => `Usage : ${p.usage} (connues : ${p.known})`,
    (p) => `Usage: ${p.usage} (known: ${p.known})`,
  ),
  'console.failed': entry<{ reason: string }>(
    (p) => `Échec : ${p.reason}`,
    (p) => `Failed: ${p.reason}`,
  ),
  'console.lang': word('Langue : français.', 'Language: English.'),
  'console.bye': word('Au revoir.', 'Bye.'),
  'console.no-item': entry<{ n: string }>(
    (p) => `Aucun élément n° ${p.n} (tapez /ouverts pour la liste).`,
    (p) => `No item #${p.n} (type /open for the list).`,
  ),
  'console.no-open': word('Aucun élément ouvert.', 'No open item.'),
  'console.open-title': entry<{ n: number }>(
    (p) => `${p.n} élément(s) ouvert(s) :`,
    (p) => `${p.n} open item(s):`,
  ),
  'console.confirm-delete': entry<{ n: number }>(
    (p) => `Supprimer définitivement le commentaire n° ${p.n} de la page ? (o/n)`,
    (p) => `Delete comment #${p.n} from the page for good? (y/n)`,
  ),
  'console.cancelled': word('Annulé.', 'Cancelled.'),
  'console.choices': entry<{ list: string }>(
    (p) => `Choix : ${p.list}`,
    (p) => `Choices: ${p.list}`,
  ),
  'console.no-reminders': word('Aucun rappel dû maintenant.', 'No reminder due now.'),
  'console.reminders-sent': entry<{ n: number }>(
    (p) => `${p.n} rappel(s).`,
    (p) => `${p.n} reminder(s).`,
  ),
  'console.no-samples': entry<{ file: string }>(
    (p) => `Aucun commentaire dans ${p.file}.`,
    (p) => `No comment in ${p.file}.`,
  ),
  'console.sample-range': entry<{ n: number }>(
    (p) => `Choisissez un exemple entre 1 et ${p.n}.`,
    (p) => `Pick a sample between 1 and ${p.n}.`,
  ),
  'console.fed': entry<{ what: string; text: string }>(
    (p) => `Commentaire reçu : ${p.what} — ${p.text}`,
    (p) => `Comment received: ${p.what} — ${p.text}`,
  ),
  'console.load-summary': entry<{ file: string; taken: number; skipped: number }>(
    (p) => `${p.file} : ${p.taken} commentaire(s) reçu(s), ${p.skipped} ligne(s) ignorée(s).`,
    (p) => `${p.file}: ${p.taken} comment(s) taken, ${p.skipped} line(s) skipped.`,
  ),
  'console.skipped-why': entry<{ lines: string; reason: string }>(
    (p) => `  ligne(s) ${p.lines} : ${p.reason}`,
    (p) => `  line(s) ${p.lines}: ${p.reason}`,
  ),
  'console.bad-line': entry<{ line: number; reason: string }>(
    (p) => `Ligne ${p.line} ignorée : ${p.reason}`,
    (p) => `Line ${p.line} skipped: ${p.reason}`,
  ),
  'console.cannot-read': entry<{ file: string; reason: string }>(
    (p) => `Lecture impossible de ${p.file} : ${p.reason}`,
    (p) => `Cannot read ${p.file}: ${p.reason}`,
  ),
  'console.no-such-file': word('fichier introuvable', 'no such file'),
  'console.help-title': word('Commandes (français ou anglais) :', 'Commands (English or French):'),
  'console.help-numbers': word(
    'Les alertes sont numérotées : /masquer 2 agit sur l’alerte n° 2. Raccourcis : /a, /m, /r, /s suivis du numéro.',
    'Alerts are numbered: /hide 2 acts on alert #2. Shortcuts: /a, /h, /r, /d followed by the number.',
  ),

  // What each command does, for /aide.
  'console.help-checkpost': word(
    'vérifier un projet de publication (--comment : un commentaire du public)',
    'check a draft post (--comment: a public comment)',
  ),
  'console.help-comment': word(
    'simuler un commentaire public reçu (passe par tout le traitement)',
    'feed a public comment through the whole pipeline',
  ),
  'console.help-sample': word('recevoir l’exemple N de samples/ (sinon le suivant)', 'feed sample N from samples/ (else the next one)'),
  'console.help-load': word('recevoir les commentaires d’un fichier (JSONL ou un par ligne)', 'feed the comments of a file (JSONL or one a line)'),
  'console.help-approve': word('laisser le commentaire en ligne', 'leave the comment up'),
  'console.help-hide': word(
    'masquer le commentaire sur la page (la catégorie, si Vigie ne l’a pas vue, compte dans /regles)',
    'hide the comment on the page (a category, when Vigie missed it, counts in /rules)',
  ),
  'console.help-reply': word(
    'répondre sous le commentaire (sans texte : la réponse prescrite)',
    'reply under the comment (no text: the prescribed reply)',
  ),
  'console.help-rules': word(
    'la justesse de chaque règle d’après les décisions (30 derniers jours)',
    'how often each rule was right, from decisions (last 30 days)',
  ),
  'console.help-delete': word('supprimer le commentaire (demande confirmation)', 'delete the comment (asks first)'),
  'console.help-open': word('éléments ouverts et leurs échéances', 'open items and their deadlines'),
  'console.help-remind': word('envoyer maintenant les rappels dus', 'send the reminders due now'),
  'console.help-digest': word('afficher le bilan quotidien maintenant', 'show the daily digest now'),
  'console.help-lang': word('langue de la console', 'console language'),
  'console.help-help': word('cette liste', 'this list'),
  'console.help-quit': word('arrêter Vigie', 'stop Vigie'),
};

/** The command summaries /aide shows (each console command names its own). */
export type ConsoleHelpCode = Extract<keyof typeof consoleWords, `console.help-${string}`>;
