/**
 * `npm run demo`: the main job on the bundled sample, as a budget officer would run it. Checks
 * samples/sample-r6-clean.xlsx, saves the JSON report, and writes the submission workbook to
 * out/; then shows what the check says about the sample with typical mistakes; then, as the
 * Cabinet Office would, checks three ministries' request sheets (文・厚・経) one by one and
 * consolidates them into out/r6-consolidated.xlsx.
 * Plain Node so that it runs the same from cmd.exe, PowerShell or a Unix shell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'budget-check.js');
const out = join(root, 'out');

function run(command, args, allowed = [0]) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (!allowed.includes(status)) process.exit(status ?? 2);
}

if (!existsSync(cli)) {
  console.error('dist/cli/budget-check.js is missing: run `npm run build:cli` first (npm run demo does).');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

console.log('\n=== 1. サンプル（誤りなし）を提出用シートにする / the clean sample → submission workbook ===\n');
run(process.execPath, [cli, 'submit', 'samples/sample-r6-clean.xlsx', '--ministry', '厚生労働省', '--out', 'out/sample-r6-submission.xlsx', '--report', 'out/sample-r6-report.json', '--overwrite']);

console.log('\n=== 2. よくある誤りを含むサンプル / the sample with typical mistakes (exit 1 expected) ===\n');
run(process.execPath, [cli, 'check', 'samples/sample-r6-with-mistakes.xlsx'], [1]);

const MINISTRIES = ['samples/r6-mext.xlsx', 'samples/r6-mhlw.xlsx', 'samples/r6-meti.xlsx'];
console.log('\n=== 3. 内閣府：3府省の要求表をそれぞれ検証 / the Cabinet Office checks each ministry\'s request ===\n');
for (const file of MINISTRIES) run(process.execPath, [cli, 'check', file]);

console.log('\n=== 4. 府省別の取りまとめ / consolidation by ministry ===\n');
run(process.execPath, [cli, 'consolidate', ...MINISTRIES, '--out', 'out/r6-consolidated.xlsx', '--overwrite']);

console.log(`\n出力 / written: out/sample-r6-submission.xlsx, out/sample-r6-report.json, out/r6-consolidated.xlsx`);
