import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';
import { formatAmount } from '../format';
import type { PaneLocale } from '../i18n';
import { maxOf } from '../../domain/arrays';

export interface SheetModelViewProps {
  readonly model: SheetModel;
  readonly label: string;
  readonly locale: PaneLocale;
}

const useStyles = makeStyles({
  scroll: {
    overflow: 'auto',
    maxHeight: '32rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Fixed layout keeps the sheet's column widths; the view scrolls sideways like a sheet does.
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  // As in Excel, text stays on one line unless the cell wraps, and runs on over empty neighbours.
  cell: { padding: `0 ${tokens.spacingHorizontalXS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', whiteSpace: 'nowrap' },
  wrap: { whiteSpace: 'normal' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
  start: { textAlign: 'start' },
  center: { textAlign: 'center' },
  end: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Excel's default column width, in characters. */
const EXCEL_DEFAULT_WIDTH = 8.43;

/** A cell's text as the written sheet shows it: amounts with △ when the number format asks for it. */
function displayValue(cell: ModelCell, model: SheetModel, locale: PaneLocale): string {
  const value = cell.value;
  if (value === null || value === undefined) return cell.formula ?? '';
  if (typeof value !== 'number') return String(value);
  const format = cell.style !== undefined ? model.styles[cell.style]?.numberFormat : undefined;
  if (format?.includes('%')) return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return formatAmount(value, format?.includes('△') ? 'ja' : locale);
}

/** The submission sheet as a table (the demo's stand-in for the written Excel sheet); merges become spans. */
export function SheetModelView(props: SheetModelViewProps): React.JSX.Element {
  const { model } = props;
  const styles = useStyles();
  const byPosition = new Map(model.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of model.merges) {
    spans.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rowCount = Math.max(maxOf(model.cells.map((c) => c.row + 1), 0), maxOf(model.merges.map((m) => m.bottom + 1), 0));
  const colCount = Math.max(maxOf(model.cells.map((c) => c.col + 1), model.columnWidths.length), maxOf(model.merges.map((m) => m.right + 1), 0));
  const widths = Array.from({ length: colCount }, (_, c) => model.columnWidths[c] ?? EXCEL_DEFAULT_WIDTH);

  return (
    <div className={styles.scroll} role="region" aria-label={props.label} tabIndex={0}>
      <table className={styles.table} style={{ width: `${widths.reduce((a, b) => a + b, 0)}ch` }}>
        <colgroup>
          {widths.map((w, c) => (
            <col key={c} style={{ width: `${w}ch` }} />
          ))}
        </colgroup>
        <tbody>
          {Array.from({ length: rowCount }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: colCount }, (_, c) => {
                const key = `${r}:${c}`;
                if (covered.has(key)) return null;
                const cell = byPosition.get(key);
                const style = cell?.style !== undefined ? model.styles[cell.style] : undefined;
                const align = style?.horizontal ?? (typeof cell?.value === 'number' ? 'right' : 'left');
                return (
                  <td
                    key={c}
                    {...spans.get(key)}
                    data-formula={cell?.formula}
                    className={mergeClasses(
                      styles.cell,
                      style?.bold && styles.bold,
                      style?.italic && styles.italic,
                      style?.wrap && styles.wrap,
                      align === 'left' ? styles.start : align === 'center' ? styles.center : styles.end,
                    )}
                  >
                    {cell ? displayValue(cell, model, props.locale) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
