import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/domain/engine/check';
import { draftPack } from '../../src/domain/policy/draft/draft-pack';
import { bundledPackFiles } from '../../src/domain/policy/bundled-files';
import { loadPacks } from '../../src/domain/policy/registry';
import type { PackFile } from '../../src/domain/policy/pack-file';
import { fillTodos, THIRD_PERIOD_PROJECTS } from '../helpers/r7-pack';
import { validatePackFile } from '../../src/domain/policy/validate-pack-file';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { SOURCES_DIR } from './pack-texts';

/** Every field of a pack file that is the policy's own words (ids and curated labels are not). */
export function textFields(file: PackFile) {
  const p = file.policy;
  const projectName = new Map(p.projects.map((x) => [x.id, x.name]));
  return {
    id: file.id,
    fiscalYear: file.fiscalYear,
    title: p.title,
    decidedOn: p.decidedOn,
    decidedOnJa: p.decidedOnJa,
    decidedBy: p.decidedBy,
    sections: p.sections,
    projects: p.projects.map(({ order, marker, name, description, citation }) => ({ order, marker, name, description, citation })),
    headlineCitations: [...new Set(p.priorityAreas.filter((a) => a.kind === 'headline').map((a) => JSON.stringify(a.citation)))],
    focusItems: p.priorityAreas.filter((a) => a.kind === 'focus').map((a) => ({ section: a.section, project: projectName.get(a.projectId ?? ''), citation: a.citation })),
    sectionAreas: p.priorityAreas.filter((a) => a.kind === 'section').map((a) => ({ section: a.section, name: a.name, citation: a.citation })),
    programmes: p.programmes,
    purposes: p.purposes.map(({ name, citation }) => ({ name, citation })),
    adjustmentFund: p.adjustmentFund,
    diseaseAreaNote: p.diseaseAreaNote,
    priorityIntro: p.priorityIntro,
  };
}

describe('pack draft from the bundled texts', () => {
  it.each(bundledPackFiles().map((f) => [f.id, f] as const))('reproduces every text field of the bundled %s pack, drafted with only the other year as reference', (id, bundled) => {
    const text = readFileSync(join(SOURCES_DIR, bundled.sourceFile), 'utf8');
    const others = bundledPackFiles().filter((f) => f.id !== id);
    const draft = draftPack(text, bundled.sourceFile, others);
    expect(draft.reference).toBe(others[0].id);
    expect(textFields(draft.file)).toEqual(textFields(bundled));
  });
});

describe('pack draft of a third text: a 3rd-period year with eight projects (test/fixtures/policy/R7-test-policy.txt)', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'policy', 'R7-test-policy.txt'), 'utf8');
  const { file, reference } = draftPack(text, 'R7-test-policy.txt', bundledPackFiles());

  it('fills what the text states: year, title, date, eight projects in order, every section', () => {
    expect(reference).toBe('R6');
    expect([file.id, file.fiscalYear, file.policy.decidedOn, file.policy.decidedOnJa]).toEqual(['R7', { western: 2025, reiwa: 7, label: '令和7年度' }, '2024-06-24', '令和6年6月24日']);
    expect(file.policy.projects.map((p) => `${p.marker}${p.name}`)).toEqual(THIRD_PERIOD_PROJECTS);
    expect(file.policy.sections.map((s) => s.number)).toEqual(expect.arrayContaining(['5(1)⑧', '5(2)', '5(3)', '5(4)', '6']));
    // Same-named projects keep their ids and vocabulary (copied for review); new ones get ids by order.
    expect(file.policy.projects.map((p) => p.id)).toEqual(['pharma', 'devices', 'regenerative', 'project-4', 'project-5', 'project-6', 'project-7', 'project-8']);
    expect(file.curated.review.join('\n')).toContain('curated.projects[0] (医薬品プロジェクト): aliases and terms copied from R6');
    // A marker is this year's: ④ is 感染症 now, never R6's ゲノム・データ基盤.
    expect(file.curated.projects[3].aliases).toContain('④');
    expect(file.curated.projects.filter((p) => p.aliases.includes('④')).map((p) => p.id)).toEqual(['project-4']);
  });

  it('lists what it could not fill as TODO, and fails validation until they are resolved', () => {
    expect(file.todo.some((t) => t.startsWith('curated.planPeriod.name'))).toBe(true);
    expect(file.todo.some((t) => t.startsWith('curated.projects[3].terms (感染症プロジェクト)'))).toBe(true);
    const result = validatePackFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['todo', 'curated.planPeriod.name', 'curated.projects[3].terms[0]']));
  });

  it('once its TODOs are filled, validates and checks the samples with eight projects', async () => {
    const filled = fillTodos(file);
    const result = validatePackFile(JSON.stringify(filled));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    for (const sample of ['sample-r6-clean.xlsx', 'r6-mhlw.xlsx']) {
      const source = await XlsxWorkbookSource.fromBuffer(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', sample))));
      const [sheet] = await source.sheetNames();
      const report = checkSheet(await source.readSheet(sheet), { packs: [...loadPacks(), result.pack], packId: 'R7', locale: 'ja' });
      expect(report.policy.id).toBe('R7');
      expect(report.totals.byProject.map((p) => p.projectId)).toEqual(result.pack.projects.map((p) => p.id));
      // The samples are 令和6年度 sheets: checked against R7 they say so, at the title.
      expect(report.findings.map((f) => f.rule)).toContain('year-mismatch');
    }
  });
});
