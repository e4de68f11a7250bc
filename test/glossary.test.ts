import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GLOSSARY } from '../src/domain/glossary';

/**
 * One vocabulary: every place the product's words reach a user — the pane's strings, the CLI's
 * text, the sheets' labels and notes, the findings' messages, the README — uses the glossary's
 * word for a concept, never a variant it lists.
 */
const ROOT = join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const PLACES = [
  'src/taskpane/i18n/ja.ts',
  'src/taskpane/i18n/en.ts',
  ...filesUnder('src/taskpane/components'),
  ...filesUnder('src/cli'),
  ...filesUnder('src/domain/submission'),
  ...filesUnder('src/domain/consolidation'),
  ...filesUnder('src/domain/rules'),
  'README.md',
];

function occurrences(text: string, variant: string | RegExp): number {
  if (typeof variant === 'string') return text.split(variant).length - 1;
  return [...text.matchAll(new RegExp(variant.source, 'g'))].length;
}

describe('the glossary', () => {
  it.each(Object.entries(GLOSSARY))('%s: no variant of its word anywhere a user reads', (concept, term) => {
    const found: string[] = [];
    for (const place of PLACES) {
      const text = readFileSync(join(ROOT, place), 'utf8');
      for (const variant of term.notJa) if (occurrences(text, variant) > 0) found.push(`${relative(ROOT, join(ROOT, place))}: ${String(variant)}`);
    }
    expect({ concept, found }).toEqual({ concept, found: [] });
  });

  it('has its own word in use for every concept (a glossary of words nobody uses would prove nothing)', () => {
    const everything = PLACES.map((p) => readFileSync(join(ROOT, p), 'utf8')).join('\n');
    for (const [concept, term] of Object.entries(GLOSSARY)) expect({ concept, used: everything.includes(term.ja) }).toEqual({ concept, used: true });
  });

  it('catches a variant when one is there', () => {
    expect(occurrences('うち要求 1,000', GLOSSARY.request.notJa[0])).toBe(1);
    expect(occurrences('うち要求額 1,000', GLOSSARY.request.notJa[0])).toBe(0);
    expect(occurrences('検出事項はありません', GLOSSARY.finding.notJa[0])).toBe(1);
  });

  it('is the README\'s table of terms, word for word', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- glossary:start -->\n([\s\S]*?)<!-- glossary:end -->/.exec(readme)?.[1];
    const expected = ['| 用語 | English | 意味 |', '| --- | --- | --- |', ...Object.values(GLOSSARY).map((t) => `| ${t.ja} | ${t.en} | ${t.meaning} |`), ''].join('\n');
    expect(table).toBe(expected);
  });
});
