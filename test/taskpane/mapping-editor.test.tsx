/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SheetGrid } from '../../src/domain/model/grid';
import type { ColumnMapping } from '../../src/domain/model/table';
import { MappingEditor, type MappingSource } from '../../src/taskpane/components/MappingEditor';
import { getPack } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { stringsFor } from '../../src/taskpane/i18n';
import { missingHeaders } from '../../src/taskpane/mapping-columns';
import { renderInPane } from './render';

// Title in row 1, a two-row header in rows 3–4 (a parent over split columns), data from row 5. Column B is blank.
const grid: SheetGrid = {
  sheetName: '要求表',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    [],
    ['事業名', null, '要求額', '統合プロジェクト別内訳', null, '備考'],
    [null, null, null, '①医薬品', '④ゲノム・データ基盤', null],
    ['認知症研究開発事業', null, 1342202, 0, 1045895, ''],
  ],
  merges: [{ top: 2, left: 3, bottom: 2, right: 4 }],
};

const R6 = getPack('R6') as PolicyPack;

const detected: ColumnMapping = {
  headerTop: 2,
  headerBottom: 3,
  columns: [
    { col: 0, role: 'name', header: '事業名' },
    { col: 2, role: 'request', header: '要求額' },
    { col: 3, role: 'projectAmount', projectId: 'pharma', header: '統合プロジェクト別内訳 / ①医薬品' },
  ],
};

const projects = [
  { id: 'pharma', label: '①医薬品プロジェクト' },
  { id: 'devices', label: '②医療機器・ヘルスケアプロジェクト' },
  { id: 'genome-data', label: '④ゲノム・データ基盤プロジェクト' },
];

/** Holds the mapping as the pane does, so the editor shows each change it reports. */
function Harness(props: { initial: ColumnMapping; source: MappingSource; onChange: (m: ColumnMapping) => void; onReset: () => void }) {
  const [mapping, setMapping] = React.useState(props.initial);
  const change = (m: ColumnMapping) => {
    setMapping(m);
    props.onChange(m);
  };
  return (
    <MappingEditor
      grid={grid}
      mapping={mapping}
      source={props.source}
      projects={projects}
      strings={stringsFor('ja')}
      onChange={change}
      onReset={props.onReset}
      missing={missingHeaders(grid, mapping, R6)}
    />
  );
}

function setup(mapping: ColumnMapping = detected, source: MappingSource = 'detected') {
  const onChange = jest.fn();
  const onReset = jest.fn();
  renderInPane(<Harness initial={mapping} source={source} onChange={onChange} onReset={onReset} />);
  return { onChange, onReset, user: userEvent.setup() };
}

const lastMapping = (onChange: jest.Mock): ColumnMapping => onChange.mock.calls[onChange.mock.calls.length - 1][0];

describe('MappingEditor', () => {
  it('lists every column with header text, skipping blank ones, with the header rows joined', () => {
    setup();
    const items = within(screen.getByRole('list', { name: '列と意味' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-col'))).toEqual(['A', 'C', 'D', 'E', 'F']);
    expect(items[2].textContent).toContain('統合プロジェクト別内訳 / ①医薬品');
  });

  it('shows each column\'s detected role, and "not used" for the others', () => {
    setup();
    const role = (letter: string) => (screen.getByRole('combobox', { name: new RegExp(`^${letter}列「`) }) as HTMLSelectElement).value;
    expect([role('A'), role('C'), role('D'), role('E'), role('F')]).toEqual(['name', 'request', 'projectAmount', '', '']);
  });

  it('gives a column a role', async () => {
    const { onChange, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /^F列「備考」/ }), 'remarks');
    expect(lastMapping(onChange).columns).toContainEqual({ col: 5, role: 'remarks', header: '備考' });
    expect(lastMapping(onChange).columns).toHaveLength(4);
  });

  it('takes a role away', async () => {
    const { onChange, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /^C列/ }), '');
    expect(lastMapping(onChange).columns.map((c) => c.col)).toEqual([0, 3]);
  });

  it('gives a new project amount column the first project no other column has', async () => {
    const { onChange, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /^E列/ }), 'projectAmount');
    expect(lastMapping(onChange).columns.find((c) => c.col === 4)).toEqual({
      col: 4,
      role: 'projectAmount',
      projectId: 'devices',
      header: '統合プロジェクト別内訳 / ④ゲノム・データ基盤',
    });
  });

  it('lets the project of a project amount column be chosen', async () => {
    const { onChange, user } = setup();
    const select = screen.getByRole('combobox', { name: 'D列の統合プロジェクト' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(projects.map((p) => p.label));
    await user.selectOptions(select, 'genome-data');
    expect(lastMapping(onChange).columns.find((c) => c.col === 3)?.projectId).toBe('genome-data');
  });

  it('offers no project choice for other roles', () => {
    setup();
    expect(screen.getAllByRole('combobox', { name: /の統合プロジェクト$/ })).toHaveLength(1);
  });

  it.each([
    ['見出しの最初の行', '2', { headerTop: 1, headerBottom: 3 }],
    ['見出しの最初の行', '5', { headerTop: 4, headerBottom: 4 }],
    ['見出しの最後の行', '3', { headerTop: 2, headerBottom: 2 }],
    ['見出しの最後の行', '2', { headerTop: 1, headerBottom: 1 }],
  ])('sets %s to row %s (rows as users number them)', async (label, typed, expected) => {
    const { onChange, user } = setup();
    const input = screen.getByRole('spinbutton', { name: label });
    await user.clear(input);
    await user.type(input, typed);
    expect(lastMapping(onChange)).toMatchObject(expected);
  });

  it('warns, before any check, when the chosen header rows hold no 事業名 and no amount header (the title row), and stops warning when they are right again', async () => {
    const { user } = setup();
    expect(screen.queryByText(/見出しが見当たりません/)).toBeNull();
    const top = screen.getByRole('spinbutton', { name: '見出しの最初の行' });
    await user.clear(top);
    await user.type(top, '1');
    const bottom = screen.getByRole('spinbutton', { name: '見出しの最後の行' });
    await user.clear(bottom);
    await user.type(bottom, '1');
    expect(screen.getByText(/選んだ見出しの行（1 行目）には、事業名と金額（要求額・計など）の見出しが見当たりません。/)).toBeTruthy();
    // The columns list what those rows read: the title, not 事業名.
    expect(screen.getByText(/令和6年度 概算要求/)).toBeTruthy();
    await user.clear(top);
    await user.type(top, '3');
    await user.clear(bottom);
    await user.type(bottom, '4');
    expect(screen.queryByText(/見出しが見当たりません/)).toBeNull();
  });

  it.each([
    [{ headerTop: 2, headerBottom: 2 }, []],
    [{ headerTop: 0, headerBottom: 0 }, ['name', 'amount']],
    [{ headerTop: 4, headerBottom: 4 }, ['name', 'amount']],
  ])('finds what header rows %o lack: %o', (rows, missing) => {
    expect(missingHeaders(grid, { ...detected, ...rows }, R6)).toEqual(missing);
  });

  it('ignores a header row that is not a row number', async () => {
    const { onChange, user } = setup();
    const input = screen.getByRole('spinbutton', { name: '見出しの最初の行' });
    await user.clear(input);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('confirms a unit for the whole table, and goes back to automatic', async () => {
    const { onChange, user } = setup({ ...detected, unit: '百万円' }, 'stored');
    const unit = screen.getByRole('combobox', { name: '金額の単位' });
    expect((unit as HTMLSelectElement).value).toBe('百万円');
    await user.selectOptions(unit, '千円');
    expect(lastMapping(onChange).unit).toBe('千円');
    await user.selectOptions(unit, '');
    expect(lastMapping(onChange)).not.toHaveProperty('unit');
  });

  it.each([
    ['detected', false],
    ['none', false],
    ['stored', true],
    ['edited', true],
  ] as const)('offers "back to detected" for a %s mapping: %s', async (source, offered) => {
    const { onReset, user } = setup(detected, source);
    const button = screen.queryByRole('button', { name: '自動検出に戻す' });
    expect(button !== null).toBe(offered);
    if (button) {
      await user.click(button);
      expect(onReset).toHaveBeenCalledTimes(1);
    }
  });

  it('says when no header was found', () => {
    setup({ headerTop: 0, headerBottom: 0, columns: [] }, 'none');
    expect(screen.getByRole('note').textContent).toBe('見出しの行を見つけられませんでした。見出しの行を指定し、列の意味を選んでください。');
  });
});
