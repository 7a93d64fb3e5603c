import type { Policy } from './schema.js';
import type { Kind, Lang } from './types.js';

const USAGE: Record<Lang, string> = {
  fr: 'usage : /checkpost [--comment] [--policy ID] [--page ID] TEXTE',
  en: 'usage: /checkpost [--comment] [--policy ID] [--page ID] TEXT',
};

/** The reasons, in the language of whoever typed the command (the team is mostly French-speaking). */
const SAY = {
  fr: {
    needsId: (known: string) => `--policy demande l'identifiant d'une politique (${known})`,
    needsPage: () => `--page demande l'identifiant d'une page (celui de Facebook, p. ex. 104729381234567)`,
    unknownPolicy: (id: string, known: string) => `politique inconnue '${id}' (connues : ${known})`,
    unknownOption: (flag: string) => `option inconnue ${flag} ; ${USAGE.fr}`,
  },
  en: {
    needsId: (known: string) => `--policy needs a policy id (${known})`,
    needsPage: () => `--page needs a page id (Facebook's, e.g. 104729381234567)`,
    unknownPolicy: (id: string, known: string) => `unknown policy '${id}' (known: ${known})`,
    unknownOption: (flag: string) => `unknown option ${flag}; ${USAGE.en}`,
  },
} satisfies Record<Lang, unknown>;

/** `pageId`: the page whose standing exceptions the check honours (`--page ID`). */
export type CheckpostArgs = { kind: Kind; policy: Policy; text: string; pageId?: string };
/** `help`: show the help beside the reason; `usage`: the reason is only the usage line (no text was given). */
export type CheckpostError = { error: string; help?: true; usage?: true };

/**
 * Reads the arguments of `/checkpost` (Slack, Teams, console): options first, then the text to check, kept as
 * typed (a `--post` further in the text is text). No text → usage with `help`. Errors are in `lang`.
 * The text is a staff draft post unless `--comment` says otherwise: the command's name says *post*, and a draft
 * checked as a comment escapes the rules only posts answer to (an English-only post for a French-only ministry).
 * `--post` is still understood, for those who typed it before.
 */
export function parseCheckpost(
  args: string,
  policies: Map<string, Policy>,
  defaultPolicyId: string,
  lang: Lang = 'fr',
): CheckpostArgs | CheckpostError {
  const say = SAY[lang];
  const known = [...policies.keys()].join(', ');
  let rest = args.trim();
  let kind: Kind = 'post';
  let policyId = defaultPolicyId;
  let pageId: string | undefined;
  for (;;) {
    const m = /^(--[a-z][\w-]*|-h)(?:=(\S*))?(?=\s|$)/.exec(rest);
    if (!m) break;
    const flag = m[1]!;
    rest = rest.slice(m[0].length).trimStart();
    if (flag === '--post' || flag === '--comment') kind = flag === '--post' ? 'post' : 'comment';
    else if (flag === '--policy') {
      let id = m[2];
      if (id === undefined) {
        const v = /^(\S+)/.exec(rest);
        id = v?.[1];
        rest = rest.slice(id?.length ?? 0).trimStart();
      }
      if (!id) return { error: say.needsId(known), help: true };
      policyId = id;
    } else if (flag === '--page') {
      let id = m[2];
      if (id === undefined) {
        id = /^(\S+)/.exec(rest)?.[1];
        rest = rest.slice(id?.length ?? 0).trimStart();
      }
      if (!id) return { error: say.needsPage(), help: true };
      pageId = id;
    } else if (flag === '--help' || flag === '-h') return { error: USAGE[lang], help: true, usage: true };
    else return { error: say.unknownOption(flag), help: true };
  }
  const policy = policies.get(policyId);
  if (!policy) return { error: say.unknownPolicy(policyId, known) };
  if (rest === '') return { error: USAGE[lang], help: true, usage: true };
  return { kind, policy, text: rest, ...(pageId ? { pageId } : {}) };
}
