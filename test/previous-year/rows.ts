import type { PreviousRow, PreviousYear } from '../../src/domain/model/previous-year';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { syntheticPack } from '../helpers/synthetic-pack';

/** A 事業 of last year's sheet: projects as id (no amount) or [id, 千円]. */
export function lastYear(row: number, name: string, projects: readonly (string | readonly [string, number])[] = [], more: Partial<PreviousRow> = {}): PreviousRow {
  return {
    row,
    number: null,
    name,
    projects: projects.map((p) => (typeof p === 'string' ? { projectId: p, amount: null } : { projectId: p[0], amount: p[1] * 1000 })),
    priorityAreas: [],
    diseaseAreas: [],
    ...more,
  };
}

/** Last year's sheet 「令和5年度要求」, read under `pack`'s projects (this year's, by default). */
export function previousYear(rows: readonly PreviousRow[], pack: PolicyPack = syntheticPack()): PreviousYear {
  return {
    sheet: '令和5年度要求',
    kind: 'request',
    packId: 'R5',
    planPeriod: pack.planPeriod,
    projects: pack.projects.map((p) => ({ id: p.id, name: p.name })),
    fiscalYear: '令和5年度',
    rows,
  };
}
