import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { framesFor } from '../../src/text/frames/framesFor.js';
import { normalize } from '../../src/text/normalize.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'vigie-frames-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), body);
  }
  return d;
}

const SETS = 'source: test\nlicence: MIT\ninflect:\n  - { from: "", to: [s, e, es] }\nsets:\n  negation: [=pas]\n';

describe('frames', () => {
  it('matches words by lemma, in order, inside one sentence and within the window', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS + '  group: [immigrant, étranger]\n  bad: [voleur]\n',
      'fr/frames/x.yml': 'source: test\nlicence: MIT\nframes:\n  - { id: gp, sets: [group, bad], within: 4 }\n',
    });
    const m = framesFor(d, ['x'], 'fr')!;
    const found = (t: string) => m.match(normalize(t)).map((h) => t.slice(h.span[0], h.span[1]));
    expect(found('Les étrangères sont des voleurs')).toEqual(['étrangères sont des voleurs']);
    expect(found('Les immigrants. Des voleurs')).toEqual([]);
    expect(found('Des voleurs et des immigrants')).toEqual([]);
    expect(found('Les immigrants ne sont pas des voleurs')).toEqual([]);
    expect(found('Les immigrants du quartier nord de la ville sont des voleurs')).toEqual([]);
  });

  it('with scope: text, meets across sentences; a sentence frame never does; within over 20 needs scope: text', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS,
      'fr/frames/m.yml':
        'source: test\nlicence: MIT\nsets:\n  press: [journaliste]\n  ask: [entrevue]\n' +
        'frames:\n  - { id: t, sets: [press, ask], anyOrder: true, within: 30, scope: text }\n',
      'fr/frames/s.yml':
        'source: test\nlicence: MIT\nsets:\n  press: [journaliste]\n  ask: [entrevue]\nframes:\n  - { id: s, sets: [press, ask], anyOrder: true, within: 20 }\n',
      'fr/frames/bad.yml': 'source: test\nlicence: MIT\nsets:\n  a: [x]\nframes:\n  - { id: b, sets: [a], within: 30 }\n',
    });
    const t = framesFor(d, ['m'], 'fr')!;
    const s = framesFor(d, ['s'], 'fr')!;
    const text = 'Julie, journaliste au Nord. Une entrevue avec le maire?';
    expect(t.match(normalize(text)).map((h) => h.frame.id)).toEqual(['t']);
    expect(s.match(normalize(text))).toEqual([]);
    expect(() => framesFor(d, ['bad'], 'fr')).toThrow(/within: at most 20 words inside a sentence/);
  });

  it("keeps each list's own sets to itself: two files' sets of one name never merge", () => {
    const d = dir({
      'fr/frames/sets.yml': SETS,
      'fr/frames/a.yml':
        'source: test\nlicence: MIT\nsets:\n  target: [maire]\n  act: [frapper]\nframes:\n  - { id: a, sets: [act, target], within: 4 }\n',
      'fr/frames/b.yml':
        'source: test\nlicence: MIT\nsets:\n  target: [chat]\n  act: [perdre]\nframes:\n  - { id: b, sets: [act, target], within: 4 }\n',
    });
    const m = framesFor(d, ['a', 'b'], 'fr')!;
    const ids = (x: string) => m.match(normalize(x)).map((h) => h.frame.id);
    expect(ids('frapper le maire')).toEqual(['a']);
    expect(ids('perdre le chat')).toEqual(['b']);
    expect(ids('frapper le chat')).toEqual([]);
    expect(ids('perdre le maire')).toEqual([]);
  });

  it('spans as many sentences as the frame says, and no more', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS + '  group: [immigrant]\n  bad: [parasite]\n',
      'fr/frames/w.yml': 'source: test\nlicence: MIT\nframes:\n  - { id: two, sets: [group, bad], within: 20, sentences: 2 }\n',
    });
    const m = framesFor(d, ['w'], 'fr')!;
    const found = (t: string) => m.match(normalize(t)).map((h) => t.slice(h.span[0], h.span[1]));
    expect(found('Encore des immigrants au motel. Des parasites, rien d’autre.')).toEqual(['immigrants au motel. Des parasites']);
    expect(found('Des parasites. Encore des immigrants au motel.')).toEqual([]);
    expect(found('Les immigrants arrivent. Il neige. Des parasites dans le jardin.')).toEqual([]);
    expect(found('Des immigrants parasites')).toEqual(['immigrants parasites']);
  });

  it('counts `within` from the last word of the first set, so a long entry does not use up the distance', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS + "  group: [=le monde sur l'aide sociale, immigrant]\n  bad: [vermine]\n",
      'fr/frames/v.yml': 'source: test\nlicence: MIT\nframes:\n  - { id: gp, sets: [group, bad], within: 5 }\n',
    });
    const m = framesFor(d, ['v'], 'fr')!;
    const found = (t: string) => m.match(normalize(t)).map((h) => t.slice(h.span[0], h.span[1]));
    expect(found('Le monde sur l’aide sociale c’est de la vermine')).toEqual(['Le monde sur l’aide sociale c’est de la vermine']);
    expect(found('Les immigrants du quartier nord de la ville sont de la vermine')).toEqual([]);
  });

  it("reads a negation inside one of the frame's own words as part of that word", () => {
    const d = dir({
      'fr/frames/sets.yml': SETS + '  you: [=vous etes]\n  bad: [=pas bons, =cave]\n',
      'fr/frames/u.yml': 'source: test\nlicence: MIT\nframes:\n  - { id: ya, sets: [you, bad], within: 5 }\n',
    });
    const m = framesFor(d, ['u'], 'fr')!;
    const found = (t: string) => m.match(normalize(t)).map((h) => t.slice(h.span[0], h.span[1]));
    expect(found('Vous êtes une gang de pas bons')).toEqual(['Vous êtes une gang de pas bons']);
    expect(found('Vous êtes pas des caves')).toEqual([]);
  });

  it('with alone: true, matches only when its words are the whole text, emoji aside (a one-word reply)', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS,
      'fr/frames/a.yml':
        'source: test\nlicence: MIT\nsets:\n  mock: [clown, 🤡]\n  circus: [cirque]\n' +
        'frames:\n  - { id: bare, sets: [mock], within: 0, alone: true, unless: [circus] }\n  - { id: twice, sets: [mock, mock], within: 1, alone: true }\n',
    });
    const m = framesFor(d, ['a'], 'fr')!;
    const ids = (x: string) => m.match(normalize(x)).map((h) => h.frame.id);
    expect(ids('Clowns.')).toEqual(['bare']);
    expect(ids('👏 clowns 👏')).toEqual(['bare']);
    expect(ids('🤡')).toEqual(['bare']);
    expect(new Set(ids('🤡🤡'))).toEqual(new Set(['bare', 'twice']));
    expect(ids('Les clowns du festival arrivent samedi')).toEqual([]);
    expect(ids('Clowns. Jongleurs. Maquillage pour les enfants.')).toEqual([]);
    expect(ids('🤡 au cirque samedi')).toEqual([]);
  });

  it('reports a frame that names an unknown set with its file, line and column', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS,
      'fr/frames/y.yml': 'source: test\nlicence: MIT\nframes:\n  - id: bad\n    sets: [negation, nowhere]\n',
    });
    expect(() => framesFor(d, ['y'], 'fr')).toThrow(/y\.yml:5:\d+: frame 'bad': no set 'nowhere'/);
  });

  it('stays linear on 100 KB of hostile text', () => {
    const d = dir({
      'fr/frames/sets.yml': SETS + '  group: [immigrant]\n  bad: [voleur]\n',
      'fr/frames/z.yml': 'source: test\nlicence: MIT\nframes:\n  - { id: gp, sets: [group, bad], anyOrder: true, within: 8 }\n',
    });
    const m = framesFor(d, ['z'], 'fr')!;
    const small = normalize('immigrants voleurs '.repeat(500));
    const big = normalize('immigrants voleurs '.repeat(5_000));
    expect(m.match(big).length).toBeGreaterThan(m.match(small).length);
  });

  it('reads the triple parentheses as a word of their own, as it reads an emoji; one or two are punctuation', () => {
    const d = dir({
      'en/frames/sets.yml': 'source: test\nlicence: MIT\nsets:\n  negation: [=not]\n',
      'en/frames/e.yml':
        'source: test\nlicence: MIT\nsets:\n  echo: ["((("]\n  owns: [=own, =run]\nframes:\n  - { id: echo, sets: [echo, owns], within: 4 }\n',
    });
    const m = framesFor(d, ['e'], 'en')!;
    const found = (t: string) => m.match(normalize(t)).map((h) => t.slice(h.span[0], h.span[1]));
    expect(found('the (((bankers))) own the papers')).toEqual(['(((bankers))) own']);
    expect(found('the ((bankers)) own the papers')).toEqual([]);
    expect(found('the (bankers) run the papers (see (note))')).toEqual([]);
  });
});
