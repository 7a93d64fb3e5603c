// Classes found in blind round 5 (writers G and H) outside the hate, threat and insult classes of round 4: false
// alarms (sports talk, a pet, self-mockery, abuse received and reported, idioms, questions about what the office
// takes, civil criticism, a reporter's question, a job fair, a reply in French, staff who called the ambulance, a
// cousin's work permit) and misses (a third person exposed, leaks, employees speaking for the City, posts that
// mislead, copyright, frequency, scams and petitions, hazards told as they happen, complaints told as a story).
// Every phrasing here is our own; each class has the everyday sentences that share its words.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/policy/check.js';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const at =
  (policy: string) =>
  (text: string, extra: object = {}) => ({ text, policy, ...extra });
const om = at('ombudsman-ontario');
const bc = at('baie-comeau');
const spec = at('ontario-specialist-accounts');
const post = { kind: 'post' as const };

describe('sports talk is no threat; a threat at a person or a group at the game still is', () => {
  ruleTable(P, 'senneterre', 'threat', {
    valid: [
      'On les a massacrés 6-1 en finale du tournoi pee-wee! Bravo les gars 🏒',
      'On va les tuer samedi au tournoi, venez nous encourager!',
      'Nos bantams les ont écrasés 5-0 au hockey, quelle game',
      om('We destroyed them 5-0 at the staff hockey game lol'),
      om('Absolutely murdered them in overtime, what a final. Go team!'),
      om('Our curling team is going to crush them at the bonspiel playoffs, come cheer'),
    ],
    invalid: [
      'Je vais te tuer après le match, mon gars.',
      "L'arbitre de la finale, on va le tuer.",
      'Les Innus au tournoi de hockey, on va les tuer un par un.',
      om("Those immigrants at the hockey game, we'll kill them all."),
      om("If the mayor shows up at the playoff game I'll kill him."),
    ],
  });
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      'Le gardien était en feu hier soir, il a tout arrêté!',
      'Notre compteur est en feu cette saison, 30 buts déjà',
      om('The goalie was on fire in the third period'),
      om('That band was on fire tonight at the festival, thanks for organizing'),
      om('Our team is on fire this season!'),
    ],
    invalid: [
      'Le garage à côté de l’aréna est en feu, appelez les pompiers!',
      om('The house across from the arena is on fire right now, call 911!'),
      'Y a un chalet en feu au bout du rang 4',
      om('My neighbour’s shed is on fire and spreading to the fence'),
      'Le camion de la ville est en feu sur la 113!!',
    ],
  });
});

describe('a pet « chienne », the insult at a woman', () => {
  ruleTable(P, 'senneterre', 'obscene', {
    valid: [
      "J'ai perdu ma chienne Bella hier soir près du pont, husky grise. Elle mord pas 🙏 La fourrière est ouverte?",
      'Ma chienne s’est sauvée ce matin, un labrador noir avec un collier rouge.',
      'Où est-ce qu’on peut promener ma chienne l’hiver? Le parc canin est fermé.',
      'Notre chienne a eu ses vaccins, faut-tu une médaille de la ville?',
      'Trouvé une chienne beagle près de l’aréna, elle jappe pas, écrivez-moi',
    ],
    invalid: [
      'La conseillère est une chienne.',
      'Ta gueule ma chienne',
      'La mairesse c’est une vraie chienne, elle mord tout le monde.',
      'Maudite chienne de greffière',
      'Cette chienne-là devrait démissionner',
    ],
  });
});

describe('insults said of oneself are no insult; at someone, still one', () => {
  ruleTable(P, 'ombudsman-ontario', 'insult', {
    valid: [
      "I'm such an idiot, I sent my complaint to the Patient Ombudsman instead of you.",
      'Genuine question, not trying to be a jerk.',
      'I feel like a total moron, I forgot to sign the form.',
      at('senneterre')('Chu tellement épais, j’ai mis mon bac le mauvais jour.'),
      at('senneterre')('Sans vouloir être con, c’est quand la collecte?'),
      bc('Je suis un imbécile, j’ai oublié mon permis au bureau.'),
      at('senneterre')("L'Ombudsman c'est un chien de garde sans dents tant que les recommandations sont pas obligatoires."),
    ],
    invalid: [
      "You're such an idiot.",
      "I'm surrounded by idiots at this office.",
      at('senneterre')('Chu tanné de ces imbéciles au conseil.'),
      at('senneterre')('Le maire c’est un chien.'),
      bc('Sans vouloir être méchant, t’es un imbécile.'),
    ],
  });
});

describe('abuse received and reported is counter-speech', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      "Mon gars s'est fait dire 'retourne dans ta réserve' à l'école la semaine passée. C'est important que la ville fasse des campagnes comme celle-là.",
      bc('Ma blonde s’est fait traiter de « sale immigrée » au dépanneur. On veut juste vivre en paix.'),
      om('My daughter was told "go back to where you came from" at the ServiceOntario counter. Glad you’re looking into it.'),
      om('I was called a "dirty frog" at work for speaking French. Does the Commissioner handle that?'),
      'Mon père s’est fait crier « retourne dans ton pays » à l’épicerie. Merci à la caissière qui l’a défendu.',
    ],
    invalid: [
      'Retourne dans ta réserve.',
      "Qu'ils retournent dans leur réserve.",
      'Qu’ils retournent dans leur pays.',
      'Les immigrés, retournez chez vous.',
      'Retourne dans ton pays.',
    ],
  });
});

describe('idioms and good news read as defamation, a threat or an insult', () => {
  ruleTable(P, 'baie-comeau', 'defamation', {
    valid: [
      'ptdr le goéland qui a volé le hot-dog du maire au festival 😂😂',
      'Le raton laveur a volé le lunch du conseiller pendant la corvée 😂',
      at('senneterre')('La scierie embauche-tu encore? mon cousin du Burkina Faso arrive en janvier avec un permis de travail'),
      'Ma cousine Julie Tremblay a eu la job de sauveteuse cet été, fière d’elle!',
      'Mon beau-frère Marc Gagnon a eu son permis de construction, merci au service d’urbanisme',
    ],
    invalid: [
      'Le maire a volé l’argent du festival.',
      'Le conseiller a donné le contrat de déneigement à son cousin.',
      'La directrice Julie Roy a volé dans la caisse.',
      'Le maire a donné la job à sa blonde.',
      'M. Roy a volé des fonds de la ville.',
    ],
  });
  ruleTable(P, 'senneterre', 'threat', {
    valid: [
      "Ma fille a fait une crise d'épilepsie à l'aréna samedi pis les employés ont été parfaits, ils ont appelé l'ambulance tout de suite. Merci du fond du cœur",
      'Le préposé a appelé le 911 pis les ambulanciers sont arrivés vite quand mon père est tombé. Merci!',
      om('My dad collapsed at the ServiceOntario office and the staff called an ambulance right away. Thank you to them.'),
      om('The lifeguard did first aid until the paramedics got there and the ambulance took her. Thanks to the staff.'),
      'Merci au personnel de la piscine qui a appelé l’ambulance pour mon gars.',
    ],
    invalid: [
      "Le maire va sortir de l'hôtel de ville en ambulance si je le croise.",
      'Le conseiller va finir à l’hôpital, je vous le promets.',
      om('That inspector is going out feet first next time.'),
      'La mairesse va sortir en civière de la prochaine séance.',
      om('That inspector will leave in a body bag.'),
    ],
  });
  ruleTable(P, 'mess-quebec', 'insult', {
    valid: [
      { text: "Vous cherchez un emploi en Abitibi-Témiscamingue? Le Salon de l'emploi se tiendra le 15 mars à Val-d'Or.", ...post },
      { text: 'Vous cherchez un emploi d’été? Services Québec vous aide.', ...post },
      { text: 'Nous pouvons vous aider à vous chercher un emploi qui vous convient.', ...post },
      { text: 'Vous cherchez un emploi à temps partiel? Voici les offres de la semaine.', ...post },
      { text: 'Vous cherchez un emploi? Consultez Québec emploi.', ...post },
    ],
    invalid: [
      { text: 'Avant de critiquer la réforme, vous pourriez peut-être vous chercher un emploi comme tout le monde.', ...post },
      { text: 'Allez donc vous chercher un emploi au lieu de chialer.', ...post },
      { text: 'Allez-vous chercher un emploi, ça va vous occuper.', ...post },
      { text: 'Vous devriez vous chercher un emploi.', ...post },
      { text: 'Au lieu de chialer, trouvez-vous un emploi.', ...post },
    ],
  });
});

describe('questions about which complaints the office takes; complaints told as a story', () => {
  ruleTable(P, 'ombudsman-ontario', 'complaint', {
    valid: [
      'Est-ce que vous traitez les plaintes contre Hydro Ottawa?',
      'Do you handle complaints about Hydro Ottawa?',
      'Does your office take complaints about school boards, or only ministries?',
      'Vous occupez-vous des plaintes contre les municipalités?',
      'Est-ce que vous pouvez enquêter sur une université? Juste une question générale, pas une plainte.',
      "I'm such an idiot, I sent my complaint to the Patient Ombudsman instead of you. Do I have to redo it?",
      'Honnêtement je me trouve nono, j’ai envoyé ma plainte deux fois par le formulaire. Ça va créer deux dossiers?',
      'Les réunions à huis clos du conseil de Casselman sont un problème depuis des années. Content de voir que vous enquêtez enfin.',
      'Will you investigate the Laurentian situation? Curious.',
    ],
    invalid: [
      'My mother has bedsores and the home won’t return my calls. I want the Ombudsman to investigate them NOW.',
      "Our council held a secret meeting to sell the park. I'm asking your office to investigate that meeting.",
      'The Ontario Works officer refused my application. Please sir investigate this matter.',
      'Mon fils est en isolement depuis 19 jours au centre de détention. Intervenez!',
      "L'employée m'a dit de parler anglais comme tout le monde. Je veux que ce soit enquêté.",
      'Je demande à votre bureau d’enquêter sur mon conseil municipal.',
    ],
  });
  ruleTable(P, 'baie-comeau', 'complaint', {
    valid: [
      'La rue a été grattée ce matin, merci aux cols bleus!',
      'Où est-ce que je peux faire une plainte pour le bruit? Merci',
      'Nos pneus d’hiver sont posés, prêts pour la neige!',
      'Who do I call to book the arena?',
      'Le chemin du lac sera déneigé demain selon l’horaire',
    ],
    invalid: [
      'La rue Jalbert a pas été grattée depuis dimanche.',
      'Mon entrée a jamais été déblayée cet hiver.',
      'Les 2 pneus de ma blonde sont finis à cause du nid de poule sur Lasalle.',
      'My tap water has been brown for three days. Nobody answers at city hall.',
      'Le rang 2 a encore pas été sablé, c’est une patinoire.',
    ],
  });
});

describe('the Ombudsman: criticism of a government is welcome, election calls are not; a reporter gets the media reply', () => {
  ruleTable(P, 'ombudsman-ontario', 'political', {
    valid: [
      'The Ford government has ignored this office on long-term care for years and it shows. Shameful.',
      'Le gouvernement Ford ignore vos recommandations sur les foyers depuis des années. C’est honteux.',
      'The Liberals did nothing on this file either when they were in power.',
      'Conservatives and Liberals alike have failed children in care.',
      'Is the NDP’s bill on oversight something your office supports? Just curious.',
    ],
    invalid: [
      'Vote Conservative June 2nd! Doug gets it done 💙💙',
      'Vote Ford out on Feb 27!! Orange wave 🧡',
      'Votez NPD le 2 juin, c’est le seul parti qui défend les aînés.',
      'Re-elect our MPP, four more years!',
      { text: 'Proud to see @OntarioNDP finally push for real oversight of long-term care.', ...post },
    ],
  });
  it('a reporter asking who to call stands, with the media reply to give', () => {
    for (const text of [
      "Hi, reporter with the Sudbury Star here. Who's the best contact for comment on the Laurentian report?",
      'Journaliste au Droit : à qui m’adresser pour une entrevue sur le rapport?',
    ]) {
      const r = check(P().get('ombudsman-ontario')!, text, { kind: 'comment' });
      const media = r.findings.filter((f) => f.category === 'media');
      expect(media.length, text).toBeGreaterThan(0);
      expect(media.every((f) => f.action === 'note' && f.reply !== undefined)).toBe(true);
      expect(r.verdict).toBe('ok');
    }
  });
  ruleTable(P, 'ombudsman-ontario', 'language', {
    valid: [
      { text: 'Merci pour votre commentaire. Nos recommandations ne sont pas contraignantes; le détail est dans notre rapport annuel.', ...post },
      { text: 'Thanks for your question! The details are in our annual report.', ...post },
      { text: 'Via the Toronto Star: Province to review inspections following our report. (Article in English)', ...post },
      { text: 'LIVE from Queen’s Park: the Ombudsman is presenting his report now.', ...post },
      { text: 'Our annual report is out. Highlights in English below; French on @Ombudsman_ON_FR.', ...post },
    ],
    invalid: [
      {
        text: 'Rapport annuel 2023-2024 : notre Bureau a reçu 27 000 plaintes cette année.\n(version anglaise : juste sur Twitter, pas besoin sur Facebook)',
        ...post,
      },
      { text: 'Our annual report is out today: 27,000 cases this year.', ...post },
      { text: 'Notre rapport sur les foyers de soins est en ligne.', ...post },
      { text: 'News release: the Ombudsman launches an investigation into school transportation.', ...post },
      { text: 'Communiqué : l’Ombudsman lance une enquête sur le transport scolaire.', ...post },
    ],
  });
});

describe('a third person exposed; a named person’s file, health or face', () => {
  ruleTable(P, 'senneterre', 'personal_info', {
    valid: [
      'Ma voisine vient de s’acheter un Ski-Doo neuf, elle reste à côté de l’aréna, chanceuse!',
      'Les gens sur l’aide sociale méritent mieux que ça.',
      'Ma voisine est sur l’aide sociale depuis son accident, pis elle aide tout le monde quand même.',
      { text: 'Merci à Mme Lavoie pour sa question sur les taxes, la réponse est dans la section Budget.', ...post },
      { text: 'Photo de la nouvelle patinoire, merci aux bénévoles!', ...post },
    ],
    invalid: [
      "Ma voisine est sur l'aide sociale pis elle vient de s'acheter un Ski-Doo neuf 👀 (elle reste juste à côté de l'aréna)",
      'Madame Bergeron sur la 4e rue est sur le BS pis a un char neuf dans sa cour. Allez voir, c’est le Rav4 blanc.',
      'Mon voisin sort de prison pis il habite en face de l’école, faites attention',
      { text: 'Merci à Mme Lise Brunet pour sa plainte contre son conseil scolaire : notre enquête commence lundi!', ...post },
      { text: 'Le préposé à l’aréna M. Patrick Roy a été suspendu sans solde pour 2 semaines.', ...post },
      { text: 'Regardez ce citoyen qui souffle sa neige dans la rue (photo avec la plaque bien visible) 😡', ...post },
      spec('Spent the morning helping Mr. Gerrit Bakker with his barn fire claim. Poor guy also has a bad heart, send him good vibes!', post),
      om('My neighbour is on ODSP and just bought a new truck, she lives right next to the Tim’s on Main Street.'),
    ],
  });
});

describe('leaks, told by how they are passed on', () => {
  ruleTable(P, 'senneterre', 'confidential', {
    valid: [
      'Est-ce vrai que la piscine ferme? Quelqu’un sait-tu?',
      'Le conseil a décidé ça à huis clos, c’est pas transparent pantoute.',
      'La Ville va annoncer le nouvel horaire de la piscine la semaine prochaine.',
      { text: 'Le conseil a adopté le budget ce soir. Tous les détails sont sur notre site.', ...post },
      'Entre deux tempêtes, merci aux déneigeurs!',
    ],
    invalid: [
      "Au huis clos d'hier le conseil a décidé de congédier le directeur des loisirs. C'est pas encore public mais bon, vous l'avez pas eu de moi.",
      bc("Petite info de l'intérieur : le conseil va annoncer la fermeture de la piscine la semaine prochaine. C'est pas encore officiel 🤫"),
      bc('Entre vous pis moi, le conseil a déjà signé avec la compagnie privée pour l’usine de filtration.', post),
      'Chu employé aux travaux publics, la ville va fermer l’aréna en mars. Vous l’avez pas lu ici 🤫',
      spec('Between you and me, the ministry already decided to cut the program. Not public yet.', post),
    ],
  });
});

describe('employees speaking for the City from a personal account; posts that mislead or keep their draft note', () => {
  ruleTable(P, 'baie-comeau', 'conduct', {
    valid: [
      'La Ville confirme que la collecte est reportée à jeudi, merci de partager.',
      'Je travaille à la ville depuis 20 ans pis j’aime encore ma job!',
      'Mon superviseur à la ville est le meilleur, merci Marc!',
      { text: 'Bonne nouvelle : la papetière confirme qu’elle ne fermera pas ses portes.', ...post },
      'Mon boss au Tim est incompétent, mais ça, c’est pas votre problème 😂',
    ],
    invalid: [
      'Je travaille aux travaux publics : au nom de la Ville, je vous confirme que la collecte est reportée à jeudi.',
      at('senneterre')('Je travaille à la ville pis je vous confirme au nom de la municipalité que la piscine rouvre lundi, c’est moi qui décide 😉'),
      { text: 'Je travaille à la ville pis je vous réponds officiellement: non, les collectes changeront pas. C’est final.', ...post },
      'Ma superviseure aux finances est tellement incompétente que c’est un miracle qu’on ait nos payes. #VilleDeBaieComeau',
      {
        text: "Bonne nouvelle : la Ville confirme que la papetière ne fermera pas! (note pour l'équipe : on n'a aucune confirmation, mais ça va rassurer le monde)",
        ...post,
      },
      spec('[DRAFT prepared by Branch Communications for ADM] So excited to share our new pollinator strategy! 🐝', post),
    ],
  });
});

describe('copyright: someone else’s work, the City’s logo on private goods', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'copyright', {
    valid: [
      { text: 'My photo of a snowy owl at Amherst Island this morning! 🦉 Photo: me', ...post },
      { text: 'Photo credit: Jane Doe. Snowy owl at Amherst Island this morning.', ...post },
      { text: 'Found this snowy owl on my walk this morning!', ...post },
      { text: 'Can you credit the photographer next time? Love the shot.', ...post },
      { text: 'Our team on Instagram: follow us for field-day photos.', ...post },
    ],
    invalid: [
      { text: 'What a shot of a snowy owl! [photo saved from a photographer’s Instagram, no credit]', ...post },
      { text: 'Everyone should read this, pasting the whole article since it’s behind a paywall:', ...post },
      { text: 'Found this on Facebook, not sure who took it but wow 🌾', ...post },
      { text: 'Grabbed this from Google, amazing tar spot close-up', ...post },
      { text: 'Not my photo, credit unknown, but it shows the drainage problem well', ...post },
    ],
  });
  ruleTable(P, 'senneterre', 'copyright', {
    valid: [
      { text: 'Voici le nouveau logo de la Ville, dévoilé ce soir au conseil!', ...post },
      'J’adore le nouveau logo de la ville, bravo au graphiste',
      'Le logo de la ville est sur les nouvelles pancartes du parc, ça paraît bien',
      'J’ai fait imprimer des t-shirts pour notre équipe de balle, 25$ chaque',
      'Est-ce qu’on peut utiliser le logo de la ville pour le tournoi? On demande la permission avant',
    ],
    invalid: [
      "J'ai fait imprimer des t-shirts avec le logo de la Ville pis 'Senneterre Fier' dessus, 25$ chaque, message privé pour commander",
      bc('Mon entreprise de déneigement, 350$ la saison! Approuvé par la Ville de Baie-Comeau 😉 (logo de la VBC sur l’affiche)'),
      'Casquettes avec le logo de la ville à vendre, 20$',
      'Je vends des tasses avec le logo de la municipalité, écrivez-moi',
      bc('Autocollants avec le logo de la Ville à vendre au marché samedi'),
    ],
  });
});

describe('frequency, as the draft states it (Baie-Comeau)', () => {
  ruleTable(P, 'baie-comeau', 'frequency', {
    valid: [
      { text: 'Petit rappel : la bibliothèque ferme à 20 h ce soir!', ...post },
      { text: '2e rappel de la semaine : inscriptions au soccer jusqu’à vendredi.', ...post },
      { text: 'Publication de l’horaire des Fêtes aujourd’hui sur notre site.', ...post },
      { text: 'Les collectes ont lieu aux deux semaines.', ...post },
      { text: 'Mise à jour aux 2 heures pendant la tempête sur notre site Internet.', kind: 'comment' as const },
    ],
    invalid: [
      { text: "Troisième publication aujourd'hui 😅 N'oubliez pas la vente de livres samedi!", ...post },
      { text: '5e publication aujourd’hui 🙈 Petit rappel : la bibliothèque ferme à 20 h!', ...post },
      { text: 'Proposition : on republie le rappel du bac brun aux 2 heures toute la journée.', ...post },
      { text: '4e post aujourd’hui, désolé! Dernier rappel pour le sondage.', ...post },
      { text: 'Third post today, sorry! Don’t forget the survey.', ...post },
    ],
  });
});

describe('scams, easy money, petitions and referrals', () => {
  ruleTable(P, 'mess-quebec', 'commercial', {
    valid: [
      'Gagnez du temps : remplissez le formulaire en ligne.',
      'Mon remboursement est arrivé, merci!',
      'Est-ce que la prestation d’urgence existe encore? Je trouve rien sur le site.',
      'J’ai signé le registre au bureau de Longueuil ce matin',
      om('Thanks for the refund update, very helpful.'),
    ],
    invalid: [
      "Gagnez 400$/jour de la maison!!! Pas besoin d'expérience 👉 bit.ly/job-qc",
      "Recevez votre prestation d'urgence de 1200$ maintenant 👉 bit.ly/aide-qc faites vite c'est limité!!",
      'Signez ma pétition pour le retour du programme! change.org/p/retour',
      om('Sign my petition to bring back the basic income pilot!! change.org/p/obi'),
      om('Struggling with the FRO? Free consult at our paralegal office.'),
      spec('Shoutout to Van Dyk Drainage, hands down the best tile contractor around. Tell Hank I sent you 😉', post),
    ],
  });
});

describe('hazards told as they happen; a person fallen who does not get up', () => {
  ruleTable(P, 'baie-comeau', 'emergency', {
    valid: [
      { text: 'Avis : bris d’aqueduc sur la rue Laflèche, nos équipes sont sur place, l’eau sera rétablie vers 16 h.', ...post },
      'La rivière monte chaque printemps, la ville devrait faire une digue.',
      'Mon gars est tombé en ski hier mais il va bien, merci!',
      om('Crews are on site for the water main break on Cartier, expect delays.'),
      'L’inondation de l’an passé a coûté cher aux riverains.',
    ],
    invalid: [
      "There's a water main break flooding the street on avenue Cartier RIGHT NOW, water everywhere!!",
      "Fil d'Hydro tombé sur le trottoir au coin de Bossé, ça fait des étincelles pis y'a des enfants qui passent!!",
      'Un monsieur âgé est tombé sur la glace devant le bureau de poste pis y se relève pas',
      'La rivière monte vite sur le chemin du Lac-Parent, y’a des maisons en bas',
      'Encore un bris d’aqueduc pis l’eau rentre dans mon sous-sol, qui j’appelle??',
      om('An old man fell on the ice outside city hall and he can’t get up, is anyone there?'),
    ],
  });
});

describe('an honorific’s period does not end the sentence', () => {
  it('reads « M. Patrick Roy a été suspendu » as one sentence, and a real period as an end', async () => {
    const { normalize } = await import('../../src/text/normalize.js');
    const toks = normalize('Le préposé M. Patrick Roy a été suspendu. La Ville prend ça au sérieux. Dr. Kaminski aussi.').tokens;
    const ends = toks.filter((t) => t.sentenceEnd).map((t) => t.text);
    expect(ends).toEqual(['suspendu', 'serieux', 'aussi']);
  });
});
