// Obscene: sexual remarks about a staff member with no vulgar word (policies/lexicons/<lang>/frames/obscene.yml:
// a staff member × an invitation × the leer 😏🍆🍑💦), and the words that stay ok — « je bite rien » (biter:
// comprendre), « on se fait fourrer avec les taxes » (cheated, familiar), « avoir la chienne » (scared), a sacre
// mentioned (« le mot tabarnak »), softened swearing (tabarouette, mautadit, "oh shoot"), a woodcock, the garden's
// eggplants, « baisser » the taxes. Written from general knowledge after blind round 3 (none of them a round's text).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('obscene: sexual remarks about staff, and the words that stay ok', () => {
  ruleTable(P, 'mess-quebec', 'obscene', {
    valid: [
      "L'agente peut venir chez nous quand elle veut pour l'inspection, merci 😍",
      'La nouvelle directrice est super 😍 bienvenue!',
      'Récolte du jardin communautaire : aubergines 🍆 et pêches 🍑 au marché samedi',
      "Je bite rien à ce formulaire, quelqu'un peut m'aider?",
      'On se fait fourrer avec les taxes pis les services baissent',
      "J'ai eu la chienne quand la souffleuse a passé",
      'Mon gars a appris le mot « tabarnak » au camp de jour 🙃',
      'Tabarouette que la patinoire est belle!',
      "Mautadit, j'ai encore oublié mon permis",
      'Câline de bine, la tempête est forte',
      { text: 'Oh shoot, I forgot to sign the form', policy: 'ombudsman-ontario' },
      { text: 'Dang, the rink is closed again', policy: 'ombudsman-ontario' },
      { text: "Fun fact: the 'cock' in woodcock is an old word for a male bird", policy: 'ombudsman-ontario' },
      { text: 'Community garden harvest: eggplants 🍆 and peaches 🍑 at the market', policy: 'ombudsman-ontario' },
      'La baisse de taxes est une bonne nouvelle',
      'Ils vont baisser les tarifs du transport adapté',
      { text: 'The lifeguard can come over to help with swimming lessons anytime, thanks!', policy: 'ombudsman-ontario' },
      'La brigadière est toujours souriante, merci à elle 😊',
    ],
    invalid: [
      "L'agente au comptoir peut venir m'aider personnellement quand elle veut 😏",
      "La nouvelle brigadière peut passer chez nous n'importe quand 🥵",
      'Donnez-moi le numéro de la belle préposée de la vidéo 😏',
      'La sauveteuse de la piscine, est ben cute, a peut venir me réchauffer 🍑',
      'La mairesse dans la vidéo 🍆🍆',
      'Le beau pompier peut venir me fouiller quand il veut 😏',
      { text: 'The new lifeguard can come over anytime 😏', policy: 'ombudsman-ontario' },
      { text: 'That officer can frisk me whenever she wants 🥵', policy: 'ombudsman-ontario' },
      { text: 'Anyone got the number of the girl at the front desk? 🍆💦', policy: 'ombudsman-ontario' },
      { text: 'The inspector in the video is so hot 😏 she can inspect me', policy: 'ombudsman-ontario' },
      '🍆💦💦',
      { text: 'Va te faire fourrer, le maire', verdict: 'hide' },
      { text: 'Ta gueule, tabarnak', verdict: 'hide' },
    ],
  });
});
