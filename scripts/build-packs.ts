/**
 * Makes the bundled policy packs ready at build time (issue 20: every CLI run spent its start
 * parsing the packs and building zod schemas). Validates each packs/R*.json and
 * programmes/fund-programmes.json with their zod schemas and checks, and writes the assembled
 * packs to packs/ready.json, which the registry loads as plain data.
 *
 *   npm run packs                         write packs/ready.json (after editing a pack file)
 *   tsx scripts/build-packs.ts --check    what every build runs (webpack.config.js): exit 1 when a
 *                                         pack file is not usable or ready.json is not what it gives
 *   … --dir DIR                           another packs folder (tests)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FundProgrammesSchema } from '../src/domain/policy/programmes/fund-programmes-schema';
import { BundledPackError, readyPacks, readyPacksJson } from '../src/domain/policy/ready-packs';

const POLICY_DIR = join(__dirname, '../src/domain/policy');

function option(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Throws when the programmes file does not fit its schema, or when parsing it would change it (the engine reads it unparsed). */
function checkFundProgrammes(path: string): void {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = FundProgrammesSchema.safeParse(raw);
  if (!parsed.success) throw new BundledPackError(`${path}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  if (JSON.stringify(parsed.data) !== JSON.stringify(raw)) throw new BundledPackError(`${path}: parsing it adds or changes fields; write them in the file`);
}

function main(argv: readonly string[]): number {
  const dir = option(argv, '--dir') ?? join(POLICY_DIR, 'packs');
  const target = join(dir, 'ready.json');
  const names = readdirSync(dir).filter((name) => /^R\d+\.json$/.test(name)).sort();
  try {
    if (names.length === 0) throw new BundledPackError(`no pack file (R*.json) in ${dir}`);
    checkFundProgrammes(join(POLICY_DIR, 'programmes/fund-programmes.json'));
    const text = readyPacksJson(readyPacks(names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))));
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (argv.includes('--check')) {
      if (current !== text) throw new BundledPackError(`${target} is not what ${names.join(', ')} give: run npm run packs and commit it`);
      return 0;
    }
    if (current !== text) writeFileSync(target, text);
    process.stdout.write(`${current === text ? 'unchanged' : 'wrote'} ${target} (${names.join(', ')})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BundledPackError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
