import type { MappingProblem } from '../domain/reading/mapping-json';
import type { Locale } from '../domain/model/finding';

/** A mapping file's fault in the user's language, naming the field as the file spells it. */
export function mappingProblemText(problem: MappingProblem, locale: Locale): string {
  const ja = locale === 'ja';
  switch (problem.kind) {
    case 'not-json':
      return ja ? 'JSON として読めません' : 'it is not JSON';
    case 'version':
      return ja ? `version は ${problem.expected} でなければなりません` : `version must be ${problem.expected}`;
    case 'type':
      return ja ? `${field(problem.path, ja)}の型が違います（${problem.expected} が必要です）` : `${field(problem.path, ja)} has the wrong type (${problem.expected} expected)`;
    case 'range':
      return ja ? `${field(problem.path, ja)}が範囲外です（行・列は 0 から始まる番号で、Excel の範囲内）` : `${field(problem.path, ja)} is out of range (rows and columns are 0-based, within Excel's limits)`;
    case 'choice':
      return ja ? `${field(problem.path, ja)}は ${problem.allowed.join('、')} のいずれかです` : `${field(problem.path, ja)} must be one of ${problem.allowed.join(', ')}`;
    case 'project-needed':
      return ja ? `${field(problem.path, ja)}: 統合プロジェクト別の列には projectId が必要です` : `${field(problem.path, ja)}: a per-project column needs a projectId`;
    case 'header-order':
      return ja ? 'headerTop（見出しの最初の行）が headerBottom（最後の行）より下にあります' : 'headerTop (the first header row) is below headerBottom (the last)';
    case 'invalid':
      return ja ? `${field(problem.path, ja)}が正しくありません` : `${field(problem.path, ja)} is not valid`;
  }
}

function field(path: string, ja: boolean): string {
  if (path === '') return ja ? 'ファイル全体' : 'the file';
  return ja ? `${path} ` : path;
}
