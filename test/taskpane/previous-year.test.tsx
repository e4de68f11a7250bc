/** @jest-environment jsdom */
import '../helpers/jsdom-browser-apis';
import * as React from 'react';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet, DEFAULT_LAYOUT } from '../../src/domain/submission';
import { Pane } from '../../src/taskpane/components/Pane';
import type { PaneHost } from '../../src/taskpane/host';
import { stringsFor } from '../../src/taskpane/i18n';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { writeSheetModel } from '../../src/xlsx/write-sheet-model';
import { memoryHost } from './memory-host';
import { renderInPane } from './render';

/**
 * 「前年度のシート」 in the pane, over an in-memory workbook: a sheet of the workbook (a request
 * sheet, or a submission sheet found by its marker) or a file read in the browser; the check
 * then offers last year's classification and lists 継続, 新規 and 廃止 事業.
 */

const LAST_YEAR_ROWS: (string | number | null)[][] = [
  ['令和5年度 概算要求 医療分野研究開発関連（単位：千円）'],
  ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '②医療機器・ヘルスケア', '③再生・細胞医療・遺伝子治療', '⑥シーズ開発・研究基盤'],
  ['医療機器開発推進研究事業', 'AMED', 800_000, 900_000, 0, 900_000, 600_000, null, 300_000],
  ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_000_000, 0, 3_000_000, 3_000_000, null, null],
  ['終了した研究事業', 'AMED', 100_000, 100_000, 0, 100_000, null, null, 100_000],
];
const LAST_YEAR: SheetGrid = { sheetName: '前年度', originRow: 0, originCol: 0, values: LAST_YEAR_ROWS };

/** The memory workbook with last year's sheet, and optionally a submission sheet (found by its marker). */
function setup(extra: { submission?: SheetGrid; remembered?: string } = {}) {
  const { host: base, calls } = memoryHost({
    moreSheets: [LAST_YEAR, ...(extra.submission ? [extra.submission] : [])],
    ...(extra.remembered !== undefined ? { previousYearSheet: extra.remembered } : {}),
  });
  const host: PaneHost = {
    ...base,
    markedSheets: async (marker) => (marker === DEFAULT_LAYOUT.marker && extra.submission ? [extra.submission.sheetName] : []),
  };
  renderInPane(<Pane host={host} packs={loadPacks()} strings={stringsFor('ja')} />);
  return { host, calls, user: userEvent.setup() };
}

const status = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
const checkButton = () => screen.getByRole('button', { name: '検証' });
/** The picker once the workbook's sheets are read (it is in the views loaded after the first paint). */
async function previousPicker(): Promise<HTMLElement> {
  await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
  const picker = await screen.findByRole('combobox', { name: /前年度のシート（任意）/ });
  await waitFor(() => expect((picker as HTMLSelectElement).disabled).toBe(false));
  return picker;
}

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
  await user.click(checkButton());
  await waitFor(() => expect(status().textContent).toContain('検証が終わりました'));
}

describe('前年度のシート in the pane', () => {
  it("a sheet of this workbook: last year's split offered, 継続・新規・廃止 listed, a change of project warned of, and accepting counts it", async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.selectOptions(screen.getByRole('combobox', { name: '検証するシート' }), '名称のみ');
    // The sheet being checked is not offered as its own last year.
    const picker = await previousPicker();
    expect(within(picker).queryByRole('option', { name: '名称のみ' })).toBeNull();
    await user.selectOptions(picker, '前年度');
    await waitFor(() => expect(screen.getByText('前年度のシート: 「前年度」（要求表・令和5年度・事業 3 件）')).toBeTruthy());

    await runCheck(user);
    expect(await screen.findByRole('heading', { name: '前年度との比較' })).toBeTruthy();
    expect(screen.getByText('継続 2 件、新規 0 件、廃止 1 件')).toBeTruthy();
    // The lists' lines come from the engine, after the headings.
    expect(await screen.findByText('前年度 5 行目 終了した研究事業')).toBeTruthy();
    expect(screen.getByText('前年度からの統合プロジェクトの変更', { exact: false })).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: /3 行目 医療機器開発推進研究事業/ }));
    // 950,000 in last year's proportions 600 : 300, to the 千円, adding up.
    expect(screen.getByText('統合プロジェクト: ②医療機器・ヘルスケアプロジェクト 633,333千円、⑥シーズ開発・研究基盤プロジェクト 316,667千円（確度 高）')).toBeTruthy();
    expect(screen.getByText('前年度の分類（前年度・3行目、名称が一致）')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '候補を採用する' }));
    await waitFor(() => expect(status().textContent).toBe('「医療機器開発推進研究事業」の候補を採用し、集計し直しました。'));
    expect(calls.saveAccepted[0][1]).toEqual([
      expect.objectContaining({ key: 'name:医療機器開発推進研究事業', projects: ['devices', 'seeds'], split: { weights: [600_000_000, 300_000_000], of: 900_000_000 } }),
    ]);
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    await waitFor(() => expect(within(row('②医療機器・ヘルスケアプロジェクト')).getAllByRole('cell')[0].textContent).toBe('633,333'));
    expect(within(row('⑥シーズ開発・研究基盤プロジェクト')).getAllByRole('cell')[0].textContent).toBe('316,667');
  });

  it('a workbook file chosen from disk (the e2e test shows nothing leaves the page)', async () => {
    const { user } = setup();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('要求一覧').addRows(LAST_YEAR_ROWS);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await previousPicker();
    await user.upload(screen.getByLabelText('前年度のシートをファイルから選ぶ', { selector: 'input' }), new File([bytes], 'r5.xlsx'));
    await waitFor(() => expect(screen.getByText('前年度のシート: r5.xlsx「要求一覧」（要求表・令和5年度・事業 3 件）')).toBeTruthy());
    await runCheck(user);
    // This year's 要求表 continues 再生医療実用化研究事業 only.
    expect(await screen.findByText('継続 1 件、新規 2 件、廃止 2 件')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '前年度のシートを外す' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: '前年度との比較' })).toBeNull());
  });

  it('says why a sheet gives nothing, and checks without it', async () => {
    const { user } = setup();
    await user.selectOptions(await previousPicker(), '表紙');
    await waitFor(() => expect(screen.getByText('「表紙」から前年度の事業を読めません（事業名と金額の見出し行がありません）。前年度の要求表か提出用シートを選んでください。')).toBeTruthy());
    await runCheck(user);
    expect(screen.queryByRole('heading', { name: '前年度との比較' })).toBeNull();
  });

  it("reads a submission sheet of this workbook (found by its marker, not its name) as last year's", async () => {
    const report = checkSheet(LAST_YEAR, { packs: loadPacks(), packId: 'R6', locale: 'ja', now: new Date(0) });
    const model = buildSubmissionSheet(report, getPack('R6')!, { ministry: '厚生労働省', createdAt: '2023-08-30T00:00:00Z', force: true });
    const source = await XlsxWorkbookSource.fromBuffer(await writeSheetModel(model));
    const submission = { ...(await source.readSheet(DEFAULT_LAYOUT.sheetName)), sheetName: '昨年の提出分' };
    const { user } = setup({ submission });
    await user.selectOptions(await previousPicker(), '昨年の提出分');
    await waitFor(() => expect(screen.getByText('前年度のシート: 「昨年の提出分」（提出用シート・令和6年度・事業 3 件）')).toBeTruthy());
  });

  it('remembers the sheet chosen with the workbook and chooses it again next time; clearing it or choosing a file forgets it', async () => {
    const first = setup();
    await first.user.selectOptions(await previousPicker(), '前年度');
    await waitFor(() => expect(screen.getByText('前年度のシート: 「前年度」（要求表・令和5年度・事業 3 件）')).toBeTruthy());
    expect(await first.host.loadPreviousYearSheet()).toBe('前年度');
    cleanup();

    // The pane opened again on that workbook: the sheet is chosen and read, before any check.
    const again = setup({ remembered: '前年度' });
    await waitFor(() => expect(screen.getByText('前年度のシート: 「前年度」（要求表・令和5年度・事業 3 件）')).toBeTruthy());
    expect(((await previousPicker()) as HTMLSelectElement).value).toBe('前年度');
    await runCheck(again.user);
    // The 要求表 (the sheet the pane starts on) continues 再生医療実用化研究事業 only, as with the file below.
    expect(await screen.findByText('継続 1 件、新規 2 件、廃止 2 件')).toBeTruthy();
    await again.user.click(screen.getByRole('button', { name: '前年度のシートを外す' }));
    await waitFor(() => expect(screen.queryByText(/^前年度のシート: /)).toBeNull());
    expect(await again.host.loadPreviousYearSheet()).toBeNull();
    cleanup();

    const file = setup({ remembered: '前年度' });
    await waitFor(() => expect(screen.getByText(/^前年度のシート: 「前年度」/)).toBeTruthy());
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('要求一覧').addRows(LAST_YEAR_ROWS);
    await previousPicker();
    await file.user.upload(screen.getByLabelText('前年度のシートをファイルから選ぶ', { selector: 'input' }), new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], 'r5.xlsx'));
    await waitFor(() => expect(screen.getByText(/^前年度のシート: r5.xlsx/)).toBeTruthy());
    expect(await file.host.loadPreviousYearSheet()).toBeNull();
  });

  it('a remembered sheet the workbook no longer has is not chosen', async () => {
    setup({ remembered: '削除された前年度' });
    const picker = await previousPicker();
    expect((picker as HTMLSelectElement).value).toBe('');
    expect(screen.queryByText(/^前年度のシート: /)).toBeNull();
  });
});
