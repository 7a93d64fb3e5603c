import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // HTTP servers, a SQLite file and a Redis server per test file: keep the two cores busy, not oversubscribed.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    setupFiles: ['test/setup.ts'],
    projects: [
      {
        // Pure functions of the shipped policies (rules, text, deadlines, the CLI's commands run in-process).
        // `isolate: false`: the files of one worker share its modules, so the lexicons are compiled once per worker
        // instead of once per file (about 3 s of CPU each, 60-odd files); nothing here keeps state between files.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/adapters/**', 'test/moderation/**', 'test/store/**', 'test/scheduler/**', 'test/faults/**', 'test/fuzz/**'],
          isolate: false,
        },
      },
      {
        // The pipeline, the stores, the scheduler and the adapters on real SQLite, Redis and loopback HTTP; every
        // file closes what it opens (servers, stores, schedulers), so they too share one module graph per worker.
        extends: true,
        test: {
          name: 'adapters',
          include: [
            'test/adapters/**/*.test.ts',
            'test/moderation/**/*.test.ts',
            'test/store/**/*.test.ts',
            'test/scheduler/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
          ],
          isolate: false,
        },
      },
      {
        // Replicas killed, Redis restarted, two replicas on one store: child processes and real outages, each file
        // in a fresh worker. `npx vitest run --project faults` runs these alone.
        extends: true,
        test: { name: 'faults', include: ['test/faults/**/*.test.ts'] },
      },
    ],
  },
});
