import type { PolicyPack } from '../policy/schema';
import { cover, RANGE_CONNECTORS, splitOnDots, splitSegments, type Piece, type Segment } from './declared-list';
import { core, packIndex, type LabelKey, type PackIndex } from './pack-index';
import { similarity } from './similarity';
import { maxOf } from '../arrays';

/**
 * Reading a declared 統合プロジェクト label: official names, short names, markers (「①④」,
 * 「PJ①」, 「①～④」) and the pack's aliases resolve; a near miss (「疾患基盤研究プロジェクト」,
 * 「ゲノムデータ基盤」) resolves with a warning; a 疾患領域 (「がんプロジェクト」) is recognised as
 * such; anything else is unknown, with the closest official names.
 */

/** Similarity (0…1) from which a label is read as a misspelt project name. */
export const NEAR_MISS_SIMILARITY = 0.6;
const CANDIDATES = 3;

export type LabelPart =
  | { readonly kind: 'project'; readonly text: string; readonly projectIds: readonly string[]; readonly via: 'label' | 'alias' }
  | { readonly kind: 'near-miss'; readonly text: string; readonly projectId: string; readonly similarity: number }
  | { readonly kind: 'disease-area'; readonly text: string; readonly diseaseAreaId: string }
  /** candidates: ids of the closest projects, closest first (messages show their official names). */
  | { readonly kind: 'unknown'; readonly text: string; readonly candidates: readonly string[] };

export interface LabelResolution {
  readonly parts: readonly LabelPart[];
  /** Every project the label names (near misses included), in the pack's order. */
  readonly projectIds: readonly string[];
}

export function resolveProjectLabel(label: string, pack: PolicyPack): LabelResolution {
  return resolveLabelWith(label, packIndex(pack));
}

export function resolveLabelWith(label: string, index: PackIndex): LabelResolution {
  const parts = splitSegments(label).flatMap((segment) => resolveSegment(segment, index));
  const named = new Set(parts.flatMap((p) => (p.kind === 'project' ? p.projectIds : p.kind === 'near-miss' ? [p.projectId] : [])));
  return { parts, projectIds: index.projects.filter((p) => named.has(p.id)).map((p) => p.id) };
}

function resolveSegment(segment: Segment, index: PackIndex): LabelPart[] {
  const whole = resolveWhole(segment, index);
  if (whole) return whole;
  const pieces = splitOnDots(segment);
  if (pieces.length > 1) {
    const resolved = pieces.map((piece) => resolveWhole(piece, index));
    if (resolved.some((r) => r !== null)) return resolved.flatMap((r, i) => r ?? [unknown(pieces[i], index)]);
  }
  return [unknown(segment, index)];
}

/** The segment as one reading, or null when nothing fits it as a whole. */
function resolveWhole(segment: Segment, index: PackIndex): LabelPart[] | null {
  const pieces = cover(segment, index.labels);
  if (pieces) return readPieces(pieces, index);
  const essential = core(segment.key);
  if (essential.length === 0) return [];
  const disease = index.diseaseAsProject.entries.get(essential) ?? index.diseaseAsProject.entries.get(segment.key);
  if (disease) return [{ kind: 'disease-area', text: segment.display, diseaseAreaId: disease }];
  const [best, second] = rankProjects(essential, index);
  if (best.similarity >= NEAR_MISS_SIMILARITY && best.similarity > (second?.similarity ?? 0)) {
    return [{ kind: 'near-miss', text: segment.display, projectId: best.projectId, similarity: best.similarity }];
  }
  return null;
}

/** Pieces to parts: ranges expanded, and a marker glued to another project's name read as that name. */
function readPieces(pieces: readonly Piece<LabelKey>[], index: PackIndex): LabelPart[] {
  const parts: LabelPart[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const next = pieces[i + 1];
    if (piece.value.isMarker && next && next.value.isMarker && RANGE_CONNECTORS.has(next.connector)) {
      parts.push({ kind: 'project', text: `${piece.display}${next.connector}${next.display}`, projectIds: range(piece.value.projectId, next.value.projectId, index), via: 'label' });
      i++;
    } else if (next && next.connector === '' && piece.value.isMarker !== next.value.isMarker) {
      // 「①医薬品」 names one project; 「①医療機器」 contradicts itself and the name is the likelier intent.
      const named = piece.value.isMarker ? next.value : piece.value;
      const marked = piece.value.isMarker ? piece.value : next.value;
      const text = `${piece.display}${next.display}`;
      parts.push(
        named.projectId === marked.projectId
          ? { kind: 'project', text, projectIds: [named.projectId], via: named.via }
          : { kind: 'near-miss', text, projectId: named.projectId, similarity: 0 },
      );
      i++;
    } else {
      parts.push({ kind: 'project', text: piece.display, projectIds: [piece.value.projectId], via: piece.value.via });
    }
  }
  return parts;
}

function range(fromId: string, toId: string, index: PackIndex): string[] {
  const ids = index.projects.map((p) => p.id);
  const a = ids.indexOf(fromId);
  const b = ids.indexOf(toId);
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** How close a label written as one component of a short name (「医療機器」, 「ゲノム」) is taken to be. */
const COMPONENT_SIMILARITY = 0.8;

/** Projects by closeness to `essential`, best first; ties keep the pack's order. */
function rankProjects(essential: string, index: PackIndex): { projectId: string; similarity: number }[] {
  const ranked = index.projectCores.map(({ projectId, cores, components }) => ({
    projectId,
    similarity: maxOf(cores.map((c) => similarity(essential, c)), components.includes(essential) ? COMPONENT_SIMILARITY : 0),
  }));
  return ranked.sort((x, y) => y.similarity - x.similarity);
}

function unknown(segment: Segment, index: PackIndex): LabelPart {
  const candidates = rankProjects(core(segment.key) || segment.key, index)
    .slice(0, CANDIDATES)
    .map((r) => r.projectId);
  return { kind: 'unknown', text: segment.display, candidates };
}
