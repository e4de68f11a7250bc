import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { PackFileSchema } from '../../src/domain/policy/pack-file';
import { checkPackFile } from '../../src/domain/policy/pack-file-checks';
import { headingOf } from '../../src/domain/policy/text/parse-policy-text';
import { allPriorityAreas } from '../../src/domain/policy/priority-areas';
import { matchKey } from '../../src/domain/text/normalize';
import { PACKS_DIR, SOURCES_DIR, quotedPassages, sourceText, withoutWhitespace } from './pack-texts';

const packs = loadPacks();
const byId = (id: string): PolicyPack => {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw new Error(`no pack ${id}`);
  return pack;
};
const R4 = byId('R4');
const R6 = byId('R6');

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe.each(packs.map((p) => [p.id, p] as const))('policy pack %s', (_id, pack) => {
  const text = sourceText(pack);

  it('is a valid pack file as stored: schema and checks (citations in their sections, ids unique, no TODO)', () => {
    const raw: unknown = JSON.parse(readFileSync(join(PACKS_DIR, `${pack.id}.json`), 'utf8'));
    const result = PackFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    // The registry assembles the JSON as it is, unparsed: parsing must add or change nothing.
    expect(result.success && result.data).toStrictEqual(raw);
    expect(result.success ? checkPackFile(result.data) : null).toEqual([]);
  });

  it('carries every numbered section of its text, heading and words, and cites any of them', () => {
    const raw = readFileSync(join(SOURCES_DIR, pack.sourceFile), 'utf8');
    const headings = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^([0-9０-９]+[.．]|[(（][0-9０-９]+[)）][^の]|[①-⑥])/.test(l) && !/[、。]/.test(l));
    expect(pack.sections.map((s) => s.heading)).toEqual(headings.map((h) => h.replace(/^([0-9０-９]+[.．]|[(（][0-9０-９]+[)）]|[①-⑥])\s*/, '')));
    expect(pack.sections.map((s) => s.number)).toEqual(expect.arrayContaining(['1', '2', '2(1)', '3', '4', '5', '5(1)①', '5(2)', '6']));
    // Every word below the title is in one section's heading or text: nothing dropped between headings.
    const lines = raw.split(/\r?\n/);
    const first = lines.findIndex((l) => headingOf(l)?.level === 1);
    const body = lines.slice(first).filter((l) => headingOf(l) === null || (headingOf(l)?.level === 3 && !l.trim().endsWith('プロジェクト')));
    expect(withoutWhitespace(pack.sections.map((s) => s.text).join(''))).toBe(withoutWhitespace(body.join('')).replace(/-(?=・)/g, ''));
  });

  it('has unique ids: projects, every priority area, each vocabulary', () => {
    expect(duplicates(pack.projects.map((p) => p.id))).toEqual([]);
    expect(duplicates(allPriorityAreas(pack).map((a) => a.id))).toEqual([]);
    for (const entries of Object.values(pack.vocabularies)) expect(duplicates(entries.map((e) => e.id))).toEqual([]);
  });

  it('lists projects in official order 1..n', () => {
    expect(pack.projects.map((p) => p.order)).toEqual(pack.projects.map((_p, i) => i + 1));
  });

  it('quotes every citation and description verbatim from its source text', () => {
    const missing = quotedPassages(pack)
      .filter(({ citation }) => !text.includes(withoutWhitespace(citation.text)))
      .map(({ where, citation }) => ({ where, text: citation.text }));
    expect(missing).toEqual([]);
  });

  it('names the policy, its date and body as printed', () => {
    expect(text).toContain(withoutWhitespace(pack.title));
    expect(text).toContain(withoutWhitespace(pack.decidedOnJa));
    expect(text).toContain(withoutWhitespace(pack.decidedBy));
    expect(pack.title.normalize('NFKC')).toContain(pack.fiscalYear.label);
    expect(pack.fiscalYear.western).toBe(2018 + pack.fiscalYear.reiwa);
  });

  it('uses the official project names with their markers', () => {
    const absent = pack.projects.map((p) => `${p.marker}${p.name}`).filter((heading) => !text.includes(heading));
    expect(absent).toEqual([]);
    for (const p of pack.projects) expect(p.name).toBe(`${p.shortName}プロジェクト`);
  });

  it('names headline and section areas as the policy does, each within its own citation', () => {
    const areas = pack.priorityAreas.map((a) => ({ id: a.id, inText: text.includes(withoutWhitespace(a.name)), inCitation: withoutWhitespace(a.citation.text).includes(withoutWhitespace(a.name)) || a.kind === 'section' }));
    expect(areas.filter((a) => !a.inText || !a.inCitation)).toEqual([]);
  });

  it('keeps headline areas in section 5 and sections as 5(n); focus items only under projects', () => {
    for (const area of pack.priorityAreas) {
      expect(area.kind).not.toBe('focus');
      expect(area.section).toEqual(area.kind === 'headline' ? '5' : expect.stringMatching(/^5\([2-9]\)$/));
      expect(area.citation.section).toBe(area.section);
    }
    for (const project of pack.projects) {
      expect(project.citation.section).toBe(`5(1)${project.marker}`);
      for (const item of project.focusItems) {
        expect(item).toMatchObject({ kind: 'focus', projectId: project.id, section: `5(1)${project.marker}`, fundBased: false });
        expect(item.citation.section).toBe(item.section);
      }
    }
  });

  it("places each project's citation, description and focus items inside that project's part of 5(1), focus items after 「令和X年度においては」", () => {
    const moonshot = pack.priorityAreas.find((a) => a.section === '5(2)');
    if (!moonshot) throw new Error('no 5(2)');
    const starts = pack.projects.map((p) => text.indexOf(`${p.marker}${p.name}`));
    const end = text.indexOf(withoutWhitespace(moonshot.name), starts[starts.length - 1]);
    const misplaced: string[] = [];
    pack.projects.forEach((project, i) => {
      const region = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : end);
      const yearStart = region.normalize('NFKC').indexOf(`令和${pack.fiscalYear.reiwa}年度においては`);
      const at = (passage: string) => region.indexOf(withoutWhitespace(passage));
      if (yearStart < 0) misplaced.push(`${project.id}: no 令和${pack.fiscalYear.reiwa}年度においては`);
      if (at(project.description) < 0 || at(project.description) > yearStart) misplaced.push(`${project.id}.description`);
      if (at(project.citation.text) !== at(project.description)) misplaced.push(`${project.id}.citation is not the description's first sentence`);
      for (const item of project.focusItems) if (at(item.citation.text) < yearStart) misplaced.push(item.id);
    });
    expect(misplaced).toEqual([]);
    expect(pack.projects.every((p) => p.focusItems.length > 0)).toBe(true);
  });

  it("cites the year's 「令和X年度においては」 sentence as each project's first focus item", () => {
    for (const project of pack.projects) {
      expect(withoutWhitespace(project.focusItems[0].citation.text).normalize('NFKC')).toMatch(new RegExp(`^令和${pack.fiscalYear.reiwa}年度においては`));
    }
  });

  it('gives every project a generous list of terms, none shared with another project', () => {
    for (const project of pack.projects) expect(project.terms.length).toBeGreaterThanOrEqual(20);
    const owners = new Map<string, string[]>();
    for (const p of pack.projects) for (const t of p.terms) owners.set(matchKey(t), [...(owners.get(matchKey(t)) ?? []), p.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('keeps project aliases unambiguous and near-misses out of them', () => {
    const aliasKeys = pack.projects.flatMap((p) => p.aliases.map(matchKey));
    expect(duplicates(aliasKeys)).toEqual([]);
    for (const nearMiss of ['ゲノムデータ基盤', '疾患基盤研究プロジェクト', '疾患基盤研究']) expect(aliasKeys).not.toContain(matchKey(nearMiss));
    for (const p of pack.projects) {
      expect(p.aliases).toEqual(expect.arrayContaining([p.shortName, `${p.shortName}PJ`, `PJ${p.marker}`, p.marker]));
    }
  });

  it('keeps disease areas apart from project aliases (a disease area written as a project is a finding, not a match)', () => {
    const projectKeys = new Set(pack.projects.flatMap((p) => [p.name, ...p.aliases]).map(matchKey));
    const clashes = pack.vocabularies.diseaseAreas.flatMap((d) => [d.name, ...d.aliases]).filter((s) => projectKeys.has(matchKey(s)));
    expect(clashes).toEqual([]);
  });

  it('has the closed vocabularies in official order, with unambiguous aliases', () => {
    const v = pack.vocabularies;
    expect(v.diseaseAreas.map((d) => d.name)).toEqual(['がん', '生活習慣病', '精神・神経疾患', '老年医学・認知症', '難病', '成育', '感染症', 'その他']);
    expect(v.purposes.map((d) => d.name)).toEqual(['予防', '診断', '治療', '予後・QOL']);
    expect(v.categories.map((c) => [c.id, c.name])).toEqual([['amed', 'AMED対象経費'], ['inhouse', 'インハウス研究機関経費']]);
    expect(v.ministries.map((m) => [m.id, m.name, m.shortName])).toEqual([
      ['mext', '文部科学省', '文'],
      ['mhlw', '厚生労働省', '厚'],
      ['meti', '経済産業省', '経'],
      ['mic', '総務省', '総'],
      ['cao', '内閣府', '内'],
    ]);
    for (const entries of Object.values(v)) expect(duplicates(entries.flatMap((e) => [e.name, ...e.aliases]).map(matchKey))).toEqual([]);
    for (const purpose of v.purposes) expect(withoutWhitespace(purpose.citation?.text ?? '')).toContain('予防／診断／治療／予後・QOL');
  });

  it('cites no 疾患領域 to the policy: the list is the 推進計画\'s, and says so', () => {
    for (const d of pack.vocabularies.diseaseAreas) expect(d.citation).toBeUndefined();
    expect(pack.diseaseAreaSource).toBe('医療分野研究開発推進計画（第2期）');
  });

  it('describes 調整費 (section 3, its whole text) and the fund markers, with no amount the text does not state', () => {
    expect(pack.adjustmentFund).toEqual({ name: '調整費', terms: expect.arrayContaining(['調整費']), citation: { section: '3', text: pack.sections.find((s) => s.number === '3')?.text } });
    expect(pack.adjustmentFund.citation.text.startsWith('調整費は、')).toBe(true);
    expect(pack.adjustmentFund.terms).toContain('調整費');
    expect(pack.fundTerms).toEqual(expect.arrayContaining(['基金', '補正']));
    expect(pack.diseaseAreaNote).toEqual({ section: '4', text: expect.stringMatching(/^疾患領域に関連した研究開発は、モダリティ等の統合プロジェクトの中で推進する/) });
    expect(pack.priorityIntro.section).toBe('5');
    expect(withoutWhitespace(pack.priorityIntro.text).normalize('NFKC')).toContain(`令和${pack.fiscalYear.reiwa}年度に重点化すべき研究領域については、以下のとおり。`);
  });
});

describe('the two second-period packs', () => {
  it('share the six integrated projects, ids and names', () => {
    const projects = (p: PolicyPack) => p.projects.map(({ id, order, marker, name, shortName }) => ({ id, order, marker, name, shortName }));
    expect(projects(R6)).toEqual(projects(R4));
    expect(R6.projects.map((p) => p.marker + p.name)).toEqual([
      '①医薬品プロジェクト',
      '②医療機器・ヘルスケアプロジェクト',
      '③再生・細胞医療・遺伝子治療プロジェクト',
      '④ゲノム・データ基盤プロジェクト',
      '⑤疾患基礎研究プロジェクト',
      '⑥シーズ開発・研究基盤プロジェクト',
    ]);
    expect(R6.projects.map((p) => p.id)).toEqual(['pharma', 'devices', 'regenerative', 'genome-data', 'disease-basic', 'seeds']);
    expect([R4.planPeriod, R6.planPeriod]).toEqual(['第2期', '第2期']);
  });

  it('carry each year and decision date', () => {
    expect([R4.fiscalYear, R4.decidedOn]).toEqual([{ western: 2022, reiwa: 4, label: '令和4年度' }, '2021-06-22']);
    expect([R6.fiscalYear, R6.decidedOn]).toEqual([{ western: 2024, reiwa: 6, label: '令和6年度' }, '2023-06-26']);
    expect(R4.decidedOnJa.normalize('NFKC')).toBe('令和3年6月22日');
    expect(R6.decidedOnJa).toBe('令和5年6月26日');
  });

  it('differ in their headline areas', () => {
    const headlines = (p: PolicyPack) => p.priorityAreas.filter((a) => a.kind === 'headline').map((a) => a.name);
    expect(headlines(R6)).toEqual(['認知症等の脳神経疾患', 'ゲノム創薬をはじめとする次世代創薬', '再生・細胞医療・遺伝子治療']);
    expect(headlines(R4)).toEqual(['新型コロナウイルス感染症', 'ワクチン開発・生産体制強化戦略']);
  });

  it('differ in section 5(3): R6 SCARDA vaccines (fund-based), R4 疾患領域に関連した研究開発', () => {
    const sections = (p: PolicyPack) => p.priorityAreas.filter((a) => a.kind === 'section').map((a) => [a.section, a.name, a.fundBased]);
    expect(sections(R6)).toEqual([
      ['5(2)', 'ムーンショット型の研究開発等（基金等を活用した産学連携等への支援）', true],
      ['5(3)', '今後のパンデミックに備えたワクチンの研究開発', true],
      ['5(4)', 'インハウス研究開発', false],
    ]);
    expect(sections(R4)).toEqual([
      ['5(2)', 'ムーンショット型の研究開発', true],
      ['5(3)', '疾患領域に関連した研究開発', false],
      ['5(4)', 'インハウス研究開発', false],
    ]);
    const scarda = R6.priorityAreas.find((a) => a.section === '5(3)');
    expect(scarda?.terms).toEqual(expect.arrayContaining(['SCARDA']));
    expect(withoutWhitespace(scarda?.citation.text ?? '')).toContain('先進的研究開発戦略センター（SCARDA）');
    // A section area cites its whole section: R6 §5(2)'s second paragraph, R4 §5(3) beyond its first sentence.
    expect(withoutWhitespace(R6.priorityAreas.find((a) => a.section === '5(2)')?.citation.text ?? '')).toContain('政府出資を活用して');
    expect(withoutWhitespace(R4.priorityAreas.find((a) => a.section === '5(3)')?.citation.text ?? '')).toContain('特に難病について');
  });

  it("R4's 新型コロナ headline does not take every 治療薬 row, and R4 uses no word of R6's programmes", () => {
    expect(R4.priorityAreas.find((a) => a.id === 'covid-19')?.terms).not.toContain('治療薬');
    const r4words = [...allPriorityAreas(R4).flatMap((a) => a.terms), ...R4.projects.flatMap((p) => [...p.terms, ...p.aliases])].map(matchKey);
    for (const word of ['SCARDA', 'GAPFREE', 'mRNA', 'CAR-T']) expect(r4words.filter((w) => w.includes(matchKey(word)))).toEqual([]);
  });

  it("quote each year's own focus items: none of one year's appears in the other year's text", () => {
    const foreign = (own: PolicyPack, other: PolicyPack) =>
      allPriorityAreas(own)
        .filter((a) => a.kind === 'focus')
        .filter((a) => sourceText(other).includes(withoutWhitespace(a.citation.text)))
        .map((a) => a.id);
    expect(foreign(R4, R6)).toEqual([]);
    expect(foreign(R6, R4)).toEqual([]);
  });

  it('include the focus items the R6 policy names for ① (by label or by the sentence one item cites)', () => {
    const names = R6.projects[0].focusItems.map((f) => `${f.name}：${withoutWhitespace(f.citation.text)}`).join(' / ');
    for (const expected of ['GAPFREE', '創薬モダリティ', '高機能バイオ医薬品', 'がんの医薬品開発', '創薬AI', '富岳', '核酸医薬品', 'mRNA', '先端研究基盤', '共用設備', '小児や希少疾患', '新興・再興感染症']) {
      expect(names).toContain(expected);
    }
  });
});

describe('疾患領域 vocabulary terms a budget officer would recognise in real AMED 事業名', () => {
  const score = (terms: readonly string[], name: string) => terms.filter((t) => matchKey(name).includes(matchKey(t))).length;

  it.each([
    ['難治性疾患実用化研究事業', 'intractable'],
    ['肝炎等克服実用化研究事業', 'infectious'],
    ['革新的がん医療実用化研究事業', 'cancer'],
    ['認知症研究開発事業', 'geriatric-dementia'],
    ['循環器疾患・糖尿病等生活習慣病対策実用化研究事業', 'lifestyle'],
    ['成育疾患克服等総合研究事業', 'child-maternal'],
    ['障害者対策総合研究開発事業', 'other'],
    ['免疫アレルギー疾患実用化研究事業', 'other'],
  ])('%s suggests the 疾患領域 %s', (name, expected) => {
    const hits = R6.vocabularies.diseaseAreas.filter((d) => score(d.terms, name) > 0).map((d) => d.id);
    expect(hits).toEqual([expected]);
  });
});
