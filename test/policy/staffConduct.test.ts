// Staff conduct in posts: a reply that mocks or lectures the citizen, a relative's or a friend's company favoured,
// a colleague's or a superior's work run down, a promise made in the organization's name from a personal account,
// the organization's logo on a personal profile, a ministry's policy attacked. Written from general knowledge after
// blind rounds 1–3 (none of them a round's text), with the posts that share the words and are fine: a courteous
// reply, thanks to a named partner, a neutral policy notice, an official reply in the City's name.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const post = (text: string, policy: string) => ({ text, policy, kind: 'post' as const });

describe('staff posts: conduct', () => {
  ruleTable(P, 'baie-comeau', 'conduct', {
    valid: [
      post(
        'Bonjour M. Fortin, l’avis de report de la collecte est dans notre publication de mardi. Si vous avez lu l’avis et avez encore des questions, écrivez-nous!',
        'baie-comeau',
      ),
      post(
        'Merci à notre partenaire, la Fondation de l’hôpital, et à l’entreprise Boréal Excavation pour leur don au parc Manicouagan.',
        'baie-comeau',
      ),
      post('Au nom du conseil municipal, nous offrons nos plus sincères condoléances à la famille de M. Paquet.', 'senneterre'),
      post('Au nom de la Ville, je vous confirme que la collecte des encombrants aura lieu lundi.', 'senneterre'),
      post('La nouvelle politique de stationnement d’hiver entre en vigueur le 1er décembre; voici ce qui change.', 'baie-comeau'),
      post('Vous déménagez? Pensez à nous aviser pour le transfert de votre compteur d’eau.', 'senneterre'),
      post('Recycler, c’est pas compliqué! Voici le nouveau guide du bac bleu.', 'baie-comeau'),
      post('Concours de dessin pour les jeunes : envoyez-nous un dessin de votre patinoire préférée!', 'senneterre'),
      post('Comme d’habitude, le maire remettra les prix aux bénévoles lors du souper de Noël.', 'baie-comeau'),
      post('Le Programme objectif emploi change le 1er avril : voici ce que ça veut dire pour vous.', 'mess-quebec'),
      post('L’utilisation du logo de la Ville sans autorisation est interdite; écrivez aux communications pour une demande.', 'senneterre'),
      post('Please read our community guidelines before commenting. We welcome every question.', 'ombudsman-ontario'),
      post('The new burn permit regulation takes effect April 1. Here is what changes for landowners.', 'ontario-specialist-accounts'),
      post(
        'My colleague Dr. Lee was in the field today sampling the Nith River; her methodology is explained in the report.',
        'ontario-specialist-accounts',
      ),
      post('Vous déménagez à Baie-Comeau? Bienvenue! Voici tout ce qu’il faut savoir sur les collectes.', 'baie-comeau'),
      post('Before you submit, I’d double-check that your address matches your licence.', 'ontario-specialist-accounts'),
      post('Si vous lisiez ceci sur votre téléphone, le lien vers le formulaire est plus bas.', 'baie-comeau'),
      post('Notre nouvelle bannière Facebook met en vedette le logo de la Ville et le pont de la rivière!', 'senneterre'),
      post('Thanks to our partners at the Grand River Conservation Authority for a great field day!', 'ontario-specialist-accounts'),
    ],
    invalid: [
      post('Madame, si vous aviez lu l’avis au lieu de vous plaindre sur Facebook, vous sauriez que la patinoire est fermée.', 'baie-comeau'),
      post('Pas content du déneigement? Allez vivre à Rimouski, on vous retiendra pas 🙄', 'senneterre'),
      post('Mon beau-frère a une entreprise de pavage, appelez-le de ma part pour vos entrées!', 'baie-comeau'),
      post('(compte perso) Comme employée de la Ville, je vous dis que le DG est incompétent, on le voit de l’intérieur.', 'baie-comeau'),
      post('Au nom de la Ville, je peux vous confirmer que le trottoir devant chez vous va être refait en juin, promis!', 'baie-comeau'),
      post('Inquiétez-vous pas, au nom de la Ville je m’en occupe : votre facture va être annulée.', 'senneterre'),
      post('Notre nouvelle photo de profil avec le logo officiel de la Ville pour que ce soit clair que je parle au nom de la Ville!', 'senneterre'),
      post('Franchement, la nouvelle réforme du ministère est mal pensée et va coûter des vies. Je l’avais dit.', 'ontario-specialist-accounts'),
      post('Avant de critiquer, vous pourriez vous chercher un emploi comme tout le monde au lieu de chialer.', 'mess-quebec'),
      post('Maybe read the report before lecturing us about jurisdiction, it’s in plain English.', 'ombudsman-ontario'),
      post('@RiverWatcher did you even open the data file? Learn to read a hydrograph.', 'ontario-specialist-accounts'),
      post('My cousin runs a great drainage consultancy — with the new program coming, hit him up before the rush.', 'ontario-specialist-accounts'),
      post('Funny how a certain colleague in my branch always gets the field season she wants. Not naming names.', 'ontario-specialist-accounts'),
      post('The ministry’s new water-taking directive is short-sighted and frankly a mess. I told them so.', 'ontario-specialist-accounts'),
      post('Updated my banner with the Government of Ontario trillium logo so everyone knows this is official.', 'ontario-specialist-accounts'),
      post('Re: Dr. Ames’s wetland counts — I’d double-check those numbers before anyone cites them.', 'ontario-specialist-accounts'),
    ],
  });
});
