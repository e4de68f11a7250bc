import { z } from 'zod';
import { UNITS } from '../model/amount';
import { COLUMN_ROLES, type ColumnAssignment, type ColumnMapping } from '../model/table';

/**
 * A confirmed ColumnMapping as JSON, so the add-in can keep it in the workbook and the CLI
 * can take it from a file. Versioned: a later format can still read (or refuse) version 1.
 */
export const MAPPING_FORMAT_VERSION = 1;

const AssignmentSchema = z
  .object({
    col: z.number().int().min(0).max(16_383),
    role: z.enum(COLUMN_ROLES),
    projectId: z.string().min(1).optional(),
    header: z.string(),
    unit: z.enum(UNITS).optional(),
  })
  .refine((c) => c.role !== 'projectAmount' || c.projectId !== undefined, { message: 'projectAmount columns need a projectId' });

const StoredMappingSchema = z
  .object({
    version: z.literal(MAPPING_FORMAT_VERSION),
    headerTop: z.number().int().min(0).max(1_048_575),
    headerBottom: z.number().int().min(0).max(1_048_575),
    columns: z.array(AssignmentSchema),
    unit: z.enum(UNITS).optional(),
  })
  .refine((m) => m.headerTop <= m.headerBottom, { message: 'headerTop must not be below headerBottom' });

export function serializeMapping(mapping: ColumnMapping): string {
  return JSON.stringify({ version: MAPPING_FORMAT_VERSION, ...mapping });
}

/** The mapping stored by serializeMapping, or null for anything else (bad JSON, other version, invalid fields). */
export function parseMapping(json: string): ColumnMapping | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = StoredMappingSchema.safeParse(data);
  if (!parsed.success) return null;
  const { headerTop, headerBottom, unit } = parsed.data;
  const columns: ColumnAssignment[] = parsed.data.columns.map((c) => ({
    col: c.col,
    role: c.role,
    ...(c.projectId !== undefined ? { projectId: c.projectId } : {}),
    header: c.header,
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
  }));
  return { headerTop, headerBottom, columns, ...(unit !== undefined ? { unit } : {}) };
}
