import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, escapeMrkdwn, mergedSpans, quoteMarked } from '../../../adapters/slack/mrkdwn.js';
import { slackPlainText } from '../../../adapters/slack/slackPlainText.js';

const f = (start: number, end: number) => ({ span: [start, end] as [number, number] });

describe('quoteMarked', () => {
  it.each([
    { name: 'no finding', text: 'Bonjour', spans: [], out: '>Bonjour' },
    { name: 'one word', text: 'Calice que c’est long', spans: [f(0, 6)], out: '>*Calice* que c’est long' },
    { name: 'two words', text: 'ostie de tabarnak', spans: [f(0, 5), f(9, 17)], out: '>*ostie* de *tabarnak*' },
    { name: 'overlapping spans merge', text: 'espèce de cave', spans: [f(0, 9), f(7, 14)], out: '>*espèce de cave*' },
    { name: 'spaces stay outside the stars', text: 'a  gros mot  b', spans: [f(1, 13)], out: '>a  *gros mot*  b' },
    { name: 'markup from the public is escaped', text: '<@U123> & <!channel>', spans: [f(10, 20)], out: '>&lt;@U123&gt; &amp; *&lt;!channel&gt;*' },
    { name: 'stars inside a match cannot end the bold early', text: 'c*ss', spans: [f(0, 4)], out: '>*c∗ss*' },
    { name: 'a span across lines is marked line by line', text: 'un\ndeux trois', spans: [f(0, 7)], out: '>*un*\n>*deux* trois' },
    { name: 'spans outside the text are clamped', text: 'abc', spans: [f(1, 99), f(-5, 0)], out: '>a*bc*' },
  ])('$name', ({ text, spans, out }) => {
    expect(quoteMarked(text, spans)).toBe(out);
  });

  it('cuts a long text and says so', () => {
    expect(quoteMarked('x'.repeat(30), [], 10)).toBe(`>${'x'.repeat(10)}…`);
  });

  it('keeps the text: removing the quote, the stars and the escapes gives the original back', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '<', '>', '&', '.', 'Z'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 5 }), (t, pairs) => {
        const spans = pairs.map(([a, b]) => f(Math.min(a, b), Math.max(a, b)));
        const back = quoteMarked(t, spans, 10_000)
          .split('\n')
          .map((l) => l.slice(1))
          .join('\n')
          .replace(/\*/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        expect(back).toBe(t);
      }),
    );
  });
});

describe('small helpers', () => {
  it('merges and sorts spans', () => {
    expect(mergedSpans('abcdefghij', [f(5, 7), f(0, 2), f(1, 3), f(7, 8)])).toEqual([
      [0, 3],
      [5, 8],
    ]);
  });

  it('clips to Slack limits with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });

  it('escapes only what Slack reads as markup', () => {
    expect(escapeMrkdwn('a < b && c > d « é »')).toBe('a &lt; b &amp;&amp; c &gt; d « é »');
  });

  it.each([
    ['<@U0BOSS> regarde', '@U0BOSS regarde'],
    ['<@U0BOSS|julie> regarde', '@julie regarde'],
    ['<#C0123|general>', '#general'],
    ['<!here> urgent', '@here urgent'],
    ['voir <https://exemple.ca|le site>', 'voir le site (https://exemple.ca)'],
    ['voir <https://exemple.ca>', 'voir https://exemple.ca'],
    ['a &lt; b &amp; c &gt; d', 'a < b & c > d'],
  ])('reads Slack markup %j as a person sees it', (raw, plain) => {
    expect(slackPlainText(raw)).toBe(plain);
  });
});
