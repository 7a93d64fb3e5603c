import { entry, word } from './entry.js';

const pct = (x: number, lang: 'fr' | 'en') => (lang === 'fr' ? `${Math.round(x * 100)} %` : `${Math.round(x * 100)}%`);
const s = (n: number) => (n > 1 ? 's' : '');

/**
 * What Vigie learns from its moderators (issue 21): the rule figures in the weekly digest, `vigie rules report` and
 * the console; the standing exceptions added from an alert and listed by `vigie exceptions`; the labelled export
 * `vigie decisions export`.
 */
export const learningWords = {
  // The figures (digest, report, console)
  'rules.digest-title': entry<{ days: number }>(
    (p) => `Règles à revoir (décisions des ${p.days} derniers jours)`,
    (p) => `Rules worth a look (decisions of the last ${p.days} days)`,
  ),
  'rules.threshold': entry<{ below: number; min: number; overruled: number }>(
    (p) =>
      `Sont nommées les règles justes moins de ${pct(p.below, 'fr')} du temps sur au moins ${p.min} décisions, ou renversées ${p.overruled} fois ou plus.`,
    (p) =>
      `Listed: rules right less than ${pct(p.below, 'en')} of the time over at least ${p.min} decisions, or overruled ${p.overruled} times or more.`,
  ),
  'rules.line': entry<{ rule: string; page: string; precision: number; followed: number; overruled: number }>(
    (p) =>
      `${p.rule} (${p.page}) : juste à ${pct(p.precision, 'fr')} — ${p.followed} suivie${s(p.followed)}, ${p.overruled} renversée${s(p.overruled)}`,
    (p) => `${p.rule} (${p.page}): right ${pct(p.precision, 'en')} — ${p.followed} followed, ${p.overruled} overruled`,
  ),
  'rules.none': word('Aucune règle à revoir.', 'No rule worth a look.'),
  'rules.missed': entry<{ n: number; categories: string }>(
    (p) => `Jugés conformes par Vigie, masqués ou supprimés par l’équipe : ${p.n}${p.categories ? ` (${p.categories})` : ''}`,
    (p) => `Passed by Vigie, hidden or deleted by staff: ${p.n}${p.categories ? ` (${p.categories})` : ''}`,
  ),
  'rules.no-category': word('sans catégorie', 'no category'),
  'rules.report-title': entry<{ since: string; until: string; decided: number }>(
    (p) => `Justesse des règles, du ${p.since} au ${p.until} : ${p.decided} commentaire${s(p.decided)} décidé${s(p.decided)}`,
    (p) => `Rule precision, ${p.since} to ${p.until}: ${p.decided} comment${s(p.decided)} decided`,
  ),
  'rules.col-rule': word('règle', 'rule'),
  'rules.col-page': word('page', 'page'),
  'rules.col-followed': word('suivies', 'followed'),
  'rules.col-overruled': word('renversées', 'overruled'),
  'rules.col-precision': word('justesse', 'precision'),
  'rules.col-missed': word('manqués', 'missed'),
  'rules.col-categories': word('catégories', 'categories'),
  'rules.missed-title': word('Jugés conformes, masqués ou supprimés par l’équipe :', 'Passed by Vigie, hidden or deleted by staff:'),
  'rules.no-decision': word('Aucune décision sur une règle dans cette période.', 'No decision on a rule in this period.'),
  'rules.usage': word(
    'usage : vigie rules report [--policy ID] [--since AAAA-MM-JJ|30d] [--until AAAA-MM-JJ] [--json] [--lang fr|en]\n' +
      '  La justesse de chaque règle, page par page, d’après les décisions de l’équipe (30 derniers jours par défaut).',
    'usage: vigie rules report [--policy ID] [--since YYYY-MM-DD|30d] [--until YYYY-MM-DD] [--json] [--lang fr|en]\n' +
      '  How often each rule was right, page by page, from staff decisions (the last 30 days by default).',
  ),

  // Standing exceptions (src/moderation/exceptions/)
  'exception.no-reason': word('Dites pourquoi : la raison est gardée avec l’exception.', 'Say why: the reason is kept with the exception.'),
  'exception.no-term': word(
    'Donnez le mot ou l’expression à ne plus signaler, ou cochez « organisme connu ».',
    'Give the word or phrase not to flag again, or tick "known organization".',
  ),
  'exception.too-long': entry<{ max: number }>(
    (p) => `Trop long : ${p.max} caractères au plus.`,
    (p) => `Too long: ${p.max} characters at most.`,
  ),
  'exception.no-finding': word(
    'Ce commentaire n’a rien de signalé par cette règle : pas d’exception à faire.',
    'Nothing in this comment was flagged by that rule: no exception to make.',
  ),
  'exception.term-not-in-match': entry<{ term: string; matches: string }>(
    (p) => `« ${p.term} » ne fait pas partie de ce que Vigie a signalé (${p.matches}) : choisissez un mot ou une expression du passage signalé.`,
    (p) => `"${p.term}" is not part of what Vigie flagged (${p.matches}): pick a word or phrase of the flagged passage.`,
  ),
  'exception.added-term': entry<{ term: string; rule: string; page: string; id: string }>(
    (p) =>
      `C’est noté : « ${p.term} » ne sera plus signalé par la règle ${p.rule} sur la page ${p.page} (exception ${p.id}, à retirer avec vigie exceptions remove ${p.id}).`,
    (p) =>
      `Noted: "${p.term}" will no longer be flagged by rule ${p.rule} on page ${p.page} (exception ${p.id}; vigie exceptions remove ${p.id} withdraws it).`,
  ),
  'exception.added-author': entry<{ author: string; rule: string; page: string; id: string }>(
    (p) => `C’est noté : les commentaires de ${p.author} ne seront plus signalés par la règle ${p.rule} sur la page ${p.page} (exception ${p.id}).`,
    (p) => `Noted: comments by ${p.author} will no longer be flagged by rule ${p.rule} on page ${p.page} (exception ${p.id}).`,
  ),
  'exception.already': entry<{ id: string }>(
    (p) => `Cette exception existe déjà (${p.id}).`,
    (p) => `This exception already exists (${p.id}).`,
  ),
  'exception.button': word('Ne plus signaler ce terme ici', 'Don’t flag this term here'),
  'exception.title': word('Ne plus signaler', 'Stop flagging'),
  'exception.save': word('Enregistrer', 'Save'),
  'exception.intro': entry<{ page: string }>(
    (p) => `Sur la page ${p.page} seulement, et pour la règle choisie ; les autres pages ne changent pas.`,
    (p) => `On page ${p.page} only, and for the chosen rule; other pages do not change.`,
  ),
  'exception.rule-label': word('Règle', 'Rule'),
  'exception.term-label': word('Mot ou expression à ne plus signaler', 'Word or phrase not to flag again'),
  'exception.term-hint': word('Une partie du passage signalé, tel quel ou raccourci.', 'Part of the flagged passage, as is or shortened.'),
  'exception.author-label': word('Ou bien', 'Or else'),
  'exception.author-option': entry<{ author: string }>(
    (p) => `${p.author} est un organisme connu : ne plus signaler ses commentaires`,
    (p) => `${p.author} is a known organization: stop flagging their comments`,
  ),
  'exception.why-label': word('Pourquoi', 'Why'),
  'exception.why-hint': word('Gardé avec l’exception et dans le journal d’audit.', 'Kept with the exception and in the audit log.'),
  'exception.list-title': entry<{ n: number }>(
    (p) => `${p.n} exception${s(p.n)} en vigueur :`,
    (p) => `${p.n} standing exception${s(p.n)}:`,
  ),
  'exception.list-empty': word('Aucune exception.', 'No exception.'),
  'exception.line-term': entry<{ id: string; page: string; rule: string; term: string; by: string; at: string; why: string }>(
    (p) => `${p.id}  page ${p.page}  ${p.rule}  terme « ${p.term} »  par ${p.by} le ${p.at} — ${p.why}`,
    (p) => `${p.id}  page ${p.page}  ${p.rule}  term "${p.term}"  by ${p.by} on ${p.at} — ${p.why}`,
  ),
  'exception.line-author': entry<{ id: string; page: string; rule: string; author: string; by: string; at: string; why: string }>(
    (p) => `${p.id}  page ${p.page}  ${p.rule}  auteur ${p.author} (organisme connu)  par ${p.by} le ${p.at} — ${p.why}`,
    (p) => `${p.id}  page ${p.page}  ${p.rule}  author ${p.author} (known organization)  by ${p.by} on ${p.at} — ${p.why}`,
  ),
  'exception.orphan': entry<{ id: string; rule: string }>(
    (p) =>
      `  ⚠ ${p.id} : la règle ${p.rule} n’existe plus dans les politiques chargées ; l’exception est gardée mais ne s’applique plus (retirez-la ou rétablissez la règle).`,
    (p) =>
      `  ⚠ ${p.id}: rule ${p.rule} no longer exists in the loaded policies; the exception is kept but applies to nothing (remove it or restore the rule).`,
  ),
  'exception.orphans': entry<{ n: number }>(
    (p) => `${p.n} exception${s(p.n)} de modérateurs vise${p.n > 1 ? 'nt' : ''} une règle disparue des politiques (vigie exceptions les liste) :`,
    (p) => `${p.n} moderator exception${s(p.n)} name${p.n > 1 ? '' : 's'} a rule gone from the policies (vigie exceptions lists them):`,
  ),
  'exception.removed': entry<{ id: string }>(
    (p) => `Exception ${p.id} retirée (notée au journal d’audit).`,
    (p) => `Exception ${p.id} removed (written to the audit log).`,
  ),
  'exception.unknown': entry<{ id: string }>(
    (p) => `aucune exception ${p.id} (vigie exceptions les liste).`,
    (p) => `no exception ${p.id} (vigie exceptions lists them).`,
  ),
  'exceptions.usage': word(
    'usage : vigie exceptions [list] [--policy ID] [--page ID] [--json] [--lang fr|en]\n' +
      '        vigie exceptions remove ID\n' +
      '  Les exceptions que les modérateurs ont ajoutées depuis une alerte (« Ne plus signaler ce terme ici »).',
    'usage: vigie exceptions [list] [--policy ID] [--page ID] [--json] [--lang fr|en]\n' +
      '       vigie exceptions remove ID\n' +
      '  The exceptions moderators added from an alert ("Don’t flag this term here").',
  ),

  // The labelled export (vigie decisions export)
  'record.masked': entry<{ what: string }>(
    (p) => `[masqué : ${p.what}]`,
    (p) => `[masked: ${p.what}]`,
  ),
  'record.usage': word(
    'usage : vigie decisions export --since AAAA-MM-JJ|30d [--until AAAA-MM-JJ] [--policy ID] --out FICHIER.jsonl [--unmasked]\n' +
      '  Chaque commentaire décidé, au format des manches à l’aveugle (vigie blind FICHIER.jsonl le mesure) : le texte si\n' +
      '  la politique permet de le garder (record.keepText), le verdict et les constats de Vigie, la décision de l’équipe.\n' +
      '  Les renseignements personnels sont masqués ; --unmasked les garde, pour une personne nommée « console » dans\n' +
      '  VIGIE_MODERATORS (responsable de l’accès à l’information), et l’exportation est notée au journal d’audit.',
    'usage: vigie decisions export --since YYYY-MM-DD|30d [--until YYYY-MM-DD] [--policy ID] --out FILE.jsonl [--unmasked]\n' +
      '  Each decided comment, in the blind rounds’ format (vigie blind FILE.jsonl measures it): the text where the policy\n' +
      '  allows keeping it (record.keepText), Vigie’s verdict and findings, and staff’s decision. Personal information is\n' +
      '  masked; --unmasked keeps it, for someone named as console in VIGIE_MODERATORS (the access-to-information officer),\n' +
      '  and the export is written to the audit log.',
  ),
  'record.written': entry<{ n: number; file: string; omitted: number; masked: number }>(
    (p) =>
      `${p.n} décision${s(p.n)} écrite${s(p.n)} dans ${p.file} (${p.omitted} sans texte, ${p.masked} avec des renseignements personnels masqués).`,
    (p) => `${p.n} decision${s(p.n)} written to ${p.file} (${p.omitted} without text, ${p.masked} with personal information masked).`,
  ),
  'record.unmasked-refused': word(
    '--unmasked est réservé à la personne de la console nommée dans VIGIE_MODERATORS (ajoutez console à la liste).',
    '--unmasked is for the console user named in VIGIE_MODERATORS (add console to the list).',
  ),
  'record.needs-out': word('--out FICHIER.jsonl est requis : le fichier à écrire.', '--out FILE.jsonl is required: the file to write.'),
  'record.needs-since': word(
    '--since est requis (p. ex. --since 2026-11-01 ou --since 30d).',
    '--since is required (e.g. --since 2026-11-01 or --since 30d).',
  ),

  // What every command that reads the bot's store may say
  'cli.bad-date': entry<{ option: string; value: string }>(
    (p) => `--${p.option} : « ${p.value} » n’est ni une date (2026-11-01) ni un nombre de jours (30d).`,
    (p) => `--${p.option}: '${p.value}' is neither a date (2026-11-01) nor a number of days (30d).`,
  ),
  'cli.bad-window': word('--since doit précéder --until.', '--since must come before --until.'),
  'cli.no-store': entry<{ path: string }>(
    (p) => `aucun magasin à ${p.path} (donnez dans VIGIE_STORE le fichier SQLite du bot ou son URL redis://).`,
    (p) => `no store at ${p.path} (set VIGIE_STORE to the bot’s SQLite file or redis:// URL).`,
  ),
  'cli.store-failed': entry<{ detail: string }>(
    (p) => `lecture du magasin impossible : ${p.detail}`,
    (p) => `cannot read the store: ${p.detail}`,
  ),
  'cli.cannot-write': entry<{ file: string; reason: string }>(
    (p) => `impossible d’écrire ${p.file} (${p.reason}).`,
    (p) => `cannot write ${p.file} (${p.reason}).`,
  ),
  'cli.bad-option': entry<{ detail: string; command: string }>(
    (p) => `option refusée : ${p.detail} (voir vigie ${p.command} --help).`,
    (p) => `${p.detail} (see vigie ${p.command} --help).`,
  ),
  'cli.unknown-action': entry<{ action: string; known: string; command: string }>(
    (p) => `action inconnue « ${p.action} » (possibles : ${p.known} ; vigie ${p.command} --help).`,
    (p) => `unknown action '${p.action}' (one of: ${p.known}; vigie ${p.command} --help).`,
  ),
  'cli.policies-failed': entry<{ detail: string }>(
    (p) => `les politiques ne se chargent pas : ${p.detail}`,
    (p) => `the policies do not load: ${p.detail}`,
  ),
  'cli.bad-lang': entry<{ lang: string }>(
    (p) => `langue inconnue « ${p.lang} » (fr ou en).`,
    (p) => `unknown language '${p.lang}' (fr or en).`,
  ),
};
