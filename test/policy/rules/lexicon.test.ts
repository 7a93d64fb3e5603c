import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicon, lexiconParams, type LexiconParams } from '../../../src/policy/rules/lexicon.js';
import type { Policy, RuleConfig } from '../../../src/policy/schema.js';
import type { Category } from '../../../src/policy/types.js';

// The detector ignores the rule and policy it is compiled for (they only matter to the engine around it).
const rule = {} as RuleConfig;
const policy = {} as Policy;

function detectorFor(params: Partial<LexiconParams> & { lists: string[] }) {
  const parsed = lexiconParams.parse(params);
  return lexicon.compile(parsed, rule, policy);
}

const cats: Category[] = ['insult', 'hate', 'obscene', 'threat'];
const byCat = Object.fromEntries(cats.map((c) => [c, detectorFor({ lists: [c] })])) as Record<string, ReturnType<typeof detectorFor>>;

function found(text: string, lang?: 'fr' | 'en') {
  const cache = new Map<string, unknown>();
  const out: Record<string, string[]> = {};
  for (const c of cats) {
    const hits = byCat[c]!({ text, kind: 'comment', lang, policy, context: {}, cache });
    if (hits.length) out[c] = hits.map((h) => text.slice(h.span[0], h.span[1]));
  }
  return out;
}

// [text, category expected (or 'ok' for nothing at all), the text a span must cover]
const cases: [string, Category | 'ok', string?][] = [
  // French, France and Québec
  ["T'es un ostie de c0nn4rd", 'insult', 'c0nn4rd'],
  ['Espèce de CRÉTIN', 'insult', 'CRÉTIN'],
  ['Ferme ta gueule', 'insult'],
  ['Câlisse que c’est long', 'obscene', 'Câlisse'],
  ['tabarn@k de gouvernement', 'obscene', 'tabarn@k'],
  ['m*rde alors', 'obscene', 'm*rde'],
  ['Ce ministère de marde', 'obscene', 'marde'],
  ['Les musulmans sont des parasites', 'hate'],
  ['Sale bougnoule', 'hate', 'bougnoule'],
  ['Je vais te tuer', 'threat', 'Je vais te tuer'],
  ["j'vais te retrouver", 'threat'],
  ['Vous méritez de mourir.', 'threat'],
  // Québec French: sacres and their derivations, insults, threats
  ['Mon câlisse de char est encore au garage', 'obscene', 'câlisse'],
  ["C'est rendu n'importe quoi, estie", 'obscene', 'estie'],
  ['Crisse-moi patience avec ton formulaire', 'obscene', 'Crisse'],
  ['Ça va mal en sacrament', 'obscene', 'sacrament'],
  ['T’es rien qu’un gros cave', 'insult'],
  ['Maudit épais', 'insult'],
  ["M'as te tuer mon crisse", 'threat'],
  ['On sait où tu restes', 'threat'],
  ['Sale gouine', 'hate', 'gouine'],
  ['Les immigrants devraient retourner chez eux, ce sont des parasites', 'hate'],
  ['Les Arabes sont tous des voleurs', 'hate'],
  // English
  ['You are a f**king idiot', 'insult', 'idiot'],
  ['i d i o t s everywhere', 'insult', 'i d i o t s'],
  ['sh1t service', 'obscene', 'sh1t'],
  ['fuuuuck this', 'obscene', 'fuuuuck'],
  ['Immigrants are vermin', 'hate'],
  ['I will kill you', 'threat', 'I will kill you'],
  ['You deserve to die', 'threat'],
  ['I know where you live', 'threat'],
  ['Someone should shoot those people', 'threat'],
  ['You are a worthless piece of shit', 'insult'],
  ['Typical of a woman to be that stupid', 'hate'],
  ['I absolutely loathe Muslims', 'hate'],
  ['Fuck all immigrants', 'hate'],
  ['Womn are vermin', 'hate'],
  ['You c*nt', 'obscene', 'c*nt'],
  // Ordinary words that contain a bad one
  ['Le conseil municipal a consulté les citoyens concernant la culture', 'ok'],
  ["L'analyse permet de calculer la réputation des gens qui habitez Essex", 'ok'],
  ['The assessment of Cockburn street is done', 'ok'],
  ['Tabarouette que le service est lent!', 'ok'],
  ['Câline de bine, mautadit que ça niaise!', 'ok'],
  ['Les crissements de pneus la nuit dans la rue Principale', 'ok'],
  ["J'ai pris la petite caisse pour le dîner", 'ok'],
  ['Le virage à gauche est dangereux', 'ok'],
  ['Les immigrants ont droit aux services du Ministère', 'ok'],
  ["Les réfugiés méritent qu'on les aide", 'ok'],
  ['Je vais tuer le temps en attendant mon rendez-vous', 'ok'],
  ['The shooting schedule for the film', 'ok'],
  ['I will kill it at the interview tomorrow', 'ok'],
  ['Black people and women deserve equal pay', 'ok'],
  ['Stop calling women bitches, it is hateful', 'ok'],
  ['They are building a new dyke near the beach', 'ok'],
  ['We ate faggots with gravy for dinner', 'ok'],
  ['Je ne ferais jamais de mal à un trans.', 'ok'],
  ['Le ministre est incompétent et sa réforme est un échec.', 'ok'],
  ['The pros and cons of the plan', 'ok'],
  ['I had to take my bitch to the vet today', 'ok'],
  // Counter-speech: quoted or reported in a text that condemns it
  ['Statements like "immigrants are vermin" are deeply hurtful.', 'ok'],
  ["It's really not okay to be calling people retards.", 'ok'],
  ['Arrêtez de traiter les gens de connards, c’est inacceptable.', 'ok'],
  ['I never said that women are scum.', 'ok'],
  // ...but quoting alone, or reporting without condemning, is still the author's own words
  ['I said you are an idiot and I meant it', 'insult', 'idiot'],
  ['"Immigrants are vermin" and proud of it', 'hate'],
];

describe('lexicon detector', () => {
  it.each(cases)('%s → %s', (text, expected, covered) => {
    const out = found(text);
    if (expected === 'ok') {
      expect(out).toEqual({});
      return;
    }
    expect(Object.keys(out)).toContain(expected);
    if (covered) expect(out[expected]!.some((m) => m.includes(covered) || covered.includes(m))).toBe(true);
  });

  it('rejects unknown lists and bad params with a reason', () => {
    const r = lexiconParams.safeParse({ lists: ['nope'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/no lexicon 'nope'/);
    expect(lexiconParams.safeParse({ lists: [] }).success).toBe(false);
    expect(lexiconParams.safeParse({ lists: ['insult'], language: 'de' }).success).toBe(false);
  });

  it('reports every bad entry of a lexicon file with its position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-lex-'));
    mkdirSync(join(dir, 'fr'));
    writeFileSync(
      join(dir, 'fr', 'bad.yml'),
      'source: test\nlicence: MIT\nentries:\n  - { term: "deux mots" }\n  - { severity: high }\n  - { term: ok, severity: extreme }\n',
    );
    const r = lexiconParams.safeParse({ lists: ['bad'], dir });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/entries\.0/);
    expect(messages).toMatch(/entries\.1: each entry needs exactly one of `term`/);
    expect(messages).toMatch(/entries\.2\.severity/);
  });

  it('applies strict entries only in their own language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-lex-'));
    mkdirSync(join(dir, 'fr'));
    writeFileSync(join(dir, 'fr', 'x.yml'), 'source: t\nlicence: MIT\nentries:\n  - { term: con, strict: true }\n');
    const d = detectorFor({ lists: ['x'], dir });
    const run = (text: string, lang?: 'fr' | 'en') => d({ text, kind: 'comment', lang, policy, context: {}, cache: new Map() });
    expect(run("t'es vraiment con", 'fr')).toHaveLength(1);
    expect(run('a con artist', 'en')).toHaveLength(0);
    expect(run("t'es vraiment con, tu sais")).toHaveLength(1);
  });

  it('carries the entry severity, action and the term as detail', () => {
    const [hit] = byCat.obscene!({ text: 'Oh merde', kind: 'comment', lang: 'fr', policy, context: {}, cache: new Map() });
    expect(hit).toMatchObject({ span: [3, 8], severity: 'low', action: 'review', detail: 'merde' });
  });
});
