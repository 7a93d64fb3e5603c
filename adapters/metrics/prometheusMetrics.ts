import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from '../../src/moderation/Context.js';
import type { Metrics } from '../../src/moderation/Metrics.js';
import { policyIdOf } from '../../src/moderation/itemsOfPolicy.js';

/** Everything `GET /metrics` shows, and the ways the adapters feed it. One registry per running Vigie. */
export interface Prometheus {
  registry: Registry;
  /** The core's counters (ctx.metrics). */
  core: Metrics;
  /** A webhook delivery was answered: `source` is the route (facebook, comments), `status` the HTTP status. */
  webhook(source: string, status: number, seconds: number): void;
  /** A store operation threw (the store is unreachable, or refused a write). */
  storeError(operation: string): void;
}

// Webhooks must answer within Meta's 20 s (and quickly, to be retried less); /checkpost within Slack's 3 s.
const WEBHOOK_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];
const CHECKPOST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
/** One store read serves every scrape within this window (open and overdue gauges come from the same read). */
const SNAPSHOT_MS = 1_000;

/**
 * Prometheus counters, histograms and gauges (prom-client). The open and overdue gauges are read from the store at
 * scrape time, so every replica reports the same shared backlog: sum by policy with `max`, not `sum`.
 */
export function prometheusMetrics(ctx: Pick<Context, 'store' | 'policies' | 'defaultPolicyId' | 'now'>): Prometheus {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigie_' });
  const registers = [registry];

  const received = new Counter({
    name: 'vigie_comments_received_total',
    help: 'Comments checked, by source and verdict (an edit, or a retry after a failed alert, counts again)',
    labelNames: ['source', 'verdict'],
    registers,
  });
  const findings = new Counter({
    name: 'vigie_findings_total',
    help: 'Checked comments with a finding of this category (a comment counts once per category)',
    labelNames: ['category'],
    registers,
  });
  const decisions = new Counter({
    name: 'vigie_decisions_total',
    help: "People's decisions on comments, by kind and result (ok, dry-run, error on the platform)",
    labelNames: ['decision', 'result'],
    registers,
  });
  const deliveryFailures = new Counter({
    name: 'vigie_alert_delivery_failures_total',
    help: 'Messages a chat surface refused or could not take, by surface and kind (alert, update, reminder, digest)',
    labelNames: ['surface', 'kind'],
    registers,
  });
  const remindersSent = new Counter({ name: 'vigie_reminders_sent_total', help: 'Reminders posted one by one', registers });
  const remindersCaughtUp = new Counter({
    name: 'vigie_reminders_caught_up_total',
    help: 'Reminders folded into a catch-up digest instead of being posted one by one',
    registers,
  });
  const storeErrors = new Counter({
    name: 'vigie_store_errors_total',
    help: 'Store operations that failed, by operation',
    labelNames: ['operation'],
    registers,
  });
  const webhookSeconds = new Histogram({
    name: 'vigie_webhook_duration_seconds',
    help: 'Time to answer a webhook delivery, by source route and HTTP status',
    labelNames: ['source', 'status'],
    buckets: WEBHOOK_BUCKETS,
    registers,
  });
  const checkpostSeconds = new Histogram({
    name: 'vigie_checkpost_duration_seconds',
    help: 'Time from a /checkpost reaching Vigie to its answer, by chat surface',
    labelNames: ['surface'],
    buckets: CHECKPOST_BUCKETS,
    registers,
  });

  let snapshot: { at: number; read: Promise<{ open: Map<string, number>; overdue: Map<string, number>; reachable: boolean }> } | undefined;
  const backlog = () => {
    const at = Date.now();
    if (snapshot && at - snapshot.at < SNAPSHOT_MS) return snapshot.read;
    const read = ctx.store.listItems(['open']).then(
      (items) => {
        const open = new Map<string, number>([...ctx.policies.keys()].map((id) => [id, 0]));
        const overdue = new Map(open);
        const now = ctx.now().getTime();
        for (const item of items) {
          const policy = policyIdOf(ctx, item.policyId);
          open.set(policy, (open.get(policy) ?? 0) + 1);
          if (item.deadline && !item.answeredAt && Date.parse(item.deadline) < now) overdue.set(policy, (overdue.get(policy) ?? 0) + 1);
        }
        return { open, overdue, reachable: true };
      },
      () => ({ open: new Map<string, number>(), overdue: new Map<string, number>(), reachable: false }),
    );
    snapshot = { at, read };
    return read;
  };
  const setAll = (gauge: Gauge<'policy'>, values: Map<string, number>, reachable: boolean) => {
    // Unreachable: no figure rather than a wrong zero (vigie_store_up says why).
    gauge.reset();
    if (reachable) for (const [policy, n] of values) gauge.set({ policy }, n);
  };
  new Gauge({
    name: 'vigie_open_items',
    help: 'Items waiting for a person (status open), by policy, read from the store at scrape time',
    labelNames: ['policy'],
    registers,
    async collect() {
      const b = await backlog();
      setAll(this, b.open, b.reachable);
    },
  });
  new Gauge({
    name: 'vigie_overdue_items',
    help: 'Open items past their reply deadline, by policy, read from the store at scrape time',
    labelNames: ['policy'],
    registers,
    async collect() {
      const b = await backlog();
      setAll(this, b.overdue, b.reachable);
    },
  });
  new Gauge({
    name: 'vigie_store_up',
    help: '1 when the store answered the scrape-time read, 0 when it did not',
    registers,
    async collect() {
      this.set((await backlog()).reachable ? 1 : 0);
    },
  });

  return {
    registry,
    core: {
      checked(source, verdict, categories) {
        received.inc({ source, verdict });
        for (const category of categories) findings.inc({ category });
      },
      decided: (decision, result) => decisions.inc({ decision, result }),
      deliveryFailed: (surface, kind) => deliveryFailures.inc({ surface, kind }),
      reminders(sent, caughtUp) {
        if (sent) remindersSent.inc(sent);
        if (caughtUp) remindersCaughtUp.inc(caughtUp);
      },
      checkpostAnswered: (surface, seconds) => checkpostSeconds.observe({ surface }, seconds),
    },
    webhook: (source, status, seconds) => webhookSeconds.observe({ source, status: String(status) }, seconds),
    storeError: (operation) => storeErrors.inc({ operation }),
  };
}
