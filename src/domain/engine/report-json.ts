import type { Reason, RowClassification, TagMatch } from '../model/classification';
import type { CheckReport, ReportRow } from '../model/report';
import type { Citation } from '../policy/schema';
import { jsonSafe } from '../text/json-safe';

/**
 * The JSON report, one schema wherever it is saved (the CLI's --report, the pane's 検証結果を保存), in pieces: a report of 100,000 rows would not fit in
 * one JavaScript string. Every reason quotes a passage of the policy, and thousands of rows
 * quote the same few dozen passages, so each passage is written once, in `citations`, and a
 * reason's `citation` is its index there. Rows leave out `classification` (what the pane
 * draws its reasons from) unless `detail` asks for it.
 */
export interface ReportJsonOptions {
  /** Also write each row's full classification (tags and fund with their reasons). */
  readonly detail?: boolean;
}

type Indexed<T> = Omit<T, 'citation'> & { readonly citation?: number };

class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byObject = new Map<Citation, number>();

  indexOf(citation: Citation): number {
    // Reasons share the pack's citation objects; equal passages from elsewhere are matched by content.
    let index = this.byObject.get(citation);
    if (index === undefined) {
      const key = `${citation.section}\u0000${citation.text}`;
      index = this.byKey.get(key);
      if (index === undefined) {
        index = this.list.length;
        this.list.push(citation);
        this.byKey.set(key, index);
      }
      this.byObject.set(citation, index);
    }
    return index;
  }

  reasons(reasons: readonly Reason[]): Indexed<Reason>[] {
    return reasons.map(({ citation, ...rest }) => (citation ? { ...rest, citation: this.indexOf(citation) } : rest));
  }

  tags(tags: readonly TagMatch[]): (Omit<TagMatch, 'reasons'> & { reasons: Indexed<Reason>[] })[] {
    return tags.map((t) => ({ ...t, reasons: this.reasons(t.reasons) }));
  }
}

function classificationJson(c: RowClassification, citations: Citations): unknown {
  return {
    ...c,
    projects: c.projects.map((p) => (p.reasons ? { ...p, reasons: citations.reasons(p.reasons) } : p)),
    suggestions: c.suggestions.map((s) => ({ ...s, reasons: citations.reasons(s.reasons) })),
    priorityAreas: citations.tags(c.priorityAreas),
    diseaseAreas: citations.tags(c.diseaseAreas),
    purposes: citations.tags(c.purposes),
    fund: c.fund ? { ...c.fund, reasons: citations.reasons(c.fund.reasons) } : null,
  };
}

function rowJson(row: ReportRow, citations: Citations, detail: boolean): unknown {
  const { classification, suggestions, ...rest } = row;
  return {
    ...rest,
    suggestions: suggestions.map((s) => ({ ...s, reasons: citations.reasons(s.reasons) })),
    ...(detail ? { classification: classificationJson(classification, citations) } : {}),
  };
}

/** Hands the report to `write` piece by piece (a few rows at a time); the pieces joined are one JSON document. */
export function writeReportJson(report: CheckReport, emit: (chunk: string) => void, options: ReportJsonOptions = {}): void {
  // Cell text may hold bidi and C1 controls: escaped, so that neither a terminal nor an editor shows them raw.
  const write = (chunk: string) => emit(jsonSafe(chunk));
  const { rows, findings, previousYear, ...envelope } = report;
  const citations = new Citations();
  // The envelope as JSON.stringify indents it, without its closing brace.
  write(`${JSON.stringify(envelope, null, 2).slice(0, -2)},\n`);
  // Findings and rows one per line: readable, and far smaller than indented.
  const list = (name: string, items: readonly unknown[], toJson: (item: never) => unknown) => {
    write(`  "${name}": [`);
    let chunk = '';
    items.forEach((item, i) => {
      chunk += `${i > 0 ? ',' : ''}\n    ${JSON.stringify(toJson(item as never))}`;
      if (chunk.length > 64 * 1024) {
        write(chunk);
        chunk = '';
      }
    });
    write(`${chunk}${items.length > 0 ? '\n  ' : ''}],\n`);
  };
  list('findings', findings, (f) => f);
  list('rows', rows, (row: ReportRow) => rowJson(row, citations, options.detail === true));
  if (previousYear) {
    // Its lists one 事業 a line, like the rows: they are as long as the sheets.
    write(`  "previousYear": {\n    "source": ${JSON.stringify(previousYear.source)},\n`);
    const entries = Object.entries({ continuing: previousYear.continuing, added: previousYear.added, discontinued: previousYear.discontinued });
    entries.forEach(([name, items], i) => {
      write(`    "${name}": [${items.map((item) => `\n      ${JSON.stringify(item)}`).join(',')}${items.length > 0 ? '\n    ' : ''}]${i < entries.length - 1 ? ',' : ''}\n`);
    });
    write('  },\n');
  }
  write(`  "citations": ${JSON.stringify(citations.list, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
}
