import { runCli } from '../../src/cli/run';
import { loadPacks } from '../../src/domain/policy/registry';
import { allPriorityAreas } from '../../src/domain/policy/priority-areas';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out: () => out.join(''), err: () => err.join('') };
}

interface Listed {
  id: string;
  fiscalYear: { western: number; reiwa: number; label: string };
  title: string;
  decidedOn: string;
  projects: { id: string; name: string }[];
  priorityAreas: { id: string; name: string; section: string; fundBased: boolean }[];
}

describe('budget-check policies', () => {
  it.each([[['--format', 'json']], [['--format=json']]])('%j prints every pack as JSON', async (args) => {
    const c = capture();
    expect(await runCli(['policies', ...args], c.io)).toBe(0);
    const listed = JSON.parse(c.out()) as Listed[];
    const packs = loadPacks();
    expect(listed.map((p) => p.id)).toEqual(packs.map((p) => p.id));
    listed.forEach((entry, i) => {
      const pack = packs[i];
      expect(entry).toMatchObject({ fiscalYear: pack.fiscalYear, title: pack.title, decidedOn: pack.decidedOn });
      expect(entry.projects).toEqual(pack.projects.map((p) => expect.objectContaining({ id: p.id, name: p.name })));
      expect(entry.priorityAreas).toEqual(allPriorityAreas(pack).map((a) => expect.objectContaining({ id: a.id, name: a.name, section: a.section })));
    });
    const r6 = listed.find((p) => p.id === 'R6');
    expect(r6?.decidedOn).toBe('2023-06-26');
    expect(r6?.priorityAreas.filter((a) => a.fundBased).map((a) => a.section)).toEqual(['5(2)', '5(3)']);
    expect(c.err()).toBe('');
  });

  it('prints a Japanese listing by default', async () => {
    const c = capture();
    expect(await runCli(['policies'], c.io)).toBe(0);
    const text = c.out();
    for (const expected of ['令和4年度（R4 / FY2022）', '令和6年度（R6 / FY2024）', '令和5年6月26日 健康・医療戦略推進本部決定', '①医薬品プロジェクト [pharma]', '令和6年度の重点: 産学官共同創薬研究プロジェクト（GAPFREE） [pharma-gapfree]', '    認知症等の脳神経疾患 [dementia-neuro]', '5(3) 今後のパンデミックに備えたワクチンの研究開発 [pandemic-vaccines]（基金等：総額に含めない）', '5(3) 疾患領域に関連した研究開発 [disease-area-research]\n']) {
      expect(text).toContain(expected);
    }
    const textRun = capture();
    await runCli(['policies', '--format', 'text'], textRun.io);
    expect(textRun.out()).toBe(text);
  });

  it.each([
    [['--frobnicate'], "'--frobnicate' というオプションはありません"],
    [['--frobnicate', '--lang', 'en'], "unknown option '--frobnicate'"],
    [['--format', 'xml'], "--format に 'xml' は指定できません（text か json）"],
    [['--format', 'xml', '--lang=en'], "unknown format 'xml'"],
    [['--format'], "'--format' には値が必要です"],
    [['R6'], "'R6' は指定できません"],
    [['R6', '--lang', 'en'], "unexpected argument 'R6'"],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const c = capture();
    expect(await runCli(['policies', ...args], c.io)).toBe(2);
    expect(c.err()).toContain(message);
    expect(c.out()).toBe('');
  });

  it('is listed in --help', async () => {
    const c = capture();
    await runCli(['--help'], c.io);
    expect(c.out()).toMatch(/^\s+policies\s+方針の年度（資源配分方針）と、その統合プロジェクト・重点領域の一覧/m);
    const en = capture();
    await runCli(['--help', '--lang', 'en'], en.io);
    expect(en.out()).toMatch(/^\s+policies\s+List the policy years/m);
  });
});
