import { damaged, READ_LIMITS } from './limits';
import { scanXml, type XmlHandler, type XmlTag } from './xml-scan';
import { entryChunks, hasEntry, type ZipArchive } from './zip';

/**
 * The parts of a workbook package around its sheets: where the workbook and its sheets are
 * (relationships), the sheets' names, the date system, number formats by style, and the
 * shared strings. Each is read with the bounded scanner.
 */

/** Bytes of UTF-8 that can hold READ_LIMITS.cellChars characters (one UTF-16 unit is at most 3 bytes). */
export const CELL_TEXT_BYTES = READ_LIMITS.cellChars * 3;

async function scanPart(zip: ZipArchive, name: string, handler: XmlHandler): Promise<void> {
  await scanXml(entryChunks(zip, name), handler, CELL_TEXT_BYTES);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, resolved against the folder of the part it belongs to. */
function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

interface Relationship {
  readonly id: string;
  /** The last segment of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument" … */
  readonly kind: string;
  readonly target: string;
}

async function relationships(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const rels = relsOf(part);
  if (!hasEntry(zip, rels)) return [];
  const found: Relationship[] = [];
  await scanPart(zip, rels, {
    open(tag) {
      if (tag.name !== 'Relationship' || tag.attr('TargetMode') === 'External') return;
      const id = tag.attr('Id');
      const type = tag.attr('Type') ?? '';
      const target = tag.attr('Target');
      if (id !== null && target !== null) found.push({ id, kind: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(part, target) });
    },
    close() {},
  });
  return found;
}

export interface WorkbookParts {
  /** Worksheets in the workbook's order (chart sheets and the like left out). */
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  /** Workbook-level defined names, lower-cased as Excel compares them, and what they refer to (the first MAX_DEFINED_NAMES; sheet-level names left out). */
  readonly definedNames: ReadonlyMap<string, string>;
}

/** Enough for any real workbook; a hostile one cannot grow the map without bound. */
const MAX_DEFINED_NAMES = 10_000;

const truthy = (value: string | null) => value === '1' || value === 'true';

export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const root = await relationships(zip, '');
  const workbookPart = root.find((r) => r.kind === 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (!hasEntry(zip, workbookPart)) throw damaged('no workbook part');
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  const definedNames = new Map<string, string>();
  let definedName: string | null = null;
  await scanPart(zip, workbookPart, {
    open(tag) {
      if (tag.name === 'definedName') {
        const name = tag.attr('name');
        definedName = name !== null && tag.attr('localSheetId') === null && definedNames.size < MAX_DEFINED_NAMES ? name : null;
        return definedName !== null;
      }
      if (tag.name === 'workbookPr') date1904 = truthy(tag.attr('date1904'));
      else if (tag.name === 'sheet') {
        const name = tag.attr('name');
        const rid = tag.attr('id');
        if (name !== null && rid !== null) declared.push({ name, rid });
      }
    },
    close(name, text, tooLong) {
      if (name === 'definedName' && definedName !== null && text !== null && !tooLong) definedNames.set(definedName.toLowerCase(), text);
      definedName = null;
    },
  });
  const rels = await relationships(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = declared.flatMap(({ name, rid }) => {
    const rel = byId.get(rid);
    return rel && rel.kind === 'worksheet' && hasEntry(zip, rel.target) ? [{ name, part: rel.target }] : [];
  });
  const partOf = (kind: string) => {
    const target = rels.find((r) => r.kind === kind)?.target;
    return target !== undefined && hasEntry(zip, target) ? target : null;
  };
  return { sheets, date1904, sharedStringsPart: partOf('sharedStrings'), stylesPart: partOf('styles'), definedNames };
}

/**
 * Excel's built-in number formats by id (ECMA-376 18.8.30), with the Japanese locale's codes
 * for the ids whose format depends on it: the workbooks we read are Japanese.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-411]ge.m.d',
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** Number format code of each cell style (xf) by index; null for General. */
export async function readCellFormats(zip: ZipArchive, part: string | null): Promise<readonly (string | null)[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await scanPart(zip, part, {
    open(tag: XmlTag) {
      switch (tag.name) {
        case 'numFmt': {
          const id = Number(tag.attr('numFmtId'));
          const code = tag.attr('formatCode');
          if (Number.isInteger(id) && code !== null) custom.set(id, code);
          break;
        }
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) xfs.push(Number(tag.attr('numFmtId') ?? 0));
          break;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs.map((id) => {
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
    return code === null || code === 'General' ? null : code;
  });
}

/** A shared string too long for a cell: refused when, and only if, a cell uses it. */
export interface TooLongText {
  readonly tooLong: true;
  /** Its length, or a lower bound when it was dropped while read. */
  readonly length: number;
}

export type SharedString = string | TooLongText;

export function isTooLong(value: unknown): value is TooLongText {
  return typeof value === 'object' && value !== null && (value as TooLongText).tooLong === true;
}

/**
 * The shared string table: each item's text runs joined (rich text keeps only its text);
 * phonetic readings (ふりがな, <rPh>) are not part of the text.
 */
export async function readSharedStrings(zip: ZipArchive, part: string | null): Promise<readonly SharedString[]> {
  if (part === null) return [];
  const strings: SharedString[] = [];
  let inItem = false;
  let phonetic = 0;
  let text = '';
  let dropped = 0;
  await scanPart(zip, part, {
    open(tag) {
      if (tag.name === 'si') {
        inItem = true;
        text = '';
        dropped = 0;
      } else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't') return inItem && phonetic === 0;
      return false;
    },
    close(name, value, tooLong) {
      if (name === 't' && inItem && phonetic === 0) {
        if (tooLong) dropped += READ_LIMITS.cellChars + 1;
        else if (dropped === 0 && text.length <= READ_LIMITS.cellChars) text += value ?? '';
        if (text.length > READ_LIMITS.cellChars) {
          dropped += text.length;
          text = '';
        }
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') {
        strings.push(dropped > 0 ? { tooLong: true, length: dropped } : text);
        inItem = false;
        text = '';
      }
    },
  });
  return strings;
}
