import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./replicaMain.ts', import.meta.url));

export interface ChildReplica {
  url: string;
  pid: number;
  /** What the replica wrote on stderr (its log). */
  log(): string;
  /** SIGKILL: no clean-up, no chance to finish anything, as a crashed container. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts replicaMain.ts in its own Node process (no npx/tsx wrapper, so the pid is the replica itself). */
export async function startChildReplica(options: {
  name: string;
  storeUrl: string;
  keyPrefix?: string;
  appSecret: string;
  chatUrl: string;
}): Promise<ChildReplica> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, VIGIE_FAULT_REPLICA: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test that times out while the child starts never gets its handle: never leave a replica running behind.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`replica ${options.name} exited (${code}) before it was ready:\n${err.slice(-2000)}`)));
  });
  const ended = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url,
    pid: child.pid!,
    log: () => err,
    async kill() {
      child.kill('SIGKILL');
      await ended;
    },
    async stop() {
      child.kill('SIGTERM');
      await ended;
    },
  };
}
