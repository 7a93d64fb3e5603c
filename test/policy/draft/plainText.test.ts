import { describe, expect, it } from 'vitest';
import { formatOf, plainText } from '../../../src/policy/draft/plainText.js';

describe('the text of a document without its markup', () => {
  it('HTML: paragraphs and list items on their own lines, entities decoded, scripts and styles gone', () => {
    const html = `<html><head><style>p{color:red}</style><script>var x = "<li>no</li>";</script></head><body>
      <h1>N&eacute;tiquette</h1><p>La Ville se r&eacute;serve le droit de supprimer tout commentaire&nbsp;:</p>
      <ul><li>injurieux ou <strong>haineux</strong>;</li><li>publicitaire &amp; commercial.</li></ul><!-- <li>hidden</li> --></body></html>`;
    expect(plainText(html, 'html')).toBe(
      'Nétiquette\nLa Ville se réserve le droit de supprimer tout commentaire :\n• injurieux ou haineux;\n• publicitaire & commercial.',
    );
  });
  it('Markdown: headings, emphasis and links reduced to their words; list items keep a bullet', () => {
    const md =
      '# Nétiquette\n\nNous **retirons** les commentaires :\n\n* *haineux*;\n* qui renvoient à [un site](https://example.com) publicitaire.\n\n---\n';
    expect(plainText(md, 'md')).toBe('Nétiquette\n\nNous retirons les commentaires :\n\n- haineux;\n- qui renvoient à un site publicitaire.');
  });
  it('the format comes from the file name', () => {
    expect(formatOf('netiquette.HTML')).toBe('html');
    expect(formatOf('a.htm')).toBe('html');
    expect(formatOf('a.md')).toBe('md');
    expect(formatOf('a.txt')).toBe('txt');
  });
  it('a pathological input is read in linear time (no backtracking pattern)', () => {
    const evil = `${'<'.repeat(20000)}${'*a'.repeat(20000)}${'&#'.repeat(20000)}`;
    expect(plainText(evil, 'html').length).toBeGreaterThan(0);
    expect(plainText(evil, 'md').length).toBeGreaterThan(0);
  });
});
