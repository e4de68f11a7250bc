import type { FindingDraft, Locale } from '../../src/domain/model/finding';
import { RULES } from '../../src/domain/rules/catalogue';
import { formatNumber, renderMessage, ruleTitle } from '../../src/domain/rules/messages';
import { syntheticPack } from '../helpers/synthetic-pack';
import { unfilledPlaceholders } from './rule-tester';

const pack = syntheticPack();

/** One realistic finding per rule, with the params its producer gives. */
const SAMPLES: Record<string, FindingDraft> = {
  'header-not-found': { rule: 'header-not-found', cell: 'A1', params: { scannedRows: 30, nameHeaders: ['事業名', '研究事業名'], amountHeaders: ['要求額', '要求・要望額'] } },
  'cell-outside-table': { rule: 'cell-outside-table', cell: 'XFD1048576', row: 1_048_576, value: '消し忘れ', params: {} },
  'submission-cell-truncated': { rule: 'submission-cell-truncated', cell: 'C40', row: 40, params: { length: 1_000_011, limit: 32_767, mark: '…（以下省略）' } },
  'required-column-missing': { rule: 'required-column-missing', cell: 'A3', row: 3, params: { role: 'request', headerRow: 3, examples: ['要求額', '概算要求額'] } },
  'duplicate-column': { rule: 'duplicate-column', cell: 'H3', column: 'H', params: { role: 'request', header: '要求額（再掲）', keptColumn: 'E', keptHeader: '要求額' } },
  'year-mismatch': { rule: 'year-mismatch', cell: 'A1', value: '令和６年度 概算要求', params: { sheetYears: ['令和6年度'], evidence: ['「令和６年度 概算要求」（A1）'] } },
  'amount-column-unmapped': { rule: 'amount-column-unmapped', cell: 'J4', column: 'J', params: { header: '令和6年度要求額（再計）', numericCells: 12 } },
  'previous-column-missing': { rule: 'previous-column-missing', cell: 'A4', row: 4, params: { headerRow: 4 } },
  'hidden-column': { rule: 'hidden-column', cell: 'D3', column: 'D', params: { role: 'previous', header: '前年度予算額' } },
  'unit-assumed': { rule: 'unit-assumed', cell: 'A3', row: 3, params: { assumed: '千円' } },
  'error-value': { rule: 'error-value', cell: 'G8', row: 8, column: 'G', value: '#REF!', params: {} },
  'amount-not-number': { rule: 'amount-not-number', cell: 'E7', row: 7, column: 'E', value: '未定', params: {} },
  'amount-rounded': { rule: 'amount-rounded', cell: 'E6', row: 6, column: 'E', value: 1234.5678, params: {} },
  'name-missing': { rule: 'name-missing', cell: 'B6', row: 6, column: 'B', params: {} },
  'hidden-row': { rule: 'hidden-row', cell: 'B12', row: 12, params: { name: '旧事業' } },
  'negative-request': { rule: 'negative-request', cell: 'E7', row: 7, column: 'E', value: '△1,234', params: { header: '要求額（千円）', amountYen: -1_234_000 } },
  'total-mismatch': {
    rule: 'total-mismatch',
    cell: 'G6',
    params: { totalYen: 1_300_000, requestYen: 1_000_000, priorityRequestYen: 200_000, expectedYen: 1_200_000, differenceYen: 100_000 },
  },
  'split-sum-mismatch': { rule: 'split-sum-mismatch', cell: 'G8', params: { header: '計', sumYen: 860_385_000, targetYen: 860_386_000, differenceYen: 1000, projectIds: ['pharma'] } },
  'subtotal-mismatch': { rule: 'subtotal-mismatch', cell: 'G7', params: { label: '小計', header: '計', subtotalYen: 310_000, sumYen: 300_000, differenceYen: 10_000, rowCount: 2 } },
  'duplicate-project': { rule: 'duplicate-project', cell: 'B9', params: { name: '認知症研究開発事業', firstRow: 5 } },
  'adjustment-fund-requested': { rule: 'adjustment-fund-requested', cell: 'B8', params: { name: '調整費', fundName: '調整費' } },
  'fund-row': {
    rule: 'fund-row',
    cell: 'B6',
    params: { name: 'ムーンショット型研究開発事業', areaId: 'moonshot', fundKind: 'fund', fundVia: 'programme', evidence: ['ムーンショット型の研究開発'] },
  },
  'account-unknown': { rule: 'account-unknown', cell: 'Y5', params: { label: '財投', examples: ['一般会計', '復興特別会計'] } },
  'project-label-unknown': { rule: 'project-label-unknown', cell: 'H5', params: { label: '創薬推進PJ', candidates: ['pharma', 'seeds'] } },
  'project-label-near-miss': { rule: 'project-label-near-miss', cell: 'H5', params: { label: '疾患基盤研究プロジェクト', officialName: '疾患基礎研究プロジェクト', projectId: 'disease-basic' } },
  'disease-area-as-project': { rule: 'disease-area-as-project', cell: 'H5', params: { label: 'がん' } },
  'project-missing': {
    rule: 'project-missing',
    cell: 'H6',
    params: { name: '創薬支援推進事業', category: 'amed', suggestion: 'pharma', confidence: 'high', score: 0.9, reasons: ['創薬', '創薬支援'] },
  },
  'project-contradicted': { rule: 'project-contradicted', cell: 'H7', params: { name: '創薬支援推進事業', projectIds: ['devices'], suggestion: 'pharma', reasons: ['創薬'] } },
  'category-unknown': { rule: 'category-unknown', cell: 'C5', params: { label: '直轄' } },
  'disease-area-unknown': { rule: 'disease-area-unknown', cell: 'O5', params: { label: '眼科' } },
  'purpose-unknown': { rule: 'purpose-unknown', cell: 'P5', params: { label: '創薬' } },
  'priority-area-unknown': { rule: 'priority-area-unknown', cell: 'Q5', params: { label: '新型コロナウイルス感染症' } },
  'increase-without-priority': { rule: 'increase-without-priority', cell: 'G6', params: { name: 'X事業', totalYen: 1_500_000, previousYen: 1_000_000, increaseYen: 500_000 } },
  'large-change-unexplained': {
    rule: 'large-change-unexplained',
    cell: 'G6',
    params: { name: 'X事業', previousYen: 1e9, totalYen: 2e9, changeYen: 1e9, changePercent: 100, thresholdPercent: 50, minAmount: 100_000 },
  },
  'project-changed-from-previous-year': {
    rule: 'project-changed-from-previous-year',
    cell: 'H6',
    params: { name: '医療機器開発推進研究事業', projectIds: ['regenerative'], previousProjectIds: ['devices'], previousSheet: '令和5年度要求', previousRow: 6 },
  },
  'previous-project-not-carried': {
    rule: 'previous-project-not-carried',
    cell: 'B6',
    params: { name: 'ゲノム医療実現推進プラットフォーム事業', notCarried: ['ゲノム・データ基盤プロジェクト'], previousPlan: '第2期', plan: '第3期' },
  },
};

const VARIANTS: FindingDraft[] = [
  {
    rule: 'year-mismatch',
    cell: 'A1',
    params: { messageId: 'with-unread', sheetYears: ['令和6年度'], evidence: ['「令和５年度予算額」（F4）'], notRead: ['F列「令和５年度予算額」'] },
  },
  { rule: 'year-mismatch', cell: 'F4', column: 'F', params: { messageId: 'column-not-read', header: '令和５年度予算額', sheetYear: '令和6年度', filledCells: 18, errorCells: 1 } },
  { rule: 'amount-column-unmapped', cell: 'H3', column: 'H', params: { messageId: 'derived', header: '増減', numericCells: 5 } },
  { rule: 'amount-column-unmapped', cell: 'K4', column: 'K', params: { messageId: 'no-header', header: '', numericCells: 7 } },
  {
    rule: 'increase-without-priority',
    cell: 'G7',
    params: { messageId: 'suggested', name: '認知症研究開発事業', totalYen: 1_500_000, previousYen: 1_000_000, increaseYen: 500_000, suggestedAreas: ['認知症等の脳神経疾患'], evidence: ['認知症'] },
  },
  { rule: 'cell-outside-table', params: { messageId: 'summary', count: 51, shown: 10 } },
  { rule: 'duplicate-project', cell: 'A6', params: { messageId: 'sameNumber', number: '0012', name: '循環器病研究事業', firstRow: 5 } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion', name: '事業X', category: 'amed' } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion-no-text', name: '', category: 'amed', reason: 'no-text' } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion-no-policy-word', name: 'メディカル調査事業', category: 'amed', reason: 'no-policy-word' } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion-only-generic-words', name: '革新的先端研究開発支援事業', category: 'amed', reason: 'only-generic-words', words: ['革新的', '先端', '研究開発'] } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion-disease-area-only', name: '障害者対策事業', category: 'amed', reason: 'disease-area-only', words: ['障害者'], areas: ['その他'] } },
  { rule: 'project-missing', cell: 'B5', params: { messageId: 'noSuggestion-tie', name: 'がん研究事業', category: 'amed', reason: 'tie', projects: ['pharma', 'disease-basic'], score: 0.5 } },
  {
    rule: 'project-missing',
    cell: 'H5',
    params: { messageId: 'previousYear', name: '認知症研究開発事業', category: 'amed', suggestion: 'genome-data', confidence: 'high', score: 6, reasons: [], previousSheet: '令和5年度要求', previousRow: 5, candidates: ['genome-data', 'disease-basic'] },
  },
  {
    rule: 'increase-without-priority',
    cell: 'G7',
    params: {
      messageId: 'suggestedPreviousYear',
      name: '認知症研究開発事業',
      totalYen: 1_500_000,
      previousYen: 1_000_000,
      increaseYen: 500_000,
      suggestedAreas: ['認知症等の脳神経疾患'],
      evidence: [],
      previousSheet: '令和5年度要求',
      previousRow: 5,
    },
  },
  {
    rule: 'project-changed-from-previous-year',
    cell: 'B6',
    params: { messageId: 'otherPeriod', name: '医薬品開発事業', projectIds: ['pharma', 'seeds'], previousProjectIds: ['pharma'], previousSheet: '令和6年度要求', previousRow: 6 },
  },
];

const LOCALES: readonly Locale[] = ['ja', 'en'];

describe('messages', () => {
  it('has a sample for every rule of the catalogue', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each([...Object.values(SAMPLES), ...VARIANTS].map((f) => [f.rule, f.params.messageId ?? '', f] as const))('%s %s renders every placeholder', (_id, _variant, finding) => {
      expect(unfilledPlaceholders(finding, locale)).toEqual([]);
      const text = renderMessage(finding, locale, pack);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toContain('—');
      expect(text.length).toBeGreaterThan(10);
    });

    it.each(RULES.map((r) => [r.id, r] as const))('%s has a title, description and why', (_id, rule) => {
      expect(ruleTitle(rule.id, locale)).toBe(rule.docs.title[locale]);
      for (const text of [rule.docs.title, rule.docs.description, rule.docs.why]) expect(text[locale].trim()).not.toBe('');
    });
  });

  it('Japanese texts are written in Japanese and English ones in English', () => {
    for (const rule of RULES) {
      for (const text of [rule.docs.title, rule.docs.description, rule.docs.why, rule.messages, ...Object.values(rule.variants ?? {})]) {
        expect(text.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        // Official names stay in Japanese in English texts; the sentence around them does not.
        expect(text.en).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
        expect(text.en).not.toMatch(/[。、]/);
      }
    }
  });

  it('variants differ from the main template', () => {
    for (const finding of VARIANTS) {
      const main = renderMessage({ ...finding, params: { ...finding.params, messageId: null } }, 'ja', pack);
      expect(renderMessage(finding, 'ja', pack)).not.toBe(main);
    }
  });

  it.each([
    ['amounts in 千円 with separators, △ for negatives (ja)', SAMPLES['negative-request'], 'ja', ['要求額（千円）', '△1,234千円', 'E7']],
    ['amounts with "-" for negatives (en)', SAMPLES['negative-request'], 'en', ['-1,234 thousand yen']],
    ['every amount of a sum', SAMPLES['total-mismatch'], 'ja', ['1,300千円', '1,000千円', '200千円', '1,200千円', '差 100千円']],
    ['fractions of 千円 kept', SAMPLES['split-sum-mismatch'], 'en', ['860,385', '860,386', 'difference 1)']],
    ['project ids as official names', SAMPLES['project-label-unknown'], 'ja', ['医薬品プロジェクト、シーズ開発・研究基盤プロジェクト', '令和6年度']],
    ['project ids as official names (en list)', SAMPLES['project-label-unknown'], 'en', ['医薬品プロジェクト, シーズ開発・研究基盤プロジェクト', 'FY2024 (令和6年度)']],
    ['a near-miss names the official spelling', SAMPLES['project-label-near-miss'], 'ja', ['疾患基礎研究プロジェクト']],
    ['confidence in words', SAMPLES['project-missing'], 'ja', ['医薬品プロジェクト', '確度: 高', '創薬、創薬支援']],
    ['column roles in words', SAMPLES['required-column-missing'], 'en', ['"request"', 'e.g. 要求額, 概算要求額']],
    ['column roles in words (ja)', SAMPLES['duplicate-column'], 'ja', ['H列「要求額（再掲）」も要求額の列', 'E列「要求額」を使い']],
    ['the unit assumed', SAMPLES['unit-assumed'], 'en', ['read as 千円']],
    ['the header search', SAMPLES['header-not-found'], 'ja', ['先頭30行', '例: 事業名、研究事業名']],
    ['row numbers without separators', { rule: 'name-missing', row: 1234, params: {} }, 'ja', ['1234行目']],
    ['the pack vocabularies', SAMPLES['purpose-unknown'], 'ja', ['予防、診断、治療、予後・QOL']],
    ['the error value as found', SAMPLES['error-value'], 'en', ['G8', '#REF!']],
    ['percent and threshold', SAMPLES['large-change-unexplained'], 'ja', ['1,000,000千円（100%）', '50%以上かつ100,000千円以上']],
    ['the fund kind and why, in words', SAMPLES['fund-row'], 'ja', ['基金による事業', '根拠: 基金等による事業名（ムーンショット型の研究開発）']],
    [
      'a supplementary line by its declared account (en)',
      { rule: 'fund-row', cell: 'B9', params: { name: 'X', fundKind: 'supplementary', fundVia: 'account', evidence: ['令和5年度補正'] } },
      'en',
      ['supplementary budget (補正予算)', 'because of the declared account (令和5年度補正)'],
    ],
    ['a 政府出資 line by a marker word', { rule: 'fund-row', cell: 'B9', params: { name: 'X', fundKind: 'investment', fundVia: 'marker', evidence: ['出資金'] } }, 'ja', ['政府出資による事業', '事業名・備考等の語（出資金）']],
  ] as const)('%s', (_name, finding, locale, fragments) => {
    const text = renderMessage(finding, locale, pack);
    for (const fragment of fragments) expect(text).toContain(fragment);
  });

  it('a missing param shows as — rather than a placeholder', () => {
    expect(renderMessage({ rule: 'project-label-unknown', params: { label: 'X', candidates: [] } }, 'ja', pack)).toContain('近い候補: —');
    expect(renderMessage({ rule: 'project-label-unknown', params: { label: 'X' } }, 'ja', pack)).toContain('近い候補: —');
  });

  it('a finding of a rule the catalogue lacks still shows what it carries', () => {
    expect(renderMessage({ rule: 'brand-new-rule', cell: 'C3', params: { label: 'x', amountYen: 5000 } }, 'ja', pack)).toBe('brand-new-rule C3 label=x amountYen=5');
  });
});

describe('formatNumber', () => {
  it.each([
    [0, 'ja', '0'],
    [1234567, 'ja', '1,234,567'],
    [-1234567, 'ja', '△1,234,567'],
    [-1234567, 'en', '-1,234,567'],
    [1234.5, 'en', '1,234.5'],
    [0.0001, 'ja', '0'],
    [-0.0001, 'ja', '0'],
  ] as const)('%d in %s → %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});
