import { closeSync, openSync, writeSync } from 'node:fs';
import type { CheckReport } from '../domain/model/report';
import { UsageError } from './command';
import { writeReportJson, type ReportJsonOptions } from './report-json';

/** Saves the JSON report, written piece by piece; a path that cannot be written is the user's to fix (exit 2). */
export function writeReportFile(report: CheckReport, path: string, options: ReportJsonOptions = {}): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    writeReportJson(report, (chunk) => writeSync(fd, chunk), options);
  } finally {
    closeSync(fd);
  }
}
