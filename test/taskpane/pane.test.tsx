/** @jest-environment jsdom */
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
    expect(status().textContent).toBe('検証が終わりました。エラー 2 件、警告 0 件、情報 0 件。');
    const counts = screen.getByRole('list', { name: '件数' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2エラー', '0警告', '0情報']);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /F5/ })).toBeTruthy();
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
