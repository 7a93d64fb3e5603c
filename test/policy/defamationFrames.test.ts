// Defamation where the wrongdoing is a verb, a noun or an idiom, anywhere in a sentence that names or titles a
// person, stated as fact. Written from general knowledge after blind rounds 1–3 (none of them a round's text): each
// class with its own phrasings and the sentences that share its words but accuse no one, ask, or report a verdict.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('defamation: official × wrongdoing in one sentence', () => {
  ruleTable(P, 'baie-comeau', 'defamation', {
    valid: [
      // A question asks; it does not state.
      'Est-ce que le contrat de déneigement a été accordé de façon équitable? Le conseiller Tremblay peut-il publier les soumissions?',
      'Le maire a-t-il vraiment donné le contrat de pavage à son beau-frère? J’aimerais une réponse claire.',
      // A verdict reported with its source.
      'L’ancien maire de Port-Cartier a été reconnu coupable de fraude par la Cour du Québec mardi.',
      // The same words with no one named or titled.
      'Mon cousin a eu le contrat de déneigement du rang 4, bravo à lui!',
      'Travailler au noir quand on reçoit de l’aide sociale, c’est illégal; voici les règles.',
      'La piscine est fermée exprès pour l’entretien annuel, merci de votre patience.',
      'Le maire Tremblay a condamné pour une deuxième fois le vandalisme au parc.',
      'Le maire Côté a sorti 500 $ de sa poche pour le club de hockey mineur, bravo!',
      'Mme Bouchard, directrice de l’école, a coupé le ruban exprès pour les enfants.',
      'Le maire a arrangé une rencontre avec son cousin, le préfet de la MRC, pour parler du pont.',
      // Neutral mentions of a named person and a contract.
      'Le conseiller Gendron a présenté le contrat de déneigement au conseil lundi, les soumissions sont en ligne.',
      'Merci à Mme Lise Côté, directrice des loisirs, pour l’organisation du tournoi.',
      { text: 'Did the council award the snow-removal contract fairly? Councillor Ross should publish the bids.', policy: 'ombudsman-ontario' },
      { text: 'Former mayor Jim Beck was found guilty of fraud by an Ontario court on Tuesday, the judge ruled.', policy: 'ombudsman-ontario' },
      { text: 'My cousin got the landscaping contract this summer, so proud of him!', policy: 'ombudsman-ontario' },
      { text: 'Mayor Linda Shaw thanked the contractor for finishing the arena on budget.', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      {
        text: 'La trésorière Ginette Paré pige dans la caisse de la Ville depuis au moins cinq ans, demandez à n’importe qui au garage municipal.',
        match: 'pige dans la caisse',
      },
      { text: 'Le DG a fait passer le contrat de la nouvelle caserne à la compagnie de son beau-frère, c’est connu.', verdict: 'review' },
      'L’inspecteur Gagnon refuse les permis exprès aux gens qui ont chialé contre lui',
      'M. Simard, le conseiller du district 2, a magouillé le zonage du lac pour son propre terrain.',
      'La directrice Hélène Roy a truqué l’évaluation des soumissions, tout le monde au bureau le sait',
      'Le maire s’est fait payer son voyage de pêche par le promoteur du nouveau quartier.',
      'Le conseiller Ouellet a déjà été condamné pour fraude à Rimouski, fouillez un peu.',
      { text: 'Le conseiller Roy est en conflit d’intérêts dans ce dossier, il devrait se retirer du vote.', verdict: 'review' },
      'le maire se met de largent dans les poches avec le contrat du garage, tout le monde le sait',
      'l’inspecteur Boivin ferme les yeux sur les chantiers de son chum entrepreneur',
      'Notre voisine Josée Pelletier reçoit le chômage pis travaille au noir au dépanneur',
      {
        text: 'Councillor Ray Dunn has been on the take from the developers behind the Westgate subdivision for years.',
        policy: 'ombudsman-ontario',
      },
      { text: 'Everybody at city hall knows the treasurer, Mark Helms, quietly pocketed the arena donations.', policy: 'ombudsman-ontario' },
      { text: 'The reeve steered the culvert contract to his golf buddy and nobody on council said a word', policy: 'ombudsman-ontario' },
      { text: 'Dr. Patel’s caseload numbers were fudged to make the unit look good before the review.', policy: 'ombudsman-ontario' },
      { text: 'Caseworker Amy Lund cuts people off on purpose to hit her bonus, she did it to my whole building.', policy: 'ombudsman-ontario' },
      { text: 'The director takes gifts from contractors every Christmas and then they win every tender.', policy: 'ombudsman-ontario' },
    ],
  });
});
