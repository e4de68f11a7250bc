import { resolveProjectLabel, type LabelPart } from '../../src/domain/classification';
import { getPack } from '../../src/domain/policy/registry';
import { syntheticPack } from '../helpers/synthetic-pack';

const pack = syntheticPack();

/** A compact view of a resolution: project ids, then every non-project part as kind:text→target. */
function summary(label: string): { projects: readonly string[]; notes: string[] } {
  const resolution = resolveProjectLabel(label, pack);
  const note = (p: LabelPart): string | null => {
    if (p.kind === 'project') return null;
    if (p.kind === 'near-miss') return `near-miss:${p.text}→${p.projectId}`;
    if (p.kind === 'disease-area') return `disease:${p.text}→${p.diseaseAreaId}`;
    return `unknown:${p.text}`;
  };
  return { projects: resolution.projectIds, notes: resolution.parts.map(note).filter((n): n is string => n !== null) };
}

describe('resolveProjectLabel', () => {
  it.each([
    // official names, short names, markers and the pack's aliases
    ['医薬品プロジェクト', ['pharma']],
    ['医薬品', ['pharma']],
    ['医薬品PJ', ['pharma']],
    ['ＰＪ②', ['devices']],
    ['PJ①', ['pharma']],
    ['①', ['pharma']],
    ['❹', ['genome-data']],
    ['①医薬品', ['pharma']],
    ['医薬品（①）', ['pharma']],
    [' 医薬品 ', ['pharma']],
    // 「・」 inside official names is not a separator
    ['医療機器・ヘルスケア', ['devices']],
    ['再生・細胞医療・遺伝子治療プロジェクト', ['regenerative']],
    ['医療機器 ・ ヘルスケア', ['devices']],
    // several projects
    ['①④', ['pharma', 'genome-data']],
    ['④①', ['pharma', 'genome-data']],
    ['①～④', ['pharma', 'devices', 'regenerative', 'genome-data']],
    ['②〜③', ['devices', 'regenerative']],
    ['医薬品、ゲノム・データ基盤', ['pharma', 'genome-data']],
    ['医薬品・ゲノム・データ基盤', ['pharma', 'genome-data']],
    ['医薬品PJ／再生・細胞医療・遺伝子治療', ['pharma', 'regenerative']],
    ['医薬品\n疾患基礎研究', ['pharma', 'disease-basic']],
    ['①,⑤;⑥', ['pharma', 'disease-basic', 'seeds']],
  ])('%j names %j', (label, projects) => {
    expect(summary(label)).toEqual({ projects, notes: [] });
  });

  it.each([
    ['疾患基盤研究プロジェクト', 'disease-basic'],
    ['ゲノムデータ基盤', 'genome-data'],
    ['シーズ開発研究基盤PJ', 'seeds'],
    ['医療機器', 'devices'],
    ['医薬', 'pharma'],
    // a marker contradicting the name: the name is taken, with a warning
    ['①医療機器・ヘルスケア', 'devices'],
  ])('reads the near miss %j as %s, with a warning', (label, projectId) => {
    const { projects, notes } = summary(label);
    expect(projects).toEqual([projectId]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(new RegExp(`^near-miss:.*→${projectId}$`));
  });

  it.each([
    ['がん', ['disease:がん→cancer']],
    ['がんプロジェクト', ['disease:がんプロジェクト→cancer']],
    ['難病PJ', ['disease:難病PJ→intractable']],
    ['がん・難病', ['disease:がん→cancer', 'disease:難病→intractable']],
  ])('recognises the 疾患領域 %j (not a project)', (label, notes) => {
    expect(summary(label)).toEqual({ projects: [], notes });
  });

  it('keeps the projects of a label and reports the rest', () => {
    expect(summary('医薬品、がん、ほげほげ')).toEqual({ projects: ['pharma'], notes: ['disease:がん→cancer', 'unknown:ほげほげ'] });
  });

  it.each(['ほげほげ', 'その他', '新薬', 'PJ⑨'])('reports %j as unknown with the three closest projects', (label) => {
    const [part] = resolveProjectLabel(label, pack).parts;
    expect(part.kind).toBe('unknown');
    const candidates = part.kind === 'unknown' ? part.candidates : [];
    expect(candidates).toHaveLength(3);
    expect(new Set(candidates).size).toBe(3);
    for (const c of candidates) expect(pack.projects.map((p) => p.id)).toContain(c);
  });

  it('ranks the closest project first among the candidates', () => {
    expect(resolveProjectLabel('遺伝子医療', pack).parts).toEqual([{ kind: 'unknown', text: '遺伝子医療', candidates: ['regenerative', expect.any(String), expect.any(String)] }]);
    expect(resolveProjectLabel('シーズ研究', pack).parts[0]).toMatchObject({ kind: 'unknown', candidates: ['seeds', expect.any(String), expect.any(String)] });
  });

  it.each(['', '-', '―', 'なし', '該当なし', '  '])('reads %j as no label at all', (label) => {
    expect(resolveProjectLabel(label, pack)).toEqual({ parts: [], projectIds: [] });
  });

  it('follows the pack: in the 3rd period 感染症 is a project, not a 疾患領域', () => {
    const eight = syntheticPack({ projects: 8 });
    expect(resolveProjectLabel('感染症', eight).projectIds).toEqual(['infection']);
    expect(resolveProjectLabel('⑧', eight).projectIds).toEqual(['ecosystem']);
    expect(resolveProjectLabel('感染症', pack).parts).toEqual([{ kind: 'disease-area', text: '感染症', diseaseAreaId: 'infectious' }]);
  });
});

describe('resolveProjectLabel with the real 令和6年度 pack', () => {
  const r6 = getPack('R6');
  if (!r6) throw new Error('the R6 pack is missing');

  it.each([
    ['医薬品', ['pharma'], []],
    ['医薬品PJ', ['pharma'], []],
    ['PJ①', ['pharma'], []],
    ['①', ['pharma'], []],
    ['医療機器', ['devices'], []],
    ['再生医療', ['regenerative'], []],
    ['④⑤', ['genome-data', 'disease-basic'], []],
    ['ゲノムデータ基盤', ['genome-data'], ['near-miss']],
    ['疾患基盤研究プロジェクト', ['disease-basic'], ['near-miss']],
    ['シーズ開発研究基盤PJ', ['seeds'], ['near-miss']],
    ['がんプロジェクト', [], ['disease-area']],
    ['感染症', [], ['disease-area']],
  ])('%j → %j %j', (label, projects, notes) => {
    const resolution = resolveProjectLabel(label, r6);
    expect(resolution.projectIds).toEqual(projects);
    expect(resolution.parts.filter((p) => p.kind !== 'project').map((p) => p.kind)).toEqual(notes);
  });
});
