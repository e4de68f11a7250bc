import type { ColumnRole } from '../../src/domain/model/table';
import { matchProjectHeader } from '../../src/domain/reading/project-header';
import { headerKey, matchRole } from '../../src/domain/reading/synonyms';
import { syntheticPack } from '../helpers/synthetic-pack';

const pack = syntheticPack();

describe('header synonyms → roles (after NFKC)', () => {
  test.each<[string, ColumnRole | null]>([
    ['事業番号', 'number'],
    ['番号', 'number'],
    ['No.', 'number'],
    ['Ｎｏ．', 'number'],
    ['№', 'number'],
    ['項番', 'number'],
    ['事業名', 'name'],
    ['研究事業名', 'name'],
    ['事業・施策名', 'name'],
    ['事 業 名', 'name'],
    ['施策名', 'name'],
    ['担当部局・課室', 'department'],
    ['担当課', 'department'],
    ['担当課室', 'department'],
    ['所管課', 'department'],
    ['府省', 'ministry'],
    ['省庁名', 'ministry'],
    ['府省庁', 'ministry'],
    ['区分', 'category'],
    ['経費区分', 'category'],
    ['AMED/インハウス', 'category'],
    ['ＡＭＥＤ／インハウス', 'category'],
    ['前年度予算額', 'previous'],
    ['前年度当初予算額', 'previous'],
    ['前年度予算額(a)', 'previous'],
    ['令和5年度予算額', 'previous'],
    ['令和５年度当初予算額', 'previous'],
    ['R5予算額', 'previous'],
    ['2023年度予算額', 'previous'],
    ['令和6年度予算額', null],
    ['要求額', 'request'],
    ['概算要求額', 'request'],
    ['令和6年度要求額', 'request'],
    ['令和６年度要求額（千円）', 'request'],
    ['要求', 'request'],
    ['うち要求', 'request'],
    ['要求額(b)', 'request'],
    ['要望額', 'priorityRequest'],
    ['要望', 'priorityRequest'],
    ['重要政策推進枠', 'priorityRequest'],
    ['うち重要政策推進枠要望額', 'priorityRequest'],
    ['計', 'total'],
    ['合計', 'total'],
    ['要求・要望額', 'total'],
    ['要求要望額計', 'total'],
    ['計(c)=(a)+(b)', 'total'],
    ['令和6年度要求・要望額', 'total'],
    ['統合プロジェクト', 'projectLabel'],
    ['プロジェクト', 'projectLabel'],
    ['PJ', 'projectLabel'],
    ['該当する統合プロジェクト', 'projectLabel'],
    ['疾患領域', 'diseaseArea'],
    ['主な疾患領域', 'diseaseArea'],
    ['開発目的', 'purpose'],
    ['重点領域', 'priorityArea'],
    ['重点化すべき研究領域', 'priorityArea'],
    ['事業概要', 'summary'],
    ['概要', 'summary'],
    ['新規/継続', 'status'],
    ['新規・継続', 'status'],
    ['区分（新規・継続）', 'status'],
    ['備考', 'remarks'],
    ['【備考】', 'remarks'],
    ['備考※1', 'remarks'],
    // data, not headers
    ['認知症研究開発事業', null],
    ['AMED', null],
    ['新規', null],
    ['大臣官房厚生科学課', null],
    ['増減', null],
    ['統合プロジェクト別内訳', null],
  ])('%s → %s', (text, role) => {
    expect(matchRole(headerKey(text), pack)).toBe(role);
  });
});

describe('project headers', () => {
  test.each<[string, string | null, boolean]>([
    ['①医薬品', 'pharma', false],
    ['医薬品', 'pharma', false],
    ['医薬品PJ', 'pharma', false],
    ['医薬品プロジェクト', 'pharma', false],
    ['PJ①', 'pharma', false],
    ['①医薬品プロジェクト', 'pharma', false],
    ['②医療機器・ヘルスケア', 'devices', false],
    ['ゲノムデータ基盤', 'genome-data', false],
    ['④ゲノム・データ基盤（千円）', 'genome-data', false],
    ['⑥シーズ開発・研究基盤', 'seeds', false],
    ['①', 'pharma', true],
    ['⑤', 'disease-basic', true],
    ['がん', null, false],
    ['計', null, false],
    ['統合プロジェクト', null, false],
  ])('%s → %s (bare marker: %s)', (text, projectId, bare) => {
    const match = matchProjectHeader(text, pack);
    expect(match).toEqual(projectId === null ? null : { projectId, bareMarker: bare });
  });

  test('projects come from the pack: the 3rd-period pack knows 感染症 and ⑦', () => {
    const eight = syntheticPack({ projects: 8 });
    expect(matchProjectHeader('④感染症', eight)).toEqual({ projectId: 'infection', bareMarker: false });
    expect(matchProjectHeader('PJ⑦', eight)).toEqual({ projectId: 'translational', bareMarker: false });
    expect(matchProjectHeader('④感染症', pack)).toBeNull();
  });
});
