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
      'My caseworker was really kind, she said to say hi to everyone at the office.',
      { text: 'Ma voisine reste sur la rue Principale, elle va venir avec moi au CLE mardi.', policy: 'mess-quebec' },
      { text: "Si vous croisez la travailleuse sociale au marché, dites-y merci de ma part, elle m'a sauvé.", policy: 'senneterre' },
      'The new MPP lives in Timmins, go see her at the town hall on Friday.',
      { text: "J'habite sur la rue Bossé pis la charrue est pas passée, allez voir l'état du trottoir.", policy: 'baie-comeau' },
    ],
    invalid: [
      'The guard from the report is Mark Dube, he lives on Elm Street in Lindsay. Go tell him what you think.',
      {
        text: "Mon agente s'appelle Julie Roy au CLE d'Amos pis elle reste sur la rue Principale. Si vous la croisez, dites-y bonjour.",
        policy: 'mess-quebec',
      },
      { text: "La travailleuse sociale qui m'a coupé, elle reste dans le rang 4, allez la voir.", policy: 'senneterre' },
      'That caseworker lives at 14 Pine, if you see her let her know how we feel.',
      { text: 'Le contremaître des cols bleus habite sur la rue Bossé, allez y dire bonjour de ma part.', policy: 'baie-comeau' },
    ],
  });
});

describe("a third person's stigmatized health, or their welfare told to their face", () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      'The report says HIV positive inmates wait weeks for their medication.',
      { text: "Je suis séropositive et j'aimerais savoir si j'ai droit à des prestations.", policy: 'mess-quebec' },
      'My mother has dementia and the home lost her glasses again, please look into it.',
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

describe('a photo that shows a file, a binder or a whiteboard, or people who never agreed', () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      {
        text: 'Great visit to the long-term care home today! [photo of the garden with staff, shared with permission]',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: "Nos agents sont prêts pour la rentrée! [photo de l'équipe devant le CLE]", kind: 'post', policy: 'mess-quebec' },
      { text: "Quelques photos de la fête de quartier hier soir, merci à tous d'être venus!", kind: 'post', policy: 'baie-comeau' },
      {
        text: "Photos from the evacuation centre, shared with the families' permission. Thank you to volunteers.",
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: "She doesn't know we're planning a surprise party for her retirement, shhh!", kind: 'post' },
    ],
    invalid: [
      {
        text: 'Great visit to the long-term care home today! [photo at nursing station, a resident care binder open on the counter]',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      {
        text: 'Félicitations à notre cliente qui retourne au travail! [photo prise au CLE, son dossier visible sur le bureau]',
        kind: 'post',
        policy: 'mess-quebec',
      },
      {
        text: "Quelques photos prises en cachette à l'hébergement d'urgence hier soir, on voit bien la détresse des familles.",
        kind: 'post',
        policy: 'baie-comeau',
      },
      {
        text: 'Snapped a few pics of the evacuees at the arena without them knowing, such resilience 💔',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: "Spoke with the mother of the teen killed on Hwy 11. She doesn't know I'm posting this but people need to hear it.", kind: 'post' },
      { text: "J'ai parlé à la mère du jeune, elle sait pas que je publie ça mais le monde doit savoir.", kind: 'post', policy: 'senneterre' },
    ],
  });
});

describe('a person named and where they lie in hospital', () => {
  ruleTable(P, 'ombudsman-ontario', 'personal_info', {
    valid: [
      {
        text: 'The officer injured at the blockade is recovering, says OPP. Our thoughts are with the family.',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: 'Le pompier blessé samedi va bien, selon le Service incendie. Merci aux ambulanciers.', kind: 'post', policy: 'baie-comeau' },
      { text: "L'hôpital de Val-d'Or a ouvert 10 lits de plus aux soins intensifs cet hiver.", kind: 'post', policy: 'senneterre' },
    ],
    invalid: [
      {
        text: 'Update: the officer injured is Const. M. Leblanc, currently at North Bay Regional, ward 4, if folks want to send cards.',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      {
        text: "Le pompier blessé, M. Tremblay, est à l'hôpital de Baie-Comeau, chambre 312, si vous voulez lui écrire.",
        kind: 'post',
        policy: 'baie-comeau',
      },
      { text: "Mme Gagnon est aux soins intensifs à Val-d'Or depuis l'évacuation, envoyez-lui vos pensées.", kind: 'post', policy: 'senneterre' },
    ],
  });
});

describe('a vote steered in a referendum or a register, or "accordingly"', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'political', {
    valid: [
      { text: "Le registre pour le règlement d'emprunt est ouvert de 9 h à 19 h à l'hôtel de ville.", kind: 'post', policy: 'baie-comeau' },
      { text: 'Référendum dimanche : les bureaux de vote sont ouverts de 10 h à 20 h au centre communautaire.', kind: 'post', policy: 'senneterre' },
      { text: 'Residents can vote yes or no on the ward boundary question at any polling station.', kind: 'post', policy: 'ombudsman-ontario' },
      { text: 'Reminder: advance polls open Saturday. Bring ID. Every vote counts.', kind: 'post' },
      { text: 'La Ville invite les citoyens à voter aux élections municipales du 2 novembre.', kind: 'post', policy: 'baie-comeau' },
    ],
    invalid: [
      {
        text: 'En tant que conseiller, je vous invite à voter NON au registre sur le nouveau garage. Protégeons nos taxes!',
        kind: 'post',
        policy: 'baie-comeau',
      },
      { text: "Votez oui au référendum dimanche, c'est l'avenir de Senneterre qui se joue.", kind: 'post', policy: 'senneterre' },
      { text: 'Cutting the fire ranger budget was reckless and the minister knows it. Vote accordingly next June.', kind: 'post' },
      { text: "Vote no on the ward boundary question, it's a power grab.", kind: 'post', policy: 'ombudsman-ontario' },
      { text: 'Souvenez-vous de ça quand viendra le temps de voter, votez en conséquence.', kind: 'post', policy: 'mess-quebec' },
    ],
  });
});

describe('a party attacked, a government praised, a side taken on a strike', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'political', {
    valid: [
      { text: "The previous budget funded 40 new fire rangers; this year's adds 12 more, according to the ministry.", kind: 'post' },
      { text: 'Door-knocking season for the census: enumerators will visit homes in Kenora this weekend.', kind: 'post' },
      { text: 'Strike update: service centres are closed Monday. Check ontario.ca for the list of open offices.', kind: 'post' },
      { text: 'Le ministre a annoncé 2 M$ pour la forêt du Nord, voici les détails du programme.', kind: 'post', policy: 'senneterre' },
      { text: "Au moins 40 personnes ont assisté à la séance d'information du ministère hier.", kind: 'post' },
    ],
    invalid: [
      { text: "Les libéraux n'ont jamais rien fait pour les forêts du Nord. Au moins ce gouvernement-ci agit.", kind: 'post' },
      { text: 'The Liberals never did anything for northern forests, at least this government shows up.', kind: 'post' },
      { text: "Can't comment on the strike officially, but let's just say everyone knows which side I'm on ✊", kind: 'post' },
      {
        text: 'Proud to be door-knocking for my friend Sarah in Kenora–Rainy River this weekend! Northern Ontario needs real PC leadership 💙',
        kind: 'post',
      },
      { text: "Le PQ a jamais rien fait pour l'Abitibi, faut le dire.", kind: 'post', policy: 'senneterre' },
    ],
  });
});

describe('a public servant who says "my own views" beside a minister, a party, a vote or a strike', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'political', {
    valid: [
      { text: 'Views my own: spring is the best time to see the boreal forest in bloom 🌲', kind: 'post' },
      { text: 'Personal note: thank you to every fire ranger who kept Sandy Lake safe this summer.', kind: 'post' },
      { text: 'À titre personnel, je tiens à remercier mon équipe pour cette belle année.', kind: 'post' },
      { text: 'The minister visited the Thunder Bay fire base today with our crews.', kind: 'post' },
      { text: 'Opinions my own: the best butter tarts are in Kenora, fight me 😄', kind: 'post' },
    ],
    invalid: [
      { text: 'Personal view after 30 years as a forester: the minister got this one wrong.', kind: 'post' },
      { text: 'Je le dis comme citoyen, pas comme sous-ministre adjoint : ce gouvernement coupe au mauvais endroit.', kind: 'post' },
      { text: "Opinions my own, but the cuts to the ministry's budget are a disgrace. #ONpoli", kind: 'post' },
      { text: 'À titre personnel : la grève est justifiée et le gouvernement devrait négocier.', kind: 'post' },
      { text: "Speaking as a private citizen here: the government's new policy is a mistake.", kind: 'post' },
    ],
  });
});

describe('a city that takes a side in a strike or a dispute', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'political', {
    valid: [
      {
        text: 'Grève des cols bleus : la collecte des ordures est reportée. La Ville et le syndicat se rencontrent jeudi.',
        kind: 'post',
        policy: 'baie-comeau',
      },
      { text: 'La Ville appuie les familles dans la lutte contre le cancer, venez marcher dimanche.', kind: 'post', policy: 'baie-comeau' },
      { text: "Le syndicat des pompiers a abandonné ses moyens de pression, la Ville salue l'entente.", kind: 'post', policy: 'baie-comeau' },
      { text: 'La Ville soutient les sinistrés des feux de forêt, voici les ressources disponibles.', kind: 'post', policy: 'baie-comeau' },
      { text: 'The ministry and the union reached a tentative agreement today; details to follow.', kind: 'post' },
    ],
    invalid: [
      {
        text: 'Grève des cols bleus : la Ville déplore que le syndicat prenne les citoyens en otage avec des demandes irréalistes.',
        kind: 'post',
        policy: 'baie-comeau',
      },
      {
        text: 'La Ville de Baie-Comeau appuie entièrement les Innus de Pessamit dans leur conflit avec Hydro-Québec ✊',
        kind: 'post',
        policy: 'baie-comeau',
      },
      {
        text: "La Ville soutient les propriétaires riverains dans leur bataille contre le ministère de l'Environnement.",
        kind: 'post',
        policy: 'baie-comeau',
      },
      { text: 'Le syndicat des pompiers fait des demandes irresponsables pendant que les citoyens paient.', kind: 'post', policy: 'baie-comeau' },
      { text: 'The union is holding Ontarians hostage with unrealistic demands.', kind: 'post' },
    ],
  });
});

describe("a public servant's post that runs down their own ministry's plan or directive", () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [
      { text: 'Our LTC staffing plan adds 300 nurses this year; here is how it will work in the north.', kind: 'post' },
      { text: "I made a mistake in yesterday's post: the clinic closes at 6, not 8. Sorry for the confusion.", kind: 'post' },
      { text: 'The new segregation directive takes effect Monday; the ministry will report on it in June.', kind: 'post' },
      { text: 'Le nouveau plan de dotation est en ligne, voici ce qui change pour les foyers du Nord.', kind: 'post' },
      { text: 'Theatre night in Thunder Bay: our fire crews were honoured at the Magnus. Nothing but pride!', kind: 'post' },
    ],
    invalid: [
      { text: "Our LTC staffing plan will not work. I said so in three internal meetings, nobody listened, so I'm saying it here.", kind: 'post' },
      { text: "Closing the walk-in clinics across the north was a mistake by this ministry. I'll say it even if it costs me.", kind: 'post' },
      { text: 'Honestly the new segregation directive we just rolled out is theatre. Nothing will change on the ground.', kind: 'post' },
      { text: "Le nouveau plan de dotation marchera pas, je l'ai dit en réunion interne pis personne a écouté.", kind: 'post' },
      { text: "La nouvelle directive sur les feux, c'est du théâtre. Rien va changer sur le terrain.", kind: 'post' },
    ],
  });
});

describe('a reply to criticism that waves it off', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [
      { text: 'Some people say the evacuation numbers were wrong yesterday: they were, here is the correction.', kind: 'post' },
      { text: 'Floods are part of life in the north now, and we have to deal with it together.', kind: 'post' },
      { text: 'Certains disent que la carte des feux est difficile à lire : voici une nouvelle version.', kind: 'post' },
      { text: 'To everyone who asked: yes, the numbers were updated at 9 am. Thanks for your patience.', kind: 'post' },
      { text: 'Sit down with your family tonight and make an evacuation plan 🏠', kind: 'post' },
    ],
    invalid: [
      {
        text: "Some people say I got the evacuation numbers wrong yesterday. I'm not deleting anything. Numbers are numbers, deal with it.",
        kind: 'post',
      },
      { text: 'To the guy who keeps replying "do your job": I was at the fire line at 3 am. Sit down.', kind: 'post' },
      { text: 'Certains disent que mes chiffres sont faux. Je retire rien, arrangez-vous avec ça.', kind: 'post' },
      { text: "To those saying my burn map is wrong: stay mad, it's staying up.", kind: 'post' },
      { text: 'People are saying the forecast was off. Get over it.', kind: 'post' },
    ],
  });
});

describe('a specialist account written by staff, and a City worker who speaks in its name', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [
      { text: 'Huge thanks to the comms team for the new wildfire maps on ontario.ca!', kind: 'post' },
      { text: "Merci à l'équipe des communications pour la belle campagne sur les feux.", kind: 'post' },
      { text: 'I write every post on this account myself, typos included 😅', kind: 'post' },
      { text: "Je suis aux travaux publics depuis 20 ans pis j'ai jamais vu une tempête de même!", policy: 'baie-comeau' },
      { text: 'Chu col bleu à la retraite, bravo aux gars de la Ville pour le déneigement.', policy: 'senneterre' },
    ],
    invalid: [
      { text: "Huge thanks to the comms team who write and schedule all my posts here. Couldn't run this account without them!", kind: 'post' },
      { text: "Merci à l'équipe des communications qui écrit et programme toutes mes publications!", kind: 'post' },
      { text: "My staff manage this account for me, so reply here and they'll pass it on.", kind: 'post' },
      { text: 'Je suis aux travaux publics pis je vous le dis au nom de la Ville : la collecte reprend lundi.', policy: 'baie-comeau' },
      { text: 'Chu col bleu à la Ville, je vous le confirme : le chemin ouvre demain.', policy: 'senneterre' },
    ],
  });
});

describe('a street fixture broken for weeks, and who to call', () => {
  ruleTable(P, 'baie-comeau', 'complaint', {
    valid: [
      'Avis : le lampadaire brisé sur la rue Bossé sera réparé cette semaine par nos équipes.',
      { text: 'Merci à la Ville, la lumière de rue brûlée a été changée en deux jours!', policy: 'senneterre' },
      { text: 'Crews will repair the streetlights on Main over the next two weeks.', policy: 'ombudsman-ontario' },
      'Les lumières de Noël du parc seront allumées dans deux semaines!',
      { text: 'How many weeks does it take to get a pothole fixed in general? Just curious for a school project.', policy: 'ombudsman-ontario' },
      {
        text: "Le numéro pour les requêtes c'est bien le 819 555-0100? Ça fait 3 semaines que la lumière de rue devant chez nous est brûlée.",
        policy: 'senneterre',
      },
      { text: 'Is this the number for requests? The streetlight on our corner has been out for weeks.', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      "Bonjour, ça fait deux semaines que la lumière de rue en face de chez nous est brûlée, mes enfants attendent l'autobus dans le noir. Qui je dois appeler?",
      { text: 'Le lampadaire au coin de la 10e est brisé depuis trois semaines, y fait noir comme chez le loup.', policy: 'senneterre' },
      "Ça fait un mois que le nid de poule devant l'école est pas réparé, qui j'appelle?",
      { text: 'The streetlight on our corner has been burnt out for weeks, who do I call?', policy: 'ombudsman-ontario' },
      { text: 'That pothole on Main has been there for two months, still not fixed.', policy: 'ombudsman-ontario' },
    ],
  });
});

describe('a hazard told as it happens, and a relative missing in the evacuated zone', () => {
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      { text: 'Hydro-Québec a réparé les fils tombés rue Bossé hier, merci aux équipes.', policy: 'baie-comeau' },
      "Les étincelles du feu d'artifice ce soir au parc, c'était beau!",
      { text: 'Sparks flew at council last night over the budget lol', policy: 'ombudsman-ontario' },
      'Mon père répond plus au téléphone ce matin, il doit être à la pêche lol',
      { text: "My dad never answers his phone in the morning, he's at the rink 😂", policy: 'ombudsman-ontario' },
    ],
    invalid: [
      { text: "Il y a un gros arbre tombé sur les fils rue Bossé, ça fait des étincelles!! Quelqu'un???", policy: 'baie-comeau' },
      "Le fil d'Hydro est par terre devant chez nous pis ça fait des étincelles",
      { text: "A power line is down on Elm and it's sparking, anyone???", policy: 'ombudsman-ontario' },
      "Mon père est parti en VTT vers le lac ce matin malgré l'ordre d'évacuation pis il répond plus au cell. Aidez-moi svp",
      {
        text: "My dad went back for the dog this morning despite the evacuation order and he's not answering his phone. Please help",
        policy: 'ombudsman-ontario',
      },
    ],
  });
});

describe('a deal or a bargaining position let out before it is public', () => {
  ruleTable(P, 'baie-comeau', 'confidential', {
    valid: [
      { text: 'La Ville a acheté le vieux garage de la 2e rue, le contrat a été signé jeudi au conseil public.', kind: 'post' },
      { text: 'Coffee and planning for the wildfire season ☕ [photo of the briefing room]', kind: 'post', policy: 'ontario-specialist-accounts' },
      { text: "En primeur : la programmation du festival d'été est en ligne!", kind: 'post', policy: 'senneterre' },
      {
        text: "The union rejected the employer's final offer yesterday, according to both parties' public statements.",
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: "Photo de la réunion du conseil d'hier soir, merci aux citoyens présents.", kind: 'post' },
    ],
    invalid: [
      { text: "Petite primeur : la Ville achète le vieux garage de la 2e rue, l'offre est à 400 000 $ pis on signe jeudi!", kind: 'post' },
      {
        text: 'Coffee and bargaining prep ☕ [photo of the briefing room; whiteboard behind reads "final offer 3% / walkaway 4%"]',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: "En primeur : on signe lundi l'offre d'achat du terrain de l'aréna 🤫", kind: 'post', policy: 'senneterre' },
      {
        text: 'Scoop: our final offer goes to the union tomorrow, and the walkaway is higher than they think.',
        kind: 'post',
        policy: 'ontario-specialist-accounts',
      },
      { text: 'Réunion de négociation ce matin [photo : tableau blanc en arrière avec notre offre finale et notre plancher]', kind: 'post' },
    ],
  });
});

describe('a named person said to burn their own buildings, take a cut, or sell their research', () => {
  ruleTable(P, 'baie-comeau', 'defamation', {
    valid: [
      "Le propriétaire a mis le feu à ses feuilles mortes dans sa cour, c'est interdit en été?",
      { text: "J'ai touché ma part de l'héritage, ça va payer mes taxes.", policy: 'senneterre' },
      { text: 'The landlord was found guilty of insurance fraud, the court ruled Tuesday.', policy: 'ombudsman-ontario' },
      "Les enveloppes pour le vote par correspondance sont arrivées à l'hôtel de ville.",
      { text: 'Everyone got their cut of the pizza at the council open house 🍕', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      "Le propriétaire des Immeubles du Golfe met le feu à ses propres blocs pour l'assurance.",
      "L'ancien directeur passe en procès, mais le DG actuel a touché sa part aussi, j'ai vu les enveloppes.",
      { text: 'Le maire a touché sa part sur le contrat de déneigement, tout le monde le sait.', policy: 'senneterre' },
      { text: 'The landlord on Elm sets fire to his own buildings for the insurance money.', policy: 'ombudsman-ontario' },
      { text: 'The deputy mayor took his cut on the arena deal, ask anyone.', policy: 'ombudsman-ontario' },
    ],
  });
});

describe("one supplier praised and every other bidder run down in a public servant's post", () => {
  ruleTable(P, 'ontario-specialist-accounts', 'commercial', {
    valid: [
      { text: 'The tender for wildfire sprinkler kits is open to every supplier until May 3 on the Ontario Tenders Portal.', kind: 'post' },
      { text: 'Every other week, our crews test the sprinkler kits at the Dryden base.', kind: 'post' },
      { text: "Les autres fournisseurs intéressés peuvent soumettre jusqu'au 3 mai.", kind: 'post' },
      { text: 'Only one week left to apply for the FireSmart grant!', kind: 'post' },
      { text: 'The other bidders will be notified of the results by e-mail.', kind: 'post' },
    ],
    invalid: [
      {
        text: "Only one supplier I'd trust for wildfire sprinkler kits: FireGuard North. Every other vendor bidding on the provincial contract sells junk.",
        kind: 'post',
      },
      { text: 'Every other supplier on that tender is a rip-off, go with Boreal Pumps.', kind: 'post' },
      { text: 'Pour les gicleurs, les autres fournisseurs vendent de la scrap, prenez Nord Protection.', kind: 'post' },
      { text: 'All the other bidders are amateurs compared to North Shore Labs.', kind: 'post' },
      { text: "Only one contractor I'd trust with culverts, and it's Lakehead Civil.", kind: 'post' },
    ],
  });
});
