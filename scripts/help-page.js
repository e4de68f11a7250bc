/*
 * dist/help.html, the add-in's SupportUrl: the README's users' section (利用者の方へ) as a
 * page served with the pane, so the help an officer reaches from Excel is the README's own
 * text and cannot drift from it. The section uses a small part of Markdown (paragraphs,
 * "- " and "1. " lists, `code`, **bold**, links and one picture), which is all this converts.
 */
'use strict';

const SECTION = '## 利用者の方へ';

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img src="$2" alt="$1">')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** The users' section of the README, from its heading to the next "## " heading. */
function usersSection(readme) {
  const start = readme.indexOf(`${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section for the help page`);
  const rest = readme.slice(start + SECTION.length + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Blocks separated by blank lines: a list (every line "- " or "1. "), or a paragraph whose lines join. */
function bodyHtml(markdown) {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>\n${lines.map((l) => `  <li>${inline(l.slice(2))}</li>`).join('\n')}\n</ul>`;
      if (lines.every((l) => /^\d+\. /.test(l))) return `<ol>\n${lines.map((l) => `  <li>${inline(l.replace(/^\d+\. /, ''))}</li>`).join('\n')}\n</ol>`;
      return `<p>${inline(lines.join(''))}</p>`;
    })
    .join('\n');
}

function helpHtml(readme) {
  return `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" />
    <title>医療研究開発予算チェック — ヘルプ</title>
    <style>
      h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; }
      body { font-family: 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP', sans-serif; line-height: 1.7; margin: 1rem; max-width: 48rem; }
      img { max-width: 100%; border: 1px solid #ccc; }
      code { background: #f3f3f3; padding: 0 0.2em; }
      @media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #f0f0f0; } code { background: #333; } }
    </style>
  </head>
  <body>
    <h1>医療研究開発予算チェック</h1>
    <h2>利用者の方へ</h2>
${bodyHtml(usersSection(readme))}
  </body>
</html>
`;
}

module.exports = { helpHtml, usersSection };
