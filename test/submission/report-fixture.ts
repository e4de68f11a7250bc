import type { Basis, Reason, RowClassification, NoSuggestion } from '../../src/domain/model/classification';
import type { AmountTotals, CheckReport, ProjectTotals, ReportRow, ReportTotals } from '../../src/domain/model/report';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { allocateByLargestRemainder } from '../../src/domain/submission/allocate';

/**
 * Builds a CheckReport from a few rows, the way the engine does (src/domain/engine): amounts
 * in 千円, each share with its part of 前年度, totals summed here independently of the
 * submission code (only the pro-rata split of 前年度 reuses the allocation, which has its own
 * tests).
 */

export interface FixtureRow {
  readonly name: string;
  readonly category: 'amed' | 'inhouse' | null;
  readonly request: number | null;
  readonly priorityRequest: number | null;
  /** Defaults to request + priorityRequest. */
  readonly total?: number | null;
  readonly previous: number | null;
  /** By project order (1-based) in the pack; amount null = label without an amount. */
  readonly projects?: readonly { readonly order: number; readonly amount: number | null }[];
  readonly basis?: Basis | null;
  /** Evidence per project order, for declared / suggested rows. */
  readonly reasons?: readonly Reason[];
  readonly confidence?: 'high' | 'medium' | 'low';
  /** Priority area ids or names (both forms occur in reports). */
  readonly priorityAreas?: readonly string[];
  readonly diseaseAreas?: readonly string[];
  readonly purposes?: readonly string[];
  readonly fund?: boolean;
  /** 「候補なし」 and why (a row with no project). */
  readonly noSuggestion?: NoSuggestion;
}

export const ZERO: AmountTotals = { total: 0, request: 0, priorityRequest: 0, previous: 0, change: 0 };

function rowTotalOf(r: FixtureRow): number {
  return r.total ?? (r.request ?? 0) + (r.priorityRequest ?? 0);
}

function add(a: AmountTotals, r: FixtureRow): AmountTotals {
  const total = a.total + rowTotalOf(r);
  const previous = (a.previous ?? 0) + (r.previous ?? 0);
  return { total, request: a.request + (r.request ?? 0), priorityRequest: a.priorityRequest + (r.priorityRequest ?? 0), previous, change: total - previous };
}

function projectIdOf(pack: PolicyPack, order: number): string {
  const project = pack.projects.find((p) => p.order === order);
  if (!project) throw new Error(`fixture refers to project ${order}, the pack has ${pack.projects.length}`);
  return project.id;
}

interface Attribution {
  /** Per project id: its share of the row and of the row's 前年度. */
  readonly byProject: Map<string, { total: number; previous: number }>;
  readonly unattributed: { total: number; previous: number };
  /** 前年度 was divided among two or more parts. */
  readonly estimated: boolean;
}

/**
 * What each project gets from a row, as the engine attributes it: explicit amounts, or the
 * whole row for a single label; the rest of the row is unattributed. 前年度 follows the shares
 * pro rata, the unattributed rest weighing in (a negative rest weighs nothing).
 */
function attribution(pack: PolicyPack, r: FixtureRow): Attribution {
  const total = rowTotalOf(r);
  const previous = r.previous ?? 0;
  const projects = r.projects ?? [];
  const amounts = projects.map((p) => (p.amount === null && projects.length === 1 ? total : p.amount));
  const rest = total - amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
  const weights = [...amounts.map((a) => a ?? 0), Math.max(rest, 0)];
  const parts = allocateByLargestRemainder(previous, weights);
  const byProject = new Map<string, { total: number; previous: number }>();
  const estimated = parts !== null && previous !== 0 && weights.filter((w) => w > 0).length > 1;
  if (parts === null) {
    if (projects.length === 1) byProject.set(projectIdOf(pack, projects[0].order), { total, previous });
    return { byProject, unattributed: { total: projects.length === 1 ? 0 : total, previous: projects.length === 1 ? 0 : previous }, estimated };
  }
  projects.forEach((p, i) => {
    if (amounts[i] !== null) byProject.set(projectIdOf(pack, p.order), { total: amounts[i] as number, previous: parts[i] });
  });
  const attributedPrevious = [...byProject.values()].reduce((s, v) => s + v.previous, 0);
  return { byProject, unattributed: { total: rest, previous: previous - attributedPrevious }, estimated };
}

function totalsOf(pack: PolicyPack, rows: readonly FixtureRow[]): ReportTotals {
  const counted = rows.filter((r) => !r.fund);
  const sumRows = (chosen: readonly FixtureRow[]) => chosen.reduce(add, ZERO);
  const attributions = counted.map((r) => ({ r, a: attribution(pack, r) }));
  const line = (projectId: string | null, name: string, pick: (a: Attribution) => { total: number; previous: number } | undefined): ProjectTotals => {
    let [amed, inhouse, unknownCategory, total, previous, previousEstimated] = [0, 0, 0, 0, 0, false];
    for (const { r, a } of attributions) {
      const share = pick(a);
      if (!share) continue;
      total += share.total;
      previous += share.previous;
      if (a.estimated && share.previous !== 0) previousEstimated = true;
      if (r.category === 'amed') amed += share.total;
      else if (r.category === 'inhouse') inhouse += share.total;
      else unknownCategory += share.total;
    }
    return { projectId, name, amed, inhouse, unknownCategory, total, previous, change: total - previous, previousEstimated, candidate: 0 };
  };
  return {
    amed: sumRows(counted.filter((r) => r.category === 'amed')),
    inhouse: sumRows(counted.filter((r) => r.category === 'inhouse')),
    unknownCategory: sumRows(counted.filter((r) => r.category === null)),
    all: sumRows(counted),
    fund: sumRows(rows.filter((r) => r.fund)),
    accounts: [],
    byProject: pack.projects.map((p) => line(p.id, p.name, (a) => a.byProject.get(p.id))),
    unspecified: line(null, '統合プロジェクト未特定', (a) => a.unattributed),
  };
}

function reportRow(pack: PolicyPack, r: FixtureRow, index: number): ReportRow {
  const rowNumber = 6 + index;
  const attributed = attribution(pack, r).byProject;
  const projects = (r.projects ?? []).map((p) => {
    const id = projectIdOf(pack, p.order);
    const share = attributed.get(id);
    return { id, name: pack.projects.find((q) => q.id === id)?.name ?? '', amount: share?.total ?? null, previous: share?.previous ?? null, basis: r.basis ?? 'declared' };
  });
  const basis = r.basis ?? (projects.length === 0 ? null : 'declared');
  const suggestions = projects.map((p) => ({
    projectId: p.id,
    score: 5,
    confidence: r.confidence ?? 'high',
    reasons: r.reasons ?? [],
  }));
  const findTag = (names: readonly string[] | undefined, entries: readonly { id: string; name: string }[]) =>
    (names ?? []).flatMap((n) => entries.filter((e) => e.id === n || e.name === n)).map((e) => ({ id: e.id, name: e.name, basis: 'declared' as const, reasons: [] }));
  const areas = [...pack.priorityAreas, ...pack.projects.flatMap((p) => p.focusItems)];
  const classification: RowClassification = {
    rowNumber,
    basis,
    projects: (r.projects ?? []).map((p) => ({ projectId: projectIdOf(pack, p.order), amount: p.amount === null ? null : p.amount * 1000, basis: basis ?? 'declared' })),
    suggestions,
    priorityAreas: findTag(r.priorityAreas, areas),
    diseaseAreas: findTag(r.diseaseAreas, pack.vocabularies.diseaseAreas),
    purposes: findTag(r.purposes, pack.vocabularies.purposes),
    category: r.category ? { id: r.category, basis: 'declared' } : null,
    account: r.fund ? { id: 'fund', label: '基金', basis: 'suggested' } : null,
    fund: r.fund ? { areaId: null, reasons: [], kind: 'fund', via: 'programme' } : null,
    adjustmentFund: false,
    ...(r.noSuggestion ? { noSuggestion: r.noSuggestion } : {}),
  };
  return {
    row: rowNumber,
    name: r.name,
    category: r.category,
    previous: r.previous,
    request: r.request,
    priorityRequest: r.priorityRequest,
    total: r.total === undefined ? rowTotalOf(r) : r.total,
    projects,
    suggestions: suggestions.map((s) => ({ id: s.projectId, name: projects.find((p) => p.id === s.projectId)?.name ?? '', score: s.score, confidence: s.confidence, reasons: s.reasons })),
    ...(r.noSuggestion ? { noSuggestion: r.noSuggestion } : {}),
    priorityAreas: r.priorityAreas ?? [],
    diseaseAreas: r.diseaseAreas ?? [],
    purposes: r.purposes ?? [],
    candidates: { category: null, priorityAreas: [], diseaseAreas: [], purposes: [] },
    basis,
    ledger: r.fund ? 'fund' : 'main',
    account: classification.account,
    fund: r.fund ?? false,
    key: `name:${r.name}`,
    cell: `B${rowNumber}`,
    classification,
  };
}

export function buildReport(pack: PolicyPack, rows: readonly FixtureRow[], counts: { errors?: number; warnings?: number; infos?: number } = {}): CheckReport {
  const errors = counts.errors ?? 0;
  const warnings = counts.warnings ?? 0;
  return {
    tool: { name: 'budget-check', version: '0.1.0' },
    generatedAt: '2024-08-30T05:00:00.000Z',
    locale: 'ja',
    input: { file: '厚生労働省_概算要求.xlsx', sheet: '概算要求', sha256: '0'.repeat(64), range: `A5:P${5 + rows.length}` },
    policy: { id: pack.id, title: pack.title, fiscalYear: pack.fiscalYear.label, decidedOn: pack.decidedOn, chosenBy: 'sheet' },
    ministry: { name: '厚生労働省', from: 'file', text: '厚生労働省_概算要求.xlsx' },
    unit: '千円',
    sourceUnit: '千円',
    summary: { errors, warnings, infos: counts.infos ?? 0, rows: rows.length, byRule: {} },
    status: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'ok',
    totals: totalsOf(pack, rows),
    findings: [],
    groups: [],
    rows: rows.map((r, i) => reportRow(pack, r, i)),
  };
}

const reason = (kind: Reason['kind'], field: string, matched: string, weight: number): Reason => ({ kind, field, matched, weight });

/**
 * A ministry's request as real sheets have it (厚生労働省, 千円; split amounts from DESIGN §1),
 * written against project order so it fits the six-project and the eight-project packs.
 */
export function realisticRows(pack: PolicyPack): FixtureRow[] {
  const headline = pack.priorityAreas.find((a) => a.kind === 'headline');
  const fundArea = pack.priorityAreas.find((a) => a.fundBased);
  const focus = (order: number) => pack.projects.find((p) => p.order === order)?.focusItems[0]?.name;
  const disease = (id: string) => pack.vocabularies.diseaseAreas.find((d) => d.id === id)?.name ?? id;
  return [
    {
      name: '認知症研究開発事業',
      category: 'amed',
      request: 1_200_000,
      priorityRequest: 142_202,
      previous: 1_300_000,
      projects: [
        { order: 4, amount: 1_045_895 },
        { order: 5, amount: 296_307 },
      ],
      basis: 'split',
      reasons: [reason('split-column', 'projectAmount', 'PJ④ / PJ⑤', 10)],
      priorityAreas: headline ? [headline.id] : [],
      diseaseAreas: ['geriatric-dementia'],
      purposes: ['予防', '治療'],
    },
    {
      name: '免疫アレルギー疾患実用化研究事業',
      category: 'amed',
      request: 860_386,
      priorityRequest: 0,
      previous: 850_001,
      projects: [
        { order: 1, amount: 58_888 },
        { order: 4, amount: 88_888 },
        { order: 5, amount: 712_610 },
      ],
      basis: 'split',
      diseaseAreas: [disease('other')],
      purposes: ['治療'],
    },
    {
      name: '革新的がん医療実用化研究事業',
      category: 'amed',
      request: 8_500_000,
      priorityRequest: 271_960,
      previous: 8_333_333,
      projects: [
        { order: 1, amount: 2_276_602 },
        { order: 2, amount: 196_102 },
        { order: 3, amount: 1_374_529 },
        { order: 4, amount: 3_845_685 },
        { order: 5, amount: 1_079_042 },
      ],
      basis: 'split',
      priorityAreas: [focus(1) ?? ''],
      diseaseAreas: ['cancer'],
      purposes: ['診断', '治療'],
    },
    {
      name: '再生医療実用化研究事業',
      category: 'amed',
      request: 3_000_000,
      priorityRequest: 250_000,
      previous: 2_900_000,
      projects: [{ order: 3, amount: null }],
      basis: 'declared',
      reasons: [reason('alias', 'projectLabel', '再生・細胞医療・遺伝子治療PJ', 8)],
      priorityAreas: [focus(3) ?? ''],
      purposes: ['治療'],
    },
    {
      name: '国立高度専門医療研究センター運営費交付金（研究開発）',
      category: 'inhouse',
      request: 2_500_000,
      priorityRequest: 0,
      previous: 2_600_000,
      projects: [{ order: 1, amount: null }],
      basis: 'accepted',
      confidence: 'medium',
      reasons: [reason('term', 'summary', '創薬', 3), reason('term', 'name', '研究開発', 1)],
      diseaseAreas: ['cancer', 'lifestyle'],
    },
    {
      name: '国立感染症研究所 試験研究費',
      category: 'inhouse',
      request: 400_000,
      priorityRequest: 0,
      previous: 380_000,
      diseaseAreas: ['infectious'],
      purposes: ['予防', '診断'],
    },
    {
      name: 'ムーンショット型研究開発事業（基金）',
      category: 'amed',
      request: 1_000_000,
      priorityRequest: 0,
      previous: 0,
      projects: [{ order: 1, amount: null }],
      basis: 'accepted',
      confidence: 'low',
      priorityAreas: fundArea ? [fundArea.name] : [],
      diseaseAreas: ['geriatric-dementia'],
      fund: true,
    },
    {
      name: '医療機器開発推進研究事業（新規）',
      category: 'amed',
      request: 0,
      priorityRequest: 150_000,
      previous: null,
      projects: [{ order: 2, amount: null }],
      basis: 'declared',
      reasons: [reason('label', 'projectLabel', '医療機器・ヘルスケア', 10)],
      purposes: ['診断'],
    },
    {
      name: '医薬品・医療機器実用化研究支援事業',
      category: 'amed',
      request: 700_000,
      priorityRequest: 0,
      previous: 690_000,
      projects: [
        { order: 1, amount: null },
        { order: 2, amount: null },
      ],
      basis: 'declared',
    },
    {
      name: '臨床研究・治験推進研究事業',
      category: 'amed',
      request: 500_000,
      priorityRequest: 0,
      previous: 480_000,
      projects: [
        { order: 1, amount: 300_000 },
        { order: 6, amount: 150_000 },
      ],
      basis: 'split',
      purposes: ['治療'],
    },
    {
      name: '研究開発基盤整備事業',
      category: null,
      request: 100_000,
      priorityRequest: 0,
      previous: 100_000,
      projects: [{ order: 6, amount: null }],
      basis: 'declared',
    },
  ];
}
