import type { MinistryPart } from '../../../src/domain/consolidation';
import type { ConsolidationFinding } from '../../../src/domain/consolidation/finding';
import { runConsolidationRules } from '../../../src/domain/consolidation/rules';
import type { DetailLine } from '../../../src/domain/submission/detail-lines';
import { getPack } from '../../../src/domain/policy/registry';
import type { PolicyPack } from '../../../src/domain/policy/schema';

/** Small inputs for the consolidation rules' tables. */

export const R6 = getPack('R6') as PolicyPack;

export function line(name: string, category = 'AMED対象経費', extra: Partial<DetailLine> = {}): DetailLine {
  return {
    no: 1,
    name,
    source: 'B6',
    category,
    projectId: 'drug',
    project: '医薬品プロジェクト',
    total: 1000,
    request: 1000,
    priorityRequest: 0,
    previous: 900,
    counted: true,
    ledger: '対象',
    marks: [],
    priorityAreas: [],
    diseaseAreas: [],
    purposes: [],
    basis: '申告',
    candidates: [],
    number: null,
    department: null,
    newOrContinuing: null,
    ...extra,
  };
}

export function part(ministry: string | null, file: string, lines: readonly DetailLine[] = [], extra: Partial<MinistryPart> = {}): MinistryPart {
  return {
    ministry,
    ministryFrom: ministry === null ? null : 'title',
    input: { file, sheet: 'Sheet1', kind: 'request' },
    policyId: 'R6',
    summary: { errors: 0, warnings: 0, infos: 0, rows: lines.length },
    previousKnown: true,
    lines: lines.map((l, i) => ({ ...l, no: i + 1, source: `B${i + 6}` })),
    findings: [],
    ...extra,
  };
}

/** The findings of one rule, rendered in Japanese. */
export function findingsOf(rule: string, parts: readonly MinistryPart[], locale: 'ja' | 'en' = 'ja'): ConsolidationFinding[] {
  return runConsolidationRules({ parts, pack: R6 }, locale).filter((f) => f.rule === rule);
}
