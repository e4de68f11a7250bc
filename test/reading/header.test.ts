import type { CellValue } from '../../src/domain/model/grid';
import { columnLetter } from '../../src/domain/model/grid';
import type { SheetTable } from '../../src/domain/model/table';
import { detectHeader, headerColumns, readTable } from '../../src/domain/reading';
import { checkSheet } from '../../src/domain/engine/check';
import { syntheticPack } from '../helpers/synthetic-pack';
import { grid, plain } from './grid';

const pack = syntheticPack();

/** Column letter → role (with project id) of a table's mapping. */
function roles(table: SheetTable): Record<string, string> {
  return Object.fromEntries((table.mapping?.columns ?? []).map((c) => [columnLetter(c.col), c.projectId ? `${c.role}:${c.projectId}` : c.role]));
}

function rules(table: SheetTable): string[] {
  return table.findings.map((f) => `${f.rule}@${f.cell}`);
}

const DATA: CellValue[] = ['認知症研究開発事業', 1000, 1342202];

describe('finding the header', () => {
  test('single header row below title rows', () => {
    const table = readTable(
      grid([['令和６年度 概算要求 医療分野研究開発関連（単位：千円）'], [], ['事業名', '前年度予算額', '要求額'], DATA]),
      pack,
    );
    expect(table.mapping).toMatchObject({ headerTop: 2, headerBottom: 2 });
    expect(roles(table)).toEqual({ A: 'name', B: 'previous', C: 'request' });
    expect(table.titleLines).toEqual(['令和６年度 概算要求 医療分野研究開発関連（単位：千円）']);
    expect(table.rows.map((r) => r.request?.value)).toEqual([1_342_202_000]);
    expect(table.findings).toEqual([]);
  });

  test('統合プロジェクト別内訳 merged over one amount column per project (two header rows)', () => {
    const table = readTable(
      grid(
        [
          ['事業名', '要求額', '統合プロジェクト別内訳', null, null],
          [null, null, '①医薬品', '④ゲノム・データ基盤', '⑤疾患基礎研究'],
          ['認知症研究開発事業', 1342202, null, 1045895, 296307],
        ],
        { mergeRefs: ['A1:A2', 'B1:B2', 'C1:E1'] },
      ),
      pack,
    );
    expect(table.mapping).toMatchObject({ headerTop: 0, headerBottom: 1 });
    expect(roles(table)).toEqual({ A: 'name', B: 'request', C: 'projectAmount:pharma', D: 'projectAmount:genome-data', E: 'projectAmount:disease-basic' });
    expect(table.mapping?.columns[3].header).toBe('統合プロジェクト別内訳 / ④ゲノム・データ基盤');
    expect(plain(table.rows[0].projectAmounts)).toEqual([
      { projectId: 'pharma', amount: { value: null, cell: 'C3', raw: null } },
      { projectId: 'genome-data', amount: { value: 1_045_895_000, cell: 'D3', raw: 1045895 } },
      { projectId: 'disease-basic', amount: { value: 296_307_000, cell: 'E3', raw: 296307 } },
    ]);
  });

  test('令和6年度要求額（千円） merged over 要求 / 要望 / 計: roles from the children, unit from the parent', () => {
    const table = readTable(
      grid(
        [
          ['研究事業名', '令和６年度要求額（千円）', null, null, '備考'],
          [null, '要求', '要望', '計', null],
          ['事業A', 1, 2, 3, null],
        ],
        { mergeRefs: ['B1:D1', 'A1:A2', 'E1:E2'] },
      ),
      pack,
    );
    expect(roles(table)).toEqual({ A: 'name', B: 'request', C: 'priorityRequest', D: 'total', E: 'remarks' });
    expect(table.mapping?.columns.filter((c) => c.unit === '千円').map((c) => c.header)).toEqual([
      '令和６年度要求額（千円） / 要求',
      '令和６年度要求額（千円） / 要望',
      '令和６年度要求額（千円） / 計',
    ]);
    expect(table.unitSource).toBe('header');
    expect(table.rows[0]).toMatchObject({ request: { value: 1000 }, priorityRequest: { value: 2000 }, total: { value: 3000 } });
  });

  test('three header rows: group over 要求・要望 parent over children', () => {
    const table = readTable(
      grid(
        [
          ['事業名', '令和６年度', null, null],
          [null, '要求・要望額', '統合プロジェクト別内訳', null],
          [null, null, '医薬品PJ', 'PJ②'],
          ['事業A', 30, 10, 20],
        ],
        { mergeRefs: ['A1:A3', 'B1:D1', 'B2:B3', 'C2:D2'] },
      ),
      pack,
    );
    expect(table.mapping).toMatchObject({ headerTop: 0, headerBottom: 2 });
    expect(roles(table)).toEqual({ A: 'name', B: 'total', C: 'projectAmount:pharma', D: 'projectAmount:devices' });
  });

  test('the anchor may be the child row: a group parent above joins the header', () => {
    const table = readTable(
      grid([['タイトル'], [null, null, '統合プロジェクト別内訳', null], ['事業名', '計', '①', '②'], ['事業A', 30, 10, 20]], { mergeRefs: ['C2:D2'] }),
      pack,
    );
    expect(table.mapping).toMatchObject({ headerTop: 1, headerBottom: 2 });
    expect(roles(table)).toEqual({ A: 'name', B: 'total', C: 'projectAmount:pharma', D: 'projectAmount:devices' });
    expect(table.titleLines).toEqual(['タイトル']);
  });

  test.each([
    ['unmerged', []],
    ['merged across the table', ['A1:C1']],
  ])('a title that reads like a header (「令和6年度概算要求」, %s) stays a title', (_, mergeRefs) => {
    const table = readTable(grid([['令和6年度概算要求'], ['事業名', '前年度予算額', '要求額'], ['事業A', 1, 2]], { mergeRefs }), pack);
    expect(table.mapping).toMatchObject({ headerTop: 1, headerBottom: 1 });
    expect(table.titleLines).toEqual(['令和6年度概算要求']);
  });

  test('an unmerged 統合プロジェクト parent is carried right over bare markers', () => {
    const table = readTable(grid([['事業名', '計', '統合プロジェクト別内訳', null, null], [null, null, '①', '②', '③'], ['事業A', 6, 1, 2, 3]]), pack);
    expect(roles(table)).toEqual({ A: 'name', B: 'total', C: 'projectAmount:pharma', D: 'projectAmount:devices', E: 'projectAmount:regenerative' });
  });

  test('bare ①②③ without a 統合プロジェクト parent are column numbers, not projects', () => {
    const table = readTable(grid([['事業名', '前年度', '要求額', '増減'], ['①', '②', '③', '④'], ['事業A', 1, 2, 1]]), pack);
    expect(roles(table)).toEqual({ A: 'name', B: 'previous', C: 'request' });
  });

  test('a project split of the previous year is read as such, not as the request split', () => {
    const previousSplit = grid(
      [
        ['事業名', '前年度予算額', null, '要求額', null],
        [null, '①医薬品', '②医療機器・ヘルスケア', '①医薬品', '②医療機器・ヘルスケア'],
        ['事業A', 1, 2, 3, 4],
      ],
      { mergeRefs: ['A1:A2', 'B1:C1', 'D1:E1'] },
    );
    const table = readTable(previousSplit, pack);
    expect(roles(table)).toEqual({ A: 'name', B: 'projectPrevious:pharma', C: 'projectPrevious:devices', D: 'projectAmount:pharma', E: 'projectAmount:devices' });
    expect(table.rows[0].projectAmounts.map((p) => p.amount.value)).toEqual([3000, 4000]);
    expect(table.rows[0].projectPrevious?.map((p) => p.amount.value)).toEqual([1000, 2000]);
    // No 前年度 column of its own: the split's sum is the row's 前年度, and nothing reports it missing.
    const report = checkSheet(previousSplit, { packs: [pack], packId: pack.id, locale: 'ja' });
    expect(report.totals.all.previous).toBe(3);
    expect(report.findings.map((f) => f.rule)).not.toContain('previous-column-missing');
  });

  test('the grid may start anywhere: addresses are sheet addresses', () => {
    const table = readTable(grid([['事業名', '要求額'], ['事業A', '1,000'], ['', 5]], { originRow: 9, originCol: 3 }), pack);
    expect(table.mapping).toMatchObject({ headerTop: 9, headerBottom: 9, columns: [{ col: 3, role: 'name' }, { col: 4, role: 'request' }] });
    expect(table.rows[0]).toMatchObject({ rowNumber: 11, name: { value: '事業A', cell: 'D11' }, request: { value: 1_000_000, cell: 'E11', raw: '1,000' } });
    expect(rules(table)).toEqual(['unit-assumed@D10', 'name-missing@D12']);
    expect(table.dataRange).toEqual({ top: 10, bottom: 11, left: 3, right: 4 });
  });

  test('a role named twice keeps its first column and says so', () => {
    const table = readTable(grid([['事業名', '計', '統合プロジェクト別内訳', null], [null, null, '①医薬品', '計'], ['事業A', 1, 1, 1]], { mergeRefs: ['C1:D1'] }), pack);
    expect(roles(table)).toEqual({ A: 'name', B: 'total', C: 'projectAmount:pharma' });
    expect(table.findings).toEqual([
      { rule: 'duplicate-column', cell: 'D2', column: 'D', value: '統合プロジェクト別内訳 / 計', params: { role: 'total', header: '統合プロジェクト別内訳 / 計', keptColumn: 'B', keptHeader: '計' } },
      { rule: 'unit-assumed', cell: 'A1', row: 1, params: { assumed: '千円' } },
    ]);
  });

  test('hidden columns are mapped and noted', () => {
    const table = readTable(grid([['事業名', '前年度予算額', '要求額'], ['事業A', 1, 2]], { hiddenColumns: [1] }), pack);
    expect(roles(table)).toEqual({ A: 'name', B: 'previous', C: 'request' });
    expect(table.rows[0].previous?.value).toBe(1000);
    expect(table.findings).toContainEqual({ rule: 'hidden-column', cell: 'B1', column: 'B', params: { role: 'previous', header: '前年度予算額' } });
  });
});

describe('when the header is missing or incomplete', () => {
  test('no header at all → header-not-found at the grid top-left, mapping null', () => {
    const table = readTable(grid([['メモ'], [1, 2, 3], ['あいう', 'えお']], { originRow: 4, originCol: 1 }), pack);
    expect(table.mapping).toBeNull();
    expect(table.mappingSource).toBe('none');
    expect(table.rows).toEqual([]);
    expect(table.findings).toEqual([
      {
        rule: 'header-not-found',
        cell: 'B5',
        params: { scannedRows: 3, nameHeaders: ['事業名', '研究事業名', '事業・施策名'], amountHeaders: ['要求額', '概算要求額', '令和○年度要求額', '計', '合計', '要求・要望額'] },
      },
    ]);
  });

  test('an empty grid → header-not-found at the origin', () => {
    expect(rules(readTable(grid([], { originRow: 2, originCol: 2 }), pack))).toEqual(['header-not-found@C3']);
  });

  test('no name column → required-column-missing (name)', () => {
    const table = readTable(grid([['タイトル（単位：千円）'], ['担当課', '要求額', '計'], ['課A', 1, 1]]), pack);
    expect(table.findings).toEqual([
      { rule: 'required-column-missing', cell: 'A2', row: 2, params: { role: 'name', headerRow: 2, examples: ['事業名', '研究事業名', '事業・施策名'] } },
    ]);
  });

  test('neither request nor total → required-column-missing (request|total)', () => {
    const table = readTable(grid([['事業名', '前年度予算額（千円）'], ['事業A', 1]]), pack);
    expect(table.findings).toMatchObject([{ rule: 'required-column-missing', cell: 'A1', params: { role: 'request', alternatives: ['request', 'total'], headerRow: 1 } }]);
  });
});

describe('units', () => {
  test('a header unit applies to its column; other columns take the title unit', () => {
    const table = readTable(grid([['（単位：百万円）'], ['事業名', '前年度予算額（千円）', '要求額'], ['事業A', '1,234', 9155.3]]), pack);
    expect(table.rows[0]).toMatchObject({ previous: { value: 1_234_000 }, request: { value: 9_155_300_000 } });
    expect(table).toMatchObject({ unit: '千円', unitSource: 'header' });
  });

  test('「令和６年度要求額（千円）」 is the request column, in 千円', () => {
    const table = readTable(grid([['（単位：百万円）'], ['事業名', '令和６年度要求額（千円）'], ['事業A', 5]]), pack);
    expect(table.mapping?.columns[1]).toEqual({ col: 1, role: 'request', header: '令和６年度要求額（千円）', unit: '千円' });
    expect(table.rows[0].request?.value).toBe(5000);
  });

  test('title unit', () => {
    const table = readTable(grid([['令和6年度 概算要求', null, '単位:百万円'], ['事業名', '要求額'], ['事業A', 1.5]]), pack);
    expect(table).toMatchObject({ unit: '百万円', unitSource: 'title', titleLines: ['令和6年度 概算要求 単位:百万円'] });
    expect(table.rows[0].request?.value).toBe(1_500_000);
  });

  test('a 単位 statement in the header block, over no column of its own, is the table unit', () => {
    const table = readTable(grid([['事業名', '要求額', '（単位：億円）'], ['事業A', 2]]), pack);
    expect(table).toMatchObject({ unit: '億円', unitSource: 'title' });
    expect(table.rows[0].request?.value).toBe(200_000_000);
  });

  test('no unit anywhere → 千円 assumed, with a finding at the header first cell', () => {
    const table = readTable(grid([['No.', '事業名', '要求'], [1, '事業A', 7]]), pack);
    expect(table).toMatchObject({ unit: '千円', unitSource: 'assumed' });
    expect(table.rows[0].request?.value).toBe(7000);
    expect(table.findings).toEqual([{ rule: 'unit-assumed', cell: 'A1', row: 1, params: { assumed: '千円' } }]);
  });

  test('a unit given by the user overrides every statement', () => {
    const table = readTable(grid([['（単位：百万円）'], ['事業名', '要求額（千円）'], ['事業A', 7]]), pack, { unit: '円' });
    expect(table).toMatchObject({ unit: '円', unitSource: 'user' });
    expect(table.rows[0].request?.value).toBe(7);
  });
});

describe('header description for a mapping editor', () => {
  test('detectHeader and headerColumns list every header column, mapped or not', () => {
    const sheet = grid(
      [
        ['（単位：千円）'],
        ['事業名', '令和６年度要求額', null, '増減'],
        [null, '要求', '要望', null],
        ['事業A', 1, 2, 3],
      ],
      { mergeRefs: ['A2:A3', 'B2:C2', 'D2:D3'], originCol: 0 },
    );
    const block = detectHeader(sheet, pack);
    expect(block).toEqual({ top: 1, bottom: 2, left: 0, right: 3 });
    expect(block && headerColumns(sheet, block)).toEqual([
      { col: 0, texts: ['事業名'], cell: 'A2' },
      { col: 1, texts: ['令和６年度要求額', '要求'], cell: 'B3' },
      { col: 2, texts: ['令和６年度要求額', '要望'], cell: 'C3' },
      { col: 3, texts: ['増減'], cell: 'D2' },
    ]);
    expect(detectHeader(grid([['メモ']]), pack)).toBeNull();
  });
});
