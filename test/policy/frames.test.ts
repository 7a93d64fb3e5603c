// Frames (policies/lexicons/<lang>/frames/): open grammar — a group × a pejorative, an exclusion or a denial of
// rights; a weapon or violent act × a target × an intent; « bande de / t'es / you're » × a large pejorative
// vocabulary. Written from general knowledge after blind round 1, each class with its own phrasings and the
// everyday sentences that share its words (none of them a round's text).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('frames: hate without slurs', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: [
      'Les immigrants ne sont pas des voleurs, arrêtez',
      'Les réfugiés ukrainiens arrivent chez nous cette semaine, bienvenue!',
      'Le racisme envers les autochtones est un fléau',
      'Merci aux bénévoles du centre d’amitié autochtone',
      'Ils retournent dans leur pays chaque été pour voir la famille',
      'Les aînés de Senneterre sont invités au dîner communautaire',
      { text: 'Refugees are welcome here, proud of our community', policy: 'ombudsman-ontario' },
      { text: 'I got two letters by mistake, should I send them back where they came from?', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      'Les BS c’est toute des profiteurs pis des paresseux',
      'Les étrangers, qu’y retournent chez eux',
      'Renvoyez-les dans leur pays ces migrants',
      'Les assistés sociaux devraient pas avoir le droit de vote',
      'Une femme directrice des travaux publics, c’est pour ça que les chemins sont de même',
      { text: 'Half of them shouldn’t even be in this country. Send them all back.', policy: 'ombudsman-ontario' },
      { text: 'Immigrants shouldn’t be allowed to vote', policy: 'ombudsman-ontario' },
    ],
  });
});

describe('frames: threats with no listed verb', () => {
  ruleTable(P, 'senneterre', 'threat', {
    valid: [
      'La saison de chasse à l’orignal ouvre samedi, sortez vos carabines',
      'Je vais passer au bureau demain pour mon dossier',
      'Je vais tuer le temps en attendant mon rendez-vous',
      'Un accident est vite arrivé sur la route 117 l’hiver, soyez prudents',
      { text: 'Deer season opens Saturday, bring your rifle to the range', policy: 'ombudsman-ontario' },
      { text: 'You’re killing it with this report, great work', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      { text: 'J’vais passer au bureau avec ma carabine demain', verdict: 'hide' },
      { text: 'Le conseiller Tremblay 🔫', verdict: 'review' },
      { text: 'Y va en manger toute une le maire', verdict: 'hide' },
      { text: 'Continuez de couper, un moment donné quelqu’un va se présenter à votre bureau pis ça va mal finir', verdict: 'hide' },
      { text: 'I’m going to the office with my gun tomorrow', policy: 'ombudsman-ontario', verdict: 'hide' },
      { text: 'Somebody should pay that worker a little visit and show her how it feels', policy: 'ombudsman-ontario' },
    ],
  });
});

describe('frames: name-calling over a large vocabulary', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      'Le projet est nul, recommencez',
      'Le ministre est incompétent et sa réforme est un échec.',
      'Le vieux pont est dangereux l’hiver',
      { text: 'The new policy is useless and I want it reviewed', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      'Espèce de sans-génie!',
      'T’es juste une grosse tarte',
      'Bande de zouaves',
      { text: 'Le maire est un minable', verdict: 'hide' },
      { text: 'Funny how the watchdog is a lapdog. Nice work, clowns', policy: 'ombudsman-ontario' },
      { text: 'You people are brain-dead', policy: 'ombudsman-ontario' },
    ],
  });
});
