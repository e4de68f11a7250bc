/** @jest-environment jsdom */
import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SheetGrid } from '../../src/domain/model/grid';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import type { ColumnMapping } from '../../src/domain/model/table';
import { loadPacks } from '../../src/domain/policy/registry';
import { Pane } from '../../src/taskpane/components/Pane';
import type { PaneHost } from '../../src/taskpane/host';
import { stringsFor } from '../../src/taskpane/i18n';
import { renderInPane } from './render';

// Row 6 has two mistakes: 要求・要望額 ≠ 要求額＋要望額 (F5) and a request that is not a number (D6).
const requestSheet: SheetGrid = {
  sheetName: '要求表',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    [],
    ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '統合プロジェクト', '疾患領域'],
    ['認知症研究開発事業', 'AMED', 1200000, 1342202, 0, 1342202, '④', '老年医学・認知症'],
    ['再生医療実用化研究事業', 'AMED', 3000000, 3100000, 100000, 3300000, '再生・細胞医療・遺伝子治療', 'その他'],
    ['がん研究', 'AMED', 100, 'abc', 0, 100, '医薬品PJ', 'がん'],
  ],
};
// The same sheet without its mistakes.
const cleanSheet: SheetGrid = { ...requestSheet, sheetName: '修正後', values: requestSheet.values.slice(0, 4) };
const coverSheet: SheetGrid = { sheetName: '表紙', originRow: 0, originCol: 0, values: [['令和4年度 提出資料']] };

/** An in-memory workbook standing in for Excel, recording what the pane asks of it. */
function memoryHost(options: { storedYear?: string; failRead?: boolean } = {}) {
  const calls = {
    selectCell: [] as [string, string][],
    saveMapping: [] as [string, ColumnMapping][],
    saveYear: [] as string[],
    written: [] as SheetModel[],
  };
  const sheets = new Map([
    ['表紙', coverSheet],
    ['要求表', requestSheet],
    ['修正後', cleanSheet],
  ]);
  const host: PaneHost = {
    kind: 'office',
    sheetNames: async () => [...sheets.keys()],
    activeSheet: async () => '要求表',
    readSheet: async (name) => {
      if (options.failRead) throw new Error('ItemNotFound');
      return sheets.get(name)!;
    },
    inputHash: async () => undefined,
    loadMapping: async (sheet) => calls.saveMapping.filter(([s]) => s === sheet).pop()?.[1] ?? null,
    saveMapping: async (sheet, mapping) => void calls.saveMapping.push([sheet, mapping]),
    loadYear: async () => options.storedYear ?? null,
    saveYear: async (id) => void calls.saveYear.push(id),
    selectCell: async (sheet, a1) => void calls.selectCell.push([sheet, a1]),
    // As the Office sink reports it when a sheet of the user's already has the output name.
    writeSubmission: async (model) => {
      calls.written.push(model);
      return { kind: 'written', sheetName: `${model.name} (2)`, address: 'A1:N20', rows: 20, nameWasTaken: true, replacedPrevious: false };
    },
  };
  return { host, calls };
}

function setup(options: Parameters<typeof memoryHost>[0] = {}) {
  const { host, calls } = memoryHost(options);
  renderInPane(<Pane host={host} packs={loadPacks()} strings={stringsFor('ja')} />);
  return { calls, user: userEvent.setup() };
}

/**
 * Fluent's modal dialog hides the rest of the page with aria-hidden through tabster, which
 * settles focus asynchronously and cannot do so in jsdom (no layout), so the dialog may be
 * left marked hidden here. The dialog's role, name and focus order are checked in real
 * Chromium (test/e2e); here the query only has to find it.
 */
const HIDDEN_OK = { hidden: true } as const;

const status = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
const checkButton = () => screen.getByRole('button', { name: '検証' });

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
  await user.click(checkButton());
  await waitFor(() => expect(status().textContent).toContain('検証が終わりました'));
}

describe('Pane (in Excel, over an in-memory workbook)', () => {
  it('preselects the active sheet and the year named in its title', async () => {
    setup();
    await waitFor(() => expect((screen.getByRole('combobox', { name: '検証するシート' }) as HTMLSelectElement).value).toBe('要求表'));
    expect((screen.getByRole('combobox', { name: '年度（資源配分方針）' }) as HTMLSelectElement).value).toBe('R6');
    expect(screen.getByText('シートの表題から推定しました。違う場合は選び直してください。')).toBeTruthy();
  });

  it('prefers the year remembered in the workbook', async () => {
    setup({ storedYear: 'R4' });
    await waitFor(() => expect((screen.getByRole('combobox', { name: '年度（資源配分方針）' }) as HTMLSelectElement).value).toBe('R4'));
    expect(screen.getByText('このブックに保存された年度です。')).toBeTruthy();
  });

  it('checks with one click: counts, findings by rule, and the result announced', async () => {
    const { user } = setup();
    await runCheck(user);
    // Two warnings: rows 4 and 5 rise with only a suggested 重点領域, which no longer satisfies increase-without-priority.
    expect(status().textContent).toBe('検証が終わりました。エラー 2 件、警告 2 件、情報 0 件。');
    const counts = screen.getByRole('list', { name: '件数' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2エラー', '2警告', '0情報']);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
    // F5: the total that does not add up, and the increase with only a suggested 重点領域
    expect(screen.getAllByRole('button', { name: /F5/ })).toHaveLength(2);
    expect(screen.getByText('シートの表題から推定した年度の方針で検証しました。', { exact: false })).toBeTruthy();
  });

  it("selects a finding's cell in Excel when the finding is activated", async () => {
    const { user, calls } = setup();
    await runCheck(user);
    act(() => screen.getByRole('button', { name: /D6/ }).focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(calls.selectCell).toEqual([['要求表', 'D6']]));
    expect(status().textContent).toBe('セル D6 を選択しました。');
  });

  it('shows each row with its projects, amounts and basis, and selects the row', async () => {
    const { user, calls } = setup();
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: /4 行目 認知症研究開発事業/ }));
    expect(screen.getByText('④ゲノム・データ基盤プロジェクト 1,342,202')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'セル A4 を選択' }));
    await waitFor(() => expect(calls.selectCell).toEqual([['要求表', 'A4']]));
  });

  it('asks before writing the submission sheet while errors remain, and writes nothing when declined', async () => {
    const { user, calls } = setup();
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    expect((await screen.findByRole('alertdialog', HIDDEN_OK)).textContent).toContain('エラーが 2 件残っています');
    await user.click(screen.getByRole('button', { name: 'やめる', ...HIDDEN_OK }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', HIDDEN_OK)).toBeNull());
    expect(calls.written).toHaveLength(0);
  });

  it('writes the submission sheet, marked provisional, when the user confirms', async () => {
    const { user, calls } = setup();
    await runCheck(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '府省（提出用シートの表題）' }), '厚生労働省');
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await user.click(await screen.findByRole('button', { name: 'このまま作成', ...HIDDEN_OK }));
    await waitFor(() => expect(calls.written).toHaveLength(1));
    const texts = calls.written[0].cells.map((c) => String(c.value ?? ''));
    expect(texts.some((t) => t.includes('未確定（エラーあり）'))).toBe(true);
    expect(texts.some((t) => t.includes('（厚生労働省）'))).toBe(true);
    // The user is told where the sheet went: its name, range and size, and why the name differs.
    const told = `提出用シート「${calls.written[0].name} (2)」（A1:N20、20 行）を作成しました。同じ名前のシートが既にあるため、そのシートには触れず、別の名前で作成しました。`;
    await waitFor(() => expect(status().textContent).toBe(told));
    expect(screen.getAllByText(told).length).toBeGreaterThan(0);
  });

  it('writes at once, without asking, when no error remains', async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.selectOptions(screen.getByRole('combobox', { name: '検証するシート' }), '修正後');
    await runCheck(user);
    expect(status().textContent).toMatch(/^検証が終わりました。エラー 0 件/);
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await waitFor(() => expect(calls.written).toHaveLength(1));
    expect(screen.queryByRole('alertdialog', HIDDEN_OK)).toBeNull();
    expect(calls.written[0].cells.some((c) => String(c.value ?? '').startsWith('確定'))).toBe(true);
  });

  it('remembers an edited mapping in the workbook when checking with it', async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: /見出し 3 行目/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^H列「疾患領域」/ }), '');
    expect(calls.saveMapping).toHaveLength(0);
    await user.click(checkButton());
    await waitFor(() => expect(calls.saveMapping).toHaveLength(1));
    const [sheet, mapping] = calls.saveMapping[0];
    expect(sheet).toBe('要求表');
    expect(mapping.columns.some((c) => c.col === 7)).toBe(false);
    expect(mapping.columns.find((c) => c.col === 0)?.role).toBe('name');
  });

  it('remembers a year the user picks, and drops results that no longer match', async () => {
    const { user, calls } = setup();
    await runCheck(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '年度（資源配分方針）' }), 'R4');
    expect(calls.saveYear).toEqual(['R4']);
    expect(screen.queryByRole('button', { name: /D6/ })).toBeNull();
    await user.click(checkButton());
    await waitFor(() => expect(screen.getByText('選択した年度の方針で検証しました。', { exact: false })).toBeTruthy());
  });

  it('says what went wrong when Excel cannot be read', async () => {
    setup({ failRead: true });
    await waitFor(() => expect(screen.getByText('Excel とのやり取りに失敗しました：ItemNotFound')).toBeTruthy());
    expect((checkButton() as HTMLButtonElement).disabled).toBe(true);
  });
});
