/**
 * Whether a public comment asks something, so that it calls for an answer within the reply deadline.
 * A question mark is the usual sign, but comments often leave it out ("Comment on fait pour s'inscrire"), so an
 * interrogative opening counts too: French interrogatives, "est-ce que", inverted verbs ("Avez-vous",
 * "peut-on", "y a-t-il"), and English wh-words or auxiliaries first. A "?" inside a URL does not count.
 */
const FR_OPENERS =
  /^(?:comment|pourquoi|quand|où|ou est|qui|quel|quelle|quels|quelles|combien|est-ce|est ce|qu'est-ce|qu est-ce|y a-t-il|y a t il|y'a t'il)\b/;
// Inverted auxiliary or modal: "avez-vous", "peut-on", "est-il", "a-t-elle". Only these verbs: an imperative
// ("Inscrivez-vous", "Rendez-vous au parc") is not a question.
const FR_INVERSION =
  /^(?:avez|êtes|etes|pouvez|pourriez|savez|voulez|allez|faites|devez|est|a|peut|pourrait|sait|doit|va|fait|faut|serait|aurait|devrait|sont|ont|peuvent|vont|pouvons|devons|allons|puis|dois|vais)(?:(?:-t)?-(?:vous|on|il|elle|ils|elles|je|tu|nous)| vous)\b/;
// Wh-words ("what a great day" excepted) and auxiliaries followed by a subject ("do not" is an order).
const EN_OPENERS =
  /^(?:how|why|when|where|who|whom|whose|what(?! an?\b)|which|(?:is|was) (?:it|there|this|that|the|my|our)|are (?:you|there|they|we|the)|(?:do|did) (?:you|we|i|they|the)|does|(?:can|could|will|would) (?:you|i|we|someone|anyone|it|there|the)|should (?:i|we)|may i)\b/;

export function isQuestion(text: string): boolean {
  const withoutUrls = text.replace(/\bhttps?:\/\/\S+/gi, ' ');
  if (withoutUrls.includes('?') || withoutUrls.includes('？')) return true;
  // Each sentence may open a question ("Merci. Quand ouvre la piscine").
  for (const sentence of withoutUrls.split(/[.!\n]+/)) {
    const s = sentence
      .trim()
      .toLowerCase()
      .replace(/^(?:bonjour|bonsoir|allo|allô|salut|hello|hi|hey|svp|s'il vous plaît|please)\b[\s,!]*/u, '')
      .replace(/[’]/g, "'");
    if (!s) continue;
    if (FR_OPENERS.test(s) || FR_INVERSION.test(s) || EN_OPENERS.test(s)) return true;
  }
  return false;
}
