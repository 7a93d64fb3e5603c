import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import yauzl from 'yauzl';
import { buildTeamsPackage, PackageError, renderManifest, APP_PACKAGE_DIR } from '../../../adapters/teams/package.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z))));
  const out = new Map<string, Buffer>();
  await new Promise<void>((ok, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e) return fail(e);
        const chunks: Buffer[] = [];
        stream
          .on('data', (c: Buffer) => chunks.push(c))
          .on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
      });
    });
    zip.on('end', ok).on('error', fail);
    zip.readEntry();
  });
  return out;
}

/** Width, height, colour type and decoded pixel rows of an 8-bit PNG, read independently of the generator. */
function readPng(buf: Buffer): { width: number; height: number; colorType: number; raw: Buffer } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0,
    height = 0,
    colorType = -1;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data.readUInt8(9);
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  return { width, height, colorType, raw: inflateSync(Buffer.concat(idat)) };
}

describe('the Teams app package', () => {
  it('zips the manifest with the app id, its English localization and both icons at the root', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vigie-pkg-')), 'build', 'vigie-teams.zip');
    await buildTeamsPackage({ appId: APP_ID, websiteUrl: 'https://vigie.example.gouv.qc.ca/', outFile: out });
    const files = await entries(out);
    expect([...files.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0].botId).toBe(APP_ID);
    expect(manifest.developer.privacyUrl).toBe('https://vigie.example.gouv.qc.ca/confidentialite');
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('fr-CA');
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({ type: 'action', context: ['message'] });
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);

    const en = JSON.parse(files.get('en.json')!.toString('utf8'));
    expect(en['composeExtensions[0].commands[0].title']).toBe('Check this message');
    expect(en['description.short'].length).toBeLessThanOrEqual(80);
  });

  it('ships a 192×192 colour icon and a 32×32 outline that is white on transparent', async () => {
    const color = readPng(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    expect([color.width, color.height, color.colorType]).toEqual([192, 192, 6]);
    const outline = readPng(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const stride = 1 + 32 * 4;
    let opaque = 0,
      transparent = 0;
    for (let y = 0; y < 32; y++) {
      expect(outline.raw[y * stride]).toBe(0); // filter "none": the pixels below are the real values
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4);
        expect([r, g, b]).toEqual([255, 255, 255]);
        if (a === 0) transparent++;
        if (a === 255) opaque++;
      }
    }
    expect(transparent).toBeGreaterThan(500);
    expect(opaque).toBeGreaterThan(50);
  });

  it('refuses to build without a usable app id or site, saying what to set', () => {
    const template = readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
    expect(() => renderManifest(template, undefined, 'https://x.ca')).toThrow(/MicrosoftAppId is not set/);
    expect(() => renderManifest(template, 'my-bot', 'https://x.ca')).toThrow(PackageError);
    expect(() => renderManifest(template, APP_ID, 'http://x.ca')).toThrow(/https/);
    expect(() => renderManifest('{"id": "{{MicrosoftAppId}}", "x": "{{Other}}"}', APP_ID, 'https://x.ca')).toThrow(/\{\{Other\}\}/);
  });
});
