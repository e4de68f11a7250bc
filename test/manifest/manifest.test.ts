import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const schema = join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');
const manifestPath = join(root, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const DEV_ORIGIN = 'https://localhost:3000/';

function validate(xml: string): { status: number | null; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint missing: ${r.error.message} (apt-get install libxml2-utils)`);
  return { status: r.status, output: r.stdout + r.stderr };
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('validates against Microsoft’s manifest schemas offline', () => {
    const r = validate(manifest);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('is rejected when a permission is not one the schema allows', () => {
    const broken = manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteEverything</Permissions>');
    expect(broken).not.toBe(manifest);
    const r = validate(broken);
    expect(r.status).toBe(3);
    expect(r.output).toMatch(/Permissions/);
  });

  it('is rejected when the Id is missing', () => {
    const r = validate(manifest.replace(/<Id>[^<]+<\/Id>/, ''));
    expect(r.status).not.toBe(0);
  });

  it('asks for least privilege and names its requirement sets', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<DefaultLocale>ja-JP</DefaultLocale>');
    expect(manifest).toContain('DisplayName DefaultValue="医療研究開発予算チェック"');
    expect(manifest).toMatch(/<Override Locale="en-US" Value="Medical R&amp;D Budget Check"\/>/);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it('names only URLs and icons that exist in the production build, at their stated sizes', () => {
    const dist = join(root, 'dist');
    const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) {
      expect(url.startsWith(DEV_ORIGIN)).toBe(true);
      const file = join(dist, url.slice(DEV_ORIGIN.length));
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    }
    for (const m of manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g)) {
      expect(pngSize(join(dist, m[2]))).toEqual({ width: Number(m[1]), height: Number(m[1]) });
    }
    expect(pngSize(join(dist, 'assets/icon-32.png')).width).toBe(32);
    expect(pngSize(join(dist, 'assets/icon-64.png')).width).toBe(64);
  });

  it('the build loads office.js from Microsoft’s CDN and does not bundle it', () => {
    const html = readFileSync(join(root, 'dist', 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith('https://'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(readFileSync(join(root, 'dist', s), 'utf8')).not.toContain('OfficeExtension.ClientRequestContext');
  });
});
