import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPack } from '../../src/domain/policy/draft/draft-pack';
import { TODO, type PackFile } from '../../src/domain/policy/pack-file';
import { bundledPackFiles } from '../../src/domain/policy/bundled-files';

/** The 3rd-period text made for the tests (eight projects), a 令和7年度 that does not exist. */
export const R7_TEXT_PATH = join(__dirname, '..', 'fixtures', 'policy', 'R7-test-policy.txt');

/** What a person does with a draft: a label and words for each TODO, the period, an empty todo list. */
export function fillTodos(file: PackFile): PackFile {
  const curated = JSON.parse(JSON.stringify(file.curated)) as PackFile['curated'];
  curated.planPeriod = { name: '第3期', source: '健康・医療戦略（第3期）（テスト用の記入）' };
  curated.projects = curated.projects.map((p) => (p.terms.includes(TODO) ? { ...p, terms: [p.shortName] } : p));
  curated.priorityAreas = curated.priorityAreas.map((a, i) => (a.label === TODO ? { ...a, label: `重点${i + 1}` } : a));
  return { ...file, curated, todo: [] };
}

/** The R7 pack file an officer would load: drafted from the test text, its TODOs filled. */
export function filledR7(): PackFile {
  return fillTodos(draftPack(readFileSync(R7_TEXT_PATH, 'utf8'), 'R7-test-policy.txt', bundledPackFiles()).file);
}

/** The eight 統合プロジェクト of the 3rd period, with their markers, as the test text names them. */
export const THIRD_PERIOD_PROJECTS = [
  '①医薬品プロジェクト',
  '②医療機器・ヘルスケアプロジェクト',
  '③再生・細胞医療・遺伝子治療プロジェクト',
  '④感染症プロジェクト',
  '⑤データ利活用・ライフコースプロジェクト',
  '⑥シーズ開発・基礎研究プロジェクト',
  '⑦橋渡し・臨床加速化プロジェクト',
  '⑧イノベーション・エコシステムプロジェクト',
];
