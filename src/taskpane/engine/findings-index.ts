import { SEVERITIES, type Severity } from '../../domain/model/finding';
import type { CheckReport } from '../../domain/model/report';
import type { FindingGroupLine, FindingLine, FindingsOutline, Shown } from './handles';

/** A filter's lines: a heading is -(its group's index + 1), a finding its index in the report. */
interface Layout {
  readonly lines: Int32Array;
  readonly outline: FindingsOutline;
}

/**
 * The findings list of one report, as lines, where the report is kept (the worker): grouped by
 * rule in catalogue order, errors first, then warnings, then infos, filtered by severity. The
 * page asks for its outline and for the lines in view; each filter's layout is made once.
 */
export class FindingsIndex {
  private readonly groups: readonly CheckReport['groups'][number][];
  /** Each group's findings (indices in the report), in report order. */
  private readonly members: readonly number[][];
  private readonly layouts = new Map<string, Layout>();

  constructor(private readonly report: Pick<CheckReport, 'findings' | 'groups'>) {
    this.groups = SEVERITIES.flatMap((severity) => report.groups.filter((g) => g.severity === severity));
    const byRule = new Map<string, number[]>(this.groups.map((g) => [g.rule, []]));
    report.findings.forEach((f, i) => byRule.get(f.rule)?.push(i));
    this.members = this.groups.map((g) => byRule.get(g.rule)!);
  }

  private layout(shown: Shown): Layout {
    const key = SEVERITIES.filter((s) => shown.includes(s)).join(',');
    const known = this.layouts.get(key);
    if (known !== undefined) return known;
    const show = new Set<Severity>(shown);
    const findings = this.report.findings;
    const lines: number[] = [];
    const headings: (FindingGroupLine & { line: number })[] = [];
    let first: number | null = null;
    let last: number | null = null;
    this.groups.forEach((group, g) => {
      const items = this.members[g].filter((i) => show.has(findings[i].severity));
      if (items.length === 0) return;
      headings.push({ kind: 'group', rule: group.rule, title: group.title, severity: group.severity, count: items.length, line: lines.length });
      lines.push(-(g + 1));
      for (const i of items) {
        if (findings[i].cell !== undefined) {
          first ??= lines.length;
          last = lines.length;
        }
        lines.push(i);
      }
    });
    const layout = { lines: Int32Array.from(lines), outline: { count: lines.length, headings, first, last } };
    this.layouts.set(key, layout);
    return layout;
  }

  outline(shown: Shown): FindingsOutline {
    return this.layout(shown).outline;
  }

  /** Lines `from` (inclusive) to `to` (exclusive), as far as there are. */
  lines(shown: Shown, from: number, to: number): FindingLine[] {
    const { lines, outline } = this.layout(shown);
    const out: FindingLine[] = [];
    for (let line = Math.max(0, from); line < Math.min(to, lines.length); line++) {
      const at = lines[line];
      if (at < 0) {
        const { line: _, ...heading } = outline.headings.find((h) => h.line === line)!;
        out.push(heading);
      } else {
        out.push({ kind: 'finding', finding: this.report.findings[at], index: at });
      }
    }
    return out;
  }

  /** The line of the nearest finding with a cell after (`step` 1) or before (-1) `line`; null when there is none. */
  step(shown: Shown, line: number, step: 1 | -1): number | null {
    const { lines } = this.layout(shown);
    for (let at = line + step; at >= 0 && at < lines.length; at += step) {
      const i = lines[at];
      if (i >= 0 && this.report.findings[i].cell !== undefined) return at;
    }
    return null;
  }
}
