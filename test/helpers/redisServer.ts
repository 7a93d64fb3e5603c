import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Gives tests a real Redis. `VIGIE_TEST_REDIS_URL` when set (CI starts one); else a redis-server of our own on a
 * free loopback port if the binary exists; else the Redis tests are skipped with a reason — unless
 * `VIGIE_REQUIRE_REDIS` is set, when a missing Redis is a failure, never a skip.
 */
export const redisBinary = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
const sharedUrl = process.env.VIGIE_TEST_REDIS_URL;
const required = Boolean(process.env.VIGIE_REQUIRE_REDIS);

/** Why the Redis tests are skipped, or false when they run. */
export const redisSkip: string | false =
  sharedUrl || redisBinary || required
    ? false
    : 'Redis tests skipped: no VIGIE_TEST_REDIS_URL and no redis-server binary (apt-get install redis-server)';
if (redisSkip) console.warn(redisSkip);

export interface TestRedis {
  url: string;
  /** A fresh key prefix, so test files sharing one server never see each other's keys. */
  keyPrefix: string;
  stop(): Promise<void>;
}

/** A Redis URL for this test file (the shared one, or a private server). */
export async function testRedis(): Promise<TestRedis> {
  const keyPrefix = `test-${randomUUID().slice(0, 8)}`;
  if (sharedUrl) return { url: sharedUrl, keyPrefix, stop: async () => undefined };
  if (!redisBinary) {
    throw new Error('VIGIE_REQUIRE_REDIS is set but there is no VIGIE_TEST_REDIS_URL and no redis-server binary');
  }
  const server = await startRedisServer();
  return { url: server.url, keyPrefix, stop: () => server.stop() };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  pid(): number | undefined;
  /** Hard stop (SIGKILL): what a crash looks like to clients. */
  kill(): Promise<void>;
  /** Start again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private redis-server (for tests that kill and restart it). With `persist`, it keeps an append-only file so a
 * restart finds the data again, as a production Redis must.
 */
export async function startRedisServer(opts: { persist?: boolean } = {}): Promise<RedisServer> {
  if (!redisBinary) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'vigie-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
    args.push('--appendonly', opts.persist ? 'yes' : 'no', '--appendfsync', 'always');
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    // A test that dies before its clean-up must not leave a redis-server behind.
    const reap = () => proc.kill('SIGKILL');
    process.once('exit', reap);
    proc.once('exit', () => process.off('exit', reap));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) {
          proc.stdout!.off('data', onData);
          proc.stdout!.resume();
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.resume();
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready: ${out.slice(-300)}`)));
    });
  };
  const stopWith = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid,
    kill: () => stopWith('SIGKILL'),
    restart: start,
    async stop() {
      await stopWith('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
