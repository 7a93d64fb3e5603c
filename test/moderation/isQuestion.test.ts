import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/moderation/isQuestion.js';

describe('isQuestion', () => {
  const questions = [
    'Quand ouvre la piscine?',
    "C'est quoi l'horaire ?",
    'Quand ouvre la piscine',
    'Bonjour, avez-vous des nouvelles du déneigement',
    "Pouvez vous m'aider",
    'Est-ce que la collecte a lieu lundi',
    'Merci. Y a-t-il une navette pour le festival',
    'Peut-on payer en ligne',
    'Where can I register',
    'Hi, is there parking near the office',
    'Do you accept cheques',
  ];
  const statements = [
    'Rendez-vous au parc demain',
    'Inscrivez-vous vite',
    "Merci pour l'info!",
    'Voir https://ville.ca/avis?id=12 pour les détails',
    'What a great event',
    'Do not post here',
    'A nous de jouer',
    'Bravo à toute l’équipe',
  ];
  it.each(questions)('asks: %s', (text) => expect(isQuestion(text)).toBe(true));
  it.each(statements)('does not ask: %s', (text) => expect(isQuestion(text)).toBe(false));
});
