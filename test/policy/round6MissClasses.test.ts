// Blind round 6's misses outside hate, by class, in our own words with the ok sentences that share their words:
// personal information (a worker's home and an invitation to go and see them, a third person's stigmatized health,
// welfare told to a commenter's face, photos that show a file or people who never agreed, a post its subject does
// not know about, a person's hospital ward), then the staff posts' political, conduct and redirect classes.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe("a named worker's home, and an invitation to go and see them", () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      "My caseworker was really kind, she said to say hi to everyone at the office.",
      { text: "Ma voisine reste sur la rue Principale, elle va venir avec moi au CLE mardi.", policy: 'mess-quebec' },
      { text: "Si vous croisez la travailleuse sociale au marché, dites-y merci de ma part, elle m'a sauvé.", policy: 'senneterre' },
      "The new MPP lives in Timmins, go see her at the town hall on Friday.",
      { text: "J'habite sur la rue Bossé pis la charrue est pas passée, allez voir l'état du trottoir.", policy: 'baie-comeau' },
    ],
    invalid: [
      "The guard from the report is Mark Dube, he lives on Elm Street in Lindsay. Go tell him what you think.",
      { text: "Mon agente s'appelle Julie Roy au CLE d'Amos pis elle reste sur la rue Principale. Si vous la croisez, dites-y bonjour.", policy: 'mess-quebec' },
      { text: "La travailleuse sociale qui m'a coupé, elle reste dans le rang 4, allez la voir.", policy: 'senneterre' },
      "That caseworker lives at 14 Pine, if you see her let her know how we feel.",
      { text: "Le contremaître des cols bleus habite sur la rue Bossé, allez y dire bonjour de ma part.", policy: 'baie-comeau' },
    ],
  });
});

describe("a third person's stigmatized health, or their welfare told to their face", () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      "The report says HIV positive inmates wait weeks for their medication.",
      { text: "Je suis séropositive et j'aimerais savoir si j'ai droit à des prestations.", policy: 'mess-quebec' },
      "My mother has dementia and the home lost her glasses again, please look into it.",
      { text: "T'es sur l'aide sociale toi aussi? On pourrait se parler de l'agente, moi je l'aime.", policy: 'mess-quebec' },
      "Are you on ODSP? You can ask your worker about the transit pass, it's free.",
    ],
    invalid: [
      "@Tom my cousin is the inmate in the report, Derek Mallory, and he's HIV positive so yeah",
      { text: "Mon voisin Réal est séropositif pis il reçoit de l'aide, c'est pour ça.", policy: 'mess-quebec' },
      "My brother-in-law is schizophrenic and off his meds, he's the one in the video.",
      { text: "@Kevin c'est pas toi qui es sur l'aide sociale depuis 2019 pis qui travailles au noir?", policy: 'mess-quebec' },
      "@Jenny aren't you the one who's been on ODSP for years and works cash under the table?",
    ],
  });
});

describe("a photo that shows a file, a binder or a whiteboard, or people who never agreed", () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      { text: "Great visit to the long-term care home today! [photo of the garden with staff, shared with permission]", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "Nos agents sont prêts pour la rentrée! [photo de l'équipe devant le CLE]", kind: 'post', policy: 'mess-quebec' },
      { text: "Quelques photos de la fête de quartier hier soir, merci à tous d'être venus!", kind: 'post', policy: 'baie-comeau' },
      { text: "Photos from the evacuation centre, shared with the families' permission. Thank you to volunteers.", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "She doesn't know we're planning a surprise party for her retirement, shhh!", kind: 'post' },
    ],
    invalid: [
      { text: "Great visit to the long-term care home today! [photo at nursing station, a resident care binder open on the counter]", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "Félicitations à notre cliente qui retourne au travail! [photo prise au CLE, son dossier visible sur le bureau]", kind: 'post', policy: 'mess-quebec' },
      { text: "Quelques photos prises en cachette à l'hébergement d'urgence hier soir, on voit bien la détresse des familles.", kind: 'post', policy: 'baie-comeau' },
      { text: "Snapped a few pics of the evacuees at the arena without them knowing, such resilience 💔", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "Spoke with the mother of the teen killed on Hwy 11. She doesn't know I'm posting this but people need to hear it.", kind: 'post' },
      { text: "J'ai parlé à la mère du jeune, elle sait pas que je publie ça mais le monde doit savoir.", kind: 'post', policy: 'senneterre' },
    ],
  });
});

describe("a person named and where they lie in hospital", () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      { text: "The officer injured at the blockade is recovering, says OPP. Our thoughts are with the family.", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "Le pompier blessé samedi va bien, selon le Service incendie. Merci aux ambulanciers.", kind: 'post', policy: 'baie-comeau' },
      { text: "L'hôpital de Val-d'Or a ouvert 10 lits de plus aux soins intensifs cet hiver.", kind: 'post', policy: 'senneterre' },
    ],
    invalid: [
      { text: "Update: the officer injured is Const. M. Leblanc, currently at North Bay Regional, ward 4, if folks want to send cards.", kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "Le pompier blessé, M. Tremblay, est à l'hôpital de Baie-Comeau, chambre 312, si vous voulez lui écrire.", kind: 'post', policy: 'baie-comeau' },
      { text: "Mme Gagnon est aux soins intensifs à Val-d'Or depuis l'évacuation, envoyez-lui vos pensées.", kind: 'post', policy: 'senneterre' },
    ],
  });
});

