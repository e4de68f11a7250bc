/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { YearPicker, type YearOption, type YearSource } from '../../src/taskpane/components/YearPicker';
import { stringsFor, type PaneLocale } from '../../src/taskpane/i18n';
import { renderInPane } from './render';

const years: YearOption[] = [
  { id: 'R4', label: '令和4年度', title: '令和4年度医療分野の研究開発関連予算等の資源配分方針', decidedOnJa: '令和3年6月22日', decidedBy: '健康・医療戦略推進本部決定' },
  { id: 'R6', label: '令和6年度', title: '令和6年度医療分野の研究開発関連予算等の資源配分方針', decidedOnJa: '令和5年6月26日', decidedBy: '健康・医療戦略推進本部決定' },
];

function setup(value: string, source: YearSource, locale: PaneLocale = 'ja') {
  const onChange = jest.fn();
  renderInPane(<YearPicker years={years} value={value} source={source} strings={stringsFor(locale)} onChange={onChange} />);
  return { onChange, user: userEvent.setup(), select: screen.getByRole('combobox') as HTMLSelectElement };
}

describe('YearPicker', () => {
  it('offers every year by its official label and id, and shows the chosen one', () => {
    const { select } = setup('R6', 'sheet');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['令和4年度（R4）', '令和6年度（R6）']);
    expect(select.value).toBe('R6');
  });

  it('is labelled for screen readers', () => {
    setup('R6', 'sheet');
    expect(screen.getByRole('combobox', { name: '年度（資源配分方針）' })).toBeTruthy();
  });

  it("cites the chosen year's policy title and decision as the policy writes them", () => {
    setup('R4', 'user');
    expect(screen.getByText('「令和4年度医療分野の研究開発関連予算等の資源配分方針」（令和3年6月22日 健康・医療戦略推進本部決定）')).toBeTruthy();
  });

  it.each([
    ['sheet', 'シートの表題から推定しました。違う場合は選び直してください。'],
    ['stored', 'このブックに保存された年度です。'],
    ['user', '選択した年度で検証します。'],
    ['fallback', 'シートの表題から年度を推定できなかったため、最新の方針を選んでいます。確認してください。'],
  ] as const)('says why the year is chosen (%s)', (source, text) => {
    setup('R6', source);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('reports the year the user picks', async () => {
    const { onChange, user, select } = setup('R6', 'sheet');
    await user.selectOptions(select, 'R4');
    expect(onChange).toHaveBeenCalledWith('R4');
  });

  it('is reachable with Tab', async () => {
    const { user, select } = setup('R6', 'sheet');
    await user.tab();
    expect(document.activeElement).toBe(select);
  });

  it('speaks English when the pane does', () => {
    const { select } = setup('R6', 'sheet', 'en');
    expect(screen.getByRole('combobox', { name: 'Fiscal year (resource allocation policy)' })).toBe(select);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['令和4年度 (R4)', '令和6年度 (R6)']);
  });
});
