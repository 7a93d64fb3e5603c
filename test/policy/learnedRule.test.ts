// The learned second opinion (detector `learned`, policies/models/README.md) as a rule of a policy.
// Every phrasing is our own, none from a blind round: veiled threats, group contempt and name-calling that no list
// holds must be put to a person (review, never hide); ordinary questions and remarks with the same words (the
// office, the car, newcomers, women in politics, hunting, self-mockery) and counter-speech that quotes abuse to
// condemn it stay silent. A retrained model that loses these fails here: look at why before changing the table.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/policy/check.js';
import { compilePolicy } from '../../src/policy/compilePolicy.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Category } from '../../src/policy/types.js';
import { shippedPolicies } from './ruleTester.js';

const shipped = shippedPolicies();
// The shipped policies do not enforce the learned rules yet (policies/models/README.md says why): each test policy
// is a shipped one with the rules a policy would add, one per head, under the clause of its own threat rule.
const withLearned = new Map<string, Policy>();
const P = () => {
  if (withLearned.size === 0) {
    for (const [id, p] of shipped()) {
      const clause = p.rules.find((r) => r.category === 'threat')?.clause ?? p.rules[0]!.clause;
      const learned = (['hate', 'threat', 'insult'] as const).map((h) => ({
        id: `learned-${h}`,
        category: h,
        detector: 'learned',
        params: { model: 'second-opinion', heads: [h] },
        kinds: ['comment' as const],
        action: 'review' as const,
        severity: 'medium' as const,
        clause,
        message: { fr: '{detail}', en: '{detail}' },
      }));
      withLearned.set(id, { ...p, rules: [...p.rules, ...learned] });
    }
  }
  return withLearned;
};
const learnedOf = (policy: string, text: string, kind: 'comment' | 'post' = 'comment') => {
  const p = P().get(policy)!;
  const r = check(p, text, { kind });
  return { r, learned: r.findings.filter((f) => f.rule.startsWith(`${policy}/learned-`)) };
};

function table(category: Category, policy: string, cases: { flag: string[]; ok: string[] }) {
  describe(`learned ${category} (${policy})`, () => {
    for (const text of cases.flag) {
      it(`asks a person: ${text.slice(0, 70)}`, () => {
        const { learned } = learnedOf(policy, text);
        const mine = learned.filter((f) => f.category === category);
        expect(mine.length, JSON.stringify(learned.map((f) => [f.category, f.match]))).toBe(1);
        for (const f of mine) {
          expect(f.action).toBe('review');
          expect(text.slice(f.span[0], f.span[1])).toBe(f.match);
          expect(f.match.trim().length).toBeGreaterThan(0);
          expect(f.message.fr).toMatch(/^« .+ » : Deuxième avis appris \(un modèle statistique, pas une règle\) — .+ : probabilité \d+ %\./);
          expect(f.message.en).toMatch(/^“.+”: Learned second opinion \(a statistical model, not a rule\) — .+: probability \d+%\./);
        }
      });
    }
    for (const text of cases.ok) {
      it(`stays silent: ${text.slice(0, 70)}`, () => {
        const { r, learned } = learnedOf(policy, text);
        expect(learned).toEqual([]);
        expect(r.verdict).toBe('ok');
      });
    }
  });
}

table('threat', 'mess-quebec', {
  flag: [
    "Continue comme ça pis tu vas voir ce qui va t'arriver en sortant du bureau",
    'Un jour quelqu’un va lui faire payer tout ça, au ministre, pis je serai pas triste',
    "Je vais sortir le 12 pis aller faire un tour à l'hôtel de ville",
  ],
  ok: [
    'Mon char est au garage, est-ce que je peux faire la demande en ligne?',
    "Est-ce qu'on peut chasser le chevreuil sur les terres de la ville? J'ai mon 12.",
    "La chasse à l'orignal commence quand cette année?",
    'Bravo à l’équipe, vous avez tué ça au tournoi!',
    'Merci, j’ai reçu mon chèque ce matin.',
  ],
});

table('threat', 'ombudsman-ontario', {
  flag: ["Keep it up and you'll find out what happens when you leave work", 'Somebody is going to make that councillor pay one of these days'],
  ok: [
    'Is the office open when I get off work at five?',
    'I know the form is online, but where do I send it?',
    'People who tell immigrants to "go back home" should be ashamed.',
  ],
});

table('hate', 'senneterre', {
  flag: [
    "Ces gens-là ont pas les mêmes valeurs que nous autres, qu'ils restent chez eux",
    'Les femmes en politique, c’est juste bon pour faire des photos',
  ],
  ok: [
    'Les nouveaux arrivants de la région cherchent des cours de français, y en a-tu?',
    'Les femmes en politique sont encore trop peu nombreuses au conseil.',
    "Le monde qui écrivent « retournez chez vous » aux nouveaux arrivants, c'est honteux.",
    'On a payé nos taxes, on veut savoir où va l’argent.',
  ],
});

table('insult', 'baie-comeau', {
  flag: ["T'as le cerveau d'une huître, retourne à l'école", 'Quelle bande de cabochons au conseil, franchement'],
  ok: [
    "J'ai eu l'air d'un cabochon, j'avais oublié ma carte à la maison haha",
    'Je me sens comme une huître sans perle ce matin, pas réveillé',
    "Arrêtez de traiter les employés de « gang d'incompétents », c'est du monde qui travaille fort.",
  ],
});

table('insult', 'ombudsman-ontario', {
  flag: ['Your brain must be the size of a pea'],
  ok: ['My kid wants to be a clown for Halloween, any events at the library?', 'Newcomers in town are looking for English classes, any info?'],
});

describe('the learned rule never hides and reads what its policy names', () => {
  it('its findings ask for review even where the rules hide', () => {
    const { r, learned } = learnedOf('mess-quebec', 'What a clown show, every single one of you is useless');
    expect(learned.map((f) => f.action)).toEqual(['review']);
    expect(r.findings.some((f) => !f.rule.includes('/learned-') && f.action === 'hide')).toBe(true);
  });

  it('a staff post is not read by a rule that names comments only', () => {
    const text = 'Somebody is going to make that councillor pay one of these days';
    expect(learnedOf('ombudsman-ontario', text, 'comment').learned).toHaveLength(1);
    expect(learnedOf('ombudsman-ontario', text, 'post').learned).toEqual([]);
  });

  it('counter-speech: the same words quoted to condemn them are not its author’s', () => {
    const said = 'Somebody is going to make that councillor pay one of these days';
    expect(learnedOf('ombudsman-ontario', said).learned).toHaveLength(1);
    expect(learnedOf('ombudsman-ontario', `Writing "${said}" under a post about a councillor is disgusting, stop it.`).learned).toEqual([]);
  });

  it('a policy that asks it to hide is refused, with the reason', () => {
    const base = P().get('mess-quebec')!;
    const rule = base.rules.find((r) => r.id === 'learned-threat')!;
    const policy: Policy = { ...base, rules: [{ ...rule, action: 'hide' }] };
    expect(() => compilePolicy(policy)).toThrow(/learned-threat.*never hides/);
  });
});
