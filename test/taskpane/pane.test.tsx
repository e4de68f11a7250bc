/** @jest-environment jsdom */
import { listCells } from '../../src/domain/model/model-cells';
import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPacks } from '../../src/domain/policy/registry';
import { Pane } from '../../src/taskpane/components/Pane';
import { stringsFor } from '../../src/taskpane/i18n';
import { memoryHost } from './memory-host';
import { renderInPane } from './render';

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
  // The results' views load with the first results, and their lines come from the engine.
  await waitFor(() => expect(screen.queryByText('表示を準備しています…')).toBeNull());
  await linesArrived();
}

/** The lines in view have come from the engine (which keeps the results): no placeholder is left. */
async function linesArrived() {
  await waitFor(() => expect([...screen.queryAllByText('読み込んでいます…'), ...document.querySelectorAll('[aria-busy="true"]')]).toEqual([]));
}

describe('Pane (in Excel, over an in-memory workbook)', () => {
  it('preselects the active sheet and the year named in its title', async () => {
    setup();
    await waitFor(() => expect((screen.getByRole('combobox', { name: '検証するシート' }) as HTMLSelectElement).value).toBe('要求表'));
    // The sheet is named at once; the year and mapping follow when the engine has read the table.
    await waitFor(() => expect(screen.getByText('シートの表題から推定しました。違う場合は選び直してください。')).toBeTruthy());
    expect((screen.getByRole('combobox', { name: '年度（資源配分方針）' }) as HTMLSelectElement).value).toBe('R6');
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

  it('where Excel cannot download (Mac, iPad) says so instead of offering a save that would do nothing', async () => {
    const { host } = memoryHost({ downloads: false });
    renderInPane(<Pane host={host} packs={loadPacks()} strings={stringsFor('ja')} />);
    const user = userEvent.setup();
    await runCheck(user);
    expect(screen.queryByRole('button', { name: '検証結果を保存（JSON）' })).toBeNull();
    expect(screen.getByText(/この Excel（Mac・iPad）では、アドインからファイルを保存できません。/)).toBeTruthy();
  });

  it('says what an act did in the bar beside 検証, which stays in view', async () => {
    const { user } = setup();
    await runCheck(user);
    // The live region is in the same bar as the buttons, not at the top of a long pane.
    expect(status().parentElement).toBe(checkButton().parentElement);
  });

  it('warns by the 府省 field when the sheet names no ministry, until one is chosen', async () => {
    const { user } = setup();
    await runCheck(user);
    const warning = /府省が分かりませんでした。選ばないと、提出用シートは「府省（不明）」になります。/;
    expect(screen.getByText(warning)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: '府省（提出用シートの表題）' }), '厚生労働省');
    expect(screen.queryByText(warning)).toBeNull();
  });

  it('takes the ministry the workbook names (here its file name) unless the officer chooses another', async () => {
    const { host, calls } = memoryHost();
    renderInPane(<Pane host={{ ...host, fileName: '厚労省_概算要求.xlsx' }} packs={loadPacks()} strings={stringsFor('ja')} />);
    const user = userEvent.setup();
    await runCheck(user);
    const field = screen.getByRole('combobox', { name: '府省（提出用シートの表題）' }) as HTMLSelectElement;
    expect(field.selectedOptions[0].textContent).toBe('厚生労働省（ファイル名から）');
    expect(screen.queryByText(/府省が分かりませんでした/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await user.click(await screen.findByRole('button', { name: 'このまま作成', ...HIDDEN_OK }));
    await waitFor(() => expect(calls.written).toHaveLength(1));
    expect(listCells(calls.written[0].cells).some((c) => String(c.value ?? '').includes('提出用シート（厚生労働省）'))).toBe(true);
  });

  it('writes the submission sheet, marked provisional, when the user confirms', async () => {
    const { user, calls } = setup();
    await runCheck(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '府省（提出用シートの表題）' }), '厚生労働省');
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await user.click(await screen.findByRole('button', { name: 'このまま作成', ...HIDDEN_OK }));
    await waitFor(() => expect(calls.written).toHaveLength(1));
    const texts = listCells(calls.written[0].cells).map((c) => String(c.value ?? ''));
    expect(texts.some((t) => t.includes('未確定（エラーあり）'))).toBe(true);
    expect(texts.some((t) => t.includes('（厚生労働省）'))).toBe(true);
    // The user is told where the sheet went: its name, range and size, and why the name differs.
    const told = `提出用シート「${calls.written[0].name} (2)」（A1:N20、20 行）を「未確定（エラーあり）」として作成しました。同じ名前のシートが既にあるため、そのシートには触れず、別の名前で作成しました。`;
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
    expect(listCells(calls.written[0].cells).some((c) => String(c.value ?? '').startsWith('確定'))).toBe(true);
  });

  it('counts a suggested project only once accepted: kept in the workbook, totals move, the cell written only on request', async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.selectOptions(screen.getByRole('combobox', { name: '検証するシート' }), '名称のみ');
    await runCheck(user);
    const devices = () => screen.getByRole('rowheader', { name: '②医療機器・ヘルスケアプロジェクト' }).closest('tr')!;
    const unspecified = () => screen.getByRole('rowheader', { name: '統合プロジェクト未特定' }).closest('tr')!;
    /** A row's amount under a column, by the column's header: the summary and the full table differ in columns. */
    const amountIn = (row: HTMLElement, header: string) => {
      const headers = within(row.closest('table')!).getAllByRole('columnheader').map((h) => h.textContent);
      return within(row).getAllByRole('cell')[headers.indexOf(header) - 1].textContent;
    };
    // Before: the guess is beside the figures (候補), the money in 未特定. The summary: 計, 増減, 候補（未確定）.
    expect(within(devices()).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '950,000']);
    // Every column, one click away: AMED, インハウス, 計, 前年度, 増減, 候補（未確定）.
    await user.click(screen.getByRole('button', { name: /すべての列を表示/ }));
    expect(within(devices()).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '0', '0', '0', '950,000']);
    expect(amountIn(unspecified(), '要求・要望額')).toBe('950,000');

    await user.click(screen.getByRole('button', { name: /3 行目 医療機器開発推進研究事業/ }));
    expect(screen.getByText('統合プロジェクト: ②医療機器・ヘルスケアプロジェクト（確度 高）')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '候補を採用する' }));
    await waitFor(() => expect(status().textContent).toBe('「医療機器開発推進研究事業」の候補を採用し、集計し直しました。'));
    expect(calls.saveAccepted).toHaveLength(1);
    expect(calls.saveAccepted[0][0]).toBe('名称のみ');
    expect(calls.saveAccepted[0][1]).toEqual([expect.objectContaining({ key: 'name:医療機器開発推進研究事業', packId: 'R6', projects: ['devices'] })]);
    // After: counted in its project, shown as 確認済みの候補, out of 未特定.
    await waitFor(() => expect(amountIn(devices(), '要求・要望額')).toBe('950,000'));
    expect(amountIn(unspecified(), '要求・要望額')).toBe('0');
    await user.click(await screen.findByRole('button', { name: /3 行目 医療機器開発推進研究事業/ }));
    expect(screen.getByText(/（確認済みの候補）/)).toBeTruthy();
    expect(calls.writeProjectLabel).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'セル G3 に統合プロジェクト名を記入' }));
    await waitFor(() => expect(calls.writeProjectLabel).toEqual([['名称のみ', 'G3', '医療機器・ヘルスケアプロジェクト']]));
    await waitFor(() => expect(status().textContent).toBe('セル G3 に「医療機器・ヘルスケアプロジェクト」を記入し、検証し直しました。'));

    await user.click(await screen.findByRole('button', { name: /3 行目 医療機器開発推進研究事業/ }));
    await user.click(screen.getByRole('button', { name: '採用を取り消す' }));
    await waitFor(() => expect(status().textContent).toBe('「医療機器開発推進研究事業」の採用を取り消し、集計し直しました。'));
    expect(calls.saveAccepted[1][1]).toEqual([]);
    await waitFor(() => expect(amountIn(unspecified(), '要求・要望額')).toBe('950,000'));
  });

  it('accepts every high-confidence project at once, and only the projects', async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.selectOptions(screen.getByRole('combobox', { name: '検証するシート' }), '名称のみ');
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '確度「高」の候補 1 件をすべて採用' }));
    await waitFor(() => expect(status().textContent).toBe('確度「高」の候補 1 件を採用し、集計し直しました。'));
    expect(calls.saveAccepted[0][1]).toEqual([{ key: 'name:医療機器開発推進研究事業', name: '医療機器開発推進研究事業', packId: 'R6', projects: ['devices'] }]);
    expect(screen.queryByRole('button', { name: /確度「高」の候補/ })).toBeNull();
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

  it('never remembers a mapping whose header rows name neither 事業名 nor an amount (the title row), though it checks with it', async () => {
    const { user, calls } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: /見出し 3 行目/ }));
    for (const name of ['見出しの最初の行', '見出しの最後の行']) {
      const input = screen.getByRole('spinbutton', { name });
      await user.clear(input);
      await user.type(input, '1');
    }
    expect(screen.getByText(/選んだ見出しの行（1 行目）には、事業名と金額（要求額・計など）の見出しが見当たりません。/)).toBeTruthy();
    await user.click(checkButton());
    await waitFor(() => expect(status().textContent).toContain('検証が終わりました'));
    expect(calls.saveMapping).toHaveLength(0);
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

  it('cancels a running check: the results before stay on screen with a message, and a new check runs', async () => {
    // Reads wait for the test while `hold` is set, so キャンセル comes while the check runs.
    let hold = false;
    let release = () => undefined as void;
    const { user } = setup({ beforeRead: () => (hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()) });
    await runCheck(user);
    hold = true;
    await user.click(checkButton());
    await user.click(await screen.findByRole('button', { name: 'キャンセル' }));
    release();
    await waitFor(() => expect(status().textContent).toBe('検証を中止しました。表示している結果は、前回の検証のものです。'));
    expect(screen.getAllByText('検証を中止しました。表示している結果は、前回の検証のものです。').length).toBe(2);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'キャンセル' })).toBeNull();
    hold = false;
    await runCheck(user);
    expect(screen.queryByText(/検証を中止しました/)).toBeNull();
  });

  it('says what went wrong when Excel cannot be read', async () => {
    setup({ failRead: true });
    await waitFor(() => expect(screen.getByText('Excel とのやり取りに失敗しました：ItemNotFound')).toBeTruthy());
    expect((checkButton() as HTMLButtonElement).disabled).toBe(true);
  });
});
