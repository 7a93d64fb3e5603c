import cron, { type Logger as CronLogger, type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Context } from '../moderation/Context.js';

/** A job the composition root hands in (reminders, digest): `run(now)` gets the slot's time, not the clock's. */
export interface ScheduledJob {
  name: string;
  /** node-cron syntax, 5 or 6 fields (seconds first when 6), read in `timeZone`. */
  cron: string;
  /** IANA time zone, e.g. America/Toronto: "8:30" means 8:30 there, across DST changes. */
  timeZone: string;
  run(now: Date): Promise<unknown>;
}

export interface SchedulerOptions {
  /**
   * How long a replica's claim on one slot lasts. Each slot has its own key (job name + slot time), so a replica
   * that dies holding one only loses that slot; the lease must outlast clock skew between replicas.
   * Default 10 minutes.
   */
  leaseMs?: number;
  /** How long stop() waits for runs in flight. Default 10 s. */
  stopTimeoutMs?: number;
}

/** Thrown at start-up for a job that cannot be scheduled: the message names the job and what is wrong. */
export class ScheduleError extends Error {
  readonly code = 'schedule_invalid';
}

function check(job: ScheduledJob): void {
  const problems = cron.validateDetailed(job.cron).errors.map((e) => `${e.field}: ${e.message}`);
  if (!cron.validate(job.cron)) {
    throw new ScheduleError(`job ${job.name}: '${job.cron}' is not a cron expression (${problems.join('; ') || 'unreadable'})`);
  }
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: job.timeZone });
  } catch {
    throw new ScheduleError(`job ${job.name}: '${job.timeZone}' is not an IANA time zone (e.g. America/Toronto)`);
  }
}

/**
 * Runs each job on its cron schedule in its time zone, on one replica per slot: before a slot runs, the replica
 * claims `schedule:<job>:<slot time>` in the shared store (Redis SET NX PX across replicas). A replica that cannot
 * reach the store skips the slot and says so (fail closed: a reminder late by one slot beats a reminder sent
 * twice); a failing job is logged, never thrown.
 */
export function startScheduler(ctx: Context, jobs: ScheduledJob[], opts: SchedulerOptions = {}): { stop(): Promise<void>; running(): boolean } {
  jobs.forEach(check);
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new ScheduleError(`job ${job.name} is scheduled twice: job names must be unique`);
    names.add(job.name);
  }
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const inFlight = new Set<Promise<unknown>>();

  const coordinator: RunCoordinator = {
    shouldRun: async (key, ttlMs) => (await ctx.store.claim(`schedule:${key}`, ttlMs)) !== undefined,
  };
  const logger: CronLogger = {
    info: (message) => ctx.log.info(`scheduler: ${message}`),
    warn: (message) => ctx.log.warn(`scheduler: ${message}`),
    error: (message, err) =>
      ctx.log.error(`scheduler: ${message instanceof Error ? message.message : message}`, err ? { error: err.message } : undefined),
    debug: () => undefined,
  };

  const tasks: ScheduledTask[] = jobs.map((job) => {
    const task = cron.schedule(
      job.cron,
      async ({ date }) => {
        const run = job.run(date).catch((error: unknown) => {
          ctx.log.error(`scheduled job ${job.name} failed`, { slot: date.toISOString(), error: (error as Error).message });
        });
        inFlight.add(run);
        try {
          await run;
        } finally {
          inFlight.delete(run);
        }
      },
      {
        name: job.name,
        timezone: job.timeZone,
        distributed: true,
        runCoordinator: coordinator,
        distributedLease: leaseMs,
        noOverlap: true,
        logger,
      },
    );
    task.on('execution:skipped', ({ date, reason, error }) => {
      if (reason === 'coordinator-error') {
        ctx.log.warn(`scheduled job ${job.name} skipped: the store could not say which replica runs it`, {
          slot: date.toISOString(),
          error: error?.message,
        });
      }
    });
    return task;
  });

  let stopped = false;
  return {
    /** For readiness: the jobs are scheduled and stop() has not been called. */
    running: () => !stopped,
    async stop() {
      stopped = true;
      for (const task of tasks) await task.destroy();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, opts.stopTimeoutMs ?? 10_000);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
