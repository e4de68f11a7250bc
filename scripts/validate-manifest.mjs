// Offline manifest validation: Microsoft's XSDs (kept in test/manifest/schemas) via xmllint.
// `office-addin-manifest validate` needs Microsoft's online service, so it is not used.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const manifest = process.argv[2] ?? 'manifest.xml';
const schema = fileURLToPath(new URL('../test/manifest/schemas/OfficeAppManifestV1_1.xsd', import.meta.url));
const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, manifest], { encoding: 'utf8' });
if (result.error) {
  console.error(`xmllint is not available (${result.error.message}). Install it: apt-get install libxml2-utils`);
  process.exit(2);
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exit(result.status ?? 2);
