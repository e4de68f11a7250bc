import type { z } from 'zod';
import { assemblePack } from './assemble';
import { checkPackFile, type PackProblem, type ShapeIssue } from './pack-file-checks';
import { PackFileSchema, type PackFile } from './pack-file';
import type { PolicyPack } from './schema';

/**
 * A pack file's text, judged: the pack it gives, or every problem with the JSON path it is at.
 * The one validator behind `pack validate`, `--pack` and the pane's 「方針ファイルを読み込む」.
 */
export type PackFileResult =
  | { readonly ok: true; readonly file: PackFile; readonly pack: PolicyPack }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

function shapeIssue(issue: z.core.$ZodIssue): ShapeIssue {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: issue.expected };
    case 'too_small':
      return { kind: 'empty' };
    case 'too_big':
      return last === 'todo' ? { kind: 'todo-list' } : { kind: 'other', message: issue.message };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', keys: issue.keys };
    case 'invalid_value':
      return { kind: 'one-of', values: issue.values.map(String) };
    case 'invalid_format':
      return { kind: 'format', field: last === 'decidedOn' ? 'date' : issue.path.length === 1 && last === 'id' ? 'packId' : last === 'id' || last === 'projectId' ? 'id' : 'other' };
    default:
      return { kind: 'other', message: issue.message };
  }
}

export function validatePackFile(text: string): PackFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', path: '', detail: error instanceof Error ? error.message : String(error) }] };
  }
  const parsed = PackFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ code: 'shape', path: pathOf(issue.path), issue: shapeIssue(issue) })) };
  const problems = checkPackFile(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: parsed.data, pack: assemblePack(parsed.data) };
}
