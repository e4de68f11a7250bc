import type { CheckReport } from '../../domain/model/report';
import { FindingsIndex } from './findings-index';
import { Missing } from './missing';

export { Missing } from './missing';

interface Entry {
  readonly value: unknown;
  findings?: FindingsIndex;
}

/**
 * The engine's grids, reports and models by id, with the indexes the views ask through (made on
 * first use). The pane releases what it no longer shows; past `limit` objects the least
 * recently used goes too, so a forgotten release cannot fill the memory.
 */
export class ResultStore {
  private readonly kept = new Map<number, Entry>();

  constructor(private readonly limit = 12) {}

  put(id: number, value: unknown): void {
    this.kept.delete(id);
    this.kept.set(id, { value });
    for (const old of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(old);
    }
  }

  has(id: number): boolean {
    return this.kept.has(id);
  }

  release(id: number): void {
    this.kept.delete(id);
  }

  private entry(id: number): Entry {
    const entry = this.kept.get(id);
    if (entry === undefined) throw new Missing(id);
    // Used now: the last to be pushed out.
    this.kept.delete(id);
    this.kept.set(id, entry);
    return entry;
  }

  get<T>(id: number): T {
    return this.entry(id).value as T;
  }

  findings(reportId: number): FindingsIndex {
    const entry = this.entry(reportId);
    entry.findings ??= new FindingsIndex(entry.value as CheckReport);
    return entry.findings;
  }
}
