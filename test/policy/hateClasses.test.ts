// Hate by class after blind round 4: each class the round missed, written again in our own words (other groups,
// places, registers, joual, no accents), beside ok sentences that share its words (hugs in parentheses, word
// limits, culverts replaced, civil opinions on immigration levels, language law, Indigenous agreements and Pride
// funding, counter-speech that quotes the slur). None is a round's text. Apostrophes are typographic (’) as
// people type them on phones; the engine reads both.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const ON = 'ombudsman-ontario';
const OSA = 'ontario-specialist-accounts';

describe('hate: dog whistles: the (((echo))), 14 words, replacement, remigration, globalists, quota hires', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      'Sending (((hugs))) to the whole team after this awful week',
      '(((Marie))) thinking of you and your family',
      'Please summarize your complaint in 14 words or less? Your form is too strict',
      'The replacement of the water main on Elm is funded by provincial taxes',
      { text: 'Le remplacement du ponceau sera financé par nos taxes, renseignez-vous au conseil', policy: 'senneterre' },
      'The board adopted a diversity hiring policy last year, how is it going?',
      'Calling every new hire a "diversity hire" is hurtful and wrong',
      'Globalization hurt the mills in the north, that’s just economics',
      'Who runs the school boards in Ontario? Trustees, elected every four years',
      { text: 'La migration des oies est commencée au lac', policy: 'mess-quebec' },
      'Our team sends (((big hugs))) to the family 🤗',
      { text: '(((Ginette))) on pense fort à toi ❤️', policy: 'mess-quebec' },
      'Please keep your comment to 14 words max, the form cuts off the rest',
      'The replacement of the boiler at the courthouse was planned on purpose for summer, look it up in the minutes',
      { text: 'Le remplacement de l’entraîneur était planifié, renseignez-vous auprès du club', policy: 'senneterre' },
      'Who is funding the replacement of the arena roof? The province, look it up',
      { text: 'Ils veulent nous remplacer par des bornes libre-service au CLE, c’est honteux', policy: 'mess-quebec' },
      'She’s not a diversity hire, she’s the most qualified investigator you have',
      'The globalization of trade hit the forestry towns hard',
      'The bank controls the mortgage, not me, please help',
    ],
    invalid: [
      'Funny how the (((bankers))) always come out ahead',
      'Who really owns the newspapers? (((them))), as always',
      { text: 'Les (((mondialistes))) décident de tout au ministère', policy: 'senneterre' },
      '14 words. Our people, our future.',
      'Secure the 14 words before it’s too late for our kids',
      { text: 'Les 14 mots, renseignez-vous avant qu’il soit trop tard', policy: 'senneterre' },
      'They’re funding the replacement of our people with your tax dollars, look it up',
      'You will not replace us. Remember that at the ballot box.',
      { text: 'Ils veulent nous remplacer par des gens qui votent comme eux, c’est planifié', policy: 'mess-quebec' },
      { text: '#RemigrationMaintenant', policy: 'mess-quebec' },
      'Cut the ombudsman’s budget and fund #remigrationnow instead',
      { text: 'La solution c’est la remigration, point', policy: 'mess-quebec' },
      'The globalists are running the school boards again, open your eyes',
      'Another DEI hire at the front desk, figures',
      'She’s obviously a diversity hire, she can’t answer a simple question',
      'Diversity hires everywhere at Queen’s Park and it shows',
      { text: 'Encore une embauche pour les quotas, a parle même pas français', policy: 'baie-comeau' },
      'Of course the (((financiers))) get their bailout while we wait 8 months',
      'Check who sits on the hospital board. (((coincidence)))',
      { text: 'Les (((banquiers))) mènent le bal encore une fois', policy: 'baie-comeau' },
      '1488 brother, they can’t stop us',
      { text: '14 mots. Pensez-y avant de voter.', policy: 'mess-quebec' },
      'The globalists own the media and now they own the school boards too',
      { text: 'Les mondialistes contrôlent le ministère, c’est évident', policy: 'mess-quebec' },
      'The great replacement isn’t a theory, just look at Brampton',
      { text: 'On se fait remplacer tranquillement, pis personne dit rien. Renseignez-vous sur le remplacement.', policy: 'senneterre' },
      'Remigration is the only real solution for Ontario',
      { text: '#remigration #quebecdabord', policy: 'mess-quebec' },
      'Hired for diversity, not for brains, and it shows at the front desk',
    ],
  });
});

describe('hate: hiring and trust by name or religion: « des Mohamed », a Muslim in a role, a hijab near children', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Félicitations à Mohamed Diallo, nouvel agent au CLE de Gatineau!', policy: 'mess-quebec' },
      { text: 'Mohamed du comptoir m’a super bien servi, merci', policy: 'mess-quebec' },
      { text: 'Dr Nguyen est le meilleur médecin de Baie-Comeau', policy: 'baie-comeau' },
      'We hired a Singh and a Patel this summer, both excellent engineers',
      'Imagine putting the ombudsman in charge of the school boards, what could go wrong lol',
      { text: 'Les éducatrices de la garderie s’occupent de nos enfants avec tellement de patience', policy: 'mess-quebec' },
      'Would you really let the ministry look after your kids’ files? They lost mine twice',
      { text: 'Mohamed et Julie ont été embauchés au CLE avant Noël, bienvenue à eux!', policy: 'mess-quebec' },
      'Congrats to Dr. Patel, hired as chief of staff before the new wing opened',
      { text: 'Vous voulez vraiment inscrire vos enfants à la garderie? Le formulaire est en ligne', policy: 'mess-quebec' },
      'Would you trust the new bus contractor with your kids? The board should check their record',
      { text: 'Qu’est-ce qui pourrait mal tourner avec un budget aussi serré? Tout.', policy: 'senneterre' },
    ],
    invalid: [
      { text: 'J’engagerais jamais un Mohamed à la caisse', policy: 'mess-quebec' },
      'Hire a Smith before you hire a Singh, simple as that',
      { text: 'Embauchez des Gagnon pis des Roy avant des Ahmed', policy: 'baie-comeau' },
      'Imagine putting a Sikh in charge of the police board lol, what could go wrong',
      { text: 'Imaginez un musulman responsable des écoles, qu’est-ce qui pourrait mal tourner', policy: 'mess-quebec' },
      'A Jew investigating the banks? What could possibly go wrong',
      { text: 'Des femmes voilées comme éducatrices? Vous voulez vraiment qu’elles gardent nos enfants?', policy: 'mess-quebec' },
      'Would you really let a woman in a hijab look after your kids?',
      { text: 'Un prof avec un turban dans la classe de ma fille? Sérieusement, vous voulez ça près de nos enfants?', policy: 'senneterre' },
      { text: 'Le CLE devrait placer des Tremblay avant des Nguyen, on est au Québec', policy: 'mess-quebec' },
      'No more hiring a Patel for every IT position, hire local',
      { text: 'Jamais je confierais mes enfants à une femme voilée à la garderie, vous voulez vraiment ça?', policy: 'baie-comeau' },
      { text: 'Un Sikh comme agent de la SQ? Qu’est-ce qui pourrait ben mal aller', policy: 'senneterre' },
      'Would you trust a trans teacher alone with your kids?',
    ],
  });
});

describe('hate: women mocked in a role: « pis quoi encore », "what\'s next", women drivers', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Les femmes au conseil sont maintenant majoritaires, une première à Senneterre',
      'Une femme au volant de la déneigeuse, c’est notre nouvelle opératrice Julie, bienvenue!',
      { text: 'Women drivers have fewer accidents according to the insurance bureau', policy: ON },
      'Pis quoi encore, le conseil veut fermer la piscine en juillet?',
      { text: 'Ben oui, pis on va engager des chats pour attraper les souris à l’entrepôt 😂', policy: 'baie-comeau' },
      { text: 'What’s next for the roads department after the budget vote?', policy: ON },
      { text: 'Bravo à la nouvelle directrice des travaux publics, une femme de terrain', policy: 'baie-comeau' },
      { text: 'La nouvelle contremaître au garage municipal a 20 ans d’expérience, bravo', policy: 'baie-comeau' },
      { text: 'What’s next for the fire department after the chief retires? Asking for the hiring plan', policy: ON },
      'Les femmes du cercle de fermières ont pris le volant du dossier de la bibliothèque',
      { text: 'Women on council: the numbers doubled since 2018, good news for the township', policy: ON },
    ],
    invalid: [
      'Une femme chef des pompiers? Pis quoi encore, une poule pour garder le renard?',
      'Des filles au garage municipal, tant qu’à y être engagez des enfants de cinq ans',
      'Une mairesse, c’est comme une femme au volant, ça finit dans le décor',
      { text: 'A woman running the roads department? What’s next, a dog driving the plow?', policy: ON },
      { text: 'Women on council are like women drivers, somebody ends up in the ditch', policy: ON },
      { text: 'Une femme directrice des travaux publics, ben oui, pis moi je vais accoucher', policy: 'baie-comeau' },
      { text: 'Une femme contremaître au garage? Tant qu’à faire, engagez mon chien', policy: 'baie-comeau' },
      { text: 'Lady running the plow crew, god help us this winter', policy: ON },
      { text: 'A female fire chief? Yeah right, what’s next', policy: ON },
      'Les femmes au conseil c’est pareil comme les femmes au volant',
      { text: 'Une femme ministre, ça donne ça, ça comprend rien aux chiffres', policy: 'mess-quebec' },
    ],
  });
});

describe('hate: stereotypes by insinuation: wallets, dogs, work, taxes, « sauvages », paid to do nothing', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      { text: 'Les Roms ont été victimes de discrimination en Europe, lisez ce rapport', policy: 'mess-quebec' },
      { text: 'Surveillez vos portefeuilles au festival, des pickpockets ont été signalés', policy: 'mess-quebec' },
      { text: 'Gardez vos chats en dedans, il fait moins trente cette nuit', policy: 'baie-comeau' },
      'L’entente avec les Innus sur la forêt est une bonne nouvelle pour la région',
      'Je suis contre l’entente avec Pessamit, elle coûte trop cher aux contribuables',
      'Les bleuets sauvages sont prêts au lac, les sauvages sont toujours meilleurs que ceux de l’épicerie',
      'Ceux qui traitent les Innus de « sauvages », on est en 2025, faut arrêter ça',
      'Ceux qui traitent les Anishinabeg de « sauvages » dans les commentaires, on est rendu en 2025. C’est nos voisins.',
      { text: 'The friendship centre got new funding, great news for families in Timmins', policy: ON },
      { text: 'I’m not sure the treaty land agreement is a good deal for taxpayers, I’d like to see the numbers', policy: ON },
      { text: 'Les prestataires doivent-ils passer un test de drogue pour un emploi à l’usine?', policy: 'mess-quebec' },
      { text: 'Nos aînés attendent leur chèque, on sait c’est quoi l’attente au téléphone', policy: 'mess-quebec' },
      { text: 'Je suis pas raciste, pis je trouve que le programme d’accueil des réfugiés marche bien', policy: 'mess-quebec' },
      { text: 'My grandmother was Roma and faced discrimination her whole life', policy: ON },
      { text: 'Les Innus ont signé une entente sur la rivière avec Hydro, c’est une bonne nouvelle', policy: 'baie-comeau' },
      'Le chantier de Lac-Simon engage, les gens de la réserve peuvent appliquer',
      'On a ramassé des fraises sauvages pis des bleuets sauvages, les sauvages sont meilleurs',
      'Le camping sauvage est interdit au lac, les sauvages qui campent là vont avoir une amende',
      { text: 'The First Nations water agreement is years late and the government should be ashamed', policy: ON },
      { text: 'Are Indigenous people exempt from sales tax on reserve? I need it for my file', policy: ON },
    ],
    invalid: [
      { text: 'Y’a des Roms dans la salle d’attente, tenez bien vos sacoches', policy: 'mess-quebec' },
      { text: 'Saw a group of Gypsies by the service centre, hold onto your wallets', policy: ON },
      { text: 'Un resto tenu par des Chinois sur la Place La Salle? Gardez vos chats en dedans 🐱', policy: 'baie-comeau' },
      { text: 'New Korean place opened downtown, better keep your dogs inside lol', policy: ON },
      { text: 'Le nouveau pharmacien est vietnamien? J’espère qu’il mange pas les chiens du quartier', policy: 'baie-comeau' },
      { text: 'Ces cultures-là valorisent pas le travail, c’est un constat pas du racisme', policy: 'mess-quebec' },
      { text: 'I’m not racist but some cultures just don’t value hard work', policy: ON },
      { text: 'On sait c’est quoi la clientèle du BS, testez-les pour la drogue', policy: 'mess-quebec' },
      { text: 'Drug test everyone on ODSP, we all know what kind of people they are', policy: ON },
      'Les Atikamekw viennent juste faire leur épicerie pis repartir, y paient même pas de taxes',
      'Le monde de Kitcisakik sont toujours saouls au terminus',
      'Ces sauvages-là étaient encore au dépanneur à matin',
      'Maudits sauvages, retournez dans le bois',
      'Les Algonquins font la loi au centre-ville, faudrait les renvoyer dans le bois',
      { text: 'Natives don’t even pay taxes and they still complain', policy: ON },
      { text: 'Lol the whole rez is at the liquor store, must be cheque day 😂', policy: ON },
      'Encore du financement pour les Autochtones. Y’en a qui sont payés à rien faire',
      { text: 'More money for the native friendship centre so some folks can get paid to do nothing', policy: ON },
      'Du monde de Lac-Simon au bingo? Surveillez vos sacoches',
      { text: 'Roma family moved in next door, time to lock your cars lol', policy: ON },
      { text: 'Natives get everything for free and still complain about the water', policy: ON },
      'les autochtones payent meme pas de taxes pis y chialent',
      { text: 'Les Haïtiens veulent pas travailler, c’est connu', policy: 'mess-quebec' },
      { text: 'Some cultures just don’t like to work, that’s not racist, it’s facts', policy: ON },
      { text: 'Chu pas raciste mais les Arabes au CLE c’est toute la même affaire', policy: 'mess-quebec' },
      { text: 'Les Innus viennent juste magasiner au Walmart pis repartir chez eux', policy: 'baie-comeau' },
      { text: 'Every one of those welfare recipients should be drug tested, we know the type', policy: ON },
      'Les gens de la réserve ont le droit de rien faire pis d’être payés pareil',
      'Ces sauvages là cassent toute au parc',
      { text: 'Les Innus, faudrait toute les retourner dans le bois', policy: 'baie-comeau' },
    ],
  });
});

describe('hate: LGBTQ: disgust before children, stereotypes, « the real residents, not them »', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Le comité de la fierté organise un brunch, tout le monde est bienvenu 🌈', policy: 'senneterre' },
      {
        text: 'Je trouve que la Ville dépense trop pour le festival de la fierté cette année, faudrait équilibrer avec les sports',
        policy: 'senneterre',
      },
      'I don’t think the township should fund the Pride event this year given the deficit',
      { text: 'La gastro court au CHSLD, les aînés sont malades 🤢', policy: 'senneterre' },
      { text: 'Un salon de coiffure tenu par un couple gai ouvre sur la 3e, bravo 💅', policy: 'mess-quebec' },
      'Pride flag raising at city hall at noon, families welcome 🌈',
      'The Pride event cost $12,000; I think that’s too much given the roads budget',
      { text: 'La Ville devrait s’occuper des vrais problèmes, pas des nids-de-poule du stationnement de l’aréna', policy: 'senneterre' },
      { text: 'Le nouveau coiffeur gai de la rue Mance est génial, merci Marc 💅', policy: 'baie-comeau' },
      { text: 'Le défilé de la fierté passe sur la rue Principale, rues fermées de 13 h à 16 h', policy: 'mess-quebec' },
    ],
    invalid: [
      { text: 'Un autre drapeau de la fierté à l’école primaire... montrez donc ça à vos propres enfants 🤮', policy: 'baie-comeau' },
      'Rainbow flags at the daycare now? Keep that stuff away from toddlers 🤢',
      { text: 'La Ville devrait s’occuper du vrai monde, pas des drag queens', policy: 'senneterre' },
      'The town should spend on real residents, not the rainbow crowd',
      { text: 'Les gais ont juste à devenir coiffeurs 💅', policy: 'mess-quebec' },
      'Gay guys don’t need job programs, they can all go do hair 💅',
      { text: 'Un drag show à la bibliothèque, pis ils vont montrer ça aux enfants 🤢', policy: 'senneterre' },
      'Pride crosswalk downtown, gross, keep that stuff away from my kids',
      { text: 'Les gays ont juste à ouvrir un salon de coiffure, pas besoin de programme', policy: 'baie-comeau' },
      'The city should care about real taxpayers, not the alphabet people',
      { text: 'Occupez-vous des vrais contribuables, pas du monde de l’arc-en-ciel', policy: 'senneterre' },
    ],
  });
});

describe('hate: language and border exclusion: « ceux qui parlent pas français ont rien à faire ici », a wall and a cleanup', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Le français est la langue officielle, les formulaires devraient d’abord être en français', policy: 'mess-quebec' },
      { text: 'Ceux qui comprennent pas le formulaire peuvent appeler Services Québec', policy: 'mess-quebec' },
      { text: 'Ceux qui parlent pas français peuvent demander un interprète au comptoir', policy: 'mess-quebec' },
      { text: 'Je suis pour une baisse des seuils d’immigration, nos services sont débordés', policy: 'mess-quebec' },
      'Immigration levels are too high for our housing supply right now, slow it down',
      { text: 'Barrez vos portes la nuit, il y a eu trois vols de véhicules dans le quartier', policy: 'senneterre' },
      { text: 'La clôture à la frontière du terrain de soccer est brisée, pis faudrait un bon nettoyage du terrain aussi', policy: 'senneterre' },
      'The province should close the border crossing at Sault Ste. Marie for repairs and clean up the lot',
      { text: 'La loi 96 protège le français, je suis d’accord avec le gouvernement', policy: 'mess-quebec' },
      'I think Ontario should lower immigration targets until housing catches up',
      { text: 'Si tu parles pas français, tu peux demander le formulaire en anglais au comptoir', policy: 'mess-quebec' },
      { text: 'Ceux qui comprennent pas l’avis d’ébullition peuvent appeler la Ville', policy: 'baie-comeau' },
      'People who don’t speak English can ask for an interpreter, it’s free',
      { text: 'Faut fermer le chemin du lac pis faire le ménage du terrain de camping', policy: 'senneterre' },
    ],
    invalid: [
      { text: 'Ici c’est le Québec, ceux qui parlent pas français ont pas d’affaire ici', policy: 'mess-quebec' },
      'If you can’t speak English you have no business being in Ontario',
      { text: 'Ceux qui comprennent pas le français peuvent s’en aller chez eux', policy: 'senneterre' },
      { text: 'La Ville veut des travailleurs étrangers? On va barrer nos chars pis nos maisons', policy: 'baie-comeau' },
      'Bringing in more foreign workers? Better lock your doors, folks',
      'We need a wall at the border and a good cleanup inside the country',
      { text: 'Fermez la frontière pis faites le grand ménage en dedans', policy: 'senneterre' },
      { text: 'Si tu parles pas français tu peux retourner chez vous', policy: 'baie-comeau' },
      'People who don’t speak English don’t belong in Ontario, period',
      { text: 'Ceux qui veulent pas apprendre le français ont pas leur place ici', policy: 'senneterre' },
      'Close the border and clean house, that’s all this country needs',
      { text: 'Faut fermer les frontières pis faire le ménage en dedans', policy: 'mess-quebec' },
      { text: 'Des travailleurs étrangers à l’usine? Barrez vos portes', policy: 'baie-comeau' },
    ],
  });
});

describe("hate: staff jokes about workers' origin and hygiene", () => {
  ruleTable(P, OSA, 'hate', {
    valid: [
      'The seasonal workers from Mexico finished the harvest, thanks crew!',
      { text: 'Showers at the community centre are open to homeless people from 7 to 9', policy: ON },
      { text: 'Les travailleurs étrangers ont maintenant accès aux douches du centre sportif', policy: 'mess-quebec' },
      'Our seasonal workers from Jamaica finished the harvest, huge thanks crew!',
      'New shower trailer for the migrant workers at the research station, open to all',
      { text: 'Les douches du centre sportif sont ouvertes aux itinérants de 7 h à 9 h', policy: 'mess-quebec' },
      { text: 'Les aînés adorent l’odeur du pain chaud au marché', policy: 'senneterre' },
    ],
    invalid: [
      { text: 'Les Sénégalais du bloc, on sent l’odeur jusque dans le corridor', policy: 'baie-comeau' },
      'Our crew from down south smells like a taco truck lol',
      'The Jamaican guys on the line need a bath more than a break 😂',
      'Field day with the Mexican crew, they need a shower more than the tractor does lol',
      'Nos travailleurs guatémaltèques ont fini la récolte, faudrait leur montrer c’est quoi un savon 🤣',
    ],
  });
});

// A second batch of classes, written after blind round 5 joined the regression rounds: our own phrasings of the
// kinds of hate it showed, with the ok sentences that share their words.

describe('hate: a group likened to pests (birds that come and go are not pests)', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Les aînés c’est comme les outardes, y partent en Floride l’hiver 😄',
      'Les mouches noires sont pires que les maringouins cette année au lac',
      { text: 'Seniors are like seagulls at the fish fry, first in line every year haha', policy: ON },
    ],
    invalid: [
      'Les réfugiés c’est comme les maringouins, t’en tues un pis y’en a dix autres',
      { text: 'Migrants are like cockroaches, turn on the light and they scatter', policy: ON },
      { text: 'Les Roms au centre-ville, pareil comme des coquerelles 🪳', policy: 'baie-comeau' },
    ],
  });
});

describe('hate: children had for the cheques', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: [
      'Les mères monoparentales peuvent demander l’allocation famille en ligne',
      'Est-ce que j’ai droit à plus d’allocations si j’ai un troisième enfant?',
    ],
    invalid: [
      'Les BS font des enfants juste pour avoir plus de chèques, c’est connu',
      'Les familles immigrantes ont un bébé par année pour les allocations',
      { text: 'Single moms on welfare keep having kids for the cheques', policy: ON },
    ],
  });
});

describe('hate: « le monde normal » set against a group', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Je veux juste une vie normale après ma chirurgie, merci pour l’aide', policy: 'mess-quebec' },
      'The seniors’ swim has its own hour on Tuesdays, normal schedule resumes after',
    ],
    invalid: [
      { text: 'Les autistes au camp de jour, faites-leur un groupe à part pis laissez le monde normal tranquille', policy: 'baie-comeau' },
      'Disabled people get a special line at every office, meanwhile normal people wait 3 hours',
    ],
  });
});

describe('hate: « chu pas raciste mais eux autres »', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: ['Je suis pas raciste, je trouve juste que le CLE ferme trop tôt'],
    invalid: [
      'Chu pas raciste mais eux autres y’ont tout gratis au CLE',
      { text: 'I’m not racist but those people get everything handed to them', policy: ON },
    ],
  });
});

describe('hate: refusing to be served or cared for by a member of a group', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: ['J’ai été servi par une agente super gentille au CLE, merci'],
    invalid: [
      { text: 'Un médecin africain à l’urgence? Je me fais pas soigner par eux autres', policy: 'baie-comeau' },
      { text: 'An agent in a niqab at the counter? I won’t be served by one of them', policy: ON },
    ],
  });
});

describe('hate: drink beside a First Nation (praise is not it)', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Bravo à Pessamit pour le nouveau centre communautaire 🍾',
      { text: 'The first nations brewery in Wikwemikong opened, congrats 🍺', policy: ON },
    ],
    invalid: [
      'Le monde de la réserve au dépanneur encore 🍺🍺🍺',
      { text: 'First Nations protest at Queen’s Park today, bet the LCBO is sold out 🍻', policy: ON },
    ],
  });
});

describe('hate: a group and a purge, a town « turning into a camp »', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: [
      'Faudrait faire le ménage du parc pis ramasser les déchets',
      { text: 'The refugee camp in Jordan needs donations, please help', policy: ON },
    ],
    invalid: [
      'Trop de travailleurs étrangers en ville, faudrait faire le ménage au plus sacrant',
      { text: 'This town is turning into a refugee camp, time to clean house', policy: ON },
    ],
  });
});

describe('hate: codes: 🐒🍌, 👃💰, "speak white", "your own country", "Indian time"', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      'Baby monkeys 🐒🍌 at the Toronto Zoo this weekend',
      'Michèle Lalonde’s poem Speak White should be taught in every school',
      'Can I vote in my own country’s election from Ontario? Which consulate?',
      'The webinar starts at 9 am Indian Standard Time, 10:30 pm Eastern',
    ],
    invalid: [
      'New trustee announced 🐒🍌',
      'Who profits from the LTC crisis? 👃💰',
      'French services commissioner? Speak white and save us the money',
      { text: 'Allez prier dans votre propre pays. Go pray in your own country.', policy: 'baie-comeau' },
      'Running on Indian time again at the band office lol',
    ],
  });
});

describe('hate: LGBTQ people kept from children, « surveillez vos enfants au vestiaire »', () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: ['Le vestiaire de l’aréna est fermé pour rénovations, surveillez vos enfants dans les gradins'],
    invalid: [
      { text: 'Drag story hour at the library? Keep your agenda away from our kids 🤮', policy: 'baie-comeau' },
      { text: 'Rainbow crosswalk at the school. Keep your bedroom stuff to yourselves', policy: ON },
      'Un drapeau de la fierté à l’aréna? Surveillez vos enfants au vestiaire',
    ],
  });
});

describe("hate: women sent back to the pots, « une job d'homme »", () => {
  ruleTable(P, 'senneterre', 'hate', {
    valid: ['Mesdames et messieurs, la voirie reprend les travaux lundi'],
    invalid: [
      'Retournez à vos chaudrons mesdames, la voirie c’est une job d’homme',
      { text: 'Un conseil dirigé par des femmes, c’est ça que ça donne', policy: 'baie-comeau' },
      { text: 'Plowing is a man’s job, the new lady supervisor proves it', policy: ON },
    ],
  });
});

describe('hate: work and jobs stereotypes: fake degrees, "work the system", « travaillent jamais »', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Les aînés qui travaillent pas ont droit au crédit d’impôt? ', policy: 'mess-quebec' },
      'Newcomers told us they couldn’t get their foreign degrees recognized, the province should fix it',
      '"Speak white", that’s what my grandfather was told at the mill in the sixties. Thank you for the French services.',
    ],
    invalid: [
      'Filipinos at the nursing home can’t speak French or English and they take our jobs',
      { text: 'Les Haïtiens ont des faux diplômes, tout le monde le sait', policy: 'mess-quebec' },
      'Roma know how to work the system, it’s a lifestyle',
      { text: 'Ceux de Kitcisakik cassent toute au parc pis travaillent jamais', policy: 'senneterre' },
    ],
  });
});

// Civil opinions that share the frames' words: immigration levels, language law, Indigenous agreements, Pride
// funding, religious dress, women at work, welfare rates, culverts replaced, the « vrai monde » of a town, shelters.
describe('hate: civil opinions and ordinary sentences that must stay ok', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: [
      'Je pense que le Québec devrait réduire les seuils d’immigration tant que la crise du logement dure',
      'Les immigrants prennent des emplois que personne veut faire, faut les remercier',
      'Les travailleurs étrangers temporaires devraient avoir accès à la résidence permanente plus vite',
      { text: 'Ontario should cap international student permits until colleges build housing', policy: ON },
      { text: 'Immigration is good for the economy but the federal government needs to fund the services that come with it', policy: ON },
      { text: 'Newcomers should get their foreign credentials recognized faster, we need the nurses', policy: ON },
      'La loi 96 va trop loin pour les petites entreprises, mais le français doit rester la langue commune',
      'Je suis d’accord avec la loi 96, au Québec on travaille en français',
      { text: 'Les services municipaux devraient être offerts en français d’abord, c’est la loi', policy: 'baie-comeau' },
      { text: 'The French Language Services Act should cover more municipalities in the north', policy: ON },
      { text: 'Why are we paying for French services in towns where nobody speaks French? Seems like a waste of tax dollars', policy: ON },
      {
        text: 'L’entente avec les Anishinabeg sur la forêt, je suis pas convaincu que c’est bon pour les emplois à la scierie',
        policy: 'senneterre',
      },
      { text: 'L’entente Apuiat avec les Innus est une bonne affaire pour Hydro et pour Pessamit', policy: 'baie-comeau' },
      { text: 'Je trouve que l’entente avec Pessamit coûte cher aux contribuables, j’aimerais voir les chiffres', policy: 'baie-comeau' },
      { text: 'Treaty settlements should be transparent so taxpayers know where the money goes', policy: ON },
      { text: 'First Nations communities deserve clean water, it’s 2025', policy: ON },
      { text: 'Les Autochtones paient des taxes hors réserve comme tout le monde, c’est un préjugé de dire le contraire', policy: 'senneterre' },
      { text: 'Le festival de la fierté devrait être financé par des commandites, pas par la Ville', policy: 'senneterre' },
      { text: 'I’m not against Pride, but the township shouldn’t fund any festival with tax money this year', policy: ON },
      { text: 'Le drapeau de la fierté devant l’hôtel de ville, je trouve ça beau, merci à la Ville', policy: 'baie-comeau' },
      { text: 'The rainbow crosswalk needs repainting already, it’s faded after one winter', policy: ON },
      { text: 'Our daughter came out last year; thank you for raising the Pride flag at her school', policy: ON },
      { text: 'Les gais et lesbiennes de la région organisent un souper-bénéfice pour la maison des jeunes', policy: 'senneterre' },
      'Les femmes voilées ont le droit de travailler en garderie selon la Charte, c’est clair',
      'Ma voisine porte le hijab et elle s’occupe de nos enfants au CPE depuis 10 ans, une perle',
      { text: 'Should public servants be allowed to wear religious symbols? I honestly don’t know', policy: ON },
      'La laïcité de l’État, j’y crois, mais la loi 21 empêche des enseignantes qualifiées de travailler',
      { text: 'Une femme à la direction des travaux publics, enfin! Bravo Mme Tremblay', policy: 'baie-comeau' },
      { text: 'Les femmes au volant des camions de déneigement font un travail impeccable cette année', policy: 'senneterre' },
      { text: 'Women in the fire department are still a minority, the chief wants to change that', policy: ON },
      'Les prestataires de l’aide sociale vivent sous le seuil de la pauvreté, faut hausser les montants',
      'Est-ce que les prestataires doivent déclarer leurs revenus de travail à temps partiel?',
      { text: 'ODSP recipients can’t live on $1300 a month, the province should raise the rates', policy: ON },
      { text: 'People on welfare want to work, the clawback rules punish them for trying', policy: ON },
      { text: 'Les aînés qui travaillent encore à temps partiel, c’est une richesse pour la ville', policy: 'senneterre' },
      { text: 'Le remplacement des conduites sur Lasalle est prévu au printemps, renseignez-vous sur les détours', policy: 'baie-comeau' },
      { text: 'The replacement of the bridge deck is funded by the province, look it up on the MTO site', policy: ON },
      { text: 'Close the border crossing at night? The mayor wants a cleanup of the parking lot too', policy: ON },
      { text: 'Les chiens errants, faudrait faire le ménage au refuge pis les faire adopter', policy: 'senneterre' },
      { text: 'Some cultures celebrate New Year in February, the library has a great exhibit', policy: ON },
      'Les cultures de maïs ont souffert de la sécheresse, aide aux producteurs?',
      { text: 'Real residents of Timmins, not just summer visitors, should get the parking permits first', policy: ON },
      { text: 'Faudrait s’occuper du vrai monde de Senneterre, pas juste des touristes du festival', policy: 'senneterre' },
      'Le monde normal peut pas attendre 3 mois pour un rendez-vous, faites quelque chose',
      { text: 'Les Innus de Pessamit ont organisé un pow-wow magnifique, bravo 🍾', policy: 'baie-comeau' },
      { text: 'Our Filipino nurses at the home are amazing, they speak three languages', policy: ON },
      'Je me fais soigner par un médecin haïtien depuis 10 ans, le meilleur',
      { text: 'Indigenous youth are like everyone else, they need jobs and a rink', policy: ON },
      { text: 'Natives pay taxes off reserve like everyone else, stop spreading myths', policy: ON },
      { text: 'Les travailleurs étrangers qui arrivent à la scierie ont besoin de logements, qui peut aider?', policy: 'senneterre' },
      { text: 'Des travailleurs étrangers à l’usine? Super, on manque de bras', policy: 'baie-comeau' },
      { text: 'Immigrants pay taxes like everyone else and deserve the same services', policy: ON },
      { text: 'The animal refuge needs a good cleanup, the dogs are stinky', policy: ON },
      { text: 'Le refuge pour animaux déborde, faudrait faire le ménage pis trouver des familles', policy: 'senneterre' },
    ],
    invalid: [],
  });
});

describe('hate: disclaimers with an insinuation, a bare « Ok. » between flag and verdict, soiling, paid hotels, the town « before »', () => {
  ruleTable(P, ON, 'hate', {
    valid: [
      { text: 'Chu pas raciste, pis j’ai hâte au festival multiculturel', policy: 'senneterre' },
      'I’m not racist, and I think we all know who wins the hockey pool this year lol',
      { text: 'Les goélands salissent toute le quai, faudrait des filets', policy: 'baie-comeau' },
      'Timmins used to be a nice town before the mill closed, now everyone leaves',
      { text: 'Les réfugiés ukrainiens ont eu l’hôtel payé trois semaines, ensuite un logement, merci aux bénévoles', policy: 'mess-quebec' },
      'Pride flag at the library. Okay. The kids’ story hour is Saturday at 10 🌈',
    ],
    invalid: [
      { text: 'Un drapeau de la fierté à l’école?? Ben là. Gardez ça loin des enfants 🤮', policy: 'senneterre' },
      'Pride flag at the library. Okay. Hide your kids, that’s all I’ll say 🤢',
      { text: 'Chu pas raciste mais on sait ben qui vole les vélos au parc', policy: 'senneterre' },
      'Not racist but we all know who keeps breaking into the cars downtown',
      { text: 'Les Innus au camping, y salissent toute pis y repartent', policy: 'baie-comeau' },
      { text: 'Les réfugiés ont l’hôtel payé pis nous autres on paye', policy: 'mess-quebec' },
      'Asylum seekers get free hotels while veterans sleep outside',
      'People from Somalia come here to sit at home on welfare',
      'Timmins used to be a nice town before all the foreigners moved in',
      { text: 'Une agente voilée au comptoir. C’est ça la laïcité? Je me fais pas servir par eux autres.', policy: 'mess-quebec' },
    ],
  });
});
