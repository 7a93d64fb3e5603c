// Waiting, as a user meets it (issue #16 item 10), beside a bare Node in the same run, since a loaded machine
// slows both alike: `vigie check "Bonjour"` (target ≤ 0.3 s wall), `npm start` until the console's prompt
// (≤ 1.5 s), and a 40,000-comment `vigie check --jsonl` (≤ 3× a bare Node JSONL pass-through). Runs the built
// code (dist/, rebuilt first when a source is newer), as `npx vigie` and `npm start` do.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { ensureBuilt, ROOT } from '../test/helpers/ensureBuilt.js';

const ROUNDS = 5;
const JSONL_LINES = 40_000;
const BIN = join(ROOT, 'bin', 'vigie.js');
const env = { ...process.env, NODE_OPTIONS: '' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time of a child process from spawn to exit, stdin from a file (or nothing), stdout thrown away. */
function timed(cmd: string, args: string[], input?: string): number {
  const fd = input ? openSync(input, 'r') : 'ignore';
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: [fd, 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (typeof fd === 'number') closeSync(fd);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** From spawn to the console's greeting on standard output (a terminal then shows `vigie> ` under it; a pipe
 *  gets no prompt), then /quit. */
function toPrompt(cmd: string, args: string[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-start-'));
  const t = performance.now();
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...env, PORT: '0', VIGIE_STORE: join(dir, 'vigie.sqlite'), VIGIE_CONSOLE: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let at = 0;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (!at && out.includes('Console Vigie')) {
        at = performance.now() - t;
        child.stdin.end('/quit\n');
      }
    });
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (at) resolve(at);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code} before its prompt: ${out}`));
    });
  });
}

/** 40,000 JSONL lines cycling over the labelled comments of eval/ (real lengths, FR and EN). */
function jsonlFile(dir: string): string {
  const texts: string[] = [];
  for (const f of ['comments_fr.csv', 'comments_en.csv']) {
    const rows = parse(readFileSync(join(ROOT, 'eval', f), 'utf8'), { columns: true, bom: true, relax_quotes: true }) as Record<string, string>[];
    for (const r of rows) if (r.text?.trim()) texts.push(r.text);
  }
  const lines = Array.from({ length: JSONL_LINES }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] }));
  const path = join(dir, 'comments.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// What any JSONL tool pays: read the lines, parse each, write one JSON line per input line.
const PASS_THROUGH =
  "const rl=require('readline').createInterface({input:process.stdin});const out=[];" +
  "rl.on('line',(l)=>{if(!l.trim())return;const o=JSON.parse(l);out.push(JSON.stringify({id:o.id,verdict:'ok',findings:[]}));if(out.length>=512)process.stdout.write(out.splice(0).join('\\n')+'\\n')});" +
  "rl.on('close',()=>process.stdout.write(out.join('\\n')+'\\n'))";

export default async function bench(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  try {
    const bare = median(Array.from({ length: ROUNDS }, () => timed(process.execPath, ['-e', ''])));
    const one = median(Array.from({ length: ROUNDS }, () => timed(process.execPath, [BIN, 'check', 'Bonjour'])));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const startNode: number[] = [];
    const startNpm: number[] = [];
    for (let i = 0; i < 3; i++) {
      startNode.push(await toPrompt(process.execPath, [join(ROOT, 'dist', 'adapters', 'main.js')]));
      startNpm.push(await toPrompt(npm, ['start', '--silent']));
    }
    const file = jsonlFile(dir);
    const passes = Array.from({ length: 3 }, () => timed(process.execPath, ['-e', PASS_THROUGH], file));
    const batch = [timed(process.execPath, [BIN, 'check', '--jsonl'], file)];
    const pass = median(passes);
    const rows: [string, string, string, string][] = [
      ["bare `node -e ''`", s(bare), '', ''],
      ['`vigie check "Bonjour"`', s(one), '≤ 0.30 s', one <= 300 ? 'met' : 'NOT met'],
      ['`node dist/adapters/main.js` → prompt', s(median(startNode)), '≤ 1.50 s', median(startNode) <= 1500 ? 'met' : 'NOT met'],
      ['`npm start` → prompt', s(median(startNpm)), '≤ 1.50 s', median(startNpm) <= 1500 ? 'met' : 'NOT met'],
      [`bare JSONL pass-through, ${JSONL_LINES.toLocaleString('en')} lines`, s(pass), '', ''],
      [
        `\`vigie check --jsonl\`, ${JSONL_LINES.toLocaleString('en')} lines`,
        `${s(batch[0]!)} (${(batch[0]! / pass).toFixed(1)}×)`,
        '≤ 3× pass-through',
        batch[0]! <= 3 * pass ? 'met' : 'NOT met',
      ],
    ];
    process.stdout.write('| what | wall (median) | target | |\n| --- | --- | --- | --- |\n');
    for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);
    process.stdout.write(
      `\nload average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (2 cores: above 2, every figure is inflated)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
