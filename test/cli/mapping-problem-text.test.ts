import { readMapping, serializeMapping, type MappingProblem } from '../../src/domain/reading/mapping-json';
import type { ColumnMapping } from '../../src/domain/model/table';
import { mappingProblemText } from '../../src/cli/mapping-problem-text';

const mapping: ColumnMapping = { headerTop: 2, headerBottom: 3, columns: [{ col: 1, role: 'name', header: '事業名' }] };

function problem(json: string): MappingProblem {
  const read = readMapping(json);
  if (!('problem' in read)) throw new Error('expected a problem');
  return read.problem;
}

describe('a bad mapping file: what is wrong, as data, then in Japanese and English', () => {
  it.each<[string, string, MappingProblem, RegExp, RegExp]>([
    ['not JSON', '{', { kind: 'not-json' }, /^JSON として読めません$/, /^it is not JSON$/],
    ['another version', serializeMapping(mapping).replace('"version":1', '"version":2'), { kind: 'version', expected: 1 }, /version は 1/, /version must be 1/],
    ['a negative row', serializeMapping({ ...mapping, headerTop: -1 }), { kind: 'range', path: 'headerTop' }, /^headerTop が範囲外です/, /^headerTop is out of range/],
    ['a row as text', JSON.stringify({ version: 1, ...mapping, headerBottom: '3' }), { kind: 'type', path: 'headerBottom', expected: 'number' }, /headerBottom の型が違います（number が必要です）/, /headerBottom has the wrong type \(number expected\)/],
    ['an unknown role', serializeMapping({ ...mapping, columns: [{ col: 0, role: 'amount' as never, header: 'x' }] }), expect.objectContaining({ kind: 'choice', path: 'columns.0.role' }), /columns\.0\.role は number、name、.*remarks のいずれかです/, /columns\.0\.role must be one of number, name, /],
    ['a per-project column without its project', serializeMapping({ ...mapping, columns: [{ col: 0, role: 'projectAmount', header: 'x' }] }), { kind: 'project-needed', path: 'columns.0' }, /統合プロジェクト別の列には projectId が必要です/, /needs a projectId/],
    ['header rows upside down', serializeMapping({ ...mapping, headerTop: 5, headerBottom: 4 }), { kind: 'header-order' }, /headerTop（見出しの最初の行）が headerBottom/, /headerTop \(the first header row\) is below headerBottom/],
    ['JSON null', 'null', { kind: 'type', path: '', expected: 'object' }, /^ファイル全体の型が違います/, /^the file has the wrong type/],
  ])('%s', (_name, json, expected, ja, en) => {
    const found = problem(json);
    expect(found).toEqual(expected);
    expect(mappingProblemText(found, 'ja')).toMatch(ja);
    expect(mappingProblemText(found, 'en')).toMatch(en);
  });

  it('speaks no English inside the Japanese text beyond the field names and values of the file', () => {
    const all: MappingProblem[] = [
      { kind: 'not-json' },
      { kind: 'range', path: 'headerTop' },
      { kind: 'header-order' },
      { kind: 'invalid', path: 'columns' },
    ];
    for (const p of all) expect(mappingProblemText(p, 'ja').replace(/headerTop|headerBottom|columns|JSON|Excel/g, '')).not.toMatch(/[a-z]{3,}/i);
  });
});
