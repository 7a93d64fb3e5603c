import type { Store } from '../store/Store.js';

/**
 * A stretch of time during which a polled source took no comments because the platform's daily quota was spent
 * (YouTube). The digest says so, since nobody sees a comment Vigie has not fetched yet.
 */
export interface SourcePause {
  /** 'youtube'. */
  source: string;
  /** The page or channel id it was polling (routing picks the policy, hence the digest, from it). */
  account: string;
  /** The account's name from the routing, for people to read. */
  accountName?: string;
  /** ISO 8601: when the quota error came. */
  from: string;
  /** ISO 8601: when polling resumes (the quota's reset). */
  until: string;
  reason: 'quota';
}

const NAMESPACE = 'source-pauses';
/** Kept a little longer than a long weekend, so Tuesday's digest after a holiday Monday still tells it. */
const KEPT_MS = 5 * 24 * 3_600_000;

/** Records a pause (one per source, account and start: a repeated report of the same pause is the same record). */
export async function recordSourcePause(store: Store, pause: SourcePause): Promise<void> {
  await store.setValue<SourcePause>(NAMESPACE, `${pause.source}:${pause.account}:${pause.from}`, pause, KEPT_MS);
}

/** The pauses still on, or over since `since`, oldest first. */
export async function sourcePausesSince(store: Store, since: Date): Promise<SourcePause[]> {
  const all = await store.listValues<SourcePause>(NAMESPACE);
  return all
    .map((v) => v.value)
    .filter((p) => Date.parse(p.until) > since.getTime())
    .sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
}

/** The pause in effect at `now` for this source and account, if any (its quota has not been reset yet). */
export async function activeSourcePause(store: Store, source: string, account: string, now: Date): Promise<SourcePause | undefined> {
  const all = await store.listValues<SourcePause>(NAMESPACE);
  const t = now.getTime();
  return all
    .map((v) => v.value)
    .filter((p) => p.source === source && p.account === account && Date.parse(p.from) <= t && t < Date.parse(p.until))
    .sort((a, b) => Date.parse(b.until) - Date.parse(a.until))[0];
}
