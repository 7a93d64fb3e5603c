// Veiled threats with no violent word, and harm at one remove, as open grammar (policies/lexicons/<lang>/frames/
// threat.yml, the frames added after blind round 4): a dare and what it leads to (« continuez, vous allez voir ce
// qui va arriver »), nothing left to lose, the last letter before « autre chose », someone about to snap,
// "remember what happened to the last one", prison and « le bon moment »; knowing where and when (an official
// noticed in a private place, an isolated cottage, an address, faces posted with home addresses); « ce serait
// dommage que… » with harm to a person or their car; a gun and a good aim beside a named official, friends who
// settle things otherwise, dogs let loose on an inspector; harm wished (a stray bullet, a bus), a river, not
// leaving on one's two legs, the back door, « vous allez en avoir besoin » of guards, taking people down with
// me, « un par un », 🔥🏠 beside a name, a crowd told to bring the gear. And, as many, the sentences that share
// their words and stay ok: « c'est l'attente qui tue », "shoot me an email", "I'll kill this presentation",
// hunting season, an election, a clerk who will find your form, a salting request, a listing, burnout, a dog park.
// Written from general knowledge after blind round 4 (none of them a round's text).
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('veiled threat frames, French and Québec French', () => {
  ruleTable(P, 'senneterre', 'threat', {
    valid: [
      // a dare and its outcome, nothing left to lose, the last letter, a breaking point, prison, « le bon moment »
      "On verra ce qui arrive au conseil mardi avec le budget.",
      "Essayez le programme, vous avez rien à perdre!",
      "J'ai pu rien à perdre à essayer une autre demande, je vais la remplir demain.",
      "Y'aura autre chose à l'ordre du jour mardi, le budget des loisirs.",
      "Je suis à bout, trois heures d'attente au téléphone.",
      "Attendez que je sorte de l'hôpital pour la réunion, merci.",
      "La mairesse attend le bon moment pour annoncer sa candidature.",
      "On attend le bon moment pour semer, la terre est encore gelée.",
      "Vous allez voir ce qui va arriver aux prochaines élections, le monde est tanné.",
      // knowing where and when: an official seen in a private place, an isolated cottage, an address, doxxing
      "Je connais l'adresse du bureau du DG, je vais envoyer ma lettre.",
      "Dites au maire que je l'ai vu au défilé, bravo pour l'organisation!",
      "Le chalet des loisirs est bien isolé, on a eu chaud tout l'hiver.",
      "On sait à quelle heure le conseil commence, 19 h comme d'habitude.",
      "Le maire a un chalet au lac, il nous a invités pour la fête des bénévoles.",
      // « ce serait dommage que… »: a person or their car meets an accident; a car to start remotely
      "Ce serait dommage qu'un citoyen glisse dans l'escalier de l'hôtel de ville, salez les marches svp.",
      "Ce serait plate que les pneus se retrouvent à plat avec tous les nids-de-poule sur la 3e.",
      "Ce serait dommage que ton char se retrouve dans le fossé, ralentis dans la côte.",
      // a gun and a good aim beside an official, friends who settle things otherwise, dogs let loose
      "Ouverture de la chasse samedi, j'ai ma .308 pis mon permis, bonne saison à tous!",
      "J'ai des amis qui règlent leurs problèmes par la médiation, c'est moins cher qu'un avocat.",
      "Je lâche les chiens au parc canin tous les matins, c'est bien aménagé.",
      // harm wished, a river, not leaving on two legs, the back door, guards needed, taking people with me, one by one, 🔥🏠
      "J'espère que personne va pogner une balle perdue, portez l'orange à la chasse.",
      "Un char a fini dans la rivière hier, la glissière était brisée.",
      "Vous êtes mieux de passer par la porte d'en arrière, l'entrée principale est en travaux.",
      "Mettez un gardien à la piscine, les enfants vont en avoir besoin.",
      "On va vous rappeler un par un, merci de votre patience.",
      "🔥🏠 Semaine de prévention des incendies : vérifiez vos avertisseurs!",
      "Maison à vendre 🏠🔥 prix en feu, contactez-nous",
      "Le patient est reparti sur ses deux jambes après l'opération.",
      // figurative violence that stays ok
      "C'est pas le froid qui tue, c'est l'humidité.",
      "C'est l'attente qui tue, pas le diagnostic.",
      "Ça tue, cette file d'attente.",
      "La saison de la chasse commence, j'ai hâte de tirer mon premier chevreuil.",
      "Je vais vous trouver le formulaire, un instant.",
      "Les prix de l'épicerie, ça me tue.",
      // not coming back from the woods; bring your cans
      "Portez votre dossard orange, sinon un chasseur pourrait ne pas revenir du bois.",
      "Apportez vos bidons à l'écocentre samedi pour la collecte des résidus dangereux.",
      "Apportez vos bidons pour l'eau d'érable, la cabane ouvre samedi!",
      "Mon grand-père reviendra pas du CHSLD, il est en soins palliatifs.",
      // second pass: more phrasings of every class, and the ok sentences that share their words
      "Continuez votre beau travail, vous allez voir ce que ça donne au printemps!",
      "Venez au festival samedi, vous allez voir ce qui se prépare pour les enfants.",
      "Encore une fois le déneigement est en retard. Vous allez comprendre pourquoi les citoyens sont fâchés.",
      "J'ai plus rien à perdre, je me présente aux élections municipales!",
      "Le maire a un chalet au lac, paraît qu'il est bien isolé pour l'hiver.",
      "La conseillère habite au bout du rang, loin de tout, elle fait 40 minutes de route pour venir au conseil.",
      "J'ai vu le maire à l'épicerie, il m'a parlé du projet de parc, le monde est petit!",
      "On sait où est l'aréna, pensez-y pour la navette du tournoi.",
      "Ce serait plate que le maire tombe malade avant le budget, il a travaillé fort.",
      "Ce serait dommage que la directrice tombe dans l'escalier, la rampe est brisée, réparez-la svp.",
      "Mes chums règlent ça autrement, ils prennent l'autobus au lieu du char.",
      "J'espère que le maire va pogner un bon rhume et rester chez eux, il est toujours malade au conseil.",
      "On va vous retrouver votre dossier un par un, merci de patienter.",
      "Y'en a un qui a fini dans la rivière avec son char l'hiver passé, mettez des glissières.",
      "Mettez des agents de sécurité au carnaval, vous allez en avoir besoin avec la foule.",
      "Vous êtes mieux de passer par la porte d'en arrière, c'est plus proche du stationnement.",
      "Si je perds mon emploi, je vais amener mes enfants avec moi chez ma mère.",
      "Le prochain qui touche à la subvention, les citoyens vont s'en souvenir aux élections.",
      "Nouvelle maison à vendre 🏠🔥 le marché est chaud!",
      "🔥🏠 Foyer au bois : faites ramoner votre cheminée avant l'hiver.",
      "Ça prend un bon nettoyage des berges de la rivière au printemps, qui est bénévole?",
      "Attendez que je sorte de ma réunion, je vous rappelle.",
      "Je lâche les chiens au parc canin après le souper, c'est notre routine.",
      "Rappelez-vous ce qui est arrivé au dernier conseiller qui a voulu fermer l'aréna : battu aux élections.",
      "J'ai une carabine 30-06 pour la chasse à l'orignal, le conseiller m'a vendu mon permis.",
      "On attend le bon moment pour faire une fête au DG pour sa retraite.",
      "On va publier les adresses des nouveaux bureaux sur Facebook.",
      "Je connais l'adresse du DG de l'école, c'est sur le site.",
      "Quelqu'un va craquer au bureau, le personnel est épuisé, engagez du monde!",
      "J'espère qu'il va faire un accident de parcours pis qu'il va perdre ses élections lol",
      // a crowd told to do it themselves and bring the gear
      "On va déneiger la patinoire nous-mêmes, amenez vos pelles pis vos bâtons de hockey!",
    ],
    invalid: [
      // a dare and its outcome, nothing left to lose, the last letter, a breaking point, prison, « le bon moment »
      "Continuez à m'ignorer, vous allez voir ce qui va arriver.",
      "J'ai pu rien à perdre, vous autres au CLE vous devriez y penser.",
      "On a plus rien à perdre nous autres, pensez-y avant de fermer l'usine.",
      "C'est ma troisième plainte. Y'en aura pas de quatrième, la prochaine fois ce sera autre chose.",
      "Fini les lettres pis les courriels. La prochaine fois ça va se régler autrement.",
      "Vous allez voir ce qui arrive quand on pousse un gars à bout.",
      "Poussez-moi pas à bout, vous allez le regretter amèrement.",
      "Rappelez-vous ce qui est arrivé au dernier fonctionnaire qui m'a niaisé.",
      "Un moment donné quelqu'un va péter une coche dans vos bureaux pis je pleurerai pas.",
      "Attends que je sorte d'en dedans, toi pis le juge vous allez comprendre.",
      "On est quelques-uns à attendre le bon moment pour régler le cas du DG.",
      // knowing where and when: an official seen in a private place, an isolated cottage, an address, doxxing
      "On sait à quelle heure les conseillers sortent de la salle. Pensez-y.",
      "Dites à la mairesse que je l'ai vue à l'épicerie samedi. Le monde est petit.",
      "Le DG a une belle maison au bout du rang. Loin de tout. Je dis ça de même.",
      "La conseillère a un chalet isolé au bord du lac, personne autour. Juste de même.",
      "On va publier vos faces pis vos adresses personnelles sur Facebook.",
      "J'ai l'adresse de l'inspecteur, on va aller y rendre une visite avec les gars.",
      "Je connais l'adresse du maire, on va aller jaser.",
      // « ce serait dommage que… »: a person or their car meets an accident; a car to start remotely
      "Ce serait plate qu'un de vos inspecteurs déboule l'escalier en sortant un soir.",
      "Ce serait dommage que la voiture du DG finisse dans le fossé un bon matin.",
      "Ça serait plate que tes pneus se retrouvent crevés demain matin, le gros.",
      "Le maire devrait démarrer son char à distance à partir de maintenant. Conseil d'ami.",
      // a gun and a good aim beside an official, friends who settle things otherwise, dogs let loose
      "J'ai une .308 pis je manque jamais mon coup. Le conseiller Roy devrait y penser.",
      "Chasseur depuis 30 ans, je vise ben en maudit. Avis au maire.",
      "Y'a des gars icitte qui ont des carabines pis plus rien à perdre. Pensez-y avant de voter.",
      "J'connais du monde qui règlent ça autrement qu'avec des formulaires, dites-le au ministre.",
      "Le prochain inspecteur qui met les pieds sur ma terre, je lâche mes chiens.",
      // harm wished, a river, not leaving on two legs, the back door, guards needed, taking people with me, one by one, 🔥🏠
      "J'espère que le DG va se faire frapper par un autobus.",
      "J'espère que la ministre va pogner un accident de chasse cet automne.",
      "J'espère que quelqu'un va te faire ce que tu fais à nos enfants.",
      "Un de ces jours le DG va finir au fond du lac, si ça continue.",
      "La prochaine fois que je croise l'agent, il repartira pas sur ses deux pieds.",
      "Si la hausse passe, vous êtes mieux de passer par la porte d'en arrière.",
      "Engagez des gardes du corps pour mardi, vous allez en avoir besoin.",
      "Si je perds ma maison, je vais en amener quelques-uns avec moi.",
      "jvais vs retrouver 1 par 1",
      "On va vous retrouver un par un, les gars du CLE.",
      "🔥🏠 mairesse Tremblay",
      "🔥🏡 le conseiller Gagnon",
      // not coming back from the woods; bring your cans
      "Le prochain qui touche à mes vaches, y reviendra pas du bois.",
      "Si jamais un inspecteur s'approche de ma terre, il ressortira pas vivant.",
      "L'hôtel de ville va avoir de la grosse visite à soir. Amenez vos bidons.",
      // second pass: more phrasings of every class, and the ok sentences that share their words
      "Vous allez voir de quoi je suis capable si vous coupez encore mon chèque.",
      "Continuez de me niaiser, vous allez voir ce qui va arriver à vos beaux bureaux.",
      "On sait où la mairesse prend son café le matin. Le village est pas si grand.",
      "Dites au DG que je l'ai croisé au dépanneur à 6 h. Juste de même.",
      "Ce serait de valeur que la maison du maire passe au feu un soir.",
      "Ce serait plate que l'inspectrice se blesse en sortant du stationnement un bon soir.",
      "J'ai une carabine pis je manque jamais. La mairesse devrait y penser.",
      "J'connais des gars qui règlent les problèmes à leur façon. Avis au ministère.",
      "J'espère qu'elle va se faire frapper par un autobus, la mairesse.",
      "On va les pogner un par un, les élus.",
      "Un de vous autres va finir au fond de la rivière, un moment donné.",
      "Le DG va pas ressortir de la salle sur ses deux jambes si le vote passe.",
      "Doublez la sécurité mardi, vous allez en avoir besoin.",
      "Si je perds ma terre, je coulerai pas tout seul.",
      "🔥🏠 le maire",
      "Le prochain fonctionnaire qui met les pieds chez nous reviendra pas vivant.",
      // a crowd told to do it themselves and bring the gear
      "Si y bloquent encore la 117, on va les tasser nous-mêmes. Amenez vos pick-up.",
    ],
  });
});

describe('veiled threat frames, English', () => {
  ruleTable(P, 'ombudsman-ontario', 'threat', {
    valid: [
      // a dare and its outcome, nothing left to lose, the last letter, a breaking point, prison, « le bon moment »
      "Let's wait and see what happens with the vote next week.",
      "We'll see what happens after the holidays, thanks for the update.",
      "Try the new online form and see what happens, it worked for me!",
      "Apply anyway, you have nothing to lose.",
      "I'm going to snap if I hear that hold music one more time lol",
      "Remember what happened to the old arena roof? Fix the library before it happens again.",
      "Remember what happened to the last mayor who raised taxes? Voted out at the election.",
      "Wait till I get out of this meeting and I'll call you back.",
      "It's just a matter of time before that bridge collapses, fix it.",
      // knowing where and when: an official seen in a private place, an isolated cottage, an address, doxxing
      "I know the director's email address, I'll write to her.",
      "I saw the mayor at the grocery store, she was so nice. Small world!",
      "Please never post your home address in the comments.",
      "Post your home address in a private message to get your compost bin.",
      "We know where the office is, see you at 10 for the appointment.",
      // « ce serait dommage que… »: a person or their car meets an accident; a car to start remotely
      "Would be a shame if someone slipped on those icy steps, please salt them.",
      "Start your car remotely on cold mornings to warm it up, remote starters 20% off.",
      "Would be a shame if the surplus ended up with consultants again.",
      // a gun and a good aim beside an official, friends who settle things otherwise, dogs let loose
      "I hunt every fall with my rifle, deer season is the best time of year.",
      "Lots of hunters own guns, wear orange in the woods this weekend.",
      "I know people who can help with your file, call the legal clinic.",
      "Please don't let your dogs loose on the trails, the bylaw officer will fine you.",
      // harm wished, a river, not leaving on two legs, the back door, guards needed, taking people with me, one by one, 🔥🏠
      "I hope nobody gets hit by a stray bullet this season, wear orange.",
      "I hope someone does for you what you did for my family, thank you!",
      "Please use the back door during the renovations.",
      "Bring a jacket to the outdoor meeting, you're going to need it.",
      "I'm taking a few neighbours with me to the council meeting.",
      "We'll get to your files one by one, thanks for waiting.",
      // figurative violence that stays ok
      "This wait is killing me.",
      "Dead tired after the council meeting, good night.",
      "Shoot me an email when the file is updated.",
      "I'll kill this presentation tomorrow, wish me luck.",
      "Hunting season opens Saturday, can't wait to bag a buck with my rifle.",
      "That new trail is to die for.",
      // not coming back from the woods; bring your cans
      "Bring your gas cans and paint to the hazardous waste depot Saturday.",
      "If anyone wants to come, the hike is 3 hours, bring water.",
      // second pass: more phrasings of every class, and the ok sentences that share their words
      "Go ahead and apply online, you'll find out what happens next by email.",
      "Keep it up and you'll see what happens: a full rink all winter!",
      "The councillor lives out in the middle of nowhere and still never misses a meeting.",
      "Saw the mayor at Tim's this morning, small world, she bought my coffee. Nice lady.",
      "I know where city hall is, just not which door, think about adding signs.",
      "It would be a shame if a worker slipped on that ramp, it needs salt.",
      "My friends handle things differently, they pay their taxes online.",
      "I hope the minister gets a heart attack of joy when he sees the new bike lanes lol",
      "We'll find your missing documents one by one, thanks for your patience.",
      "Get more security for the Canada Day fireworks, you're going to need it.",
      "Staff should use the back door during the lobby renovations.",
      "If I lose my job I'm taking my family with me to Alberta.",
      "Cozy night 🏠🔥 with the family after the carnival",
      "We need a good cleanup at the border crossing, the washrooms are a disgrace.",
      "When I get out of the hospital I'll call the office to book my appointment.",
      "I let my dogs loose on my property all the time, they're friendly.",
      "Remember what happened to the mayor's bike lane plan? Scrapped at the vote.",
      "I hunt with a rifle and I never miss opening day. Great season!",
      "The councillor is a crack shot at the charity darts tournament!",
      "We're waiting for the right moment to surprise the manager with her retirement cake.",
      "We'll post the addresses of the warming centres online tonight.",
      "Someone's going to snap at the office, staff are exhausted, hire more people.",
      // a crowd told to do it themselves and bring the gear
      "We'll build the parade float ourselves, bring trucks and trailers to the arena Saturday!",
      "We'll clean the park ourselves on Earth Day, bring gloves and bags.",
    ],
    invalid: [
      // a dare and its outcome, nothing left to lose, the last letter, a breaking point, prison, « le bon moment »
      "Keep sitting on my file and see what happens.",
      "Go ahead, deny my claim one more time and find out what happens.",
      "I've got nothing left to lose anymore, remember that when you close my case.",
      "You people took everything. I have nothing left to lose. Nothing.",
      "No more letters after this one. Next time it'll be something else.",
      "You'll find out what happens when you push a desperate man too far.",
      "Remember what happened to the last inspector who came onto my land? Ask around.",
      "Everyone has a breaking point and someone's going to snap at your front counter one day.",
      "Wait till I get out of jail, you'll all understand what accountability means.",
      "We're just waiting for the right moment to teach that manager a lesson.",
      // knowing where and when: an official seen in a private place, an isolated cottage, an address, doxxing
      "We know where the building is. We know when your staff take their lunch. Think about it.",
      "I know what time the councillors leave the parking lot. Small town.",
      "Tell inspector Roy I saw him at the gym this morning. Small world, smaller than he thinks.",
      "Saw your investigator at her kid's hockey game. Town isn't that big.",
      "That councillor has a nice cottage up north, middle of nowhere, no neighbours. Just saying.",
      "We'll post the names and home addresses of every investigator on this file.",
      "Be a shame if your staff's home addresses got shared online.",
      "I found the director's home address. We're going to have a chat, me and the boys.",
      // « ce serait dommage que… »: a person or their car meets an accident; a car to start remotely
      "Would be a shame if one of your investigators slipped on the stairs leaving late.",
      "Be a shame if the director's car ended up in the lake one morning.",
      "The commissioner should check under his car from now on. Friendly advice.",
      "Would be a pity if your tires went flat every morning, Mr. Reeve.",
      // a gun and a good aim beside an official, friends who settle things otherwise, dogs let loose
      "I hunt, I have a rifle and I never miss. Just something for the inspector to think about.",
      "Lots of folks up here own guns and have nothing left to lose. Think about that before the vote.",
      "I know people who deal with problems differently. Your call, commissioner.",
      "My cousins handle things their own way, the inspector might want to remember that.",
      "Next bylaw officer who sets foot on my property, I'm letting the dogs loose on him.",
      // harm wished, a river, not leaving on two legs, the back door, guards needed, taking people with me, one by one, 🔥🏠
      "I hope that inspector catches a stray bullet this hunting season.",
      "I hope someone does to your family what you did to mine.",
      "One of your managers is going to end up in the river one of these days.",
      "Next time I see that officer, he won't walk out of there on his own two feet.",
      "If you vote for this Monday you'd better leave by the back door.",
      "Get some security at city hall Monday, you're going to need it.",
      "If I lose my farm over this, I'm not going down alone.",
      "I'll find every one of you, one by one.",
      "inspector Wong 🏠🔥",
      // not coming back from the woods; bring your cans
      "If anyone touches my son again, he won't make it home.",
      "Next guy who sets foot on my lot won't come out of the woods.",
      "That shelter on King is getting visitors tonight. Bring your gas cans.",
      // second pass: more phrasings of every class, and the ok sentences that share their words
      "Deny me again. Go ahead. You'll see what I'm capable of.",
      "Nothing left to lose here. Your staff should remember that.",
      "Spotted the investigator at the Costco on Saturday with her kids. Small world, isn't it?",
      "Your councillor has a cabin on a dead end road, no neighbours, no cell service.",
      "Would be a shame if that inspector fell down the stairs leaving work.",
      "Be a pity if the mayor's truck ended up in the river.",
      "Plenty of guys here own rifles and have nothing left to lose. Think about it, council.",
      "I've got friends who make problems go away. Think about that, commissioner.",
      "I hope he falls through the ice this winter, that useless councillor.",
      "I'm coming for you, one by one.",
      "If they take my kids, I'm taking some of you with me.",
      // a crowd told to do it themselves and bring the gear
      "If the protesters block the bridge again we'll move them ourselves. Bring bats.",
      "Council won't act, so we'll deal with the inspector ourselves. Bring your rifles.",
    ],
  });
});
