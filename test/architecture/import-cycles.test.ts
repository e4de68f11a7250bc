import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findImportCycles } from '../../scripts/import-cycles';

/** `npm run lint` runs the same check on src/ and fails on any import circle. */
describe('import circles', () => {
  it('src/ has none, type-only imports included', () => {
    expect(findImportCycles(join(__dirname, '..', '..', 'src'))).toEqual([]);
  });

  it('finds a circle, a circle made of type-only imports, and a file importing itself; not a chain', () => {
    const root = mkdtempSync(join(tmpdir(), 'cycles-'));
    try {
      mkdirSync(join(root, 'a'));
      writeFileSync(join(root, 'a', 'one.ts'), "import { two } from './two';\nexport const one = two;\n");
      writeFileSync(join(root, 'a', 'two.ts'), "import type { Three } from '../three';\nexport const two = 2 as Three;\n");
      writeFileSync(join(root, 'three.ts'), "import type { one } from './a/one';\nexport type Three = typeof one;\n");
      writeFileSync(join(root, 'self.ts'), "export * from './self';\n");
      writeFileSync(join(root, 'chain.ts'), "import { one } from './a/one';\nexport const chain = one;\n");
      writeFileSync(join(root, 'index.ts'), "export { chain } from './chain';\n");
      expect(findImportCycles(root).sort()).toEqual([['a/one.ts', 'a/two.ts', 'three.ts'], ['self.ts']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
