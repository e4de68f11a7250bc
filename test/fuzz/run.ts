/**
 * `npm run fuzz [-- --cases N --seed S]`: the fuzzer of test/fuzz/fuzz-cli.ts for longer than
 * `npm test` can afford. Failing inputs are saved to fuzz-failures/ to replay with budget-check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzCli } from './fuzz-cli';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
  return value;
}

(async () => {
  const cases = option('--cases', 3_000);
  const seed = option('--seed', Date.now() % 1_000_000_007);
  const start = performance.now();
  const result = await fuzzCli(seed, cases);
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  console.log(`fuzz: seed ${seed}, ${cases} cases in ${seconds} s; exits ${JSON.stringify(result.byExit)}; slowest case ${result.slowestMs.toFixed(0)} ms`);
  if (result.failures.length === 0) return;
  const dir = join(process.cwd(), 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  for (const f of result.failures) {
    const file = join(dir, `seed-${seed}-case-${f.index}.xlsx`);
    writeFileSync(file, f.bytes);
    console.log(`FAIL case ${f.index} from ${f.seedFile}: exit ${f.code}\n  ${f.stderr.trim().split('\n').join('\n  ')}\n  saved as ${file}`);
  }
  process.exitCode = 1;
})();
