// Classes missed in blind round 4 outside hate, insult, threat and obscene, each written again in phrasings of
// our own (none is a round's text), with the everyday sentences that share their words and must stay ok: staff
// posts on the specialist accounts and in the towns (the government's mark on a personal profile, a ministry rule
// attacked, a colleague's integrity insinuated, the public snapped at, a supplier favoured, a candidate campaigned
// for, partisan praise, a business's discount in a town post, residents scolded), defamation told as a rumour,
// a complaint posted here with its details, a licence plate or a room number, a reporter who names the kind of
// outlet, a neighbour not seen for days, a private business's hours, the same question under every post, a post
// that counts itself, initials that do not match the author, and the false alarms of the same classes (how-to
// complaint questions, waiting on the Ministry's page, « sortez les bacs », a live event in English,
// counter-speech that says « réveillez-vous »).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const post = (text: string, policy: string) => ({ text, policy, kind: 'post' as const });
const sp = (text: string) => post(text, 'ontario-specialist-accounts');
const om = (text: string, extra: object = {}) => ({ text, policy: 'ombudsman-ontario', ...extra });

describe('specialist and town posts: conduct', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [
      sp('Trilliums are finally blooming along the Bruce Trail 🌸 Ontario’s floral emblem never disappoints.'),
      sp('New profile pic from the field day, thanks to our summer student for the photo!'),
      sp('Reminder: this is my personal account. For official updates, follow the ministry’s channels.'),
      sp('La nouvelle norme sur l’entreposage du fumier entre en vigueur le 1er avril; voici ce qui change pour vous.'),
      sp('The new nutrient management rule takes effect in May. Here’s a plain-language summary of the changes.'),
      sp('My colleague Dr. Singh presented her work on research integrity at the conference today. Great talk!'),
      sp('Fair question! The thread says “may”, because the data are from one season only. Happy to share them.'),
      sp('Want to learn what a p-value is? Here’s a short thread 🧵'),
      sp('Our new banner features the trilliums of Algonquin Park in bloom!'),
      sp('Thanks to everyone in my mentions for the kind words today.'),
      sp('TIL the word “pedology” makes people giggle. It means soil science, folks. Grow up 😂'),
      sp('Le programme de drainage ouvre lundi : tous les détails sont sur le site du ministère.'),
      sp('Spent the morning with growers near Exeter. The new rule will hurt nobody who already tests their soil.'),
      post('Pour ceux qui attendaient : les travaux sur la 10e avenue se terminent vendredi. Merci de votre patience!', 'senneterre'),
      post('Avant de déposer une plainte, consultez notre FAQ : la réponse s’y trouve peut-être!', 'baie-comeau'),
      post('Fun fact: the Canadian Shield is about 4 billion years old.', 'ontario-specialist-accounts'),
    ],
    invalid: [
      sp('Updated my cover photo with the ministry logo so folks know they’re getting the official word on soils.'),
      sp('Changed my avatar to the Ontario government logo. Feels more legit now 😎'),
      sp('J’ai mis le logo du gouvernement de l’Ontario sur ma bannière, pour que les gens sachent que c’est sérieux.'),
      sp('New header image! [the provincial crest and “Official account – Ministry of Agriculture”]'),
      sp('This account is now the official voice of the ministry on drainage, banner and all.'),
      sp('Whoever wrote the ministry’s new setback rule never set foot on a farm. Half-baked, sorry.'),
      sp('La nouvelle exigence du ministère sur les bandes riveraines est mal conçue, broche à foin.'),
      sp('The new manure storage standard is poorly thought out and going to hurt small growers. Don’t @ me.'),
      sp('À titre personnel : la nouvelle norme du ministère est déconnectée du terrain. Mes opinions sont les miennes.'),
      sp('Le nouveau programme va nuire aux agriculteurs de l’Est, c’est mal conçu, point.'),
      sp('Ironic to see a certain colleague lecture us on integrity while reviewing his old clients’ files. Say no more.'),
      sp('Drôle de voir un certain collègue parler d’éthique en réunion... je dis ça je dis rien 🤐'),
      sp('Ironique que quelqu’un au bureau signe des avis pour ses anciens clients. Suivez mon regard.'),
      sp('Funny to see a certain colleague suddenly care about conflicts of interest. Draw your own conclusions.'),
      sp('Some of you clearly can’t read a hydrograph. Not my job to teach you basic hydrology.'),
      sp('If you’d taken the time to read the whole thread, you’d see I said “likely”, which clearly you didn’t.'),
      sp('Si vous aviez pris la peine de lire mon fil, vous verriez que j’ai écrit « possible ».'),
      sp('Reading comprehension isn’t hard. The post says the trial is over. Educate yourself.'),
      sp('Lol, another “expert” in the replies. Maybe learn what a p-value is before replying to me.'),
      sp('Mon nouveau bandeau avec le trille de l’Ontario, ça fait pro hein? 😎'),
      sp('Petit coucou à mon ancien collègue qui donne des leçons d’éthique... on sait tous ce qu’il a fait en 2019 😏'),
      sp('Honestly the new ministry guidelines on pesticide setbacks make zero sense. Nobody consulted a farmer.'),
      sp('Fait cocasse : le dossier de Mme Tremblay a été refusé quatre fois. On a bien ri au bureau.'),
      post('Pour ceux qui chialent sur la collecte : lisez l’horaire avant de vous plaindre 🙄', 'senneterre'),
      post('Aux chialeux du déneigement : la charrue passe quand elle passe. Arrêtez de chialer.', 'baie-comeau'),
      post('Rappel aux chialeux : les cônes orange, c’est pas décoratif.', 'senneterre'),
      post('To those whining about the detour: the signs are there for a reason. Read before you complain.', 'ombudsman-ontario'),
      post('Les bacs, c’est le lundi. Pour ceux qui chiale chaque semaine, c’est écrit sur le calendrier.', 'baie-comeau'),
    ],
  });
});

describe('specialist and town posts: favouritism (commercial, and conduct on the same words)', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'commercial', {
    valid: [
      sp('Congrats to the Norfolk Growers Co-op for finishing their watershed project!'),
      sp('Thanks to everyone who stopped by the ministry booth at the farm show.'),
      sp('The best way to find a certified contractor is the ministry’s public registry.'),
      sp('Merci à l’équipe du laboratoire du ministère pour les analyses de sol!'),
      sp('Quick tip: ask your supplier for the seed lot’s germination test before you buy.'),
      sp('Call the ministry helpline for the best in-season advice.'),
      post('Merci à notre partenaire, la Caisse Desjardins, pour son appui au Festival forestier!', 'senneterre'),
    ],
    invalid: [
      sp('Shout-out to Northway Lidar — hands down the best mapping outfit in the province. Tell them I sent you!'),
      sp('For soil testing, GreenLeaf Labs is the best lab in Ontario, by far. Mention my name.'),
      sp('Pro tip: if you need tile drainage, call Van Dyk Bros. Best in the county, tell Pete I sent you.'),
      sp('Si vous cherchez un drainagiste, Drainage Boréal est le meilleur entrepreneur de l’Ontario.'),
      sp('Mon cousin vient de partir sa firme d’arpentage et le ministère lance un appel d’offres en mai. Appelez-le!'),
      sp('My brother-in-law’s consultancy is bidding on the wetland contract. They’re great, just saying 😉'),
      post('Allez essayer le nouveau resto sur la 10e avenue, c’est mon chum le proprio! Dites-lui que c’est moi qui vous envoie.', 'senneterre'),
    ],
  });
});

describe('town and specialist posts: political', () => {
  ruleTable(P, 'senneterre', 'political', {
    valid: [
      post('Le député de la circonscription sera à l’hôtel de ville jeudi pour l’annonce du financement de l’aréna.', 'senneterre'),
      post('Élections municipales le 2 novembre : voici les bureaux de vote et les heures d’ouverture.', 'senneterre'),
      post('Rappel : collecte des bacs bruns demain, sortez-les la veille au soir! Merci', 'senneterre'),
      post('Bravo à nos pompiers volontaires pour leur courage lors de l’incendie de dimanche!', 'baie-comeau'),
      post('Le conseil a adopté le budget 2025 mardi. Voici les faits saillants et la séance en vidéo.', 'baie-comeau'),
      { text: 'Bravo pour le drapeau. Ici on est du monde ouvert, quoi qu’en disent les trolls.', policy: 'senneterre' },
      sp('Election day is Thursday. Check where to vote at elections.on.ca.'),
      sp('Proud to present our drainage research to the county council tonight.'),
      sp('Volunteering for the United Way campaign at the office this week.'),
    ],
    invalid: [
      post('Enfin un gouvernement qui pense aux régions! Merci à notre député 💙', 'senneterre'),
      post('Merci au premier ministre : enfin un vrai gouvernement qui écoute les familles.', 'baie-comeau'),
      post('La mairesse a tenu bon, n’en déplaise aux détracteurs : la décision était la bonne.', 'baie-comeau'),
      post('Chapeau au maire pour son courage face aux opposants du projet!', 'senneterre'),
      post('Le conseil a eu raison, peu importe ce que disent les opposants. Bravo!', 'baie-comeau'),
      sp('Great night at the riding BBQ with our next MPP. Let’s get her elected! 🔵'),
      sp('Send him to Queen’s Park in June, folks. Help elect a farmer!'),
      sp('I’ll be volunteering for Sarah’s campaign in Guelph this weekend. Join us!'),
      sp('Finally a government that listens to farmers. Proud of our minister.'),
      sp('Council was right to approve it, no matter what the critics say. Kudos to the mayor for her courage.'),
      post('Faisons-le élire en novembre : notre prochain maire, c’est lui!', 'senneterre'),
    ],
  });
});

describe('a town post advertising a business’s discount', () => {
  ruleTable(P, 'baie-comeau', 'commercial', {
    valid: [
      post('Profitez de 10 jours de festivités au parc des Pionniers!', 'baie-comeau'),
      post('Hausse de 20 % sur le compte de taxes cette année : voici pourquoi.', 'baie-comeau'),
      post('Profitez du beau temps pour visiter nos parcs!', 'baie-comeau'),
      post('Obtenez votre vignette de stationnement 2025 en ligne dès le 15 janvier.', 'baie-comeau'),
      post('Économisez l’eau potable cet été : arrosez le soir seulement.', 'senneterre'),
    ],
    invalid: [
      post('Profitez de 15 % sur tout chez Quincaillerie Manic ce samedi!', 'baie-comeau'),
      post('Obtenez 20 % de rabais sur les pizzas chez Mario ce week-end!', 'baie-comeau'),
      post('Économisez 25 % sur les skis chez Sports Boréal, mentionnez la page de la Ville!', 'senneterre'),
      post('Bénéficiez de 10 % de réduction chez Fleuriste Lavoie pour la fête des Mères 💐', 'baie-comeau'),
      post('Profitez de 30 % sur les pneus d’hiver chez Garage Tremblay jusqu’à dimanche.', 'senneterre'),
    ],
  });
});

describe('defamation told as a rumour', () => {
  ruleTable(P, 'ombudsman-ontario', 'defamation', {
    valid: [
      om('Everybody knows inspector Jane Moss works hard; she answered my call on a Sunday.'),
      om('The clerk, Mary Lee, takes payments at the counter until 4.'),
      om('Le directeur Marc Roy a vendu des billets pour le souper-bénéfice.'),
      om('Le chauffeur de l’autobus, Luc Roy, avait bu un café avant de partir.'),
      om('According to the court, councillor Dan Holt was found guilty of fraud in 2019.'),
      om('Le directeur Paul Roy a été fraudé par un faux courriel, selon la police.'),
      { text: 'Selon le jugement de la Cour du Québec, Marc Roy vendait de la drogue depuis 2019.', policy: 'senneterre' },
    ],
    invalid: [
      om('Everyone knows councillor Mike Dunn takes money from the developers he votes for.'),
      om('Caseworker Linda Shaw sells clients’ files to collection agencies, I know it for a fact.'),
      om('La directrice Julie Caron a fraudé 300 000 $, tout le monde le sait.'),
      om('Le conseiller Marc Pelletier refile les données des citoyens à son entreprise. Je le sais de source sûre.'),
      om('Trustee Dave Cole took kickbacks from the bus company, it’s common knowledge.'),
      om('Le directeur Luc Gagnon a volé 2 millions pis le ministre le protège parce que c’est son beau-frère.'),
      om('The truck driver was Kevin Shaw from Sudbury, he was drunk, everybody at the bar knows it.'),
      { text: 'Le gérant de l’aréna, Paul Bérubé, vend de la drogue aux jeunes, je le sais de source sûre.', policy: 'senneterre' },
      { text: 'Le maire Tremblay a triché aux élections, tout le monde le sait.', policy: 'senneterre' },
    ],
  });
});

describe('a complaint posted here, with its details; how-to questions stay questions', () => {
  ruleTable(P, 'ombudsman-ontario', 'complaint', {
    valid: [
      om('Where can I file a complaint about noise from the mill at night? Thanks'),
      om('J’ai envoyé ma plainte deux fois par le formulaire. Est-ce que ça va créer deux dossiers?'),
      om('I sent my complaint through your form twice by mistake, will that open two files?'),
      { text: 'Où est-ce que je peux faire une plainte pour les chiens qui jappent la nuit?', policy: 'senneterre' },
      { text: 'Ça fait 3 semaines que j’attends une réponse pour ma demande. Comment je fais pour parler à quelqu’un?', policy: 'mess-quebec' },
      { text: 'Mon chèque est en retard de 2 jours, c’est normal avec le congé?', policy: 'mess-quebec' },
      { text: 'J’ai envoyé mes papiers il y a trois semaines et toujours rien, quel est le délai normal?', policy: 'mess-quebec' },
      om('Our report says complaints about French-language services rose this year.'),
      om('Nobody answered the survey on time, so the deadline moves to Friday.'),
      om('Is it normal that my complaint takes 3 months? I used your online form in March.'),
    ],
    invalid: [
      om('Posting my complaint here because your website crashed: Hydro One lost my account transfer twice.'),
      om('Filing this complaint here since the form won’t load — the Peel housing office denied my application with no reason.'),
      om('Ma plainte ici parce que le formulaire plante : le conseil scolaire a perdu le dossier de mon fils.'),
      om('They lost my son’s IEP application three times. I want someone to look into this.'),
      om('Your online form crashed twice so here goes: ODSP cut my benefits in May and nobody will tell me why.'),
      om('Since nobody answers the phone, I’ll write it here: the school board refused my daughter’s transport again.'),
      om('Ma mère, Rita Gagnon, chambre 14 au CHSLD de Hearst, se fait négliger. Je vous écris pour que vous enquêtiez.'),
      om('My father is being neglected at the Sudbury long-term care home, room 208. Please investigate.'),
      { text: 'Je dépose ma plainte ici : la charrue a encore bloqué mon entrée pis personne rappelle.', policy: 'senneterre' },
      { text: 'Mon dossier est bloqué depuis trois mois pis mon agente refuse de me rappeler.', policy: 'mess-quebec' },
      { text: 'Ça fait 3 semaines que j’attends, pis personne me rappelle. C’est ridicule.', policy: 'baie-comeau' },
    ],
  });
});

describe('a licence plate or a resident’s room number', () => {
  ruleTable(P, 'senneterre', 'personal_info', {
    valid: [
      'La plaque commémorative de 1950 a été réinstallée devant l’église.',
      'Le gars qui a frappé la borne-fontaine, j’espère qu’il va se dénoncer.',
      'La réunion a lieu dans la chambre de commerce à 19 h.',
      'Chambre 12 de l’hôtel Senneterre réservée pour les bénévoles du festival.',
      om('The licence plate sticker fee is gone since 2022, right?'),
    ],
    invalid: [
      'Le char qui a accroché la clôture de l’école, c’est celui à Réjean, plaque GHT 4K2.',
      'Ma voisine Lise Roy, chambre 108 au foyer Harricana, a pas eu son bain depuis une semaine.',
      om('The guy who rear-ended me drives a blue Ram, plate CBXR 412, lives on Elm.'),
      om('My aunt Rose, room 312 at the long-term care home in Timmins, has not been fed properly.'),
      'Le pick-up rouge qui roule trop vite, immatriculation K47 FTR, c’est le gars du dépanneur.',
    ],
  });
});

describe('a reporter who names the kind of outlet', () => {
  ruleTable(P, 'senneterre', 'media', {
    valid: [
      'J’ai lu ça dans un média régional, c’est vrai que la piscine ferme?',
      'Je fais un reportage pour mon cours de secondaire 3 sur notre ville, merci pour les photos!',
      'Je prépare un article pour le bulletin de l’école.',
      om('I saw it on a local outlet, is it true your office is closing in Sudbury?'),
      om('Great piece in the local paper today about your report.'),
    ],
    invalid: [
      'Bonjour, je prépare un reportage pour un média local sur le déneigement, pouvez-vous m’écrire en privé?',
      'Je fais un article pour un hebdo régional, à qui m’adresser pour parler au maire?',
      'Bonjour! Je travaille sur un reportage pour la radio communautaire, quelqu’un peut me rappeler?',
      om('Hi, I’m working on a story for a regional outlet about the report. Could someone call me?'),
      om('I’m writing a piece for a local paper, could your office comment before Friday?'),
    ],
  });
});

describe('a neighbour not seen for days', () => {
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      'Mon voisin est pas sorti de chez eux depuis 3 jours, il est en vacances au Mexique lol',
      'Le chien du voisin jappe sans arrêt depuis 3 jours, c’est-tu permis?',
      'Ma voisine est pas sortie depuis une semaine à cause du froid, elle m’a appelée pour l’épicerie.',
      'J’ai pas vu ma voisine depuis dimanche, elle est partie en voyage à Cuba',
      om('Haven’t seen my neighbour in 3 days — she’s at her cottage, so I’m watering her plants 🌱'),
      om('My neighbour’s dog keeps barking at night, who do I call about a noise bylaw?'),
    ],
    invalid: [
      'Ma voisine est pas sortie de chez elle depuis 4 jours pis le courrier s’accumule, quelqu’un peut aller voir?',
      'Le monsieur d’à côté, je l’ai pas vu depuis 3 jours, son chien jappe sans arrêt. Il vit seul.',
      'Mon voisin ouvre pas depuis hier, ses lumières sont allumées pis son char est là.',
      'Mon oncle vit seul, ça fait deux jours qu’il répond pas au téléphone pis sa galerie est pas déneigée',
      'J’ai pas vu la vieille madame d’en face depuis dimanche, ses rideaux sont fermés, ça m’inquiète',
      om('My neighbour hasn’t come out in 3 days and her dog keeps barking. She lives alone.'),
      om('Haven’t seen my neighbour for a week, mail is piling up. What do I do?'),
    ],
  });
});

describe('a private business’s hours; counter-speech that says « réveillez-vous »', () => {
  ruleTable(P, 'mess-quebec', 'off_topic', {
    valid: [
      'Est-ce que le bureau de Services Québec est ouvert le 24 juin?',
      'Ceux qui traitent les prestataires de « BS », on est en 2024, réveillez-vous. Un peu de respect.',
      'Réveillez-vous le gouvernement, le loyer coûte 1 200 $ pis l’aide augmente de 3 $.',
      { text: 'L’écocentre est-tu ouvert samedi?', policy: 'senneterre' },
      om('Wake up people, it’s 2024: calling Indigenous people names is not okay.'),
      om('Is your Toronto office open on Boxing Day?'),
    ],
    invalid: [
      'Qqun sait si le Costco de Laval est ouvert le 24 juin?',
      'Le Walmart est-tu ouvert le 1er juillet? Merci',
      'Réveillez-vous, les médias vous mentent sur l’aide sociale, partagez!',
      { text: 'Savez-vous les heures d’ouverture du Canadian Tire pendant les Fêtes?', policy: 'senneterre' },
      om('Does anyone know if the Costco in Barrie is open on Boxing Day?'),
      om('Wake up, the mainstream media won’t tell you the truth about this.'),
    ],
  });
});

describe('the same question under every post, said by the writer (Senneterre)', () => {
  ruleTable(P, 'senneterre', 'repetition', {
    valid: [
      'C’est la 3e fois que je vois un chevreuil sur la 113 cette semaine, soyez prudents',
      'Dans chaque publication vous oubliez de mettre l’heure, c’est plate.',
      'Merci pour toutes vos publications, c’est toujours clair!',
      'Ça fait 3 fois que je vous écris en privé pour mon permis, pas de réponse.',
      'Je vais continuer à lire vos publications, c’est utile!',
    ],
    invalid: [
      '5e fois que je le demande : la piscine ouvre quand?',
      'Je le recopie sous chaque publication tant que personne répond : le pont ouvre quand?',
      'Ça fait 4 fois que je le demande, pis je vais continuer à le demander : les bacs?',
      'Même message collé sous toutes les publications de la semaine : RÉPAREZ LE PONCEAU',
      'Third time I’m asking under every post: when does the arena open?',
    ],
  });
});

describe('a post that counts itself over the day’s limit (Baie-Comeau)', () => {
  ruleTable(P, 'baie-comeau', 'frequency', {
    valid: [
      post('2e publication aujourd’hui : la collecte est reportée à demain.', 'baie-comeau'),
      post('Le 3e versement de taxes est dû aujourd’hui.', 'baie-comeau'),
      post('Voici le 5e épisode de notre balado, disponible aujourd’hui!', 'baie-comeau'),
      post('Notre 10e publication de la série « Patrimoine » arrive jeudi.', 'baie-comeau'),
      { text: '3e publication aujourd’hui sur le même sujet, assez!', policy: 'baie-comeau' },
    ],
    invalid: [
      post('3e publication de la journée, désolés! Rappel : stationnement de nuit interdit.', 'baie-comeau'),
      post('[4e publication aujourd’hui] La bibliothèque ferme à 17 h.', 'baie-comeau'),
      post('5ème post aujourd’hui, promis c’est le dernier 😅', 'baie-comeau'),
      post('Third post today, sorry! The arena is closed tonight.', 'baie-comeau'),
      post('6e message du jour : n’oubliez pas le tournoi!', 'baie-comeau'),
    ],
  });
});

describe('initials that do not match the author (Ombudsman)', () => {
  ruleTable(P, 'ombudsman-ontario', 'signature', {
    valid: [
      om('Today I met the French Language Services Commissioner in Hearst. Great conversation. –PD', { kind: 'post' }),
      om('Le Commissaire aux services en français par intérim sera à Hearst jeudi. Bienvenue à toutes et à tous! -CB', { kind: 'post' }),
      om('Commissioner’s note: our annual report is out today. Merci à toutes et à tous. –CB', { kind: 'post' }),
      om('We are hiring! Apply by May 30. / Nous recrutons! Date limite : 30 mai.', { kind: 'post' }),
      om('As Ombudsman, I thank every Ontarian who reached out to us this year. –PD', { kind: 'post' }),
    ],
    invalid: [
      om('Commissioner’s note: complaints about French-language services rose this year. Thank you for writing to us. –PD', { kind: 'post' }),
      om('En tant que commissaire, je suis fier de cette victoire pour les familles francophones. –PD', { kind: 'post' }),
      om('As Ombudsman, I am proud of this report and of our team. –CB', { kind: 'post' }),
      om('Joyeuse Saint-Jean à tous! – PD (texte rédigé par l’équipe des communications)', { kind: 'post' }),
      om('Happy holidays from all of us! –CB (written by the comms team)', { kind: 'post' }),
    ],
  });
});

describe('official languages on the Ombudsman page: events and shared articles keep their language', () => {
  ruleTable(P, 'ombudsman-ontario', 'language', {
    valid: [
      om('LIVE: the Ombudsman is presenting his report on school buses at Queen’s Park. Follow along 👇', { kind: 'post' }),
      om('EN DIRECT : l’Ombudsman présente son rapport annuel à Queen’s Park. Suivez la présentation ici.', { kind: 'post' }),
      om('Via the Sudbury Star: the city responds to our report on closed meetings. (Article in English)', { kind: 'post' }),
      om('Our report on group homes is out today. English highlights here; French on @Ombudsman_ON_FR.', { kind: 'post' }),
      om('Today I tabled my annual report at Queen’s Park. Thank you to our whole team. – PD', { kind: 'post' }),
    ],
    invalid: [
      om('NEWS RELEASE: Ombudsman launches an investigation into delays at the Landlord and Tenant Board. Full release: ombudsman.on.ca', {
        kind: 'post',
      }),
      om('BREAKING: our report on long-term care inspections is out today. Read it here.', { kind: 'post' }),
      om('Communiqué : l’Ombudsman publie son rapport sur le transport scolaire. Détails sur notre site.', { kind: 'post' }),
      om('Our report on how seniors live in long-term care homes is out today.', { kind: 'post' }),
      om('Press release: the Ombudsman’s annual report shows record case numbers this year.', { kind: 'post' }),
    ],
  });
});
