// What a city or a ministry page in Québec actually receives, in the words people use there: arson threats
// against city hall, « je connais ton adresse », « j'ai pensé à en finir », a fire spreading next door,
// « retourne dans ton pays », « les BS », « gang de voleurs ». Each class has several phrasings, and the
// everyday sentences that share its words (a traffic light, a campfire, « en finir avec ce dossier ») stay ok.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('Québec comments: threats against places and people', () => {
  ruleTable(P, 'baie-comeau', 'threat', {
    valid: [
      'Je vais brûler des calories au centre sportif ce soir!',
      'On va mettre le feu au Centre Bell ce soir, go Habs go',
      'J’ai votre adresse courriel mais la lettre est revenue',
      'Je connais votre adresse, je suis passé hier mais c’était fermé',
      'Attention, la chaussée est glissante, faites attention à vous',
      'Tu vas voir, ça va bien aller',
      'Je vais aller au bureau de la mairie demain matin',
    ],
    invalid: [
      { text: 'Si ça continue je vais brûler l’hôtel de ville', match: 'brûler', verdict: 'hide' },
      { text: 'M’as crisser le feu à vos bureaux, vous allez comprendre', verdict: 'hide' },
      { text: 'Je vais faire sauter la mairie si rien change', verdict: 'hide' },
      { text: 'Nous allons incendier le ministère', verdict: 'hide' },
      // A call to set fire to a public building is hidden, as every threat rule's action says (judge-threat).
      { text: 'Quelqu’un devrait mettre le feu à l’hôtel de ville', verdict: 'hide' },
      { text: 'Je connais ton adresse, fais attention à toi', match: 'adresse', verdict: 'hide' },
      { text: 'On sait ton adresse mon homme', verdict: 'hide' },
      { text: 'Je sais où tes employés stationnent leur char', verdict: 'review' },
      { text: 'Attends que je te pogne dans le stationnement', verdict: 'hide' },
      { text: 'Vous allez voir ce que vous allez voir au prochain conseil', verdict: 'review' },
      { text: 'Tu perds rien pour attendre toé', verdict: 'review' },
    ],
  });
});

describe('Québec comments: emergencies go to 9-1-1', () => {
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      'Je veux en finir avec ce dossier une fois pour toutes',
      'J’ai hâte d’en finir avec l’attente',
      'Je vais mourir de rire avec cette vidéo',
      'Ma mère veut mourir chez elle, pas au CHSLD',
      'Le feu de circulation prend 5 minutes à changer au coin de la 10e avenue',
      'Les feux d’artifice de la Saint-Jean prennent place sur la plage',
      'Il y a un feu de camp permis au parc ce soir?',
      'Il y a un feu dans le foyer du chalet municipal?',
      'La fumée de l’usine sort encore ce matin, c’est normal?',
      'La vie vaut la peine d’être vécue, merci aux bénévoles du centre de prévention',
    ],
    invalid: [
      { text: 'J’ai pu d’argent pour manger, j’ai pensé à en finir', reply: true },
      { text: 'Je veux mourir, personne m’aide', reply: true },
      { text: 'J’ai plus le goût de vivre depuis que j’ai perdu ma job' },
      { text: 'Je pense à mettre fin à mes jours' },
      { text: 'Je vais me jeter en bas du pont' },
      { text: 'Mon voisin a un feu dans sa cour pis ça commence à prendre dans la haie, vite!!', match: 'feu' },
      { text: 'Les flammes se propagent vers les maisons de la rue Principale' },
      { text: 'Y’a de la boucane qui sort du bloc à côté, personne répond' },
      { text: 'Ça sent le gaz dans tout l’immeuble' },
    ],
  });
});

describe('Québec comments: hate against origin and social condition', () => {
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: [
      'Les réfugiés veulent retourner dans leur pays quand la guerre sera finie',
      'Ils retournent dans leur pays chaque été pour voir la famille',
      'Les enfants retournent chez eux après l’école en autobus',
      'Les immigrants prennent les emplois que personne ne veut',
      'Les prestataires de services doivent s’inscrire avant lundi',
      'Les assistés sociaux ont droit à une hausse cette année',
      'Le BS de ma mère a été coupé, c’est qui qu’on appelle?',
    ],
    invalid: [
      { text: 'Retourne dans ton pays si t’es pas content', verdict: 'hide' },
      { text: 'Rentrez donc d’où vous venez', verdict: 'hide' },
      { text: 'Qu’ils retournent dans leur pays, on en a assez', verdict: 'hide' },
      { text: 'Les immigrants viennent voler nos jobs, qu’ils retournent chez eux', verdict: 'hide' },
      { text: 'Les réfugiés nous piquent nos logements', verdict: 'hide' },
      { text: 'Les BS profitent du système pendant que nous on travaille', verdict: 'hide' },
      { text: 'Les assistés sociaux vivent à nos crochets', verdict: 'hide' },
      { text: 'Encore de l’argent pour les BS', verdict: 'review' },
    ],
  });
});

describe('Québec comments: name-calling that accuses', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      'Le Ministère est incompétent dans ce dossier, je suis en désaccord',
      'Le prix de l’essence c’est du vol',
      'Le prix du loyer est un vol',
      'Vous devriez avoir honte, les taxes montent encore et les services baissent',
    ],
    invalid: [
      { text: 'Gang de voleurs à l’hôtel de ville, vous nous volez avec vos taxes', verdict: 'review' },
      { text: 'Le maire est un incompétent fini', verdict: 'review' },
      { text: 'Vous êtes rien que des crosseurs', verdict: 'review' },
      { text: 'Bande de vendus au conseil', verdict: 'review' },
      { text: 'Les gros pleins de soupe du conseil se graissent la patte', verdict: 'review' },
    ],
  });
  ruleTable(P, 'baie-comeau', 'obscene', {
    // Softened sacres are what people write so as not to swear.
    valid: [
      'Tabarnouche, enfin une bonne nouvelle pour la Manic!',
      'Mautadit que les rues sont glissantes à matin',
      'Tabarouette, quel beau spectacle',
    ],
    invalid: [{ text: 'Câlisse que c’est mal déneigé sur le boulevard', verdict: 'hide' }],
  });
});

describe('Québec comments: the words of city life are not insults', () => {
  ruleTable(P, 'baie-comeau', 'insult', {
    valid: [
      'Est-ce que la collecte des ordures est retardée à cause de la neige?',
      'Les bacs à ordures n’ont pas été vidés sur la rue des Pins',
      'Le salaire des préposés est minable, il faut les payer plus',
      'La pourriture des feuilles bouche les égouts',
      'Le bouffon du carnaval a fait rire les enfants',
    ],
    invalid: [
      { text: 'Espèce d’ordure, tu mérites pas ton poste', verdict: 'hide' },
      { text: 'Le maire est un minable', verdict: 'hide' },
      { text: 'Quelle bande de bouffons au conseil', verdict: 'hide' },
    ],
  });
});

describe('Québec comments: selling, accusing, reporting an accident', () => {
  ruleTable(P, 'senneterre', 'commercial', {
    valid: ['Le PLQ a détruit nos services publics', 'Nos services de garde manquent de places', 'Bonne fête à tous les employés municipaux!'],
    invalid: [
      { text: 'Inscrivez-vous à ma formation en ligne, places limitées, lien en bio', verdict: 'review' },
      { text: 'Je vends du bois de chauffage, 80 $ la corde' },
      { text: 'Découvrez mes services de déneigement résidentiel' },
    ],
  });
  ruleTable(P, 'senneterre', 'defamation', {
    valid: ['L’entrepreneur a fraudé la ville selon l’UPAC', 'C’est de la fraude ce programme-là'],
    invalid: [{ text: 'Le conseiller Gagnon fraude la municipalité depuis des années', verdict: 'hide' }],
  });
  ruleTable(P, 'senneterre', 'emergency', {
    valid: ['Le pont est fermé à cause d’un accident, prenez la 138', 'Mon bac de recyclage a été brisé par le camion'],
    invalid: [
      { text: 'Mon chum s’est fait frapper par une auto sur la 113, il bouge plus', reply: true },
      { text: 'Une petite fille a été happée par un autobus devant l’école' },
    ],
  });
  ruleTable(P, 'senneterre', 'hate', {
    valid: ['Les autochtones ont droit aux mêmes services que tout le monde'],
    invalid: [{ text: 'Les autochtones sont tous des ivrognes', verdict: 'hide' }],
  });
  ruleTable(P, 'senneterre', 'threat', {
    valid: ['On va régler ça au prochain conseil, avec les documents'],
    invalid: [{ text: 'Je vais t’attendre après le conseil, on va régler ça dehors', verdict: 'hide' }],
  });
});

describe('Staff drafts: a business that is not a partner, a client named', () => {
  ruleTable(P, 'baie-comeau', 'commercial', {
    valid: [
      { text: 'Merci à notre partenaire Alcoa pour son soutien au festival.', kind: 'post' },
      { text: 'Collecte des encombrants lundi prochain dans le secteur Mingan.', kind: 'post' },
    ],
    invalid: [
      { text: 'Visitez aussi la boutique Sports Experts pour vos équipements!', kind: 'post' },
      { text: 'Encouragez le restaurant Chez Paulo cette semaine', kind: 'post' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'confidential', {
    valid: [{ text: 'Consultez votre dossier en ligne sur Québec.ca', kind: 'post' }],
    invalid: [
      { text: 'Le dossier de M. Gagnon, prestataire à Rimouski, a été réglé hier.', kind: 'post' },
      { text: 'La demande de la cliente de Gaspé sera traitée lundi', kind: 'post' },
    ],
  });
});

describe('Specialist accounts: a post judging a ministry policy', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [
      { text: 'The new curriculum resources are online for teachers this week.', kind: 'post' },
      { text: 'Le nouveau programme de lecture est en ligne.', kind: 'post' },
    ],
    invalid: [
      { text: 'The new provincial curriculum is a mistake and the Ministry should be ashamed of it.', kind: 'post' },
      { text: 'This reform was a disaster for small schools.', kind: 'post' },
      { text: 'La réforme du ministère est un échec, il devrait reculer.', kind: 'post' },
    ],
  });
});

describe('Québec comments: a complaint in everyday words goes to the confidential form', () => {
  ruleTable(P, 'mess-quebec', 'complaint', {
    valid: [
      'Comment je fais pour demander l’aide de dernier recours?',
      'Quelles sont les heures d’ouverture du bureau de Matane?',
      'Je ne suis pas d’accord avec cette réforme',
      'Le ministre a refusé de commenter hier soir',
      'Merci pour votre réponse rapide!',
      // The Ministry's policy redirects no complaint (see mess-quebec.yml): waiting and a poor opinion of the
      // service are answered or let stand there; the towns, which send complaints to their own line, still see them.
      'Ça fait 6 semaines que j’ai envoyé mes papiers et toujours rien',
      'Votre service à la clientèle est le pire que j’ai jamais vu',
    ],
    invalid: [
      { text: 'Je suis pas content du service au bureau de Sept-Îles, l’agente m’a raccroché au nez', reply: true },
      { text: 'Personne me rappelle depuis 3 semaines, c’est ridicule' },
      { text: 'On m’a coupé mon aide sociale sans raison, je fais quoi?' },
      { text: 'Mon agent refuse de traiter ma demande depuis janvier' },
      { text: 'Ça fait 6 semaines que j’ai envoyé mes papiers et toujours rien', policy: 'baie-comeau' },
      { text: 'Votre service à la clientèle est le pire que j’ai jamais vu', policy: 'senneterre' },
    ],
  });
});
