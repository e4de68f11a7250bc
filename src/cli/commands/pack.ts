import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';

const SYNOPSIS = [
  'budget-check pack validate FILE.json [--lang ja|en]',
  'budget-check pack draft POLICY.txt --out R7.json [--overwrite] [--lang ja|en]',
  'budget-check pack diff R6 R7.json [--lang ja|en]',
];

export const packCommand: CliCommand = {
  name: 'pack',
  summary: COMMAND_SUMMARIES.pack,
  usage: {
    ja: [
      `使い方: ${SYNOPSIS[0]}`,
      `        ${SYNOPSIS[1]}`,
      `        ${SYNOPSIS[2]}`,
      '',
      '方針ファイル（policy pack）は、ある年度の資源配分方針をデータにしたものです。方針自身の言葉',
      '（policy: 節、統合プロジェクト、重点領域、事業。引用はそれぞれの節の本文にあるもの）と、整備した語彙',
      '（curated: 別名、用語、見出し、疾患領域、府省。それぞれ出典付き）からなります。',
      '',
      '  validate   方針ファイルを検証します。問題はそれぞれ JSON の位置と、そこに書くべきことで示します。',
      '  draft      資源配分方針の本文のテキスト（節の番号 １．, (1), ①）を読み、方針ファイルを書き込みます。',
      '             本文にある項目はすべて埋め、同じ名前の項目の語彙は最も近い製品の年度から写します',
      '             （curated.review に一覧）。残りは TODO（todo に一覧）で、担当者が埋めて todo を空に',
      '             するまで、ファイルは検証を通りません。',
      '  diff       2つの年度の違いを一覧します: 統合プロジェクト、重点領域、事業、節。',
      '             それぞれ製品に入っている年度（R4, R6）か方針ファイルを指定します。',
      '',
      'その後: budget-check check SHEET.xlsx --pack R7.json（方針ファイルには書き込みません）。',
      '終了コード: 0 完了（validate: ファイルは使えます）、1（validate）ファイルに問題あり、2 ファイルか引数が使えない。',
      '',
    ].join('\n'),
    en: [
      `Usage: ${SYNOPSIS[0]}`,
      `       ${SYNOPSIS[1]}`,
      `       ${SYNOPSIS[2]}`,
      '',
      "A policy pack is a year's 資源配分方針 as data: its own words (policy: sections, projects, priority",
      'areas, programmes, each citation found in its section) and a curated vocabulary (curated: aliases,',
      'terms, labels, 疾患領域, 府省, each fact from elsewhere with its source).',
      '',
      '  validate   Checks a pack file; each problem is named at its JSON path with what to write there.',
      '  draft      Reads the plain text of a 資源配分方針 (sections numbered １．, (1), ①) and writes a pack',
      '             file: every field the text states; vocabulary copied from the nearest bundled year for',
      '             items of the same name (listed in curated.review); the rest is TODO (listed in todo),',
      '             and the file fails validation until a person fills them in and empties todo.',
      '  diff       Lists what changed between two years: projects, priority areas, programmes, sections.',
      '             Each side is a bundled year (R4, R6) or a pack file.',
      '',
      'Then: budget-check check SHEET.xlsx --pack R7.json (the pack file is never written to).',
      'Exit status: 0 done (validate: the file is usable), 1 (validate) the file has problems, 2 unusable file or arguments.',
      '',
    ].join('\n'),
  },
  // The work loads zod (pack files are validated) and the bundled pack files: only when a pack command runs.
  run: async (args, io) => (await import(/* webpackChunkName: "pack" */ './pack-actions')).runPack(args, io),
};
