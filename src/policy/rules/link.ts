/**
 * `detector: link` — hyperlinks to sites other than the organization's own and public bodies' (`allow`, domain
 * suffixes). Senneterre: « La publication d'hyperliens de nature commerciale et/ou publicitaire n'est pas autorisée ».
 */
import { z } from 'zod';
import type { Detector, Hit } from './Detector.js';

const params = z
  .object({
    /** Domains (and their subdomains) that are fine to link to, e.g. gouv.qc.ca, ville.senneterre.qc.ca. */
    allow: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i, 'a domain such as gouv.qc.ca')).default([]),
  })
  .strict();
type Params = z.infer<typeof params>;

const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"«»]+|(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:com|ca|net|org|info|biz|shop|store|online|site|ly|io|co|me|app|xyz)(?:\/[^\s<>"«»]*)?(?![\p{L}\p{N}])/giu;

/** Punctuation that ends a sentence rather than the address. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

/** `s` without its trailing characters of `set`; a regex `[…]+$` re-reads a long run from each of its characters. */
function withoutTrailing(s: string, set: Set<string>): string {
  let end = s.length;
  while (end > 0 && set.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function hostAndPath(raw: string): string {
  const s = raw
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  return s;
}

export const link: Detector<Params> = {
  name: 'link',
  params,
  compile(p) {
    const allowed = p.allow.map((a) => a.toLowerCase().replace(/^www\./, ''));
    const ok = (target: string) => {
      const host = target.split(/[/?#]/)[0]!;
      return allowed.some((a) => (a.includes('/') ? target.startsWith(a) : host === a || host.endsWith(`.${a}`)));
    };
    return ({ text }) => {
      // Cheap gate: a URL has a scheme, www. or a dot followed by letters.
      if (!/https?:|www\.|\.[a-z]{2}/i.test(text)) return [];
      const hits: Hit[] = [];
      for (const m of text.matchAll(URL_RE)) {
        const raw = withoutTrailing(m[0], TRAILING);
        const target = hostAndPath(raw);
        if (ok(target)) continue;
        const host = target.split(/[/?#]/)[0]!;
        hits.push({ span: [m.index, m.index + raw.length], detail: host, note: { fr: host, en: host } });
      }
      return hits;
    };
  },
};
