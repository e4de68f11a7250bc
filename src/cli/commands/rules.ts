import type { Locale } from '../../domain/model/finding';
import { RULES } from '../../domain/rules/catalogue';
import type { CliCommand } from '../command';
import { oneOf, parseOptions } from '../options';
import { maxOf } from '../../domain/arrays';
import { COMMAND_SUMMARIES } from './summaries';

const SEVERITY: Record<Locale, Record<string, string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const HEADINGS: Record<Locale, readonly string[]> = {
  ja: ['ルール', '既定の重大度', '内容', '理由'],
  en: ['rule', 'default severity', 'what it checks', 'why it matters'],
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The rule catalogue as a Markdown table: the README's copy is compared with it by a test. */
export function rulesMarkdown(locale: Locale): string {
  const lines = [`| ${HEADINGS[locale].join(' | ')} |`, `| ${HEADINGS[locale].map(() => '---').join(' | ')} |`];
  for (const rule of RULES) {
    lines.push(`| \`${rule.id}\` | ${SEVERITY[locale][rule.defaultSeverity]} | ${cell(rule.docs.description[locale])} | ${cell(rule.docs.why[locale])} |`);
  }
  return `${lines.join('\n')}\n`;
}

function rulesText(locale: Locale): string {
  const width = maxOf(RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${SEVERITY[locale][r.defaultSeverity].padEnd(7)}  ${r.docs.title[locale]}`).join('\n')}\n`;
}

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: COMMAND_SUMMARIES.rules,
  usage: {
    ja: [
      '使い方: budget-check rules [--lang ja|en] [--format text|markdown]',
      '',
      '検証で使うすべてのルールを、指摘をまとめて表示する順に一覧します。--format markdown では、',
      '各ルールの内容とヒアリングで問題になる理由も表示します。',
      '',
    ].join('\n'),
    en: [
      'Usage: budget-check rules [--lang ja|en] [--format text|markdown]',
      '',
      'Every rule the check runs, in the order findings are grouped. --format markdown adds what',
      'each rule checks and why it matters at the hearing.',
      '',
    ].join('\n'),
  },
  async run(args, io) {
    const parsed = parseOptions(args, { command: 'rules', values: ['--lang', '--format'], flags: [], files: 'none' } as const);
    const locale = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const format = oneOf('format', parsed.values.get('--format'), ['text', 'markdown'] as const, 'text');
    io.stdout(format === 'markdown' ? rulesMarkdown(locale) : rulesText(locale));
    return 0;
  },
};
