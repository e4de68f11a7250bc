import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The same module the build uses (webpack.config.js), so the test reads what the build emits.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { helpHtml, usersSection } = require('../../scripts/help-page.js') as { helpHtml: (readme: string) => string; usersSection: (readme: string) => string };

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("help page (the manifest's SupportUrl)", () => {
  it('is what the manifest points at, served with the pane', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const url = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(url).toMatch(/\/help\.html$/);
    // Served from the same place as the pane itself.
    const pane = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(new URL(url!).origin).toBe(new URL(pane!).origin);
  });

  it("holds every line of the README's users' section, and the build emitted exactly that", () => {
    const html = helpHtml(README);
    const section = usersSection(README);
    const items = section.split('\n').filter((l) => /^(- |\d+\. )/.test(l));
    expect(items.length).toBeGreaterThan(10);
    // Each list item's words are on the page (markup aside).
    const text = html.replace(/<[^>]+>/g, '');
    for (const item of items) {
      const words = item.replace(/^(- |\d+\. )/, '').replace(/`|\*\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
      expect(text).toContain(words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
    expect(html).toContain('<ol>');
    expect(readFileSync(join(ROOT, 'dist', 'help.html'), 'utf8')).toBe(html);
  });

  it('runs no script, and every picture it shows was copied beside it', () => {
    const html = readFileSync(join(ROOT, 'dist', 'help.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    const pictures = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(pictures.length).toBeGreaterThan(0);
    for (const src of pictures) expect(existsSync(join(ROOT, 'dist', src))).toBe(true);
  });

  it('escapes what Markdown text could smuggle in as markup', () => {
    const html = helpHtml('## 利用者の方へ\n\n- <script>alert(1)</script> と `a<b`\n');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<code>a&lt;b</code>');
  });
});
