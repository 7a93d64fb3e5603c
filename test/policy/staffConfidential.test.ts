// Confidential information in staff posts: a decision let out before it is announced, a draft or a cabinet
// submission shown, a client's own situation told on a public page. Written from general knowledge after blind
// rounds 1–3 (none of them a round's text), with the posts that share the words and give nothing away: a scoop
// on a festival, a decision already announced, a reply that sends the person to a private channel, a story told
// with the person's permission, a health campaign.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const post = (text: string, policy: string) => ({ text, policy, kind: 'post' as const });

describe('staff posts: confidential information', () => {
  ruleTable(P, 'baie-comeau', 'confidential', {
    valid: [
      post('En primeur : voici la programmation complète du Festival de la rivière 2026! 🎶', 'baie-comeau'),
      post(
        'Comme annoncé au conseil de lundi, la piscine extérieure fermera définitivement le 1er septembre. Merci aux sauveteurs pour ces belles années.',
        'senneterre',
      ),
      post(
        'Bonjour M. Caron, pour protéger vos renseignements, nous ne pouvons pas discuter de votre dossier ici. Appelez le service à la clientèle.',
        'baie-comeau',
      ),
      post('Dépistage du cancer colorectal : parlez-en à votre médecin, un diagnostic précoce sauve des vies.', 'mess-quebec'),
      post('Merci à M. Gilles Auclair, bénévole de l’année, pour ses 30 ans au service des loisirs!', 'senneterre'),
      post('Sneak peek at the new trail signs going up at the Guelph research station next week!', 'ontario-specialist-accounts'),
      post('With his permission, we’re sharing Tom’s story: a Sudbury senior whose complaint was resolved in three weeks.', 'ombudsman-ontario'),
      post(
        'Nous ne pouvons pas traiter les plaintes ici, car les réseaux sociaux ne sont pas confidentiels; utilisez notre formulaire en ligne.',
        'ombudsman-ontario',
      ),
      post('Please don’t share case details here: social media isn’t confidential. Our online form is.', 'ombudsman-ontario'),
      post('Chut! La bibliothèque prépare une surprise pour la relâche 🤫', 'senneterre'),
      post('The draft of the new trail plan is open for public comment until May 1.', 'ontario-specialist-accounts'),
      post('La liste des gagnants du concours sera affichée à l’écran pendant la séance du conseil.', 'baie-comeau'),
      post('You can see the full list of road closures on our website.', 'ontario-specialist-accounts'),
      post('Vous pouvez déposer une plainte contre votre municipalité avec notre formulaire en ligne.', 'ombudsman-ontario'),
      post('The RFP for the Far North lidar survey is now open on the Ontario Tenders Portal until March 3.', 'ontario-specialist-accounts'),
    ],
    invalid: [
      post('Petit scoop : le conseil va annoncer la semaine prochaine la fin du transport adapté le dimanche.', 'baie-comeau'),
      post('Je peux pas trop en dire, mais le garage municipal déménage dans le parc industriel 😉', 'senneterre'),
      post('Quick sneak peek at the draft wetland policy our team takes to the deputy minister Friday 👀', 'ontario-specialist-accounts'),
      post('Our cabinet submission on the moose tag allocation went in this morning. Fingers crossed!', 'ontario-specialist-accounts'),
      post('Can’t say much yet, but the Thunder Bay field office is closing this spring.', 'ontario-specialist-accounts'),
      post('CONFIDENTIEL — note au conseil : le rapport sur la caserne recommande sa fermeture.', 'baie-comeau'),
      post('Chut 🤫 le conseil votera mardi la vente du terrain de l’aréna, on vous en reparle!', 'baie-comeau'),
      post('Plainte reçue ce matin contre le dépanneur du coin pour des heures d’ouverture non respectées; on vérifie.', 'senneterre'),
      post('We received a complaint about the Pinewood Road kennel this week and an officer will visit Friday.', 'ombudsman-ontario'),
    ],
  });
});

// A person's own situation in a post is personal information (frames/privacy.yml), as the clauses call it.
describe("staff posts: a person's situation", () => {
  ruleTable(P, 'baie-comeau', 'personal_info', {
    valid: [
      post('Dépistage du cancer colorectal : parlez-en à votre médecin, un diagnostic précoce sauve des vies.', 'mess-quebec'),
      post('Merci à M. Gilles Auclair, bénévole de l’année, pour ses 30 ans au service des loisirs!', 'senneterre'),
      post('With his permission, we’re sharing Tom’s story: a Sudbury senior whose complaint was resolved in three weeks.', 'ombudsman-ontario'),
      post(
        'Bonjour M. Caron, pour protéger vos renseignements, nous ne pouvons pas discuter de votre dossier ici. Appelez le service à la clientèle.',
        'baie-comeau',
      ),
      post('La liste des familles qui ont payé leur inscription au camp de jour sera affichée à l’aréna.', 'baie-comeau'),
      post('Votre prestation a été déposée le 1er comme prévu? Écrivez-nous si ce n’est pas le cas.', 'mess-quebec'),
    ],
    invalid: [
      post('Merci à Mme Hélène Savard, qui a enfin payé ses arrérages de taxes après trois avis!', 'senneterre'),
      post('Bonjour, votre demande d’aide financière de dernier recours a été refusée parce que votre conjoint a un revenu d’emploi.', 'mess-quebec'),
      post('Bon retour parmi nous à Julie après son congé de maladie! 💐', 'baie-comeau'),
      post('Photo de mon bureau ce matin 📸 (zoomez sur la pile de dossiers, on avance!)', 'ontario-specialist-accounts'),
      post('Pic of my desk before the audit — zoom in on the applications, we’re almost done 😅', 'ontario-specialist-accounts'),
      post('Nos pensées accompagnent M. Réal Boucher, évacué de sa maison de la rue du Lac cette nuit.', 'baie-comeau'),
      post(
        'Voici la liste des contribuables qui n’ont toujours pas fait leur 2e versement : Gagnon (rue Notre-Dame), Ouellet (4e Avenue).',
        'senneterre',
      ),
      post('Here is the list of households that still haven’t paid their water bill: Smith on Elm, the Browns on Pine.', 'ombudsman-ontario'),
      post('Welcome back to Priya, who was on stress leave most of the winter!', 'ontario-specialist-accounts'),
      post('Thanks to complainant Ron Keeshig, whose son was placed by children’s aid without notice, for speaking up.', 'ombudsman-ontario'),
    ],
  });
});
