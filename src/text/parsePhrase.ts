// The phrase syntax of lexicon entries (policies/lexicons/README.md) parsed once into a small tree, so that
// compiling reads typed nodes and a typo is reported at its column. One node per position of the phrase:
//   word | a|b | @class | word*     a slot (any of its alternatives)
//   [a|b]                            an optional slot
//   ...  …  ...5                     a gap of up to 3 (or n, at most 12) words
// A new kind of position (a lemma, a group × predicate grammar) is a new node kind here and a case in
// compilePhrase, not a branch in the matcher's walk.

export type Alternative = { kind: 'word'; text: string; star: boolean; column: number } | { kind: 'class'; name: string; column: number };

export type PhraseNode =
  { kind: 'gap'; max: number; column: number } | { kind: 'slot'; optional: boolean; alternatives: Alternative[]; column: number };

export interface PhraseProblem {
  /** 0-based offset in the phrase as written (after trimming). */
  column: number;
  message: string;
  /** Errors stop the lexicon from loading; warnings are reported and the phrase is compiled as before. */
  level: 'error' | 'warning';
}

const GAP = /^(?:\.\.\.|…)(\d*)$/;
export const GAP_DEFAULT = 3;
const GAP_MAX = 12;

/** `written` is the term or phrase, trimmed; a term is one position whatever it holds. */
export function parsePhrase(written: string, isPhrase: boolean): { nodes: PhraseNode[]; problems: PhraseProblem[] } {
  const nodes: PhraseNode[] = [];
  const problems: PhraseProblem[] = [];
  const positions = isPhrase ? [...written.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index })) : [{ text: written, at: 0 }];
  for (const { text, at } of positions) {
    const gap = GAP.exec(text);
    if (gap) {
      nodes.push({ kind: 'gap', max: gap[1] ? Math.min(Number(gap[1]), GAP_MAX) : GAP_DEFAULT, column: at });
      continue;
    }
    const optional = text.startsWith('[') && text.endsWith(']');
    const body = optional ? text.slice(1, -1) : text;
    const offset = at + (optional ? 1 : 0);
    if (!optional && (text.startsWith('[') || text.endsWith(']'))) {
      problems.push({ column: at, message: `'${text}': unbalanced [ ] (an optional word is written [a|b])`, level: 'warning' });
    }
    const alternatives: Alternative[] = [];
    const seen = new Set<string>();
    let col = offset;
    for (const alt of body.split('|')) {
      if (alt === '') {
        problems.push({ column: col, message: `'${text}': empty alternative (a|b, not a||b)`, level: 'warning' });
      } else {
        if (seen.has(alt)) problems.push({ column: col, message: `'${text}': duplicate alternative '${alt}'`, level: 'warning' });
        seen.add(alt);
        if (alt.startsWith('@')) alternatives.push({ kind: 'class', name: alt.slice(1), column: col });
        else alternatives.push({ kind: 'word', text: alt.endsWith('*') ? alt.slice(0, -1) : alt, star: alt.endsWith('*'), column: col });
      }
      col += alt.length + 1;
    }
    nodes.push({ kind: 'slot', optional, alternatives, column: at });
  }
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  for (const [node, where] of [
    [first, 'start'],
    [last, 'end'],
  ] as const) {
    if (!node || node.kind !== 'slot' || node.optional) {
      problems.push({ column: node?.column ?? 0, message: `a phrase must ${where} with a required word`, level: 'error' });
    }
  }
  return { nodes, problems };
}
