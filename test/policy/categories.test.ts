// Every category, from the five seed policies, in French (Québec French too) and English, traps included.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('mess-quebec (comments)', () => {
  ruleTable(P, 'mess-quebec', 'personal_info', {
    valid: [
      'Mon numéro de dossier 2026-000123 est en traitement depuis lundi.',
      'Le programme Objectif emploi compte 12 000 participants en 2025.',
      'Réf. 4521-889-1234 pour la facture',
      'Le rapport 2024 montre 3 500 000 $ investis.',
      'Merci pour l’info sur la Déclaration de service!',
      'Le code postal du bureau est dans la page « Nous joindre ».',
    ],
    invalid: [
      { text: 'Appelez-moi au 514-555-1234 poste 22 svp', match: 'poste 22', verdict: 'hide' },
      { text: 'Call me at (416) 555-0199 anytime', match: '555-0199' },
      { text: 'Écrivez à marie.tremblay@gmail.com pour lui parler', match: 'marie.tremblay@gmail.com' },
      { text: 'Mon NAS est 046 454 286, pouvez-vous vérifier?', match: '046 454 286' },
      { text: 'My SIN 046-454-286 was refused', match: '046-454-286' },
      { text: 'J’habite au 1234, rue Principale, Rouyn-Noranda', match: '1234, rue Principale' },
      { text: 'I live at 55 Queen Street in Toronto', match: '55 Queen Street' },
      { text: 'mon code postal est H2X 1Y4', match: 'H2X 1Y4' },
      { text: 'Ma carte soleil TREM 8503 1512 a expiré', match: 'TREM 8503 1512' },
      { text: 'My health card 1234-567-897 AB expired', match: '1234-567-897 AB' },
      { text: 'Voici ma carte de crédit 4111 1111 1111 1111 pour payer', match: '4111 1111 1111 1111' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'insult', {
    valid: [
      'Le Ministère est incompétent dans ce dossier, je suis en désaccord avec cette décision.',
      'Le conseil municipal a adopté le budget.',
      'This policy is a bad idea and I disagree with it.',
      // Wishing a thing away is an opinion about the thing.
      'The world would be better off without plastic bags like these.',
    ],
    invalid: [
      { text: 'Gang de connards au ministère', verdict: 'hide' },
      { text: "T'es juste un tabarnak d'imbécile", verdict: 'hide' },
      { text: 'You are all idiots', verdict: 'hide' },
      { text: 'This country would be better off without bureaucrats like you', verdict: 'hide' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'hate', {
    valid: ['Les femmes méritent le respect', 'Les immigrants contribuent à l’économie du Québec', 'Muslims and Jews live here in peace'],
    invalid: [
      { text: 'Les immigrants sont des parasites', verdict: 'hide' },
      { text: 'Muslims are vermin', verdict: 'hide' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'obscene', {
    valid: ['Le programme de calisthénie est offert au centre.', 'Excellent service, merci!'],
    invalid: ['Câlisse que c’est long', 'What the fuck is this', 'osti de ciboire'],
  });
  ruleTable(P, 'mess-quebec', 'threat', {
    valid: ['Je ne ferais jamais de mal à personne.', 'Le feu de circulation est brisé.'],
    invalid: ['Je vais te tuer', "I'm going to kill you"],
  });
  ruleTable(P, 'mess-quebec', 'defamation', {
    valid: [
      'Le gouvernement vole les contribuables avec ses taxes.',
      'Le ministère est incompétent.',
      'Un voleur a été arrêté près du bureau, selon la police.',
      'Paul Dubé a publié son rapport',
      'Le député Martin devrait démissionner',
    ],
    invalid: [
      { text: 'Le maire est un voleur', verdict: 'hide' },
      { text: 'Jean Tremblay a volé de l’argent du programme', match: 'a volé' },
      { text: 'The minister is a crook', match: 'crook' },
      { text: 'Mme Gagnon prend des pots-de-vin', match: 'pots-de-vin' },
      { text: 'Mon agent m’a menti, c’est un menteur', match: 'menteur' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'commercial', {
    valid: ['Le Ministère vend-il des services aux entreprises?', 'Quels sont les programmes pour les entreprises?'],
    invalid: [
      { text: 'Gagnez de l’argent rapidement à domicile, écrivez-moi en privé!', verdict: 'hide' },
      'Achetez maintenant, code promo VIGIE10',
      'Make money fast from home with bitcoin',
    ],
  });
  ruleTable(P, 'mess-quebec', 'political', {
    valid: ['Le Parlement siège cette semaine?', 'Quelle est la politique d’aide au logement?'],
    invalid: ['Votez CAQ aux prochaines élections!', 'Québec solidaire ferait mieux', 'Vote Liberal in the next election'],
  });
  ruleTable(P, 'mess-quebec', 'complaint', {
    valid: [
      'Je ne suis pas d’accord avec cette réforme.',
      'Comment faire une demande d’aide sociale?',
      // Waiting alone is a question the Ministry answers (its policy redirects no complaint; see mess-quebec.yml).
      'Chu tanné, ça fait trois semaines que j’attends une réponse pour mon dossier',
    ],
    invalid: [
      { text: 'Je veux porter plainte contre mon agent', reply: true },
      { text: 'Mon dossier est bloqué depuis trois mois', reply: true },
      { text: 'Ça fait 6 semaines que j’attends mon chèque, personne ne me rappelle', reply: true },
      { text: 'Chu tanné, ça fait trois semaines que j’attends une réponse pour mon dossier', policy: 'baie-comeau', reply: true },
      { text: 'I want to file a complaint about my caseworker', reply: true },
      { text: 'My claim was denied and nobody calls me back', reply: true },
    ],
  });
  ruleTable(P, 'mess-quebec', 'emergency', {
    valid: ["C'est urgent pour mon chèque", 'Les feux d’artifice de la Fête nationale étaient beaux'],
    invalid: [
      { text: 'Au secours, il y a un feu dans l’immeuble!', reply: true },
      { text: 'Je veux me suicider', reply: true },
      { text: 'My neighbour is not breathing, help us', reply: true },
    ],
  });
  ruleTable(P, 'mess-quebec', 'media', {
    valid: [
      'J’ai une entrevue d’emploi demain, des conseils?',
      'La journaliste a demandé au ministre de répondre',
      'Pour rappel le porte parole a confirmé',
    ],
    invalid: [
      { text: 'Je suis journaliste à La Presse, pouvez-vous m’accorder une entrevue?', reply: true },
      { text: 'Reporter with CBC here, media inquiry about the program', reply: true },
    ],
  });
});

describe('mess-quebec (posts)', () => {
  ruleTable(P, 'mess-quebec', 'language', {
    valid: [
      { text: 'Le programme Objectif emploi est maintenant offert dans toutes les régions du Québec.', kind: 'post' },
      { text: 'Click here to apply for the new program today.', kind: 'comment' },
    ],
    invalid: [
      { text: 'Nouvelle mesure pour l’emploi. Click here to apply for the new program today.', kind: 'post', match: 'Click here' },
      { text: 'The Ministry launches a new employment program for young people.', kind: 'post' },
    ],
  });
  ruleTable(P, 'mess-quebec', 'confidential', {
    valid: [{ text: 'Le programme est public et ouvert à tous.', kind: 'post' }],
    invalid: [{ text: 'Document interne — ne pas diffuser avant lundi', kind: 'post' }],
  });
});

describe('senneterre', () => {
  ruleTable(P, 'senneterre', 'shouting', {
    valid: ['La RAMQ et la CNESST ont des bureaux à Val-d’Or.', 'OK merci', 'Bon FEU de la St-Jean!'],
    invalid: [{ text: 'ARRÊTEZ DE NOUS MENTIR SUR LES TAXES', match: 'ARRÊTEZ DE NOUS MENTIR SUR LES TAXES' }, 'WHY IS THE ROAD STILL CLOSED'],
  });
  ruleTable(P, 'senneterre', 'link', {
    valid: ['Voir https://www.ville.senneterre.qc.ca/avis pour les détails', 'Info sur quebec.ca et https://www.facebook.com/VilledeSenneterre'],
    invalid: [{ text: 'Meilleurs prix sur www.promo-deals.com!', match: 'www.promo-deals.com' }, 'Check bit.ly/3xYz for deals'],
  });
  ruleTable(P, 'senneterre', 'complaint', {
    valid: ['Merci pour le déneigement rapide!'],
    invalid: [{ text: 'Je porte plainte pour le déneigement de ma rue', reply: true, match: 'plainte' }],
  });
  ruleTable(P, 'senneterre', 'emergency', {
    valid: ['Le camp de jour commence lundi'],
    invalid: [{ text: 'Fuite de gaz sur la 10e Avenue, appelez les pompiers!', reply: true }],
  });
  ruleTable(P, 'senneterre', 'personal_info', {
    valid: ['Appelez la Ville au 819 737-2296 ou info@ville.senneterre.qc.ca'],
    invalid: ['Mon voisin, 819 555-0142, fait du bruit'],
  });
  ruleTable(P, 'senneterre', 'political', {
    valid: ['La séance du conseil est mardi.'],
    invalid: ['Le PQ va gagner, votez pour le Parti québécois'],
  });
  ruleTable(P, 'senneterre', 'repetition', {
    valid: [
      { text: 'Merci!', context: { authorHistory: { recent: [{ fingerprint: 'merci', at: '2026-01-01T10:00:00Z', itemId: 'a' }], violations: [] } } },
      {
        text: 'La rue Principale est encore fermée ce matin',
        context: { authorHistory: { recent: [], violations: [{ itemId: 'x', at: '2026-01-01', categories: ['insult'] }] } },
      },
    ],
    invalid: [
      {
        text: 'LA RUE PRINCIPALE EST ENCORE FERMÉE!!',
        context: {
          authorHistory: {
            recent: [{ fingerprint: 'la rue principale est encore fermee', at: '2026-01-01T10:00:00Z', itemId: 'a' }],
            violations: [],
          },
        },
      },
      {
        text: 'Encore moi',
        context: {
          authorHistory: {
            recent: [],
            violations: [
              { itemId: 'x', at: '2026-01-01', categories: ['insult'] },
              { itemId: 'y', at: '2026-01-02', categories: ['obscene'] },
            ],
          },
        },
      },
    ],
  });
});

describe('baie-comeau (posts)', () => {
  ruleTable(P, 'baie-comeau', 'frequency', {
    valid: [
      { text: 'Avis d’ébullition levé dans le secteur Mingan.', kind: 'post', context: { postsToday: 1 } },
      { text: 'Avis d’ébullition levé dans le secteur Mingan.', kind: 'post' },
      { text: 'Avis d’ébullition levé.', kind: 'comment', context: { postsToday: 5 } },
    ],
    invalid: [{ text: 'Venez à la Bande estivale ce soir!', kind: 'post', context: { postsToday: 2 } }],
  });
  ruleTable(P, 'baie-comeau', 'political', {
    valid: [{ text: 'Le conseil municipal a adopté le budget 2027.', kind: 'post' }],
    invalid: [{ text: 'Votez pour le Parti libéral aux prochaines élections', kind: 'post' }],
  });
  ruleTable(P, 'baie-comeau', 'confidential', {
    valid: [{ text: 'Collecte des encombrants le 12 mai.', kind: 'post' }],
    invalid: [{ text: 'Confidentiel : liste des contribuables en retard de paiement', kind: 'post' }],
  });
});

describe('ombudsman-ontario', () => {
  ruleTable(P, 'ombudsman-ontario', 'complaint', {
    valid: ['Great report on school boards, thank you for your work.'],
    invalid: [
      { text: 'I want to complain about the children’s aid society', reply: true },
      { text: 'Je veux déposer une plainte contre ma municipalité', reply: true },
    ],
  });
  ruleTable(P, 'ombudsman-ontario', 'language', {
    valid: [
      {
        text: 'News release: the Ombudsman’s annual report is out today. Communiqué : le rapport annuel de l’Ombudsman est publié aujourd’hui.',
        kind: 'post',
      },
      { text: 'Our team enjoyed meeting students at the career fair today.', kind: 'post' },
    ],
    invalid: [{ text: 'News release: the Ombudsman’s annual report is out today, read it on our website.', kind: 'post' }],
  });
  ruleTable(P, 'ombudsman-ontario', 'off_topic', {
    valid: [
      'Bravo!',
      'I waited two years for my school board to answer my letters about my son’s special education plan and nobody ever replied, is this something your office looks into when a board ignores parents?',
      'Regardez mon chat qui joue du piano',
    ],
    invalid: [
      'Look at my cat playing the piano in the kitchen with my dog and my two parrots this morning, it is so funny, I laughed for ten minutes and then we all went outside to play in the snow until lunch time',
    ],
  });
  ruleTable(P, 'ombudsman-ontario', 'commercial', {
    valid: ['Thank you for the report on long-term care homes.', 'How do I subscribe? Is there a newsletter?'.replace('subscribe', 'sign up')],
    invalid: [
      'Please subscribe to my channel, I subscribe back!',
      'Check out my new remix on my page',
      'Gagnez de l’argent facilement à la maison, écrivez-moi en privé',
    ],
  });
  ruleTable(P, 'ombudsman-ontario', 'emergency', {
    valid: [
      'The 911 report was interesting',
      'Bear saves drowning crow, what a video',
      'Critiquer l’immigration = suicide social',
      'aidez moi svp pour choisir mes cours',
    ],
    invalid: [
      { text: 'My neighbour is suicidal, please call 911', reply: true },
      { text: 'Appelez le 9-1-1, il y a un incendie sur la rue', reply: true },
    ],
  });
  ruleTable(P, 'ombudsman-ontario', 'signature', {
    valid: [
      { text: 'I was glad to meet the students of Sudbury today. -PD', kind: 'post' },
      { text: 'J’ai eu le plaisir de rencontrer les élèves de Sudbury. CB', kind: 'post' },
      { text: 'Our office released its annual report today.', kind: 'post' },
      { text: 'I want to complain', kind: 'comment' },
    ],
    invalid: [{ text: 'I was glad to meet the students of Sudbury today.', kind: 'post', match: 'I' }],
  });
  ruleTable(P, 'ombudsman-ontario', 'media', {
    valid: ['Thank you for the presentation'],
    invalid: [{ text: 'I am a journalist at the Star, can the Ombudsman comment for our story?', reply: true }],
  });
});

describe('ontario-specialist-accounts (posts)', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'conduct', {
    valid: [{ text: 'Proud of our soil health team for this project. Fière de notre équipe pour ce projet.', kind: 'post' }],
    invalid: [
      { text: 'Honestly I disagree with the ministry’s new policy, it is a mistake.', kind: 'post' },
      { text: 'Je recommande fortement l’entreprise Sols Plus comme fournisseur', kind: 'post' },
    ],
  });
  ruleTable(P, 'ontario-specialist-accounts', 'accessibility', {
    valid: [
      { text: 'Field day photos. Photos de la journée sur le terrain.', kind: 'post', context: { images: [{ altText: 'Soil samples on a table' }] } },
      { text: 'Field day. Journée sur le terrain.', kind: 'post' },
    ],
    invalid: [{ text: 'Field day photos', kind: 'post', context: { images: [{ altText: 'Samples' }, {}] } }],
  });
  ruleTable(P, 'ontario-specialist-accounts', 'copyright', {
    valid: [
      { text: 'Sharing this great article on soil carbon: https://example.org/soil', kind: 'post' },
      { text: 'Photo of our field trip (credit: J. Smith)', kind: 'post' },
    ],
    invalid: [{ text: 'Sharing this great article on soil carbon', kind: 'post' }],
  });
  ruleTable(P, 'ontario-specialist-accounts', 'political', {
    valid: [{ text: 'New soil maps are available.', kind: 'post' }],
    invalid: [{ text: 'Doug Ford is doing a great job, vote PC!', kind: 'post' }],
  });
});
