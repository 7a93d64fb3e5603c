// French or English, from function words and a few letter shapes: tiny, fast, and right on short slang lines
// where statistical detectors guess (a model that knows 60 languages costs hundreds of MB we do not have).
import { normalize, type NormalizedText } from './normalize.js';

// Words that are frequent in one language and rare in the other (after accent folding). Québec and chat
// spellings count too (chu, pis, tsé, pcq, jsp).
export const FR_FUNCTION_WORDS = new Set(
  `le la les un une des du de d l j qu c n s m t au aux et ou est sont etait sera suis es sommes etes ont avait
  je tu il elle nous vous ils elles on me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre
  votre nos vos ce cet cette ces qui que quoi dont ou quand comment pourquoi parce pas ne plus jamais rien tres
  bien mais donc car avec sans pour par sur sous dans chez entre vers aussi encore deja toujours tout tous toute
  toutes fait faire dit dire peut veut faut va vais vont avoir etre merci bonjour salut oui non avez etes
  ca cest y a ya chu pis tsé tse pcq jsp mdr ptdr bcp svp stp ben ben la icitte pantoute astheure fak
  gens ceux celle celui aujourd hui demain hier ici maintenant alors comme si quel quelle quels quelles`.split(/\s+/),
);
export const EN_FUNCTION_WORDS = new Set(
  `the a an and or of to in on at for with from by about is are was were be been being am have has had do does
  did will would shall should can could may might must i you he she it we they me him her us them my your his
  its our their this that these those what which who whom whose when where why how not no yes all any some
  just very really so if then than there here out up down over because but also only like get got know think
  please thanks thank hello hi lol omg u ur im dont cant wont isnt didnt doesnt gonna wanna gotta ya yeah
  people today tomorrow now one two`.split(/\s+/),
);

const FR_SHAPE = 1;
const EN_SHAPE = 2;
// Words recur from text to text: their shapes are remembered (two regexes per word were 3.6 % of a check's
// profile), bounded as the other word memos are.
const shapes = new Map<string, number>();
const SHAPES_MAX = 50_000;
const SHAPE_WORD_MAX = 64;

function shapeOf(w: string): number {
  let shape = shapes.get(w);
  if (shape === undefined) {
    shape =
      (/(?:eux|eau|aux|oi|ou[es]?|ais|ait|ez|ées?)$/.test(w) ? FR_SHAPE : 0) | (/(?:ing|ly|th|ght|wh|ness|ful)$|^(?:th|wh)/.test(w) ? EN_SHAPE : 0);
    if (w.length <= SHAPE_WORD_MAX) {
      if (shapes.size >= SHAPES_MAX) shapes.clear();
      shapes.set(w, shape);
    }
  }
  return shape;
}

export function detectLanguage(text: string | NormalizedText): 'fr' | 'en' | undefined {
  const nt = typeof text === 'string' ? normalize(text) : text;
  let fr = 0;
  let en = 0;
  for (const t of nt.tokens) {
    const w = t.text;
    if (FR_FUNCTION_WORDS.has(w)) fr += 1;
    if (EN_FUNCTION_WORDS.has(w)) en += 1;
    // Letter shapes that only one of the two languages has.
    if (w.length > 3) {
      const shape = shapeOf(w);
      if (shape & FR_SHAPE) fr += 0.3;
      if (shape & EN_SHAPE) en += 0.3;
    }
  }
  // Accented letters in the original are a strong French sign (English text almost never has é, è, à, ç...).
  const accents = nt.original.match(/[éèêàâçùûîôëïœ]/giu)?.length ?? 0;
  fr += Math.min(accents, 4) * 0.7;
  if (fr === 0 && en === 0) return undefined;
  if (fr === en) return undefined;
  return fr > en ? 'fr' : 'en';
}
