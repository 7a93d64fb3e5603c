import { readFileSync } from 'node:fs';
import { lazyYaml } from '../lazyYaml.js';
import { z } from 'zod';
import { issueLines } from '../issueLines.js';
import { closureSchema, type Closure } from '../sla/calendarSchema.js';
import type { Policy } from '../policy/schema.js';
import type { Lang } from '../policy/types.js';
import { message, render } from '../messages/Message.js';
import { readerLang } from '../messages/readerLang.js';

/** Where alerts go, per surface name: { slack: ['C0123'], teams: ['19:abc@thread.tacv2'] }. */
const channelsSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/, 'a surface name such as slack, teams or shell'),
  z.array(z.string().trim().min(1, 'a channel id')).min(1, 'list at least one channel, or leave the surface out'),
);

const routeSchema = z.strictObject({
  /** Policy id (a file name in policies/ without .yml). */
  policy: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a policy id such as mess-quebec'),
  name: z.string().optional(),
  channels: channelsSchema.default({}),
  /**
   * Where the page's private messages are alerted with their text: a channel only the moderators read. Without it
   * they are alerted in `channels` with the text withheld (INTERFACE.md, "Private messages").
   */
  messages: channelsSchema.optional(),
});

/**
 * The routing file ($VIGIE_ROUTING): which page goes to which policy and channels.
 *
 * ```yaml
 * default: { policy: mess-quebec, channels: { slack: [C0123] } }
 * pages:
 *   "104729381234567": { name: Ville de Senneterre, policy: senneterre, channels: { slack: [C0456], teams: ["19:abc"] },
 *                        messages: { slack: [G0PRIVATE] } }
 *   "17841400000000000": { name: Senneterre (Instagram), policy: senneterre, channels: { slack: [C0456] } }
 * ```
 * Keys are the ids the platforms give: a Facebook Page id, an Instagram professional account id, a YouTube channel.
 */
export const routingSchema = z.strictObject({
  default: routeSchema.optional(),
  pages: z.record(z.string().trim().min(1), routeSchema).default({}),
  /**
   * Closing days and periods per policy, on top of the policy file's own (issue 16): what an operator learns from
   * a town's public notice (« bureaux fermés du 24 décembre au 2 janvier ») without editing the policy.
   * `closures: { senneterre: [{ from: "2026-12-24", to: "2027-01-04", name: période des Fêtes }] }`
   */
  closures: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a policy id such as senneterre'), z.array(closureSchema)).default({}),
});

export interface Route {
  policyId: string;
  channels: Record<string, string[]>;
  pageName?: string;
  /** The moderators' channels for private messages, shown with their text there. */
  messageChannels?: Record<string, string[]>;
}

export interface Routing {
  default: Route;
  pages: Map<string, Route>;
  /** Where the routing came from, for messages: a file path or "environment". */
  origin: string;
  /** Extra closing days and periods per policy id. */
  closures?: Record<string, Closure[]>;
}

/** Every problem with the routing file at once, one per line. */
export class RoutingError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    lang: Lang = 'fr',
  ) {
    super(`${render(message('startup.invalid-routing', { file }), lang)}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RoutingError';
  }
}

type Env = Record<string, string | undefined>;

function envDefault(env: Env): Route {
  const channel = env.SLACK_CHANNEL?.trim();
  return { policyId: env.VIGIE_POLICY?.trim() || 'mess-quebec', channels: channel ? { slack: [channel] } : {} };
}

/**
 * Reads and validates the routing file (`file`, else $VIGIE_ROUTING). Without one, every page goes to
 * $VIGIE_POLICY (else mess-quebec) and $SLACK_CHANNEL, so a single page works with no file at all.
 * With `policyIds`, unknown policies are reported too. Throws RoutingError listing every problem.
 */
export function loadRouting(file: string | undefined, env: Env, policyIds?: Iterable<string>): Routing {
  const path = file ?? (env.VIGIE_ROUTING?.trim() || undefined);
  const fallback = envDefault(env);
  if (!path) return { default: fallback, pages: new Map(), origin: 'environment', closures: {} };
  const lang = readerLang(env) ?? 'fr';

  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RoutingError(
      path,
      [code === 'ENOENT' ? 'file not found (check VIGIE_ROUTING)' : `cannot read the file (${code ?? String(err)})`],
      lang,
    );
  }
  const doc = lazyYaml().parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new RoutingError(
      path,
      doc.errors.map((e) => `YAML line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`),
      lang,
    );
  }
  const parsed = routingSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new RoutingError(path, issueLines(parsed.error, '(top)'), lang);
  }
  const toRoute = (r: z.output<typeof routeSchema>): Route => ({
    policyId: r.policy,
    channels: r.channels,
    ...(r.name ? { pageName: r.name } : {}),
    ...(r.messages ? { messageChannels: r.messages } : {}),
  });
  const routing: Routing = {
    default: parsed.data.default ? toRoute(parsed.data.default) : fallback,
    pages: new Map(Object.entries(parsed.data.pages).map(([page, r]) => [page, toRoute(r)])),
    origin: path,
    closures: parsed.data.closures,
  };
  if (policyIds) {
    const known = new Set(policyIds);
    const problems: string[] = [];
    if (!known.has(routing.default.policyId))
      problems.push(`default.policy: unknown policy '${routing.default.policyId}' (known: ${[...known].join(', ')})`);
    for (const id of Object.keys(routing.closures ?? {})) {
      if (!known.has(id)) problems.push(`closures.${id}: unknown policy '${id}' (known: ${[...known].join(', ')})`);
    }
    for (const [page, r] of routing.pages) {
      if (!known.has(r.policyId)) problems.push(`pages.${page}.policy: unknown policy '${r.policyId}' (known: ${[...known].join(', ')})`);
    }
    if (problems.length) throw new RoutingError(path, problems, lang);
  }
  return routing;
}

/**
 * The policies with the routing file's closing days added to their calendars: copies, so the loaded policies are
 * left as they are (their compiled rules are shared). Deadlines, reminders, the digest and `vigie sla` then honour
 * them like the policy file's own.
 */
export function withRoutingClosures(policies: Map<string, Policy>, routing: Pick<Routing, 'closures'>): Map<string, Policy> {
  const out = new Map(policies);
  for (const [id, extra] of Object.entries(routing.closures ?? {})) {
    const policy = policies.get(id);
    if (!policy || extra.length === 0) continue;
    out.set(id, { ...policy, calendar: { ...policy.calendar, closures: [...policy.calendar.closures, ...extra] } });
  }
  return out;
}

/** The policy and channels of a page: its own entry, else the default route. */
export function routeFor(routing: Routing, pageId: string): Route {
  return routing.pages.get(pageId) ?? routing.default;
}
