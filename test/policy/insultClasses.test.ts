// Insult by class after blind round 4 (issue #14): insults by comparison (« aussi intelligent qu'un cône »,
// "the judgment of a fence post", « a l'air d'une dinde », "writes like a 5-year-old", "my cat could write a better
// report"), sarcastic praise (« Bravo au génie qui… », "the sharpest minds money can buy", « médaille en chocolat »),
// one-word and emoji replies (« Clowns. », 🤡🤡🤡), equations and labels (« Ministre = marionnette »), staff
// condescending to the public, and beside each class the ok sentences that share its words (praise that compares,
// pets, costumes, the circus, the farm's cow, self-mockery, mooring bollards). Written from general knowledge;
// none of them is a round's text (policies/lexicons/<lang>/frames/insult.yml, insult.yml, obscene.yml).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const ON = 'ombudsman-ontario';

describe("insult by comparison: a mind measured against a thing, a person likened to a dull animal, work likened to a child's", () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      "Le nouveau parc a l'air d'une belle place pour les familles",
      { text: "La mairesse avait l'air d'une femme heureuse à l'inauguration", policy: 'senneterre' },
      "Ce nouveau pont est aussi solide qu'un chêne",
      { text: 'Notre brigadier est fiable comme une horloge, merci à lui', policy: 'senneterre' },
      { text: "Le guide est aussi utile qu'un couteau suisse, bravo", policy: 'mess-quebec' },
      { text: 'The new ramp is as solid as a rock', policy: ON },
      { text: 'Our lifeguard is as reliable as clockwork', policy: ON },
      { text: 'Pigs are as smart as a three-year-old child, the farm tour guide told us', policy: ON },
      "Les cochons sont aussi intelligents qu'un chien, selon la ferme éducative",
      { text: 'Mon gars de 8 ans écrit comme un enfant de 5 ans, est-ce normal?', policy: 'senneterre' },
      { text: 'Mon chat ferait mieux de rester en dedans avec ce froid', policy: 'senneterre' },
      { text: 'Un enfant de 5 ans ferait mieux de porter un casque à vélo', policy: 'mess-quebec' },
      { text: 'My dog would do better in a bigger yard, any off-leash parks?', policy: ON },
      { text: 'My kid could use a better bus schedule', policy: ON },
      "Le bonhomme de neige du carnaval a l'air d'une patate 😂",
      { text: "Les camions roulent comme des fous dans ma rue, il faut des dos d'âne", policy: 'senneterre' },
      { text: "J'ai travaillé comme une folle toute la semaine sur ce formulaire 😅", policy: 'mess-quebec' },
    ],
    invalid: [
      "La mairesse a l'air d'une poule pas de tête devant une caméra",
      { text: "Le maire avait l'air d'un chevreuil dans les phares à l'assemblée", policy: 'senneterre' },
      { text: "Le ministre a l'air d'une patate oubliée dans le fond du sac", policy: 'mess-quebec' },
      "Nos conseillers ont l'air d'une gang de moutons",
      { text: "Le DG a l'air d'un épouvantail avec son veston", policy: 'senneterre' },
      "Aussi brillant qu'une ampoule brûlée, notre directeur général",
      { text: "Le conseiller Morin est aussi utile qu'un parapluie dans un ouragan", policy: 'senneterre' },
      { text: "La fonctionnaire avait autant de jugeote qu'une roche", policy: 'mess-quebec' },
      "Ce conseil-là a autant de jugement qu'un poteau de clôture",
      { text: "Votre agent est aussi vif qu'une tortue, pis aussi intelligent qu'un piquet", policy: ON },
      { text: 'Un QI de moule, ce ministre', policy: 'mess-quebec' },
      { text: "La mairesse a le QI d'une plante verte", policy: 'senneterre' },
      'Le responsable des communications écrit comme un enfant de 6 ans',
      { text: 'La conseillère parle comme une vraie folle aux citoyens', policy: 'senneterre' },
      { text: "L'agent gère les dossiers comme un pied", policy: 'mess-quebec' },
      { text: 'Your investigator has the judgment of a fence post', policy: ON },
      { text: 'The minister is about as sharp as a bowling ball', policy: ON },
      { text: 'Your councillor is as useful as a screen door on a submarine', policy: ON },
      { text: 'That manager has the IQ of an oyster', policy: ON },
      { text: 'Whoever wrote this letter writes like a second grader', policy: ON },
      { text: 'The director talks like a toddler who lost his toy', policy: ON },
      { text: 'Your staff run this office like a daycare', policy: ON },
      { text: 'My dog could write a better decision than your office', policy: ON },
      { text: 'A five-year-old could run the council better than this lot', policy: ON },
      { text: 'Mon chat ferait une meilleure job que le conseil municipal', policy: 'senneterre' },
      { text: 'Un enfant de 5 ans ferait mieux que vos agents', policy: 'mess-quebec' },
      'Un singe gérerait mieux la ville',
    ],
  });
});

describe('insult by sarcastic praise: the genius and the cheer together; the science fair and the engineering department stay ok', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      "Bravo aux petits génies de l'expo-sciences de l'école Boisvert! 👏",
      { text: "Bravo au service du génie qui a réparé l'aqueduc en un temps record", policy: 'senneterre' },
      { text: 'Le génie civil est un beau métier, inscrivez-vous au cégep', policy: 'mess-quebec' },
      { text: 'Congratulations to the science fair winners, real young geniuses 👏', policy: ON },
      { text: "Einstein's theory of relativity exhibit opens Saturday at the library", policy: ON },
      'Atelier « Petits Einstein » pour les 6-8 ans à la bibliothèque',
    ],
    invalid: [
      { text: 'Bravo au génie qui a décidé de fermer le bureau le jour des chèques 👏', policy: 'mess-quebec' },
      { text: 'Félicitations aux génies qui ont planifié le déneigement pendant la tempête', policy: 'senneterre' },
      'Quel génie, celui qui a mis un arrêt en haut de la côte 🙄',
      { text: 'Notre Einstein municipal a encore frappé, fallait y penser 👏👏', policy: 'senneterre' },
      { text: 'Le prix Nobel de la bureaucratie revient au ministère, bravo', policy: 'mess-quebec' },
      'Une médaille en chocolat pour le comité des loisirs',
      { text: 'Wow, the geniuses at city hall did it again 👏👏', policy: ON },
      { text: 'Stellar job. Truly the best minds taxpayer money can buy', policy: ON },
      { text: 'Congrats to the genius who scheduled road work during the festival 🙄', policy: ON },
      { text: 'Real rocket scientists at this ministry', policy: ON },
      { text: 'Big brain move closing the pool in July 👏', policy: ON },
    ],
  });
});

describe("insult in one word, one emoji, an equation or a label; the circus, the farm's cow and the hockey fan stay ok", () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      'Spectacle de clowns au parc samedi 🤡🎪 pour toute la famille',
      { text: '🤡🎈 Festival des enfants : maquillage et clowns dimanche!', policy: 'senneterre' },
      { text: 'The circus is in town this weekend! 🤡🤡 Tickets at the rec centre', policy: ON },
      { text: 'La ferme Grenier : les enfants pourront traire une vraie vache samedi 🐄', policy: 'mess-quebec' },
      'Ma fille est une vraie folle de soccer, elle joue tous les jours',
      { text: 'Mon voisin est un vrai fou du hockey, il a arrosé une patinoire', policy: 'senneterre' },
      { text: 'Clowns, jugglers and face painting at the fair on Saturday', policy: ON },
      { text: 'Le cirque du Soleil vient à Québec cet été', policy: 'mess-quebec' },
      'La Ville est propriétaire de la garderie du centre-ville',
      { text: 'People with a brain injury can apply for the ODSP supplement', policy: ON },
      { text: "Les personnes avec un cerveau lésé peuvent avoir droit à l'aide", policy: 'senneterre' },
    ],
    invalid: [
      { text: '🤡🤡🤡', policy: ON },
      { text: '🤡🤡', policy: 'mess-quebec' },
      { text: 'Clowns.', policy: ON },
      'Clowns!!',
      { text: 'Bozos.', policy: 'senneterre' },
      { text: 'Morons 🙄', policy: ON },
      'Gang de ti-counes au conseil',
      { text: 'Bande de nounounes', policy: 'senneterre' },
      { text: "La préposée, c'est une vraie vache", policy: 'mess-quebec' },
      "L'inspectrice m'a répondu comme une vraie folle",
      { text: 'Le voisin qui a chialé au conseil est un vrai fou', policy: 'senneterre' },
      { text: 'Ministre = pantin. Sous-ministres = perroquets 🦜', policy: 'mess-quebec' },
      { text: "Le conseil, c'est une garderie pour adultes", policy: 'senneterre' },
      { text: "Le ministère c'est un vrai cirque", policy: 'mess-quebec' },
      { text: 'Council = daycare for grown-ups 👶', policy: ON },
      { text: 'City hall is a circus', policy: ON },
      { text: 'Faudrait engager du monde avec un cerveau au garage municipal', policy: 'senneterre' },
      { text: 'Maybe hire someone with half a brain next time', policy: ON },
      { text: 'They should hire people with a functioning brain at that office', policy: ON },
    ],
  });
});

describe('insult from staff toward the public; help for those who cannot read a chart stays ok', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      { text: "Can't read the graph? Here is a text version for screen readers", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "Si vous ne savez pas lire le graphique, appelez-nous, on va vous l'expliquer", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: 'New workshop: learn how to read a soil map, free for producers', policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "TIL the word 'pedology' makes people giggle. It means soil science, folks 😂", policy: 'ontario-specialist-accounts', kind: 'post' },
    ],
    invalid: [
      { text: "Some of you clearly can't read a chart. Not my job to fix your education 🤷", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "If you can't read a soil map, Google is free", policy: 'ontario-specialist-accounts', kind: 'post' },
      {
        text: "Certains savent même pas lire un tableau. C'est pas ma job de faire votre éducation",
        policy: 'ontario-specialist-accounts',
        kind: 'post',
      },
      { text: "Y'en a qui savent même pas lire un graphique. Retournez à l'école", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "It's not rocket science, folks. Use your brain before commenting", policy: 'ontario-specialist-accounts', kind: 'post' },
    ],
  });
});

describe('self-mockery and homonyms: the cat of a pet licence, mooring bollards, « une bête à dompter »', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      { text: "Chu tellement épais, j'ai encore oublié de sortir mon bac 🙈", policy: 'senneterre' },
      "Je suis donc ben niaiseux, j'ai raté la collecte encore",
      { text: "I'm such an idiot, I forgot to put the bin out again", policy: ON },
      { text: 'I felt like an idiot calling the wrong office, sorry!', policy: ON },
      { text: "Je me trouve tellement épais, j'ai envoyé le formulaire deux fois", policy: 'mess-quebec' },
      { text: "Pour la licence : ma chatte reste à l'intérieur, faut-il une médaille?", policy: 'senneterre' },
      "Notre chatte est stérilisée, est-ce qu'on paie moins pour la licence?",
      "Belle photo du quai! On voit les bittes d'amarrage neuves ⚓",
      { text: "La marina a remplacé les bittes d'amarrage du quai", policy: 'senneterre' },
      { text: "Retour sur la conférence : l'argile, c'est une bête à dompter. Merci!", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "Le sol gelé, c'est une bête noire pour les producteurs", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "Notre nouvelle directrice, c'est une bête de travail!", policy: 'mess-quebec' },
    ],
    invalid: ["T'es tellement épais, le maire"],
  });
  ruleTable(P, 'baie-comeau', 'obscene', {
    valid: [
      { text: "Chu tellement épais, j'ai encore oublié de sortir mon bac 🙈", policy: 'senneterre' },
      "Je suis donc ben niaiseux, j'ai raté la collecte encore",
      { text: "I'm such an idiot, I forgot to put the bin out again", policy: ON },
      { text: 'I felt like an idiot calling the wrong office, sorry!', policy: ON },
      { text: "Je me trouve tellement épais, j'ai envoyé le formulaire deux fois", policy: 'mess-quebec' },
      { text: "Pour la licence : ma chatte reste à l'intérieur, faut-il une médaille?", policy: 'senneterre' },
      "Notre chatte est stérilisée, est-ce qu'on paie moins pour la licence?",
      "Belle photo du quai! On voit les bittes d'amarrage neuves ⚓",
      { text: "La marina a remplacé les bittes d'amarrage du quai", policy: 'senneterre' },
      { text: "Retour sur la conférence : l'argile, c'est une bête à dompter. Merci!", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "Le sol gelé, c'est une bête noire pour les producteurs", policy: 'ontario-specialist-accounts', kind: 'post' },
      { text: "Notre nouvelle directrice, c'est une bête de travail!", policy: 'mess-quebec' },
    ],
    invalid: [{ text: 'Ma chatte est toute mouillée 😏 (rude)', policy: 'senneterre' }],
  });
});

describe("what stays ok beside the comparisons: an office's usefulness, pets, costumes, agendas, science", () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      { text: "Ben voyons, le ministère c'est aussi utile qu'un parapluie dans un ouragan", policy: 'mess-quebec' },
      { text: "The ministry's new portal is about as useful as a screen door on a submarine", policy: ON },
      "La nouvelle application est aussi utile qu'un cendrier sur une moto",
      { text: "Le nouveau camion est aussi rapide qu'une tortue, faudrait le faire réparer", policy: 'senneterre' },
      { text: 'Our new snowplow is as quick as a snail on that hill, please fix it', policy: ON },
      { text: "Mon chat a l'air d'un beigne quand il dort 😂", policy: 'mess-quebec' },
      { text: 'My dog looks like a potato in his new sweater', policy: ON },
      "Le maire était déguisé en clown pour l'Halloween, il avait l'air d'un clown pour vrai 😂",
      { text: "Bravo à l'équipe du génie qui a réparé le ponceau en un temps record!", policy: 'senneterre' },
      { text: 'The engineering team at city hall did it again, the bridge opened early! Great job 👏', policy: ON },
      'Ma grand-mère était une vraie folle de bingo',
      { text: 'Elle a magasiné comme une vraie folle pendant le Vendredi fou', policy: 'mess-quebec' },
      { text: 'Clowns and magicians wanted for the Winter Carnival, apply by Friday', policy: ON },
      { text: "Conseil municipal : garderie, budget et déneigement à l'ordre du jour", policy: 'senneterre' },
      { text: 'Ministère de la Famille : garderie subventionnée, nouvelles places', policy: 'mess-quebec' },
      'Le conseil municipal a approuvé le cirque au parc Saint-Georges',
      { text: 'Council approves circus permit for the fairgrounds', policy: ON },
      { text: 'Le QI moyen des enfants a augmenté selon une étude', policy: 'senneterre' },
      { text: 'Crows have the intelligence of a seven-year-old, says the biologist', policy: ON },
      { text: "Fiez-vous sur la Ville, c'est aussi utile qu'un frigo au pôle Nord", policy: 'senneterre' },
      { text: "Call them if you want, it's about as useful as a screen door on a submarine", policy: ON },
    ],
    invalid: [
      { text: 'Honestly you are about as useful as a chocolate teapot', policy: ON },
      { text: "T'es aussi utile qu'une chaudière percée, le conseiller", policy: 'senneterre' },
    ],
  });
});

describe('a second batch in other words: no apostrophes, joual subjects, ages, costumes, intensifiers (« pelleté comme un fou »)', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      { text: "Le nouveau bloc sanitaire a l'air d'une belle réussite", policy: 'senneterre' },
      "Ma fille a l'air d'une princesse dans son costume d'Halloween",
      { text: "Le formulaire est aussi clair qu'un manuel d'instructions, merci", policy: 'mess-quebec' },
      { text: 'The path is as smooth as glass now, thanks to the crew', policy: ON },
      { text: 'Honestly the new website looks like a big improvement', policy: ON },
      { text: 'Le cours de cirque pour enfants commence lundi 🤡', policy: 'senneterre' },
      'Joyeux 50e au club des clowns thérapeutiques! 🤡❤️',
      { text: "C'est un vrai plaisir de travailler avec vous", policy: 'mess-quebec' },
      { text: 'Crows are as smart as a seven-year-old in some tests', policy: ON },
      { text: 'Il neige comme un fou depuis ce matin, prudence sur la 113', policy: 'senneterre' },
      "J'ai pelleté comme un fou ce matin 😅",
      { text: "I've been shoveling like crazy, any word on the plow?", policy: ON },
      { text: "Mon fils de 5 ans écrit comme un enfant de 5 ans, c'est normal non? 😂", policy: 'mess-quebec' },
      { text: 'Le ministre a parlé comme un chef au congrès', policy: 'senneterre' },
      'La nouvelle conseillère a répondu comme une pro',
      { text: 'Our director spoke like a true leader at the vigil', policy: ON },
      { text: "La vache de Mme Gagnon s'est sauvée sur le rang 3, une vraie vache de course!", policy: 'senneterre' },
      "Le club de l'âge d'or est plein de vrais fous de cartes 😄",
      { text: 'Congrats to the genius kids of the robotics club 👏', policy: ON },
      { text: 'Merci au génie qui a pensé au stationnement pour vélos, super idée!', policy: 'mess-quebec' },
      { text: 'Conseil municipal : zonage, déneigement et loisirs', policy: 'senneterre' },
      { text: "Council: agenda for Tuesday's meeting is now online", policy: ON },
      { text: "Le ministère c'est un partenaire essentiel pour la garderie", policy: 'mess-quebec' },
      'Je suis un vrai clown à la maison, mes enfants rient tout le temps',
      { text: 'Someone with a brain injury may be eligible for a disability tax credit', policy: ON },
      { text: "Mon chat a l'air d'une patate quand il dort", policy: 'senneterre' },
      'Les moutons de la ferme école 🐑🐑 sont arrivés!',
      { text: 'Big thanks to our volunteers, the best and brightest in town ❤️', policy: ON },
    ],
    invalid: [
      { text: 'la mairesse a lair dune dinde a chaque conseil', policy: 'senneterre' },
      'Le DG ressemble à un pantin du maire',
      { text: "Les agents du 1-877 ont autant de cervelle qu'un bol de soupe", policy: 'mess-quebec' },
      { text: "Notre maire a autant de jugement qu'une huître", policy: 'senneterre' },
      "Ya l'air d'un cornichon dans son habit, le maire",
      { text: 'The councillor has about as much sense as a bag of hammers', policy: ON },
      { text: 'Your staff are as bright as a burnt-out bulb', policy: ON },
      { text: 'The mayor looks like a deer in headlights every meeting', policy: ON },
      { text: 'A trained monkey could do your job better', policy: ON },
      { text: 'My 6 year old could write a better letter than your office', policy: ON },
      { text: 'Mon chien comprendrait mieux le dossier que votre agent', policy: 'mess-quebec' },
      'Le conseil gère la ville comme des enfants de maternelle',
      { text: 'Council runs this town like a daycare', policy: ON },
      { text: 'Chapeau au génie qui a mis la patinoire au soleil 🙄', policy: 'senneterre' },
      { text: 'Whoever planned this is a real genius 👏👏👏', policy: ON },
      { text: 'Quel beau génie ce ministre, fallait le faire', policy: 'mess-quebec' },
      { text: '🤡', policy: 'senneterre' },
      { text: '🤡🤡🤡🤡', policy: ON },
      'Bozos!',
      { text: 'Sheep. 🐑', policy: ON },
      { text: 'Des clowns.', policy: 'mess-quebec' },
      'Gang de ti-clins',
      { text: "Le maire c'est un vrai porc", policy: 'senneterre' },
      "La réceptionniste c'est une vraie chipie",
      { text: 'City council = clown show', policy: ON },
      { text: 'Gouvernement = joke', policy: 'mess-quebec' },
      { text: 'Faudrait élire du monde avec une tête sur les épaules', policy: 'senneterre' },
      { text: 'Maybe elect someone with a brain next time', policy: ON },
      { text: "To the people in the comments who can't even read a chart: google is free 🤷", policy: 'ontario-specialist-accounts', kind: 'post' },
    ],
  });
});
