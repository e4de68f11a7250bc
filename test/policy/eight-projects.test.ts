import { THIRD_PERIOD_PROJECTS } from '../helpers/r7-pack';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicies, policySummaries } from '../../src/cli/commands/policies';
import { guessPackFromText, loadPacks } from '../../src/domain/policy/registry';
import { PolicyPackSchema } from '../../src/domain/policy/schema';
import { allPriorityAreas } from '../../src/domain/policy/priority-areas';

/** The 3rd-period plan (FY2025–) has eight projects: nothing but data may change for it. */
const fixture = PolicyPackSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'policy', 'eight-projects.json'), 'utf8')),
);

describe('an eight-project (3rd-period) pack', () => {
  it('parses with the schema, projects in order', () => {
    expect(fixture.planPeriod).toBe('第3期');
    expect(fixture.projects.map((p) => `${p.marker}${p.name}`)).toEqual(THIRD_PERIOD_PROJECTS);
    expect(fixture.projects.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives all its priority areas: its own areas, then each project focus item', () => {
    const areas = allPriorityAreas(fixture);
    expect(areas).toHaveLength(fixture.priorityAreas.length + 8);
    expect(areas.filter((a) => a.kind === 'focus').map((a) => a.projectId)).toEqual(fixture.projects.map((p) => p.id));
  });

  it('is listed by the policies command like any year', () => {
    const [summary] = policySummaries([fixture]);
    expect(summary.projects.map((p) => p.id)).toEqual(fixture.projects.map((p) => p.id));
    expect(summary.priorityAreas.map((a) => a.id)).toEqual(allPriorityAreas(fixture).map((a) => a.id));
    expect(formatPolicies([fixture])).toContain('⑧イノベーション・エコシステムプロジェクト');
  });

  it('is chosen from a sheet title once it is among the packs', () => {
    expect(guessPackFromText(['令和7年度 概算要求'], loadPacks())).toBeNull();
    expect(guessPackFromText(['令和7年度 概算要求'], [...loadPacks(), fixture])?.pack).toBe(fixture);
  });
});
