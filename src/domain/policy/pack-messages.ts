import type { PackProblem, ShapeIssue } from './pack-file-checks';

/** Each pack-file problem in words, Japanese first: what is wrong and what to write there. */
type Locale = 'ja' | 'en';

const TYPE_JA: Record<string, string> = { string: '文字列（"…"）', number: '数値', object: 'オブジェクト（{ … }）', array: '配列（[ … ]）', boolean: 'true か false' };

function shapeMessage(issue: ShapeIssue, locale: Locale): string {
  const ja = locale === 'ja';
  switch (issue.kind) {
    case 'type':
      return ja ? `ここには${TYPE_JA[issue.expected] ?? issue.expected}を書いてください（欠けているか、型が違います）` : `write ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`} here (missing or of the wrong type)`;
    case 'empty':
      return ja ? '空にはできません。少なくとも1つ（1文字）書いてください' : 'must not be empty: write at least one item (character)';
    case 'unknown-keys':
      return ja ? `知らない項目 ${issue.keys.join(', ')}: 綴りを直すか削除してください` : `unknown field(s) ${issue.keys.join(', ')}: fix the spelling or delete them`;
    case 'one-of':
      return ja ? `次のどれかを書いてください: ${issue.values.join(' / ')}` : `write one of: ${issue.values.join(' / ')}`;
    case 'format':
      if (issue.field === 'id') return ja ? '英小文字・数字・ハイフンの id を書いてください（例: pharma-focus-1）' : 'write an id of lowercase letters, digits and dashes (e.g. pharma-focus-1)';
      if (issue.field === 'packId') return ja ? 'R と令和の年数を書いてください（例: R7）' : 'write R and the Reiwa year (e.g. R7)';
      if (issue.field === 'date') return ja ? '決定日を YYYY-MM-DD で書いてください（例: 2024-06-20）' : 'write the decision date as YYYY-MM-DD (e.g. 2024-06-20)';
      return ja ? '書式が違います' : 'wrong format';
    case 'todo-list':
      return ja ? '未解決の TODO が残っています。各項目を埋めてから、この一覧を空（[]）にしてください' : 'unresolved TODOs: fill each one in, then empty this list ([])';
    case 'other':
      return issue.message;
  }
}

export function packProblemMessage(problem: PackProblem, locale: Locale = 'ja'): string {
  const ja = locale === 'ja';
  switch (problem.code) {
    case 'not-json':
      return ja ? `JSON として読めません（${problem.detail}）。方針ファイル（.json）を選んでください` : `not JSON (${problem.detail}): choose a policy pack file (.json)`;
    case 'shape':
      return shapeMessage(problem.issue, locale);
    case 'duplicate-id':
      return ja ? `id「${problem.id}」が重複しています。別の id にしてください` : `id '${problem.id}' is used twice: give this one another id`;
    case 'section-unknown':
      return ja ? `節「${problem.section}」は policy.sections にありません。本文にある節番号（例: 5(1)①）を書いてください` : `section '${problem.section}' is not in policy.sections: write a section number the text has (e.g. 5(1)①)`;
    case 'citation-not-in-section':
      return ja ? `この引用は節「${problem.section}」の本文にありません。その節の本文から文をそのまま写してください` : `this citation is not in the text of section '${problem.section}': copy the sentence exactly from that section`;
    case 'project-unknown':
      return ja ? `統合プロジェクト「${problem.id}」は policy.projects にありません。そこにある id を書いてください` : `project '${problem.id}' is not in policy.projects: write one of its ids`;
    case 'curated-missing':
      return ja ? `「${problem.id}」の項目がありません。同じ id で追加してください（語句 terms などを書きます）` : `no entry for '${problem.id}': add one with that id (its terms etc.)`;
    case 'curated-stray':
      return ja ? `「${problem.id}」は policy の部にありません。id を合わせるか削除してください` : `'${problem.id}' is not in the policy part: match its id or delete it`;
    case 'label-missing':
      return ja ? `「${problem.id}」の見出し語（label）を書いてください（表や一覧に出る短い名前）` : `write a label for '${problem.id}' (the short name tables show)`;
    case 'label-not-in-citation':
      return ja ? `見出し語「${problem.label}」は引用の中にありません。方針の語句をそのまま書いてください` : `label '${problem.label}' is not in its citation: use the policy's own words`;
    case 'order':
      return ja ? `順番は ${problem.expected} のはずです（1 から順に）` : `order should be ${problem.expected} (1, 2, 3 … in turn)`;
    case 'year':
      return ja ? `年度が fiscalYear と合いません。${problem.expected} と書いてください` : `does not match fiscalYear: write ${problem.expected}`;
    case 'todo':
      return ja ? 'TODO が残っています。方針の本文（または見直した語彙）で埋めてください' : 'still TODO: fill it in from the policy text (or reviewed vocabulary)';
  }
}

/** 「policy.projects[2].citation.text: …」 — one line per problem. */
export function formatPackProblems(problems: readonly PackProblem[], locale: Locale = 'ja'): string[] {
  return problems.map((p) => `${p.path === '' ? (locale === 'ja' ? '（ファイル全体）' : '(whole file)') : p.path}: ${packProblemMessage(p, locale)}`);
}
