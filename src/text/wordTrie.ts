// The letter trie of every lexicon word, and the walk that reads a token along it: forgiving stretched letters
// (fuuuck), masks (m*rde), look-alikes (sh1t: the text's `alts`), and for long words one slip.
import type { NormalizedText } from './normalize.js';

export interface TrieNode {
  /** Numbered in order of creation: a walk state's key. */
  id: number;
  next: Map<string, TrieNode>;
  /** Words that end here (the whole token, or the token plus a plural ending). */
  words?: { id: number; plural: boolean; fuzzy: boolean; slip: boolean }[];
  /** Words ending in `*`: any continuation of the token matches. */
  prefixes?: number[];
  /** Some word below allows a missing vowel / swapped letters: only then are slips worth trying. */
  fuzzyBelow?: boolean;
  slipBelow?: boolean;
}

const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];

/** A pending step of the trie walk: at `node` with `pos` characters of the token read, `edit` the slip in use. */
interface WalkState {
  pos: number;
  node: TrieNode;
  prev: string;
  masks: number;
  depth: number;
  edit: 0 | 1 | 2;
}

/** Above this length a token's walk remembers the states it has been in (below it, a Set costs more than it saves). */
const WALK_SEEN_FROM = 32;

/**
 * Walks the trie along token `s`, depth first with an explicit stack (a recursion per letter overflowed the call
 * stack on a few thousand repeated letters). `edit` allows one slip for long words: two letters swapped
 * (strangel, étrnagler) or, for words of fuzzy classes, one vowel left out (womn, handicpé). Ids are pushed in
 * the order a recursive walk would push them.
 */
export function walkTrie(root: TrieNode, nodeCount: number, nt: NormalizedText, s: string, base: number, out: number[]): void {
  const len = s.length;
  // Where the token's trailing masks begin (m****: any ending), so a node's words are checked without slicing.
  let maskedFrom = len;
  while (maskedFrom > 0 && s[maskedFrom - 1] === '*') maskedFrom--;
  // A state is (pos, node, edit): prev, masks and depth follow from them. Reached again, it adds nothing new,
  // and skipping it keeps a long run of one letter (aaaa…, connnnn…) linear instead of quadratic.
  const seen = len > WALK_SEEN_FROM ? new Set<number>() : undefined;
  const stack: WalkState[] = [{ pos: 0, node: root, prev: '', masks: 0, depth: 0, edit: 0 }];
  const later: WalkState[] = [];
  while (stack.length > 0) {
    const { pos, node, prev, masks, depth, edit } = stack.pop()!;
    if (seen) {
      const key = (pos * 3 + edit) * nodeCount + node.id;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const slipOk = edit === 0 || depth >= 5;
    if (node.prefixes && masks * 2 <= pos && edit === 0) out.push(...node.prefixes);
    if (node.words && slipOk) {
      const left = len - pos;
      const restMasked = left > 0 && pos >= maskedFrom;
      for (const w of node.words) {
        if (masks * 2 > pos || (edit === 2 && !w.fuzzy) || (edit === 1 && !w.slip)) continue;
        if (left === 0 || restMasked || (w.plural && left === 1 && (s[pos] === 's' || s[pos] === 'x'))) out.push(w.id);
      }
    }
    if (pos >= len) continue;
    // The next states in the order the recursive walk visited them; pushed reversed below.
    later.length = 0;
    const c = s[pos]!;
    if (c === '*') {
      for (const [ch, child] of node.next) later.push({ pos: pos + 1, node: child, prev: ch, masks: masks + 1, depth: depth + 1, edit });
    } else {
      const child = node.next.get(c);
      if (child) later.push({ pos: pos + 1, node: child, prev: c, masks, depth: depth + 1, edit });
      else if (edit === 0 && pos >= 1 && masks === 0 && node.fuzzyBelow) {
        // A vowel left out where the word and the token part ways (womn → women).
        for (const v of VOWELS) {
          const skipped = node.next.get(v);
          if (skipped) later.push({ pos, node: skipped, prev: v, masks, depth: depth + 1, edit: 2 });
        }
      }
      const alt = base >= 0 ? nt.alts.get(base + pos) : undefined;
      if (alt) {
        const altChild = node.next.get(alt);
        if (altChild) later.push({ pos: pos + 1, node: altChild, prev: alt, masks, depth: depth + 1, edit });
      }
      // A stretched letter (fuuuck, connnnard) is the letter once more.
      if (c === prev) later.push({ pos: pos + 1, node, prev, masks, depth, edit });
      const next = s[pos + 1];
      if (!child && edit === 0 && pos >= 1 && masks === 0 && node.slipBelow && next !== undefined && next !== c && next !== '*') {
        const swapped = node.next.get(next)?.next.get(c);
        if (swapped) later.push({ pos: pos + 2, node: swapped, prev: c, masks, depth: depth + 2, edit: 1 });
      }
    }
    for (let k = later.length - 1; k >= 0; k--) stack.push(later[k]!);
  }
}
