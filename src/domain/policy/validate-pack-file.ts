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

/**
 * `allowTodo`: judge a draft as far as it goes (for `pack diff`): its TODOs are not problems.
 */
export function validatePackFile(text: string, options: { allowTodo?: boolean } = {}): PackFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', path: '', detail: error instanceof Error ? error.message : String(error) }] };
  }
  const parsed = PackFileSchema.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const isTodoList = (i: z.core.$ZodIssue) => i.code === 'too_big' && pathOf(i.path) === 'todo';
  const toProblem = (issue: z.core.$ZodIssue): PackProblem => ({ code: 'shape', path: pathOf(issue.path), issue: shapeIssue(issue) });
  // A wrong shape stops here; an unresolved todo list alone does not: its TODOs are listed with the rest.
  if (issues.some((i) => !isTodoList(i))) return { ok: false, problems: issues.filter((i) => !isTodoList(i)).map(toProblem) };
  const data = raw as PackFile;
  const problems = [
    ...(options.allowTodo === true ? [] : issues.map(toProblem)),
    ...checkPackFile(data).filter((p) => !(options.allowTodo === true && p.code === 'todo')),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: data, pack: assemblePack(data) };
}
