/**
 * The text of a document as a person reads it: HTML and Markdown markup taken out, spaces of a line collapsed, one
 * line per paragraph or list item (a list item keeps a bullet, so the drafter knows it is one). A clause is quoted
 * from this text, so "verbatim" means: in the document's words, up to markup and runs of spaces.
 */
export function plainText(source: string, format: 'html' | 'md' | 'txt'): string {
  let text = source.replace(/\r\n?/g, '\n');
  if (format === 'html') text = fromHtml(text);
  else if (format === 'md') text = fromMarkdown(text);
  return (
    text
      .split('\n')
      .map((line) => line.replace(/[\u00a0\u2007\u202f\t ]+/g, ' ').trim())
      .join('\n')
      // HTML's blocks nest (a <p> in an <li>): one line each, no blank lines between.
      .replace(format === 'html' ? /\n{2,}/g : /\n{3,}/g, format === 'html' ? '\n' : '\n\n')
      .trim()
  );
}

export function formatOf(fileName: string): 'html' | 'md' | 'txt' {
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'md';
  return 'txt';
}

/** The same text with every run of spaces and line breaks made one space: where quotes are looked for. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  oelig: 'œ',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  Ecirc: 'Ê',
  Ocirc: 'Ô',
  bull: '•',
  middot: '·',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

function fromHtml(html: string): string {
  // A tag is `<` up to the next `>` with no `<` in between: a run of `<` without `>` is read once, not once per `<`.
  return decode(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/\s+/g, ' ')
      .replace(/<li\b[^<>]*>/gi, '\n• ')
      .replace(/<(br|\/?(p|div|h[1-6]|ul|ol|tr|table|section|article|header|footer|main|nav|aside|blockquote|dl|dt|dd|li|pre|hr))\b[^<>]*>/gi, '\n')
      .replace(/<[^<>]*>/g, ''),
  );
}

function fromMarkdown(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^(\s*)[*+]\s+/, '$1- ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
        .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1'),
    )
    .filter((line) => !/^\s*([-*_]\s*){3,}$/.test(line))
    .join('\n');
}
