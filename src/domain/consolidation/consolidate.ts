import type { Locale } from '../model/finding';
import type { SheetModel } from '../model/sheet-model';
import type { PolicyPack } from '../policy/schema';
import type { ConsolidationFinding } from './finding';
import { buildConsolidatedSheet } from './build-consolidated-sheet';
import type { ConsolidationLayout } from './layout';
import type { MinistryPart } from './part';
import { runConsolidationRules } from './rules';

/**
 * Rules that make a correct sheet impossible whatever the user says: an input that could not
 * be read, a ministry unknown or given twice, years that differ. --force does not override
 * them; it only lets errors left in the inputs (and a hand-edited submission sheet, whose detail
 * the totals are recomputed from) through, and the sheet then says 未確定（エラーあり）.
 */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['submission-unreadable', 'ministry-unknown', 'ministry-twice', 'policy-mismatch']);

export interface ConsolidateOptions {
  readonly locale: Locale;
  readonly force: boolean;
  readonly createdAt: Date | string;
  readonly layout?: ConsolidationLayout;
}

export interface ConsolidationResult {
  readonly findings: readonly ConsolidationFinding[];
  readonly counts: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** null when refused: `refused` says why. */
  readonly model: SheetModel | null;
  readonly refused: 'blocked' | 'errors' | null;
  readonly provisional: boolean;
}

export function consolidate(parts: readonly MinistryPart[], packs: readonly PolicyPack[], options: ConsolidateOptions): ConsolidationResult {
  const pack = packs.find((p) => p.id === parts[0]?.policyId) ?? packs[packs.length - 1];
  const findings = runConsolidationRules({ parts, pack }, options.locale);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const counts = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const base = { findings, counts };
  if (findings.some((f) => BLOCKING_RULES.has(f.rule)) || parts.length === 0) return { ...base, model: null, refused: 'blocked', provisional: false };
  if (counts.errors > 0 && !options.force) return { ...base, model: null, refused: 'errors', provisional: false };
  const known = parts as readonly (MinistryPart & { ministry: string })[];
  const provisional = counts.errors > 0;
  const model = buildConsolidatedSheet(known, pack, { createdAt: options.createdAt, provisional, ...(options.layout ? { layout: options.layout } : {}) });
  return { ...base, model, refused: null, provisional };
}
