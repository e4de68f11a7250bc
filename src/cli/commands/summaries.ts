import type { Localized } from '../command';

/**
 * One line per command for `budget-check --help`, in the order it lists them. Apart from the
 * commands themselves so that the help is printed without loading any of them (nor the engine,
 * the packs or zod behind them): see src/cli/quick.ts.
 */
export const COMMAND_SUMMARIES = {
  check: {
    ja: '府省の要求表（.xlsx）をその年度の資源配分方針で検証し、指摘・合計・レポートを出します',
    en: "Check a ministry worksheet (.xlsx) against the year's policy: findings, totals, report",
  },
  submit: {
    ja: '要求表を検証し、提出用シート（提出様式）を新しい .xlsx に書き込みます',
    en: 'Check a worksheet and write the submission sheet (提出様式) to a new .xlsx',
  },
  consolidate: {
    ja: '各府省の要求表か提出用シートを、府省別の取りまとめシート1枚にまとめます（内閣府向け）',
    en: "Consolidate ministries' request or submission sheets into one sheet by 府省 (内閣府)",
  },
  rules: {
    ja: '検証ルールの一覧: ID、既定の重大度、内容',
    en: 'List the validation rules: id, default severity, what each checks',
  },
  policies: {
    ja: '方針の年度（資源配分方針）と、その統合プロジェクト・重点領域の一覧',
    en: 'List the policy years (資源配分方針) with their projects and priority areas',
  },
  pack: {
    ja: '方針ファイル: 検証、新しい年度の本文からの下書き、2つの年度の比較',
    en: "Policy pack files: validate one, draft one from a new year's text, compare two years",
  },
} as const satisfies Record<string, Localized>;

export type CommandName = keyof typeof COMMAND_SUMMARIES;

export const COMMAND_NAMES = Object.keys(COMMAND_SUMMARIES) as CommandName[];
