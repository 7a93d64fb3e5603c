// Every detector is linear in the text's length: 100 KB of each detector's worst case (what made one of them
// quadratic, or crash, before) is checked under every shipped policy, as comment and as post, and may take at
// most RATIO times as long as 100 KB of plain prose checked the same way in the same run. A quadratic detector
// takes minutes here (the e-mail patterns took 5 s on 40 KB), so the generous ratio does not make the test flaky.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/policy/check.js';
import type { Policy } from '../../src/policy/schema.js';
import { shippedPolicies } from './ruleTester.js';

const policies = shippedPolicies();
const SIZE = 100_000;
const RATIO = 20;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const PROSE = fill("Bonjour, je voudrais savoir quand mon chèque arrivera. Thanks for your help with my file, it's been two weeks! ");

/** Each detector's worst case found so far, and what it used to do. */
const WORST: Record<string, string> = {
  // lexicon: one recursion per repeated letter (stack overflow), then one state per (letter, path).
  'one letter repeated (lexicon trie walk)': fill('a'),
  // lexicon: an entry with `unless:` rescanned every token at each of its hits.
  'one word with an unless list, repeated (lexicon)': fill('ostie '),
  // frames: a frame that spans two sentences reads each window once (group in one, verdict in the next).
  'group then verdict, sentence after sentence (frames over two sentences)': fill('Les immigrants au motel. Des parasites. '),
  // counter-speech: every quotation checked for every hit.
  'quoted insults (counter-speech)': fill('« connard » '),
  'reported and condemned insults (counter-speech)': fill("il a dit connard, c'est inacceptable. "),
  // personalInfo: each start of a run re-read the run to its end (EMAIL_SPELLED, EMAIL).
  'bracket then dots (spelled e-mail)': `( ${fill('.')}`,
  'at then a long domain (e-mail)': `x@${fill('a.')}`,
  // personalInfo: every span found compared with every span already taken.
  'postal codes (personal information)': fill('H2X 1Y4 '),
  'phone numbers (personal information)': fill('418 555 1234 '),
  // personalInfo: two free runs of spaces after a phone number (the extension pattern).
  'phone then spaces (extension)': `418-555-1234${fill(' ')}z`,
  // link: a trailing-punctuation regex re-read a run of dots from each dot.
  'address then dots (link)': `http://${fill('.')}x`,
  // pattern (ombudsman-ontario initials): two free runs of spaces before the end of the text.
  'first person then spaces (pattern)': `je PD${fill(' ')}x`,
  'named person accused (defamation)': fill('Le maire Jean Tremblay est un voleur. '),
  'capitals (shouting)': fill('AAAA BBBB '),
  // frames: the first words of many multi-word entries (« je vais », « a coups de », « avec mon »), each read
  // with the word after it through the frames' word memo.
  'first words of many frame entries, repeated (frames)': fill("je vais a la avec mon on va chez vous tu vas voir i'm going to "),
  // frames and lexicon memos: every word new, so the memos fill up and are emptied again and again.
  'a different word every time (word memos)': Array.from({ length: SIZE / 8 }, (_, i) => `w${i.toString(36)}x`)
    .join(' ')
    .slice(0, SIZE),
  'sentences in two languages (language)': fill('The cat is on the table. Le chat est sur la table. '),
};

function timeAll(ps: Policy[], text: string): number {
  const t0 = performance.now();
  for (const p of ps) for (const kind of ['comment', 'post'] as const) check(p, text, { kind, maxChars: Infinity });
  return performance.now() - t0;
}

describe(`100 KB of a detector's worst case takes at most ${RATIO}× 100 KB of prose`, () => {
  let prose = 0;
  const all = () => [...policies().values()];
  it('prose, under every policy, as comment and as post', () => {
    timeAll(all(), PROSE.slice(0, 5_000)); // compiles nothing new, warms the JIT
    prose = Math.min(timeAll(all(), PROSE), timeAll(all(), PROSE));
    expect(prose).toBeGreaterThan(0);
  }, 120_000);
  for (const [name, text] of Object.entries(WORST)) {
    it(
      name,
      () => {
        let took = timeAll(all(), text);
        // Once more before failing: a pause of the machine is not a quadratic detector.
        if (took > RATIO * prose) took = Math.min(took, timeAll(all(), text));
        expect(took, `${took.toFixed(0)} ms against ${prose.toFixed(0)} ms of prose`).toBeLessThanOrEqual(RATIO * prose);
      },
      300_000,
    );
  }
});
