import { yenToUnit, type Yen } from '../model/amount';
import type { MinistryEvidence } from '../reading/ministry';
import type { Classification, RowClassification } from '../model/classification';
import type { Finding, Locale, Severity } from '../model/finding';
import { a1 } from '../model/grid';
import type { CheckReport, ReportFinding, ReportRow } from '../model/report';
import type { SheetTable } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { RULES } from '../rules/catalogue';
import { projectName, renderMessage, ruleTitle } from '../rules/messages';
import { APP_NAME, APP_VERSION } from '../../version';
import { attributeRows, type AttributedRow } from './row-amounts';
import { computeTotals, countedCategory, ledgerOf } from './totals';
import { ReportRowParts } from './report-row-parts';
import { NO_PARTS } from '../classification/shared-parts';
import { rowKey } from '../classification/accept';
import type { PreviousYearMatch } from '../model/previous-year';
import { previousYearSection } from '../previous-year/section';

export interface ReportInput {
  readonly table: SheetTable;
  readonly classification: Classification;
  readonly pack: PolicyPack;
  readonly chosenBy: CheckReport['policy']['chosenBy'];
  /** Sorted, with severity (runRules' output). */
  readonly findings: readonly Finding[];
  readonly locale: Locale;
  readonly file?: string;
  readonly sha256: string;
  readonly now: Date;
  /** What detectMinistry found; none when not given. */
  readonly ministry?: MinistryEvidence | null;
  /** This year's sheet against last year's, when one was given. */
  readonly previous?: PreviousYearMatch;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function thousand(yen: Yen | null): number | null {
  return yen === null ? null : yenToUnit(yen);
}

/** What the classifier says of a row it did not see: nothing. */
function unclassified(rowNumber: number): RowClassification {
  return { rowNumber, basis: null, projects: [], suggestions: [], priorityAreas: [], diseaseAreas: [], purposes: [], category: null, account: null, fund: null, adjustmentFund: false };
}

type ReportProject = ReportRow['projects'][number];

/** A project id as the pack's official name (the id itself when the pack lacks it), looked up once per report. */
type ProjectNames = (id: string) => string;

function projectNames(pack: PolicyPack): ProjectNames {
  const byId = new Map<string, string>();
  // The first project of an id, as a find() over the list would give.
  for (const p of pack.projects) if (!byId.has(p.id)) byId.set(p.id, p.name);
  return (id) => byId.get(id) ?? projectName(id, pack);
}

function reportRow({ row, cls: classified, amounts, attribution }: AttributedRow, nameOf: ProjectNames, parts: ReportRowParts, labelCol: number | null): ReportRow {
  const cls = classified ?? unclassified(row.rowNumber);
  const projects = attribution.shares.length === 0 ? NO_PARTS : attribution.shares.map((s): ReportProject => {
    const id = s.projectId;
    const name = nameOf(id);
    const amount = thousand(s.amount);
    const previous = thousand(s.previous);
    return s.previousEstimated ? { id, name, amount, previous, previousEstimated: true, basis: s.basis } : { id, name, amount, previous, basis: s.basis };
  });
  const suggestions = parts.suggestions(cls.suggestions, (s) => thousand(s.share?.amount ?? null));
  // Tag names and candidates: shared by the rows of equal tags, as their classifications share the tags.
  const tags = parts.tagView(cls);
  return {
    row: row.rowNumber,
    name: row.name.value,
    category: countedCategory(cls),
    previous: thousand(amounts.previous),
    request: thousand(amounts.request),
    priorityRequest: thousand(amounts.priorityRequest),
    total: thousand(amounts.total),
    projects,
    suggestions,
    // 「候補なし」 and why, for a row that states no project and whose text gives no candidate.
    ...(attribution.shares.length === 0 && cls.noSuggestion ? { noSuggestion: cls.noSuggestion } : {}),
    priorityAreas: tags.priorityAreas,
    diseaseAreas: tags.diseaseAreas,
    purposes: tags.purposes,
    candidates: tags.candidates,
    basis: cls.basis,
    ledger: ledgerOf(cls),
    account: cls.account,
    fund: cls.fund !== null,
    key: rowKey(row),
    cell: row.name.cell,
    ...(row.number?.value ? { number: row.number.value } : {}),
    ...(row.department?.value ? { department: row.department.value } : {}),
    ...(row.status?.value ? { newOrContinuing: row.status.value } : {}),
    ...(labelCol !== null ? { labelCell: a1(row.rowNumber - 1, labelCol) } : {}),
    classification: cls,
  };
}

/**
 * { ...finding, message }, keys in the same order. Object.assign rather than a spread (as in
 * rules/engine.ts): V8 made each spread copy a dictionary of some 430 bytes, this one some 120.
 */
function withMessage(finding: Finding, message: string): ReportFinding {
  const shown = Object.assign({}, finding) as { -readonly [K in keyof ReportFinding]: ReportFinding[K] };
  shown.message = message;
  return shown;
}

/** Findings grouped by rule: catalogue order first, then ids the catalogue lacks, as met. */
function groups(findings: readonly Finding[], locale: Locale): CheckReport['groups'] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const members = byRule.get(f.rule);
    if (members) members.push(f);
    else byRule.set(f.rule, [f]);
  }
  const order = [...RULES.map((r) => r.id).filter((id) => byRule.has(id)), ...[...byRule.keys()].filter((id) => !RULES.some((r) => r.id === id))];
  return order.map((rule) => {
    const members = byRule.get(rule) as Finding[];
    const severity = members.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
    return { rule, title: ruleTitle(rule, locale), severity, count: members.length };
  });
}

/** The check report: everything the pane shows, the CLI prints and the submission sheet is built from. */
export function buildReport(input: ReportInput): CheckReport {
  const { table, classification, pack, findings, locale } = input;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const { error: errors, warning: warnings } = bySeverity;
  const attributed = attributeRows(table, classification);
  const nameOf = projectNames(pack);
  const parts = new ReportRowParts(nameOf);
  const labelCol = table.mapping?.columns.find((c) => c.role === 'projectLabel')?.col ?? null;
  const range = table.dataRange ? `${a1(table.dataRange.top, table.dataRange.left)}:${a1(table.dataRange.bottom, table.dataRange.right)}` : null;

  return {
    tool: { name: APP_NAME, version: APP_VERSION },
    generatedAt: input.now.toISOString(),
    locale,
    input: { ...(input.file !== undefined ? { file: input.file } : {}), sheet: table.sheetName, sha256: input.sha256, range },
    policy: { id: pack.id, title: pack.title, fiscalYear: pack.fiscalYear.label, decidedOn: pack.decidedOn, chosenBy: input.chosenBy },
    ministry: input.ministry ? { name: input.ministry.ministry.name, from: input.ministry.from, text: input.ministry.text } : null,
    unit: '千円',
    sourceUnit: table.unit,
    summary: { errors, warnings, infos: bySeverity.info, rows: table.rows.length, byRule },
    status: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'ok',
    totals: computeTotals(table, classification, pack, attributed),
    findings: findings.map((f) => withMessage(f, renderMessage(f, locale, pack))),
    groups: groups(findings, locale),
    rows: attributed.map((a) => reportRow(a, nameOf, parts, labelCol)),
    ...(input.previous ? { previousYear: previousYearSection(input.previous, table) } : {}),
  };
}
