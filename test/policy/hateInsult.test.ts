// Hate and insult as open grammar, after blind rounds 1–3: each class the rounds showed, written again in our own
// words (other groups, places, registers, French and English), beside the ordinary sentences that share its words
// (victims of a pejorative, weather, idioms, counter-speech, things insulted, signatures). None is a round's text.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const ON = 'ombudsman-ontario';

describe('hate: a group and its verdict far apart, or in the next sentence', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: [
      'Les aînés se font souvent cibler par des fraudeurs au téléphone',
      'Les réfugiés ont été victimes de voleurs au motel',
      'Les immigrants arrivent lundi. Des bénévoles les accueilleront à l’aréna.',
      { text: 'Seniors are often targeted by scammers, be careful', policy: ON },
    ],
    invalid: [
      'Le monde sur le BS, c’est toute de la racaille finie',
      'Les réfugiés qu’on loge au motel de la 117 c’est du monde sale',
      { text: 'Encore un autobus de demandeurs d’asile à Lacolle. Des parasites.', verdict: 'review' },
      { text: 'Those people on welfare are nothing but leeches', policy: ON },
      { text: 'More migrants bused in today. Vermin, all of them.', policy: ON, verdict: 'review' },
    ],
  });
});

describe('hate: exclusion in everyday words', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Les aînés, restez pas dehors par ce froid',
      'Les itinérants dorment dehors à moins trente, faites quelque chose',
      'Y’a plus de place pour les aînés au CHSLD, c’est inacceptable',
      'Les aînés pourront s’inscrire à partir de lundi',
      'Les aînés du club ont adoré, qu’ils retournent l’an prochain!',
      'Les aînés sont nombreux dans le quartier. La Ville veut expulser les locataires du 12.',
      'Les femmes de la paroisse organisent un souper. Restez chez vous si vous êtes malades.',
      'Le remplacement du ponceau est planifié pour mai',
      { text: 'The seniors’ residence is full. The city should close the border crossing at night.', policy: ON },
      { text: 'Migrants out of work can apply for EI if they qualify', policy: ON },
    ],
    invalid: [
      'Les migrants dehors!',
      'Les Haïtiens, qu’y aillent à Montréal',
      'Remigration, c’est tout',
      'Retournez dans votre réserve',
      { text: 'Y’a trop de Roms en ville. Qu’ils aillent ailleurs.', verdict: 'review' },
      { text: 'Les Anglos du chantier qui disent pas un mot en français, qu’ils retournent à Toronto.', verdict: 'review' },
      { text: 'Le remplacement de la population de souche est planifié, renseignez-vous', verdict: 'review' },
    ],
  });
});

describe('hate: stereotypes said of a whole group, its negations included', () => {
  ruleTable(P, 'baie-comeau', 'hate', {
    valid: [
      'Est-ce vrai que les Autochtones ne paient pas de taxes? C’est un mythe, non?',
      'Les aînés ont droit au transport gratuit le mardi',
      { text: 'A drunk driver hit a Cree woman on Highway 11 last night', policy: ON },
      { text: 'Boil-water advisory: drinking water on the reserve is still unsafe', policy: ON },
    ],
    invalid: [
      'Les Innus payent pas de taxes pis vivent sur notre dos',
      'Les Atikamekw en ont jamais assez, c’est nous autres qui payent',
      'Encore un Mohawk saoul au dépanneur',
      'Les Atikamekw de Wemotaci c’est toute du monde qui vit aux crochets du gouvernement',
      { text: 'Another native band demanding more money. Leeches, all of them.', policy: ON },
      { text: 'Natives don’t pay taxes and live off the rest of us', policy: ON },
    ],
  });
});

describe('hate: insinuation, coded names, ape emoji, sexism as a generalization', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'On sait ben qui va gagner la partie de hockey samedi',
      'Le mois de la fierté commence, activités pour les enfants samedi à la bibliothèque',
      'Mon gars a adoré les singes 🐒 au zoo de Granby',
      'Une femme a été blessée sur la 117, pas étonnant avec cette glace',
      { text: 'Proud to raise the Pride flag today at city hall, everyone welcome', policy: ON },
    ],
    invalid: [
      { text: 'New trustees on the board again. We all know which community pulls the strings.', policy: ON, verdict: 'review' },
      { text: 'Des drag queens à la bibliothèque municipale? Protégez vos enfants.', verdict: 'review' },
      { text: 'Pride flag at the school again, protect your kids from the grooming', policy: ON },
      'Les fifs pis leur parade',
      { text: 'Le nouveau conseiller 🐒🐒', verdict: 'review' },
      'Une femme au volant de la niveleuse, ça donne ça',
      { text: 'Women just don’t get budgets, no wonder the township is broke', policy: ON },
      { text: 'Women shouldn’t be running a township, too emotional', policy: ON },
    ],
  });
});

describe('hate: denial of rights and of equal treatment', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: ['Les aînés auraient droit au crédit d’impôt?', { text: 'Seniors should get more help with hydro bills', policy: ON }],
    invalid: [
      'Pourquoi les lesbiennes recevraient la même aide que les familles normales?',
      'Des camps de travail pour les assistés sociaux, ça réglerait le déficit',
      { text: 'Jobs should go to Canadians first, not foreign workers', policy: ON },
    ],
  });
});

describe('hate and insult in texting spelling and joual, written after the first pass', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Ma fille adore sa cuisine neuve',
      'La cuisine de l’aréna a besoin de bénévoles pour faire la vaisselle',
      'les autochtones du coin ont organisé un pow-wow, c’était magnifique',
      'c tu normal que mon cheque de BS soit en retard?',
      { text: 'the rez school finally got clean water, thank u', policy: ON },
      { text: 'The mayor toured the new kitchen at the seniors centre', policy: ON },
    ],
    invalid: [
      'les immigrés c tous des voleurs pis des menteurs',
      'les autochtones sont tous sou a partir du 1er du mois',
      'la mairesse a rien a faire la, qu’a retourne a sa cuisine',
      'Les Africains qu’on engage a l’usine savent meme pas lire, des incapables',
      { text: 'those ppl from the rez are all drunks and thieves', policy: ON },
      { text: 'Gays shouldnt be teaching our kids', policy: ON },
      { text: 'The new mayor should go back to the kitchen where she belongs', policy: ON },
    ],
  });
});

describe('hate and insult on the Ombudsman page, a third batch of our own', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      'Franco-Ontarians deserve services in French, thank you',
      'The Sikh community in Brampton raised 40k for the hospital, amazing',
      'Seniors control the vote in this riding, as usual',
      'Disabled people are waiting too long for ODSP decisions',
      'The foreign students association hosted a great food fair',
    ],
    invalid: [
      { text: 'Franco-Ontarians whining again about French services. Learn English or leave.', verdict: 'review' },
      'These foreign truck drivers are a menace, they bought their licences',
      { text: 'Jews control the school boards, everyone knows it', verdict: 'review' },
      'Disabled people are a burden on the system, plain and simple',
    ],
  });
  ruleTable(P, ON, 'insult', {
    valid: ['The hyenas at the Toronto Zoo had babies!', 'Winter roads are a menace on Highway 11'],
    invalid: ['Your office is run by a pack of hyenas', 'The MPP is a spineless weasel'],
  });
});

describe('hate: what is not hate — signatures, structures, counter-speech, reversed negation', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      'Merci à toute l’équipe pour ce rapport. – PD',
      'Great video PD, very clear',
      { text: 'Merci PD pour le rapport, très clair', policy: 'senneterre' },
      'The earthen dyke along the river was inspected this morning',
      'Calling Inuit drunks is a horrible thing to say',
      'Someone called refugees vermin further up. That kind of prejudice hurts real families.',
      'Newcomers are the very opposite of lazy',
      { text: 'Mon beau-frère a traité les Haïtiens de « parasites » au souper, c’est du racisme pur', policy: 'mess-quebec' },
      { text: 'Les aînés sont tout le contraire de paresseux', policy: 'mess-quebec' },
    ],
    invalid: [
      { text: 'Ce gros pd de conseiller', policy: 'senneterre' },
      { text: 'Le nouveau moniteur du camp est pd, je retire mon gars', policy: 'senneterre' },
    ],
  });
});

describe('insult: roles and people named far from the pejorative, emoji, mockery, condescension', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      'Le clown 🤡 au festival des enfants était génial',
      'T’es pas un cave, t’as raison',
      'Les moutons 🐑 de la ferme Grenier sont arrivés au marché',
      'Le nouveau formulaire est bête comme chou, merci',
      'Mes deux enfants ont adoré le camp',
      'Je veux juste comprendre avant de chialer 😅',
      'La police recherche les voleurs de cuivre',
      { text: 'The police are looking for the thieves', policy: ON },
      { text: 'My printer is absolute garbage', policy: ON },
      { text: 'My headphones are scum', policy: ON },
      { text: 'I read a book at the library every week', policy: ON },
    ],
    invalid: [
      'Les employés du garage municipal c’est toute des paresseux finis',
      { text: 'Le conseil 🐑🐑🐑', verdict: 'review' },
      { text: '🤡 la mairesse pis sa gang', verdict: 'review' },
      { text: 'Zéro neurone au ministère', verdict: 'review' },
      'Le préposé est bête comme ses pieds',
      'Si vous lisiez nos avis au lieu de chialer vous sauriez',
      'Vos deux épais du déneigement ont encore bouché mon entrée',
      'Va donc te coucher la vieille folle',
      'Vous êtes une gang de pas bons à la Ville',
      'Le directeur général c’est un maudit incapable',
      'La conseillère Roy est une vraie dinde',
      'Le DG c’est juste un pantin du maire',
      'T ben un gros colon toi',
      { text: 'Your staff have the brains of a goldfish', policy: ON },
      { text: 'Go cry somewhere else, snowflake', policy: ON },
      { text: 'The board 🤡🤡', policy: ON },
      { text: 'Whoever approved this has the IQ of a houseplant', policy: ON },
      { text: 'Maybe try reading the decision before embarrassing yourself', policy: ON },
      { text: 'The people who wrote this report are clowns', policy: ON },
    ],
  });
});

describe('insult: counter-speech whose cue lies inside the frame is excused', () => {
  ruleTable(P, ON, 'insult', {
    valid: [
      'Do you not realise how hateful you are being when calling gay people trash?',
      { text: 'Il a dit que c’était « un comportement typique de dégénérée », ce qui montre à quel point il est sectaire.', policy: 'mess-quebec' },
    ],
    invalid: [],
  });
});
