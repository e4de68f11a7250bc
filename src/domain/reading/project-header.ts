import type { PolicyPack } from '../policy/schema';
import { headerKey } from './synonyms';
import { oncePer } from '../once-per';

/**
 * Recognises a header that names one of the pack's projects: 「①医薬品」「医薬品PJ」「PJ①」
 * 「医薬品プロジェクト」「ゲノムデータ基盤」. A bare marker (「①」) is reported as such: it
 * only means a project under a 統合プロジェクト parent, since sheets also number columns ①②③.
 */
export interface ProjectHeaderMatch {
  readonly projectId: string;
  readonly bareMarker: boolean;
}

const PROJECT_WORD = /^(統合)?(プロジェクト|pj)|(プロジェクト|pj)$/g;

/** Header key without separators (「ゲノム・データ基盤」 = 「ゲノムデータ基盤」) and without PJ words. */
function core(text: string): string {
  return headerKey(text).replace(/[・･·.\-_:：、,]/g, '').replace(PROJECT_WORD, '');
}

interface ProjectKeys {
  readonly projectId: string;
  readonly marker: string;
  readonly names: readonly string[];
}

/** The pack's project names in header-key form, worked out once per pack: every header cell is compared with all of them. */
const projectKeys = oncePer((pack: PolicyPack): readonly ProjectKeys[] =>
  pack.projects.map((project) => {
    const marker = core(project.marker);
    const names = [project.name, project.shortName, ...project.aliases].map(core).filter((n) => n !== '' && n !== marker);
    return { projectId: project.id, marker, names };
  }),
);

export function matchProjectHeader(text: string, pack: PolicyPack): ProjectHeaderMatch | null {
  const key = headerKey(text).replace(/[・･·.\-_:：、,]/g, '');
  const k = key.replace(PROJECT_WORD, '');
  if (k === '') return null;
  const hadProjectWord = k !== key;
  for (const { projectId, marker, names } of projectKeys(pack)) {
    if (k === marker) return { projectId, bareMarker: !hadProjectWord };
    if (names.some((n) => k === n || k === marker + n || k === n + marker)) return { projectId, bareMarker: false };
  }
  return null;
}
