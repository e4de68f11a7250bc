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
  .check(z.refine((c) => (c.role !== 'projectAmount' && c.role !== 'projectPrevious') || c.projectId !== undefined, { message: 'per-project columns need a projectId' }));

const StoredMappingSchema = z
  .object({
    version: z.literal(MAPPING_FORMAT_VERSION),
    headerTop: z.int().check(z.gte(0), z.lte(LAST_ROW)),
    headerBottom: z.int().check(z.gte(0), z.lte(LAST_ROW)),
    columns: z.array(AssignmentSchema),
    unit: z.optional(z.enum(UNITS)),
  })
  .check(z.refine((m) => m.headerTop <= m.headerBottom, { message: 'headerTop must not be below headerBottom' }));

export function serializeMapping(mapping: ColumnMapping): string {
  return JSON.stringify({ version: MAPPING_FORMAT_VERSION, ...mapping });
}

/** The mapping stored by serializeMapping, or null for anything else (bad JSON, other version, invalid fields). */
export function parseMapping(json: string): ColumnMapping | null {
  const read = readMapping(json);
  return 'mapping' in read ? read.mapping : null;
}

/** As parseMapping, saying what is wrong (in English, with the field's path) when it is not a mapping. */
export function readMapping(json: string): { readonly mapping: ColumnMapping } | { readonly problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = StoredMappingSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(top level)';
    return { problem: `${path}: ${issue?.message ?? 'invalid'}` };
  }
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
