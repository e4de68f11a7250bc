/** One `npm test` runs everything: unit, adapter, property, manifest, LibreOffice and browser tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type errors are `npm run typecheck`'s job; transpiling file by file keeps the suite fast.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true }, diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum; the full package is ESM-only under jest 30.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
    // `new Worker(new URL(…, import.meta.url))` is webpack's; CommonJS cannot parse import.meta, and jsdom has no Worker.
    '^\\./spawn-worker$': '<rootDir>/test/helpers/no-worker.ts',
  },
  testTimeout: 30000,
};
