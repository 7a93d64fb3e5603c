// `npm run bench replicas`: two Vigie replicas, each in its own process, share one Redis behind a round-robin
// "load balancer" and take signed Facebook webhook comments at 1,000 a minute for BENCH_MINUTES (default 2).
// Reports throughput, webhook handling time (request to 200: stored) and time to alert (request to the alert
// reaching the counting chat stand-in), and checks that every comment was stored once and alerted exactly once.
import { openStore } from '../src/store/openStore.js';
import { redisBinary, startRedisServer } from '../test/helpers/redisServer.js';
import { chatStandIn } from '../test/faults/chatStandIn.js';
import { startChildReplica } from '../test/faults/childReplica.js';
import { deliver, feedBody, itemIdFor } from '../test/faults/webhook.js';

const SECRET = 'bench-app-secret';
const RATE_PER_MIN = 1000;
const TARGET_P99_MS = 1000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export default async function bench(): Promise<void> {
  const minutes = Number(process.env.BENCH_MINUTES ?? 2);
  if (!(minutes > 0 && minutes <= 30)) throw new Error(`BENCH_MINUTES must be a number of minutes in (0, 30], not '${process.env.BENCH_MINUTES}'`);
  const shared = process.env.VIGIE_TEST_REDIS_URL;
  if (!shared && !redisBinary) {
    process.stdout.write('skipped: needs redis-server (apt-get install redis-server) or VIGIE_TEST_REDIS_URL\n');
    return;
  }
  const redis = shared ? undefined : await startRedisServer({ persist: true });
  const storeUrl = shared ?? redis!.url;
  const keyPrefix = `bench-${Date.now().toString(36)}`;
  const chat = await chatStandIn();
  const replicas = await Promise.all(
    ['a', 'b'].map((name) => startChildReplica({ name, storeUrl, keyPrefix, appSecret: SECRET, chatUrl: chat.url })),
  );
  try {
    const total = Math.round(RATE_PER_MIN * minutes);
    // Warm-up (not counted): the first comments on each replica pay for JIT and lazily built matchers.
    const warm = Array.from({ length: 20 }, (_, i) => total + 1 + i);
    for (const n of warm) await deliver(replicas[n % 2]!.url, feedBody(n), SECRET);
    while (warm.some((n) => chat.alertsFor(itemIdFor(n)) === 0)) await new Promise((r) => setTimeout(r, 50));
    const interval = 60_000 / RATE_PER_MIN;
    const sentAt = new Map<string, number>();
    const handling: number[] = [];
    const statuses = new Map<number, number>();
    const inFlight: Promise<void>[] = [];
    const started = performance.now();
    process.stdout.write(`sending ${total} comments over ${minutes} min to 2 replicas (round robin)...\n`);
    for (let n = 0; n < total; n++) {
      // Open loop: the sender keeps its pace whatever the replicas do, as Meta does.
      const due = started + n * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const body = feedBody(n);
      const t0 = performance.now();
      sentAt.set(itemIdFor(n), Date.now());
      inFlight.push(
        deliver(replicas[n % 2]!.url, body, SECRET).then((status) => {
          handling.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      );
    }
    await Promise.all(inFlight);
    const sendingMs = performance.now() - started;
    // Alerts go out after the 200: give the tail a bounded time to arrive.
    const deadline = Date.now() + 60_000;
    while (new Set(chat.record.alerts.map((a) => a.itemId)).size < total && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }

    const store = await openStore(storeUrl, { keyPrefix });
    const stored = new Set((await store.listItems()).map((i) => i.id));
    for (const n of warm) stored.delete(itemIdFor(n));
    await store.close();
    const perItem = new Map<string, number>();
    const byReplica = new Map<string, number>();
    const toAlert: number[] = [];
    const counted = chat.record.alerts.filter((a) => sentAt.has(a.itemId));
    for (const alert of counted) {
      perItem.set(alert.itemId, (perItem.get(alert.itemId) ?? 0) + 1);
      byReplica.set(alert.replica, (byReplica.get(alert.replica) ?? 0) + 1);
      const sent = sentAt.get(alert.itemId);
      if (sent !== undefined && perItem.get(alert.itemId) === 1) toAlert.push(alert.at - sent);
    }
    let once = 0;
    let missingStore = 0;
    let missingAlert = 0;
    let duplicated = 0;
    for (let n = 0; n < total; n++) {
      const id = itemIdFor(n);
      if (!stored.has(id)) missingStore++;
      const count = perItem.get(id) ?? 0;
      if (count === 0) missingAlert++;
      else if (count === 1) once++;
      else duplicated++;
    }

    handling.sort((x, y) => x - y);
    toAlert.sort((x, y) => x - y);
    const ok = statuses.get(200) ?? 0;
    const rows: [string, string, string][] = [
      ['comments sent', String(total), ''],
      ['answered 200 (stored)', String(ok), String(total)],
      [
        'other answers',
        [...statuses]
          .filter(([s]) => s !== 200)
          .map(([s, c]) => `${s}x${c}`)
          .join(', ') || 'none',
        'none',
      ],
      ['answered per minute (first send to last 200)', ((ok / sendingMs) * 60_000).toFixed(0), `offered ${RATE_PER_MIN}`],
      ['webhook handling p50 (ms)', percentile(handling, 50).toFixed(1), ''],
      ['webhook handling p99 (ms)', percentile(handling, 99).toFixed(1), `< ${TARGET_P99_MS}`],
      ['webhook handling max (ms)', (handling.at(-1) ?? NaN).toFixed(1), ''],
      ['request to alert p50 (ms)', percentile(toAlert, 50).toFixed(0), ''],
      ['request to alert p99 (ms)', percentile(toAlert, 99).toFixed(0), ''],
      ['stored in Redis', String(total - missingStore), String(total)],
      ['alerted exactly once', String(once), String(total)],
      ['alerted twice or more', String(duplicated), '0'],
      ['never alerted (after 60 s)', String(missingAlert), '0'],
      ['alerts by replica', [...byReplica].map(([r, c]) => `${r}: ${c}`).join(', '), 'about half each'],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(`${'measure'.padEnd(width)} | value | target\n`);
    for (const [k, v, t] of rows) process.stdout.write(`${k.padEnd(width)} | ${v} | ${t}\n`);
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await chat.close();
    await redis?.stop();
  }
}
