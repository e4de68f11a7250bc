import type { RowClassification } from '../model/classification';
import type { FindingDraft } from '../model/finding';
import type { Field } from '../model/table';
import { cellFinding } from './findings';

/**
 * 会計区分 / 財源 / 予算区分 as declared in its own column. The words are read in order of
 * what they decide: a 補正, 基金 or 出資 line is that whatever account it is in (「一般会計（補正）」 is
 * 補正); then 復興特別会計, any other 特別会計, and 一般会計 / 当初. Text naming none of these is a
 * finding (account-unknown), never a silent 一般会計.
 */

type Account = NonNullable<RowClassification['account']>;

const READINGS: readonly { readonly pattern: RegExp; readonly id: Account['id']; readonly label: string | null }[] = [
  { pattern: /補正|経済対策/, id: 'supplementary', label: '補正予算' },
  { pattern: /基金/, id: 'fund', label: '基金' },
  { pattern: /出資/, id: 'investment', label: '政府出資' },
  { pattern: /復興/, id: 'reconstruction', label: '復興特別会計' },
  // Any other 特別会計 keeps its own name (エネルギー対策特別会計 …).
  { pattern: /特別会計|特会/, id: 'special', label: null },
  { pattern: /一般会計|^一般$|当初/, id: 'general', label: '一般会計' },
];

/** Examples named in the account-unknown finding. */
export const ACCOUNT_EXAMPLES: readonly string[] = ['一般会計', '復興特別会計', '補正予算', '基金', '政府出資'];

export interface AccountResult {
  readonly account: RowClassification['account'];
  readonly findings: readonly FindingDraft[];
}

const NO_ACCOUNT: AccountResult = { account: null, findings: [] };

export function declaredAccount(field: Field<string> | undefined, rowNumber: number): AccountResult {
  const text = typeof field?.value === 'string' ? field.value.normalize('NFKC').trim() : '';
  if (!field || text === '') return NO_ACCOUNT;
  const reading = READINGS.find((r) => r.pattern.test(text));
  if (reading) return { account: { id: reading.id, label: reading.label ?? text, basis: 'declared' }, findings: [] };
  return { account: null, findings: [cellFinding('account-unknown', field, rowNumber, { label: text, examples: ACCOUNT_EXAMPLES })] };
}

const SUGGESTED_LABEL: Record<'fund' | 'supplementary' | 'investment', string> = { fund: '基金', supplementary: '補正予算', investment: '政府出資' };

/** The account a row's fund status suggests when no 会計区分 is declared. */
export function suggestedAccount(fund: RowClassification['fund']): RowClassification['account'] {
  return fund ? { id: fund.kind, label: SUGGESTED_LABEL[fund.kind], basis: 'suggested' } : null;
}
