import { writeFileSync } from 'node:fs';
import type { CheckReport } from '../domain/model/report';
import { UsageError } from './command';

/** Saves the JSON report; a path that cannot be written is the user's to fix (exit 2). */
export function writeReportFile(report: CheckReport, path: string): void {
  try {
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
