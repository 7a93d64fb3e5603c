import type { Finding } from '../../src/policy/types.js';

/** Slack reads `&`, `<` and `>` as markup (links, mentions): text from the public must not turn into a mention. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts a text for a block field, on a code-point boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max - 1)).join('');
  return `${cut.endsWith('\uFFFD') ? cut.slice(0, -1) : cut}…`;
}

/** Sorted, merged [start, end) ranges within the text, from the findings' spans. */
export function mergedSpans(text: string, findings: Pick<Finding, 'span'>[]): [number, number][] {
  const spans = findings
    .map(({ span: [s, e] }): [number, number] => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

// Slack only bolds `*word*` when the stars touch non-space characters; markers inside the match would end it early.
function bold(segment: string): string {
  return segment
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
      const core = m[2]!.replace(/\*/g, '∗');
      return core ? `${m[1]}*${escapeMrkdwn(core)}*${m[3]}` : line;
    })
    .join('\n');
}

/**
 * The text as a Slack block quote, with every finding's span in bold, so the team sees at a glance what the
 * policy objects to. Spans are UTF-16 offsets into the original text (as in `Finding.span`).
 */
export function quoteMarked(text: string, findings: Pick<Finding, 'span'>[], max = 2500): string {
  const body = text.length > max ? text.slice(0, max) : text;
  let out = '';
  let at = 0;
  for (const [s, e] of mergedSpans(body, findings)) {
    out += escapeMrkdwn(body.slice(at, s)) + bold(body.slice(s, e));
    at = e;
  }
  out += escapeMrkdwn(body.slice(at));
  if (body.length < text.length) out += '…';
  return out
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
