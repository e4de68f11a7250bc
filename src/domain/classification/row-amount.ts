import type { Yen } from '../model/amount';
import type { BudgetRow } from '../model/table';

/** The row's whole amount: 計, else 要求 plus 要望; null when neither is known. */
export function rowAmount(row: BudgetRow): Yen | null {
  const total = row.total?.value;
  if (typeof total === 'number') return total;
  const request = row.request?.value;
  if (typeof request !== 'number') return null;
  const extra = row.priorityRequest?.value;
  return request + (typeof extra === 'number' ? extra : 0);
}
