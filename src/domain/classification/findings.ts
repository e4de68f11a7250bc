import type { FindingDraft, FindingParams, ParamValue } from '../model/finding';
import { isCellError } from '../model/grid';
import type { Field } from '../model/table';

/** Rule ids classification reports under (messages are rendered by the rules' catalogue). */
export const CLASSIFICATION_RULES = [
  'project-label-unknown',
  'project-label-near-miss',
  'disease-area-as-project',
  'disease-area-unknown',
  'purpose-unknown',
  'category-unknown',
  'account-unknown',
  'priority-area-unknown',
] as const;
export type ClassificationRule = (typeof CLASSIFICATION_RULES)[number];

function rawValue(raw: unknown): ParamValue {
  if (isCellError(raw)) return raw.error;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return null;
}

/** A finding about one cell of a row. */
export function cellFinding(rule: ClassificationRule, field: Field<unknown>, rowNumber: number, params: FindingParams): FindingDraft {
  const column = /^\$?([A-Za-z]{1,3})/.exec(field.cell)?.[1]?.toUpperCase();
  return { rule, cell: field.cell, row: rowNumber, ...(column ? { column } : {}), value: rawValue(field.raw), params };
}
