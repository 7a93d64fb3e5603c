// Classes found in blind rounds 1–3 outside hate, insult, threat and staff posts: emergencies told as what the
// writer sees, journalists who name an outlet, off-topic and false-news chains, one sentence repeated inside a
// comment, complaints told as a story, scams and ads without the listed words, a SIN named as one. Every
// phrasing here is our own; each class has the everyday sentences that share its words.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const om = (text: string, extra: object = {}) => ({ text, policy: 'ombudsman-ontario', ...extra });

describe('emergencies told as what the writer sees', () => {
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      'Exercice d’évacuation à l’école ce matin, la fumée était une simulation, bravo aux pompiers',
      'Le service incendie de Senneterre recrute des pompiers volontaires',
      'À cause du risque d’incendie, les feux à ciel ouvert sont interdits cette semaine',
      'Y a-tu un numéro pour l’aide d’urgence quand le chèque est en retard?',
      'Mon voisin répond pas à mes messages depuis hier, il doit être en voyage lol',
      'J’ai passé 6 heures à l’urgence de Val-d’Or samedi, le personnel était débordé',
      'Le chat du voisin dort dans son char depuis l’automne 😂',
      om('We ran the fire drill this morning, smoke machines and all. Kids loved it'),
    ],
    invalid: [
      'Ça boucane en masse au-dessus du garage à Lavoie en ce moment, y a-tu quelqu’un dedans?',
      'Un camion est à l’envers dans le fossé sur la 386, personne sort, vite!!',
      'Ma grand-mère répond plus au téléphone depuis deux jours pis son char est là, je fais quoi',
      'Un enfant est tombé dans l’eau au quai, on le voit pus',
      'Y a une madame qui dort dehors à -30 derrière l’épicerie depuis hier soir',
      'J’en peux plus, ce soir c’est fini, dites adieu à mes enfants pour moi',
      'Y a un incendie en ce moment sur la rue Principale',
      om('There’s smoke coming out of the community centre right now, is anyone inside?'),
      om('My neighbour isn’t answering since yesterday and her lights are on. What do I do?'),
      om('I can’t do this anymore. Tonight I end it.'),
    ],
  });
});

describe('journalists who name their outlet', () => {
  ruleTable(P, 'senneterre', 'media', {
    valid: [
      'J’ai vu le reportage de Radio-Canada sur le pont, bravo pour la rapidité',
      'Mon fils s’est fait dire qu’il avait pas le droit de filmer la séance. C’est légal?',
      om('Thank you for putting this on the record, my mother lived it'),
      om('Saw the CBC piece last night, great work by your team'),
    ],
    invalid: [
      'Bonjour, Annie Caron, recherchiste à TVA Nouvelles. Le maire pourrait-il commenter la fermeture?',
      'Salut c’est Marc du Nord-Côtier, quelqu’un peut me rappeler avant 16 h pour une réaction?',
      om('Hi, producer at CBC Sudbury here. Could someone speak with us about the report?'),
      om('Global News reporter — can your office confirm the investigation before deadline?'),
    ],
  });
});

describe('off topic and false-news chains (where a policy names relevance)', () => {
  ruleTable(P, 'mess-quebec', 'off_topic', {
    valid: [
      'Le programme de formation commence quand au CLE de Rimouski?',
      'Mon fils joue au hockey mineur, est-ce que le programme paie l’équipement?',
      { text: 'Match de hockey mineur à l’aréna samedi, venez encourager nos jeunes', policy: 'senneterre' },
      { text: 'Le refuge municipal a trouvé un chien près du parc, appelez la Ville', policy: 'senneterre' },
      om('Your report on school boards is excellent, please keep going'),
    ],
    invalid: [
      'Go Habs go!! Quelle game hier soir',
      'Quelqu’un connaît un bon mécanicien à Trois-Rivières pas trop cher?',
      'PARTAGEZ avant que ce soit supprimé : le gouvernement coupe tout en janvier',
      'Les chemtrails rendent le monde malade, réveillez-vous',
      { text: 'Quelqu’un a vu mon chien? Un labrador noir, perdu depuis mardi', policy: 'senneterre' },
      om('Did anyone watch the Leafs last night? Brutal'),
      om('Share this before they delete it, the vaccines have microchips'),
    ],
  });
});

describe('one sentence said again and again inside a comment (Senneterre)', () => {
  ruleTable(P, 'senneterre', 'repetition', {
    valid: [
      'Merci! Merci! Merci!',
      'La rue est glissante. Le trottoir aussi. Soyez prudents.',
      'Bravo à l’équipe. Bravo aux bénévoles. Bravo à tous.',
    ],
    invalid: ['Réparez le pont. Réparez le pont. Réparez le pont. Réparez le pont.', 'Pas de motel ici! Pas de motel ici! Pas de motel ici!'],
  });
});

describe('complaints told as a story', () => {
  ruleTable(P, 'baie-comeau', 'complaint', {
    valid: [
      'Comment je fais pour faire une plainte pour le bruit? Par le site?',
      'À qui je m’adresse pour une plainte sur le transport adapté?',
      'C’est quoi le délai après avoir rempli le formulaire de plainte?',
      'La Ville a reçu le prix du meilleur déneigement, bravo',
      om('Where do complaints about school boards go? Is there a link to the complaint form?'),
      om('Your report says complaints doubled this year. Keep publishing these numbers.'),
    ],
    invalid: [
      'La charrue a arraché ma clôture mardi, qui va me rembourser?',
      'Ça fait 4 fois que j’appelle au service des loisirs pis personne me revient',
      'Je veux qu’un inspecteur vienne voir mon terrain, l’eau de la rue rentre chez nous',
      'Mon bac de recyclage a encore pas été ramassé, c’est pas normal',
      'Quelqu’un peut me rappeler pour mon compte de taxes? Y a une erreur',
      om('I want your office to look into my case, the board expelled my son without a hearing'),
      om('Who is going to reimburse me for the towing? Your city did this'),
      om('I called three times and emailed twice, no answer. Can someone call me back?'),
    ],
  });
});

describe('scams and ads without the listed words', () => {
  ruleTable(P, 'mess-quebec', 'commercial', {
    valid: [
      'Le Ministère annonce une nouvelle aide pour les travailleurs de 60 ans et plus, détails sur Québec.ca',
      'J’ai eu mon remboursement de frais de garde en deux semaines, merci à l’agente!',
      { text: 'Le souper des bénévoles est annulé cette année, désolé tout le monde', policy: 'senneterre' },
    ],
    invalid: [
      { text: 'Moi j’ai fait 2 500 $ en une semaine de chez nous grâce à Mme Sylvie, écrivez-lui sur WhatsApp', verdict: 'hide' },
      { text: 'Nouvelle prestation spéciale de 900 $ pour les aînés! Réclamez avant le 15 : prestation-aines.info', verdict: 'hide' },
      { text: 'Déjeuner-bénéfice des pompiers dimanche, 12 $ l’assiette, venez nombreux!', policy: 'senneterre' },
      { text: 'Cette fin de semaine seulement chez Sports Boréal, profitez-en!', policy: 'baie-comeau' },
      om('Ontario is giving away $250 gift cards to the first 100 people who share this! Claim at gift-on.info'),
      om('Denied ODSP? Our paralegal firm wins 9 out of 10 appeals. DM us for a free consult'),
    ],
  });
});

describe('a SIN named as one, whatever its checksum', () => {
  ruleTable(P, 'mess-quebec', 'personal_info', {
    valid: ['Mon dossier est en attente depuis 3 semaines, rien de plus', 'Le NAS, on le donne jamais sur Facebook, rappel important'],
    invalid: ['Mon NAS c’est 123 456 780, pouvez-vous vérifier?', om('my SIN is 111-222-333 please check my file')],
  });
});
