import { PolicyPackSchema, type PolicyPack } from '../../src/domain/policy/schema';

/**
 * A small, valid policy pack for unit tests that must not depend on the real packs' data:
 * the 2nd-period six projects (default) or the 3rd-period eight, with a few terms each.
 * Citations here are placeholders; the real packs' citations are tested against the texts.
 */
const SECOND_PERIOD: [string, string, string, string[]][] = [
  ['pharma', '医薬品', '①', ['創薬', '医薬品', '新薬', 'モダリティ']],
  ['devices', '医療機器・ヘルスケア', '②', ['医療機器', 'ヘルスケア', 'デバイス']],
  ['regenerative', '再生・細胞医療・遺伝子治療', '③', ['再生医療', '細胞医療', '遺伝子治療', 'iPS']],
  ['genome-data', 'ゲノム・データ基盤', '④', ['ゲノム', 'データ基盤', 'バイオバンク', 'レジストリ']],
  ['disease-basic', '疾患基礎研究', '⑤', ['病態解明', '疾患メカニズム', '基礎研究', '脳科学']],
  ['seeds', 'シーズ開発・研究基盤', '⑥', ['シーズ', '橋渡し', '臨床研究中核病院']],
];

const THIRD_PERIOD: [string, string, string, string[]][] = [
  ['pharma', '医薬品', '①', ['創薬', '医薬品']],
  ['devices', '医療機器・ヘルスケア', '②', ['医療機器', 'ヘルスケア']],
  ['regenerative', '再生・細胞医療・遺伝子治療', '③', ['再生医療', '遺伝子治療']],
  ['infection', '感染症', '④', ['感染症', 'ワクチン']],
  ['data-lifecourse', 'データ利活用・ライフコース', '⑤', ['データ利活用', 'ライフコース']],
  ['seeds-basic', 'シーズ開発・基礎研究', '⑥', ['シーズ', '基礎研究']],
  ['translational', '橋渡し・臨床加速化', '⑦', ['橋渡し', '臨床']],
  ['ecosystem', 'イノベーション・エコシステム', '⑧', ['エコシステム', 'スタートアップ']],
];

function cite(section: string, text: string) {
  return { section, text };
}

export function syntheticPack(options: { projects?: 6 | 8; id?: string } = {}): PolicyPack {
  const rows = options.projects === 8 ? THIRD_PERIOD : SECOND_PERIOD;
  const id = options.id ?? (options.projects === 8 ? 'R8' : 'R6');
  const reiwa = Number(id.slice(1));
  return PolicyPackSchema.parse({
    schemaVersion: 1,
    id,
    fiscalYear: { western: 2018 + reiwa, reiwa, label: `令和${reiwa}年度` },
    title: `令和${reiwa}年度医療分野の研究開発関連予算等の資源配分方針（テスト用）`,
    decidedOn: `${2017 + reiwa}-06-26`,
    decidedOnJa: `令和${reiwa - 1}年6月26日`,
    decidedBy: '健康・医療戦略推進本部決定',
    sourceFile: 'synthetic.txt',
    planPeriod: options.projects === 8 ? '第3期' : '第2期',
    projects: rows.map(([pid, short, marker, terms], i) => ({
      id: pid,
      order: i + 1,
      name: `${short}プロジェクト`,
      shortName: short,
      marker,
      aliases: [short, `${short}PJ`, `PJ${marker}`, marker],
      description: `${short}に関する研究開発を行う。`,
      citation: cite(`5(1)${marker}`, `${short}に関する研究開発を行う。`),
      terms,
      focusItems: [
        {
          id: `${pid}-focus`,
          name: `${terms[0]}の重点`,
          kind: 'focus',
          section: `5(1)${marker}`,
          projectId: pid,
          citation: cite(`5(1)${marker}`, `${terms[0]}を推進する。`),
          terms: [terms[0]],
        },
      ],
    })),
    priorityAreas: [
      { id: 'dementia', name: '認知症等の脳神経疾患', kind: 'headline', section: '5', citation: cite('5', '認知症等の脳神経疾患'), terms: ['認知症', '脳神経'] },
      { id: 'moonshot', name: 'ムーンショット型の研究開発', kind: 'section', section: '5(2)', fundBased: true, citation: cite('5(2)', 'ムーンショット型の研究開発'), terms: ['ムーンショット'] },
      { id: 'inhouse', name: 'インハウス研究開発', kind: 'section', section: '5(4)', citation: cite('5(4)', 'インハウス研究開発'), terms: ['インハウス'] },
    ],
    vocabularies: {
      diseaseAreas: [
        ['cancer', 'がん', ['癌', '悪性腫瘍']],
        ['lifestyle', '生活習慣病', ['循環器病', '糖尿病']],
        ['psychiatric-neuro', '精神・神経疾患', ['精神疾患', '神経疾患']],
        ['geriatric-dementia', '老年医学・認知症', ['認知症', '老年医学']],
        ['intractable', '難病', ['希少疾患']],
        ['child-maternal', '成育', ['小児', '周産期']],
        ['infectious', '感染症', ['新興・再興感染症']],
        ['other', 'その他', []],
      ].map(([vid, name, aliases]) => ({ id: vid, name, aliases, terms: aliases })),
      purposes: ['予防', '診断', '治療', '予後・QOL'].map((name, i) => ({ id: ['prevention', 'diagnosis', 'treatment', 'prognosis-qol'][i], name, aliases: name === '予後・QOL' ? ['予後', 'QOL'] : [] })),
      categories: [
        { id: 'amed', name: 'AMED対象経費', aliases: ['AMED', 'AMED対象'] },
        { id: 'inhouse', name: 'インハウス研究機関経費', aliases: ['インハウス'] },
      ],
      ministries: [
        { id: 'mext', name: '文部科学省', shortName: '文', aliases: ['文科省'] },
        { id: 'mhlw', name: '厚生労働省', shortName: '厚', aliases: ['厚労省'] },
        { id: 'meti', name: '経済産業省', shortName: '経', aliases: ['経産省'] },
      ],
    },
    adjustmentFund: { name: '調整費', source: '科学技術イノベーション創造推進費', annualAmountOku: 175, terms: ['調整費'], citation: cite('3', '調整費は、予算配分を関係府省の枠にとらわれず') },
    diseaseAreaNote: cite('4', '疾患領域に関連した研究開発は、モダリティ等の統合プロジェクトの中で推進する'),
    priorityIntro: cite('5', '重点化すべき研究領域'),
    fundTerms: ['基金', '補正'],
  });
}
