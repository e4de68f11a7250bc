import { loadPacks } from '../../domain/policy/registry';
import { allPriorityAreas } from '../../domain/policy/priority-areas';
import type { PolicyPack, PriorityArea } from '../../domain/policy/schema';
import type { CliCommand } from '../command';
import { oneOf, parseOptions } from '../options';
import { COMMAND_SUMMARIES } from './summaries';

export interface PolicySummary {
  readonly id: string;
  readonly fiscalYear: PolicyPack['fiscalYear'];
  readonly title: string;
  readonly decidedOn: string;
  readonly decidedOnJa: string;
  readonly decidedBy: string;
  readonly planPeriod: string;
  readonly projects: readonly { id: string; order: number; marker: string; name: string; shortName: string }[];
  readonly priorityAreas: readonly {
    id: string;
    name: string;
    kind: 'headline' | 'focus' | 'section';
    section: string;
    projectId: string | null;
    fundBased: boolean;
  }[];
}

/** What `policies --format json` prints: one entry per pack, priority areas in allPriorityAreas order. */
export function policySummaries(packs: readonly PolicyPack[]): PolicySummary[] {
  return packs.map((pack) => ({
    id: pack.id,
    fiscalYear: pack.fiscalYear,
    title: pack.title,
    decidedOn: pack.decidedOn,
    decidedOnJa: pack.decidedOnJa,
    decidedBy: pack.decidedBy,
    planPeriod: pack.planPeriod,
    projects: pack.projects.map(({ id, order, marker, name, shortName }) => ({ id, order, marker, name, shortName })),
    priorityAreas: allPriorityAreas(pack).map((area) => ({
      id: area.id,
      name: area.name,
      kind: area.kind,
      section: area.section,
      projectId: area.projectId ?? null,
      fundBased: area.fundBased,
    })),
  }));
}

/** A readable Japanese listing: headline areas, projects with their focus items, other sections. */
export function formatPolicies(packs: readonly PolicyPack[]): string {
  const blocks = packs.map((pack) => {
    const tag = (area: PriorityArea) => `${area.name} [${area.id}]${area.fundBased ? '（基金等：総額に含めない）' : ''}`;
    const lines = [
      `${pack.fiscalYear.label}（${pack.id} / FY${pack.fiscalYear.western}）`,
      `  方針: ${pack.title}`,
      `  決定: ${pack.decidedOnJa} ${pack.decidedBy}`,
      '  重点化すべき研究領域（5）:',
      ...pack.priorityAreas.filter((a) => a.kind === 'headline').map((a) => `    ${tag(a)}`),
      `  統合プロジェクト（${pack.planPeriod}）:`,
      ...pack.projects.flatMap((p) => [
        `    ${p.marker}${p.name} [${p.id}]`,
        ...p.focusItems.map((f) => `      ${pack.fiscalYear.label}の重点: ${tag(f)}`),
      ]),
      '  その他の項目:',
      ...pack.priorityAreas.filter((a) => a.kind === 'section').map((a) => `    ${a.section} ${tag(a)}`),
    ];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

export const policiesCommand: CliCommand = {
  name: 'policies',
  summary: COMMAND_SUMMARIES.policies,
  usage: {
    ja: [
      '使い方: budget-check policies [--format text|json]',
      '',
      '製品に入っているすべての方針を一覧します: 年度、表題、決定日、統合プロジェクト、すべての重点領域',
      '（重点化すべき研究領域、5 の各項目、各統合プロジェクトの重点）。',
      '',
      'オプション:',
      '  --format text|json  出力の形式（既定: text）',
      '  --lang ja|en        メッセージの言語（既定: ja。一覧は方針の言葉のまま日本語です）',
      '',
    ].join('\n'),
    en: [
      'Usage: budget-check policies [--format text|json]',
      '',
      'Lists every policy pack: fiscal year, title, decision date, the integrated projects and',
      "every priority area (headline areas, sections of 5, and each project's focus items).",
      '',
      'Options:',
      '  --format text|json  Output format (default: text)',
      "  --lang ja|en        Language of messages (default: ja; the listing is in the policy's own Japanese)",
      '',
    ].join('\n'),
  },
  async run(args, io) {
    const parsed = parseOptions(args, { command: 'policies', values: ['--format', '--lang'], flags: [], files: 'none' } as const);
    oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const format = oneOf('format', parsed.values.get('--format'), ['text', 'json'] as const, 'text');
    const packs = loadPacks();
    io.stdout(format === 'json' ? `${JSON.stringify(policySummaries(packs), null, 2)}\n` : formatPolicies(packs));
    return 0;
  },
};
