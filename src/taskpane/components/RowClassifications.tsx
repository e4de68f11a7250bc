import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Reason } from '../../domain/model/classification';
import type { ReportRow } from '../../domain/model/report';
import { COLUMN_ROLES, type ColumnRole } from '../../domain/model/table';
import { formatAmount } from '../format';
import type { Strings } from '../i18n';

export interface RowClassificationsProps {
  readonly rows: readonly ReportRow[];
  /** Official project names with markers, by project id. */
  readonly projectLabels: Readonly<Record<string, string>>;
  /** 区分 names as the policy writes them, by id (amed → AMED対象経費). */
  readonly categoryLabels: Readonly<Record<string, string>>;
  readonly strings: Strings;
  readonly onSelectCell: (cell: string) => void;
}

const useStyles = makeStyles({
  header: { fontSize: tokens.fontSizeBase200 },
  headerText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  sub: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

function rowReasons(row: ReportRow): Reason[] {
  const c = row.classification;
  const all = [
    ...c.suggestions.filter((sg) => row.projects.some((p) => p.id === sg.projectId)).flatMap((sg) => sg.reasons),
    ...c.priorityAreas.flatMap((t) => t.reasons),
    ...c.diseaseAreas.flatMap((t) => t.reasons),
    ...c.purposes.flatMap((t) => t.reasons),
    ...(c.fund?.reasons ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = `${r.kind}|${r.field}|${r.matched}|${r.citation?.section ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldLabel(field: string, s: Strings): string {
  return (COLUMN_ROLES as readonly string[]).includes(field) ? s.mapping.roles[field as ColumnRole] : field;
}

/** Each 事業's classification: projects with amounts, areas, and the reasons with their policy passages. */
export function RowClassifications(props: RowClassificationsProps): React.JSX.Element {
  const { strings: s } = props;
  const styles = useStyles();
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(s.rows.separator) : s.rows.none);
  return (
    <Accordion multiple collapsible>
      {props.rows.map((row) => {
        const projects = row.projects.map((p) => `${props.projectLabels[p.id] ?? p.name} ${p.amount === null ? s.rows.unknownAmount : formatAmount(p.amount, s.locale)}`);
        const reasons = rowReasons(row);
        return (
          <AccordionItem key={row.row} value={row.row}>
            <AccordionHeader as="h4" className={styles.header} size="small">
              <span className={styles.headerText}>
                <span>
                  {s.rows.row(row.row)} {row.name}
                </span>
                <span className={styles.sub}>
                  {list(row.projects.map((p) => props.projectLabels[p.id] ?? p.name))}
                  {row.basis !== null && s.rows.basisNote(s.rows.basis[row.basis])}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <dl className={styles.facts}>
                <dt className={styles.term}>{s.rows.category}</dt>
                <dd className={styles.detail}>{row.category !== null ? (props.categoryLabels[row.category] ?? row.category) : s.rows.none}</dd>
                <dt className={styles.term}>{s.rows.projects}</dt>
                <dd className={styles.detail}>{list(projects)}</dd>
                <dt className={styles.term}>{s.rows.priorityAreas}</dt>
                <dd className={styles.detail}>{list(row.priorityAreas)}</dd>
                <dt className={styles.term}>{s.rows.diseaseAreas}</dt>
                <dd className={styles.detail}>{list(row.diseaseAreas)}</dd>
                <dt className={styles.term}>{s.rows.purposes}</dt>
                <dd className={styles.detail}>{list(row.purposes)}</dd>
              </dl>
              {row.fund && <div>{s.rows.fund}</div>}
              {row.classification.adjustmentFund && <div>{s.rows.adjustmentFund}</div>}
              {reasons.length > 0 && (
                <div>
                  <div className={styles.term}>{s.rows.reasons}</div>
                  <ul className={styles.reasons}>
                    {reasons.map((r, i) => (
                      <li key={i}>
                        {s.rows.reasonText(s.rows.reasonKind[r.kind], fieldLabel(r.field, s), r.matched)}
                        {r.citation && (
                          <blockquote className={styles.quote}>{s.rows.citation(r.citation.section, r.citation.text)}</blockquote>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div>
                <Button size="small" onClick={() => props.onSelectCell(row.cell)}>
                  {s.rows.selectRow(row.cell)}
                </Button>
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
