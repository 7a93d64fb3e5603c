// Partisan content in staff posts, for every public body: canvassing, steering the vote, praise of an incumbent at
// election time, attacks on the opposition or the previous administration, a party named as « notre
// gouvernement ». Written from general knowledge after blind rounds 1–3 (none of them a round's text), each class
// with the neutral posts that share its words: the election date, the polling stations, the candidacy deadline,
// the sign bylaw, thanks to a partner.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const post = (text: string, policy: string) => ({ text, policy, kind: 'post' as const });

describe('staff posts: partisan content', () => {
  ruleTable(P, 'baie-comeau', 'political', {
    valid: [
      post(
        'Élections municipales : le scrutin aura lieu le dimanche 2 novembre de 10 h à 20 h. Les bureaux de vote sont à l’école Boisvert.',
        'baie-comeau',
      ),
      post('Rappel : la période de mise en candidature aux élections municipales se termine vendredi à 16 h 30 au greffe.', 'senneterre'),
      post('Les pancartes électorales des candidats doivent être retirées au plus tard 15 jours après le scrutin.', 'senneterre'),
      post('Merci à nos partenaires de la Croix-Rouge et du Club Optimiste pour leur aide pendant l’évacuation!', 'baie-comeau'),
      post('Le conseil a adopté le budget 2026 lundi soir malgré l’opposition de deux conseillers. Le document est en ligne.', 'baie-comeau'),
      post('La guignolée passe de porte à porte samedi; les bénévoles de la Saint-Vincent-de-Paul portent un dossard.', 'senneterre'),
      post(
        'Le Programme objectif emploi accompagne les personnes qui font une première demande d’aide sociale. Détails sur Québec.ca.',
        'mess-quebec',
      ),
      post('Election day is June 2. Find your polling station and the ID you need at elections.on.ca.', 'ontario-specialist-accounts'),
      post('Our volunteers will knock on doors in Ward 3 this week to check on seniors during the heat wave.', 'ontario-specialist-accounts'),
      post('The campaign for the new library raised $20,000 — thank you, Ottawa South!', 'ontario-specialist-accounts'),
      post('La Ville appuie la candidature de Baie-Comeau pour les Jeux du Québec 2028!', 'baie-comeau'),
      post('La Ville appuie la campagne de financement de la Croix-Rouge pour les sinistrés.', 'baie-comeau'),
      post('N’oubliez pas de sortir voter aux élections municipales dimanche, les bureaux ouvrent à 10 h.', 'senneterre'),
      post('We support the Terry Fox Run every September; join the campaign launch at the arena Friday.', 'ontario-specialist-accounts'),
      post('Today we tabled our report on long-term care inspections at Queen’s Park. Read it at ombudsman.on.ca.', 'ombudsman-ontario'),
    ],
    invalid: [
      post(
        'Je fais campagne ce week-end pour notre candidat libéral dans Abitibi-Est, venez m’aider à distribuer des dépliants!',
        'ontario-specialist-accounts',
      ),
      post('Le 5 novembre, souvenez-vous-en : c’est l’équipe actuelle qui a gelé vos taxes.', 'senneterre'),
      post('La Ville salue l’excellent travail du maire sortant, qui mérite largement un nouveau mandat.', 'baie-comeau'),
      post('Contrairement à l’administration précédente qui a gaspillé des millions, nous livrons des résultats.', 'baie-comeau'),
      post('Encore une fois, l’opposition a tenté de bloquer le projet de la piscine, mais nous avons tenu bon.', 'senneterre'),
      post('Merci à notre gouvernement caquiste pour cette hausse du crédit d’impôt!', 'mess-quebec'),
      post('Allez voter orange le 2 juin, l’environnement vous dit merci 🌲', 'ontario-specialist-accounts'),
      post('Spent my Saturday door-knocking for our NDP candidate in Sudbury. Great conversations!', 'ontario-specialist-accounts'),
      post('Remember who voted against the heat-pump rebate when you head to the polls.', 'ontario-specialist-accounts'),
      post('Honestly what this province needs is a change of government. Just my two cents.', 'ontario-specialist-accounts'),
      post('The previous government gutted oversight of group homes; we are still cleaning up their mess.', 'ombudsman-ontario'),
      post('La Ville appuie la candidature de Mme Lortie aux élections provinciales, une vraie voix pour notre région.', 'senneterre'),
      post('Ce conseil-là, faut le sortir aux prochaines municipales.', 'senneterre'),
      post('Proud to be endorsing Priya Shah, our Liberal candidate for Guelph. Join her campaign!', 'ontario-specialist-accounts'),
      post('RT @OntarioPCParty: more jobs for the North 👏', 'ontario-specialist-accounts'),
      post('Vote them out on the 27th. Ontario deserves better.', 'ombudsman-ontario'),
    ],
  });
});
