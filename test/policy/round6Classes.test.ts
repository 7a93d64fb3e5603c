// False-alarm classes found in blind round 6 (writer I): a shelter or a service named « d'urgence » is no emergency
// happening, and a system, poverty or waiting that « kills » threatens no one. Every phrasing here is our own; each
// class keeps the sentences that must still flag.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const mess = (text: string) => ({ text, policy: 'mess-quebec' });

describe('a shelter or a service called « d’urgence » is not an emergency happening', () => {
  ruleTable(P, 'senneterre', 'emergency', {
    valid: [
      "Les logements d'urgence, c'est la Ville ou l'Office d'habitation qui s'en occupe?",
      "Pourquoi installer des tentes d'urgence au camping municipal? Y'avait pas une autre place?",
      "Est-ce qu'il reste des lits d'urgence au refuge cet hiver?",
      mess("L'aide au logement d'urgence, c'est par vous autres ou par la ville?"),
      "Merci aux bénévoles de l'abri d'urgence, vous faites une différence.",
      "Les soins d'urgence sont-ils encore offerts la nuit au CLSC?",
    ],
    invalid: [
      "URGENCE : le feu est pris dans le bloc sur la 4e rue, y'a du monde en dedans!",
      "C'est une urgence, mon voisin est tombé dans l'escalier pis il bouge plus",
      "Urgence au camping, un enfant est tombé à l'eau!",
    ],
  });
});

describe('a thing or a system that « kills » threatens no one', () => {
  ruleTable(P, 'mess-quebec', 'threat', {
    valid: [
      'Quand on dit que le système tue à petit feu les personnes seules, c’est pas une image.',
      "La pauvreté tue les gens plus vite qu'on pense, regardez les chiffres.",
      'La bureaucratie tue les petits projets des régions.',
      "L'isolement tue les aînés à petit feu, faut en parler.",
      'Le froid tue les sans-abri chaque hiver, ouvrez des places.',
    ],
    invalid: [
      'Tuez les fonctionnaires du CLE, tous.',
      'Brûlez les bureaux du ministère pis ceux qui sont dedans.',
      'Tuez-les toutes, les agentes qui coupent nos chèques.',
    ],
  });
});

describe('an article the Ombudsman shares « via » its outlet stays in its own language; its own release does not', () => {
  ruleTable(P, 'ombudsman-ontario', 'language', {
    valid: [
      { text: "Via CBC News: today's report on segregation in Ontario jails, as covered by the CBC. Sharing is not endorsement.", kind: 'post' },
      { text: 'Via Radio-Canada : la couverture de notre rapport annuel sur les foyers de soins de longue durée.', kind: 'post' },
      { text: 'Source TVO: an interview about the annual report on long-term care homes in Ontario.', kind: 'post' },
    ],
    invalid: [
      { text: "News release: the Ombudsman's annual report on jails is out today, with 40 recommendations.", kind: 'post' },
      { text: 'Press release: our report on the Ontario Disability Support Program is published today with its findings.', kind: 'post' },
    ],
  });
});

describe('condolences mourn a death the community knows; a person’s file in a post is still personal information', () => {
  ruleTable(P, 'baie-comeau', 'personal_info', {
    valid: [
      {
        text: 'La Ville offre ses condoléances à la famille de la jeune fille décédée sur la route 138. Des intervenants sont disponibles.',
        kind: 'post',
      },
      { text: 'Nos sympathies à la famille et aux amis du jeune homme décédé samedi. Du soutien est offert par le CISSS.', kind: 'post' },
      { text: 'Toutes nos condoléances à la famille de M. Gagnon, décédé cette semaine, pompier volontaire pendant 30 ans.', kind: 'post' },
      {
        text: 'Our condolences to the family of the young man who died on Highway 11. Support is available.',
        kind: 'post',
        policy: 'ombudsman-ontario',
      },
      { text: 'In memory of Mr. Roy, deceased last week, who served on council for twenty years.', kind: 'post', policy: 'ombudsman-ontario' },
    ],
    invalid: [
      { text: 'Votre prestation a été suspendue parce que vous avez déménagé, M. Roy.', kind: 'post' },
      { text: 'Merci à M. Roy qui a enfin payé ses arrérages de taxes!', kind: 'post' },
      { text: 'Bon retour à Mme Côté après son congé de maladie pour dépression!', kind: 'post' },
    ],
  });
});

describe('thanks for a complaint already handled, or a joke about complaining, is no complaint made here', () => {
  ruleTable(P, 'ombudsman-ontario', 'complaint', {
    valid: [
      'Your office took my complaint last year and sorted it out in a month. Thank you, you helped my family.',
      'Thank you for taking the long-term care complaint seriously, it means a lot to residents.',
      'Thanks for looking into my mother’s complaint, it got resolved it in weeks.',
      'Ha, my kids say I complain about everything. Glad the real ombudsman exists.',
      'I complained to your office in 2022 and you helped me get my licence back. Thanks again.',
    ],
    invalid: [
      'I filed a complaint about the school board in May and nobody has called me back.',
      'I want to make a complaint against the Ministry of Transportation about my licence suspension.',
      'This is a complaint: the long-term care home in Sudbury ignores my father’s bedsores.',
    ],
  });
});
