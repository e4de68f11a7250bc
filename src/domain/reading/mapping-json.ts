// zod/mini: the same schemas as zod, tree-shakable, so the task pane (which reads a stored
// mapping as it opens) does not carry the whole of zod in its first download.
import * as z from 'zod/mini';
import { UNITS } from '../model/amount';
import { COLUMN_ROLES, type ColumnAssignment, type ColumnMapping } from '../model/table';

/**
 * A confirmed ColumnMapping as JSON, so the add-in can keep it in the workbook and the CLI
 * can take it from a file. Versioned: a later format can still read (or refuse) version 1.
 */
export const MAPPING_FORMAT_VERSION = 1;

/** The refinements' messages, told apart when a file fails them. */
const PROJECT_NEEDED = 'per-project columns need a projectId';
const HEADER_ORDER = 'headerTop must not be below headerBottom';

/** Excel's last column (XFD) and last row, 0-based. */
const LAST_COLUMN = 16_383;
const LAST_ROW = 1_048_575;

const AssignmentSchema = z
  .object({
    col: z.int().check(z.gte(0), z.lte(LAST_COLUMN)),
    role: z.enum(COLUMN_ROLES),
    projectId: z.optional(z.string().check(z.minLength(1))),
    header: z.string(),
    unit: z.optional(z.enum(UNITS)),
  })
  .check(z.refine((c) => (c.role !== 'projectAmount' && c.role !== 'projectPrevious') || c.projectId !== undefined, { message: PROJECT_NEEDED }));

const StoredMappingSchema = z
  .object({
    version: z.literal(MAPPING_FORMAT_VERSION),
    headerTop: z.int().check(z.gte(0), z.lte(LAST_ROW)),
    headerBottom: z.int().check(z.gte(0), z.lte(LAST_ROW)),
    columns: z.array(AssignmentSchema),
    unit: z.optional(z.enum(UNITS)),
  })
  .check(z.refine((m) => m.headerTop <= m.headerBottom, { message: HEADER_ORDER }));

export function serializeMapping(mapping: ColumnMapping): string {
  return JSON.stringify({ version: MAPPING_FORMAT_VERSION, ...mapping });
}

/** The mapping stored by serializeMapping, or null for anything else (bad JSON, other version, invalid fields). */
export function parseMapping(json: string): ColumnMapping | null {
  const read = readMapping(json);
  return 'mapping' in read ? read.mapping : null;
}

/**
 * What is wrong with a mapping file, as data (the CLI renders it in the user's language): the
 * field's path and the kind of fault, with the values allowed where there is a fixed list.
 */
export type MappingProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'version'; readonly expected: number }
  | { readonly kind: 'type'; readonly path: string; readonly expected: string }
  | { readonly kind: 'range'; readonly path: string }
  | { readonly kind: 'choice'; readonly path: string; readonly allowed: readonly string[] }
  | { readonly kind: 'project-needed'; readonly path: string }
  | { readonly kind: 'header-order' }
  | { readonly kind: 'invalid'; readonly path: string };

function problemOf(issue: z.core.$ZodIssue | undefined): MappingProblem {
  const path = issue?.path.length ? issue.path.join('.') : '';
  if (issue === undefined) return { kind: 'invalid', path };
  if (path === 'version') return { kind: 'version', expected: MAPPING_FORMAT_VERSION };
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', path, expected: String(issue.expected) };
    case 'too_small':
    case 'too_big':
      return { kind: 'range', path };
    case 'invalid_value':
      return { kind: 'choice', path, allowed: issue.values.map(String) };
    case 'custom':
      if (issue.message === HEADER_ORDER) return { kind: 'header-order' };
      if (issue.message === PROJECT_NEEDED) return { kind: 'project-needed', path };
      return { kind: 'invalid', path };
    default:
      return { kind: 'invalid', path };
  }
}

/** As parseMapping, saying what is wrong when it is not a mapping. */
export function readMapping(json: string): { readonly mapping: ColumnMapping } | { readonly problem: MappingProblem } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { problem: { kind: 'not-json' } };
  }
  const parsed = StoredMappingSchema.safeParse(data);
  if (!parsed.success) return { problem: problemOf(parsed.error.issues[0]) };
  const { headerTop, headerBottom, unit } = parsed.data;
  const columns: ColumnAssignment[] = parsed.data.columns.map((c) => ({
    col: c.col,
    role: c.role,
    ...(c.projectId !== undefined ? { projectId: c.projectId } : {}),
    header: c.header,
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
  }));
  return { mapping: { headerTop, headerBottom, columns, ...(unit !== undefined ? { unit } : {}) } };
}
