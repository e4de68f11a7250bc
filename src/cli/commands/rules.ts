import type { Locale } from '../../domain/model/finding';
import { RULES } from '../../domain/rules/catalogue';
import { UsageError, type CliCommand } from '../command';
import { maxOf } from '../../domain/arrays';

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
  summary: 'List the validation rules: id, default severity, what each checks',
  usage: [
    'Usage: budget-check rules [--lang ja|en] [--format text|markdown]',
    '',
    'Every rule the check runs, in the order findings are grouped. --format markdown adds what',
    'each rule checks and why it matters at the hearing.',
    '',
  ].join('\n'),
  async run(args, io) {
    let locale: Locale = 'ja';
    let format: 'text' | 'markdown' = 'text';
    for (let i = 0; i < args.length; i++) {
      const given = args[i];
      const [flag, inline] = given.split('=', 2);
      const value = inline ?? args[++i];
      if (flag === '--lang' && (value === 'ja' || value === 'en')) locale = value;
      else if (flag === '--format' && (value === 'text' || value === 'markdown')) format = value;
      else throw new UsageError(`unknown option or value '${given}${inline === undefined && value !== undefined ? ` ${value}` : ''}'. See 'budget-check rules --help'.`);
    }
    io.stdout(format === 'markdown' ? rulesMarkdown(locale) : rulesText(locale));
    return 0;
  },
};
