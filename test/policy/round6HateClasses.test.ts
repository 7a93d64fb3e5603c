// Hate classes missed in blind round 6 (writer I), each written again in our own words with the ok sentences that
// share its words: LGBTQ people called ill or contagious, the takeover told as a calendar, « retournez dans votre
// jungle », breeders, women sent home, rights denied in the next sentence, people denied their humanity, coded
// names for First Nations, neighbourhoods made foreign, language as a defect, hiring by colour, places of worship
// refused or threatened. Frames: policies/lexicons/{fr,en}/frames/hate.yml (« Blind round 6's hate classes »).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('gender identity or orientation called an illness, a contagion or a costume', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      { text: "La santé mentale des jeunes trans est plus fragile à cause de l'intimidation qu'ils vivent.", policy: 'senneterre' },
      'Trans youth face higher rates of mental illness because of discrimination, the report says.',
      { text: 'La clinique offre du soutien en santé mentale aux personnes LGBTQ et à leurs familles.', policy: 'baie-comeau' },
      'My daughter is trans and she is doing great, thank you to her teachers.',
      { text: 'Les aînés atteints de maladie mentale attendent trop longtemps pour un logement adapté.', policy: 'mess-quebec' },
      'Kids love dress-up day at the library on Saturday.',
      { text: "La grippe se propage aux jeunes comme une traînée de poudre à l'école, gardez-les à la maison.", policy: 'senneterre' },
    ],
    invalid: [
      { text: "Les trans, c'est une maladie mentale pis on laisse ça enseigner à nos enfants.", policy: 'senneterre' },
      { text: 'Ces personnes-là ont un problème dans la tête, pis les gais ça se propage aux jeunes comme une maladie.', policy: 'baie-comeau' },
      { text: "Le gars qui veut se faire appeler iel, c'est un malade mental, faut protéger nos jeunes.", policy: 'mess-quebec' },
      { text: 'les non binaires c un trouble mental, pas une identité', policy: 'senneterre' },
      'Trans people are mentally ill and we let them teach our kids.',
      'Being gay is a disease that spreads to kids if you let it.',
      {
        text: 'The gender stuff in schools has gone too far. Kids need teachers, not confused adults playing dress-up.',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      'Drag queens are just sick in the head, keep them away from schools.',
    ],
  });
});

describe('the takeover told as a calendar, a birth rate or our grandchildren’s language', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'The new arena today, a pool tomorrow: council keeps promising.',
      { text: "Ma petite-fille apprend l'arabe à l'université, elle va le parler mieux que moi dans 20 ans!", policy: 'senneterre' },
      { text: 'Le concierge va se faire remplacer pendant ses vacances.', policy: 'baie-comeau' },
      'The mosque opens its doors today for a community breakfast, all welcome.',
      { text: "On va se faire remplacer par des robots aux caisses, c'est sûr.", policy: 'mess-quebec' },
    ],
    invalid: [
      { text: 'On va se faire remplacer tranquillement, pis dans 20 ans nos petits-enfants vont parler arabe.', policy: 'senneterre' },
      'One mosque today, a whole neighbourhood tomorrow, then they simply outbreed us.',
      { text: "Une mosquée aujourd'hui, un quartier demain, c'est comme ça que ça commence.", policy: 'baie-comeau' },
      'In 20 years our grandkids will all be speaking Arabic, mark my words.',
      { text: "Les musulmans font plus d'enfants que nous autres, ils vont nous remplacer par le nombre.", policy: 'mess-quebec' },
      "They're breeding us out of our own country.",
    ],
  });
});

describe('sent back to « leur jungle », "your huts": origin as the primitive', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      { text: "On retourne dans la forêt demain pour la chasse à l'orignal.", policy: 'senneterre' },
      'The kids went back to the jungle gym after lunch.',
      { text: 'Mon fils revient de la jungle au Costa Rica, il a adoré.', policy: 'mess-quebec' },
      { text: 'Les ours retournent dans le bois quand il fait froid.', policy: 'baie-comeau' },
      'The Rainforest exhibit: go back to the jungle room after the film.',
    ],
    invalid: [
      { text: "Qu'ils retournent dans leur jungle, on n'est pas un pays de bienfaisance.", policy: 'mess-quebec' },
      { text: 'Les Africains, retournez dans votre brousse.', policy: 'senneterre' },
      "Send them back to their jungle, we don't owe them anything.",
      'Go back to your huts, nobody wants you here.',
      { text: "qu'y retourne dans sa caverne le musulman", policy: 'baie-comeau' },
    ],
  });
});

describe('women of a group called breeders, paid by « nous autres »', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      { text: 'Mes poules pondeuses ont arrêté de pondre avec le froid.', policy: 'senneterre' },
      { text: 'Les poules pondeuses de mon voisin se sont échappées encore.', policy: 'mess-quebec' },
      'Dog breeders need a municipal licence in Sudbury.',
      'The clinic supports refugee women through pregnancy and birth.',
      { text: "Le programme d'aide aux mères immigrantes est payé par Québec.", policy: 'baie-comeau' },
    ],
    invalid: [
      { text: "Les femmes voilées, c'est des pondeuses payées par nous autres.", policy: 'mess-quebec' },
      { text: "Les immigrantes c'est rien que des pondeuses à allocations.", policy: 'senneterre' },
      'Those refugee women are just breeders living off our taxes.',
      'Muslim women are baby factories paid by us.',
      { text: 'Ces femmes-là font des petits comme des lapines pour le chèque.', policy: 'baie-comeau' },
    ],
  });
});

describe('women told to stay home, drivers blamed for being women', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      { text: "Les femmes enceintes devraient rester à la maison s'il y a du verglas, dit la santé publique.", policy: 'senneterre' },
      'Women drivers are now 40% of the new truck licences in Northern Ontario.',
      { text: "Les femmes au volant d'un autobus scolaire sont de plus en plus nombreuses dans la région.", policy: 'baie-comeau' },
      "Stay home if you're sick, ladies and gentlemen, the flu clinic is Thursday.",
      { text: "La femme au volant a été blessée dans l'accident, on lui souhaite bon rétablissement.", policy: 'mess-quebec' },
    ],
    invalid: [
      { text: "Les femmes au volant l'hiver, c'est ça qui fait des morts, qu'elles restent à maison", policy: 'senneterre' },
      { text: 'Les femmes devraient rester à la maison avec les enfants, pas être sur le conseil.', policy: 'baie-comeau' },
      'Women drivers on the 401 in winter are why people die. Stay home ladies.',
      { text: "une femme au volant, c'est un danger public 🙄", policy: 'mess-quebec' },
      'Women belong at home, not running the roads department.',
    ],
  });
});

describe('a group named, then a right denied in the next sentence', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'A trans teacher won the provincial teaching award. She should be allowed to teach anywhere she wants.',
      { text: "Un prof a été suspendu. Il devrait pas avoir le droit d'enseigner après ce qu'il a fait aux élèves.", policy: 'mess-quebec' },
      { text: "Les aînés au volant? Ils ont le droit de conduire tant qu'ils passent l'examen.", policy: 'senneterre' },
      'The new trans-inclusive policy passed. Nobody should be denied the right to teach.',
      { text: 'Les Innus de Pessamit ont le droit de vote aux élections municipales depuis longtemps.', policy: 'baie-comeau' },
    ],
    invalid: [
      { text: "Un prof trans dans l'école de mon gars. Ça devrait même pas avoir le droit d'enseigner.", policy: 'mess-quebec' },
      { text: 'Des gais à la garderie? Ils devraient pas avoir le droit de travailler avec des enfants.', policy: 'senneterre' },
      "A trans teacher at my kid's school. They shouldn't even be allowed to teach.",
      "Muslims running for council? They shouldn't be allowed to hold office.",
      { text: 'Les autochtones au conseil? Ils devraient même pas avoir le droit de vote.', policy: 'baie-comeau' },
    ],
  });
});

describe('people denied their humanity', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      "Inmates in segregation were treated like they weren't human, the report says.",
      'The conditions in that jail are not humane.',
      { text: "On les a traités comme s'ils étaient pas des humains, c'est une honte.", policy: 'senneterre' },
      { text: 'Les robots ne sont pas des humains, ils ne remplaceront pas les agents.', policy: 'mess-quebec' },
      'Every person in custody is fully human and deserves dignity.',
    ],
    invalid: [
      "people with that kind of brain damage aren't fully human, you can't rehabilitate an animal",
      "Those people aren't even human.",
      { text: "Ces gens-là c'est même pas des humains.", policy: 'senneterre' },
      { text: "Les BS, c'est pas du vrai monde, c'est pas des humains.", policy: 'mess-quebec' },
      'Addicts are less than human, stop wasting money on them.',
    ],
  });
});

describe('First Nations by coded names, handout jokes and a reserve used as an insult', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'The casino in Orillia is hiring cooks and cashiers.',
      { text: 'La réserve faunique est ouverte à la chasse, vous savez qui appeler pour les permis.', policy: 'baie-comeau' },
      'The First Nation received its settlement cheque after 30 years, a long-awaited justice.',
      'Blockade season on the 17: plan your detours, says MTO.',
      { text: 'Les chèques de la Ville sont en retard, désolé aux fournisseurs 😂', policy: 'senneterre' },
    ],
    invalid: [
      'Time to shut off the gravy train for the feathers crowd.',
      'Blockade season: when the casino cheques are late 😂',
      { text: "Le campement, c'est rendu une réserve à ciel ouvert. Vous savez qui est dedans.", policy: 'baie-comeau' },
      'Every time the rez wants another cheque they block a road.',
      { text: 'Les Algonquins bloquent la route encore, le chèque doit être en retard 😂', policy: 'senneterre' },
    ],
  });
});

describe('a neighbourhood’s people made foreign (« on se serait cru à Kaboul », "needed a passport")', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'Crossing to Detroit tomorrow, need my passport lol',
      {
        text: 'Back from Iqaluit: felt like a different world, the light, the land, the people. Grateful.',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: 'On se serait cru en juillet tellement il faisait chaud 😂', policy: 'baie-comeau' },
      'My passport expired, anyone know the wait at the Service Ontario in Brampton?',
      { text: "On se croirait au Mexique avec la chaleur qu'il fait 😂", policy: 'senneterre' },
    ],
    invalid: [
      { text: 'Back from a field visit in Brampton. Felt like I needed a passport lol 🇮🇳', kind: 'post', policy: 'ontario-specialist-accounts' },
      'Went to Scarborough yesterday, felt like a foreign country lol',
      { text: 'Allé à Montréal-Nord, on se serait cru à Kaboul 😂', policy: 'baie-comeau' },
      "Drove through Surrey, didn't even feel like Canada anymore 🙄",
      { text: "J'suis allé au marché à Montréal, on se croirait plus au Québec pantoute 😂", policy: 'senneterre' },
    ],
  });
});

describe('people who « savent même pas parler », then hiring, money, hygiene or a wink', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'The ministry offers free English classes for people who can barely speak English.',
      { text: "Mon père sait à peine parler français, y'a-tu un formulaire en espagnol?", policy: 'mess-quebec' },
      { text: "Des cours de francisation pour ceux qui savent pas encore parler français, c'est gratuit.", policy: 'senneterre' },
      'My mom can barely speak English, can someone at the office help her in Italian?',
      { text: 'La Ville engage des étudiants qui parlent français et anglais cet été.', policy: 'baie-comeau' },
    ],
    invalid: [
      'Stop hiring people who can barely speak English and think hygiene is optional.',
      { text: "Arrêtez d'engager des gens qui savent même pas parler français.", policy: 'mess-quebec' },
      "Maybe stop hiring nurses who can't even speak English. Everyone knows what I mean.",
      { text: "Pourquoi on donne de l'argent à des gens qui savent même pas parler comme du monde?", policy: 'senneterre' },
      { text: 'Du monde qui parle même pas français pis qui se lave pas, on veut pas ça ici.', policy: 'baie-comeau' },
    ],
  });
});

describe('hired for a colour, a sex or a veil', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      "It's illegal to refuse to hire someone because of their skin colour.",
      { text: 'Personne devrait être refusé pour un emploi à cause de la couleur de sa peau.', policy: 'mess-quebec' },
      { text: "Elle a eu le poste parce qu'elle avait le plus d'expérience.", policy: 'senneterre' },
      'She got the job because she was the best candidate, congrats!',
      { text: "La Ville a un programme d'accès à l'égalité pour les minorités visibles.", policy: 'baie-comeau' },
    ],
    invalid: [
      { text: 'Des incompétents engagés pour leur couleur de peau.', policy: 'mess-quebec' },
      "She only got the job because she's black.",
      { text: "Il a eu le poste juste parce que c'est une femme.", policy: 'senneterre' },
      'They hired him for his skin colour, not his skills.',
      { text: 'Engagée pour sa race pis son voile, pas pour sa compétence.', policy: 'baie-comeau' },
    ],
  });
});

describe('a temple, a mosque or refugees refused; Pride sent to the big city', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      'A new pool in Timmins? No thanks, fix the roads first.',
      { text: "Du café? Non merci, j'en ai déjà pris trois.", policy: 'senneterre' },
      { text: 'La mosquée de Baie-Comeau organise un souper communautaire, tout le monde est bienvenu.', policy: 'baie-comeau' },
      "Please close the doors behind you at the refugee centre, it's cold.",
      { text: "Allez parader à Montréal pour la fierté, c'est la plus grosse de l'est!", policy: 'senneterre' },
    ],
    invalid: [
      { text: 'Un temple évangélique africain à Senneterre? Non merci, gardez vos affaires chez vous.', policy: 'senneterre' },
      { text: 'RT: "Ontario is not a refugee hotel. Close the doors." finally someone said it', kind: 'post', policy: 'ontario-specialist-accounts' },
      {
        text: "Les gais qui veulent leur drapeau sur l'hôtel de ville, allez parader à Montréal pis laissez nos enfants tranquilles 🤢",
        policy: 'senneterre',
      },
      'A mosque in Timmins? No thanks, keep that stuff where you came from.',
      { text: "Une mosquée à Baie-Comeau? On n'est pas à Montréal icitte.", policy: 'baie-comeau' },
      "Canada is not the world's hotel. Refugees can stay home.",
    ],
  });
});

describe('a place of worship beside its destruction', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      { text: "L'église Saint-Nom-de-Marie a été reconstruite après l'incendie de 1960.", policy: 'baie-comeau' },
      "The old church won't be standing for long, the diocese is demolishing it in May.",
      { text: "Le temple a besoin de bénévoles pour repeindre avant l'hiver.", policy: 'senneterre' },
      'Fire at the mosque last night, thank you to the firefighters for saving it.',
      { text: "La mosquée de Québec, on n'oubliera jamais, solidarité avec les familles.", policy: 'mess-quebec' },
    ],
    invalid: [
      { text: 'Si le temple ouvre, il restera pas debout longtemps.', policy: 'senneterre' },
      { text: 'Si la Ville donne le permis à la mosquée, le feu prend vite sur la Côte-Nord 🔥', policy: 'baie-comeau' },
      "If that mosque gets built it won't be standing for long.",
      'Build the mosque and watch it burn 🔥',
      { text: "La synagogue, un petit accident pis c'est réglé.", policy: 'mess-quebec' },
    ],
  });
});

describe('denying the illness, or reporting it said, is not the illness frame', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      "Being trans is not a mental illness, and the teachers' union said so again today.",
      { text: "Être gai, c'est pas une maladie mentale, ça fait longtemps que c'est réglé.", policy: 'senneterre' },
      { text: "Les personnes trans se font dire qu'elles sont malades dans la tête, c'est de l'intimidation.", policy: 'baie-comeau' },
    ],
    invalid: [],
  });
});

describe('people called vermin by a pronoun alone; LGBTQ denial anywhere in the comment', () => {
  ruleTable(P, 'ombudsman-ontario', 'hate', {
    valid: [
      "The ticks are out early this year, they're parasites that carry Lyme disease.",
      { text: "Les coquerelles dans le bloc, c'est de la vermine, appelez l'exterminateur.", policy: 'senneterre' },
      "They're not vermin, they're people who lost their homes.",
      { text: 'Les tiques sont des parasites, vérifiez vos chiens.', policy: 'baie-comeau' },
      { text: "La tordeuse, c'est de la vermine pour nos forêts.", policy: 'mess-quebec' },
    ],
    invalid: [
      'They\'re not "unhoused", they\'re vermin with cellphones.',
      "Newcomers? They're parasites, all of them.",
      { text: "Ce monde-là au campement, c'est de la vermine.", policy: 'senneterre' },
      { text: 'Ils sont de la vermine pis des sangsues.', policy: 'mess-quebec' },
      {
        text: "Le prof trans dans l'école de mon gars pis en plus vous voulez payer son chômage quand il va se faire renvoyer? Ça devrait même pas avoir le droit d'enseigner.",
        policy: 'baie-comeau',
      },
    ],
  });
});
