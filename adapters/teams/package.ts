// `npm run teams:package`: builds build/vigie-teams.zip, the Teams app package to upload (manifest, its
// English localization and the two icons), with the bot's Azure app id written into the manifest.
import { mkdirSync, readFileSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipFile } from 'yazl';

const here = dirname(fileURLToPath(import.meta.url));
export const APP_PACKAGE_DIR = join(here, 'appPackage');
const FILES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageOptions {
  /** The bot's Microsoft App ID (a GUID): the Teams app id and the bot id. */
  appId: string | undefined;
  /** Public site for the developer links Teams shows (https). */
  websiteUrl?: string;
  outFile: string;
  sourceDir?: string;
}

export class PackageError extends Error {}

/** The manifest with its placeholders filled in; throws PackageError with a reason a person can act on. */
export function renderManifest(template: string, appId: string | undefined, websiteUrl: string): string {
  if (!appId) throw new PackageError("MicrosoftAppId is not set: give the Azure bot registration's app id (a GUID)");
  if (!GUID.test(appId)) throw new PackageError(`MicrosoftAppId '${appId}' is not a GUID like 00000000-0000-0000-0000-000000000000`);
  if (!/^https:\/\/[^\s/]+/.test(websiteUrl)) throw new PackageError(`VIGIE_WEBSITE_URL '${websiteUrl}' must be an https:// URL`);
  const filled = template.replaceAll('{{MicrosoftAppId}}', appId).replaceAll('{{VIGIE_WEBSITE_URL}}', websiteUrl.replace(/\/+$/, ''));
  const left = /\{\{([^}]+)\}\}/.exec(filled);
  if (left) throw new PackageError(`manifest.json still has a placeholder {{${left[1]}}} that package.ts does not fill`);
  JSON.parse(filled); // a broken template must fail here, not at upload
  return filled;
}

/** Writes the zip and resolves with its path. */
export async function buildTeamsPackage(opts: PackageOptions): Promise<string> {
  const src = opts.sourceDir ?? APP_PACKAGE_DIR;
  const manifest = renderManifest(readFileSync(join(src, 'manifest.json'), 'utf8'), opts.appId, opts.websiteUrl ?? 'https://example.org/vigie');
  mkdirSync(dirname(opts.outFile), { recursive: true });
  const zip = new ZipFile();
  // Teams wants the files at the root of the archive, not in a folder.
  for (const name of FILES) {
    const data = name === 'manifest.json' ? Buffer.from(manifest, 'utf8') : readFileSync(join(src, name));
    zip.addBuffer(data, name, { mtime: new Date('2026-01-01T00:00:00Z') });
  }
  zip.end();
  await new Promise<void>((ok, fail) => {
    const out = createWriteStream(opts.outFile);
    out.on('close', ok).on('error', fail);
    zip.outputStream.on('error', fail).pipe(out);
  });
  return opts.outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const outFile = resolve(here, '..', '..', 'build', 'vigie-teams.zip');
  buildTeamsPackage({ appId: process.env.MicrosoftAppId, websiteUrl: process.env.VIGIE_WEBSITE_URL, outFile }).then(
    (file) => process.stdout.write(`wrote ${file}: upload it in Teams (Apps › Manage your apps › Upload an app)\n`),
    (err: unknown) => {
      process.stderr.write(`teams:package: ${err instanceof PackageError ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
