/**
 * Writes worksheets with exceljs's streaming writer: each row is committed to the output
 * stream as it is added, so memory holds a page of rows, not the sheet.
 */
import ExcelJS from 'exceljs';
import type { ReportSink } from '../ports/exports';

export interface SheetColumn {
  header: string;
  width: number;
}

export interface SheetSpec {
  name: string;
  /** A line above the header (e.g. the sheet's title and period); none when absent. */
  title?: string;
  columns: SheetColumn[];
  rows: AsyncIterable<unknown[][]>;
}

export async function writeSheets(
  sink: ReportSink,
  sheets: SheetSpec[],
  onPage: (rowsDone: number) => Promise<void>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  let done = 0;
  for (const spec of sheets) {
    const headerRow = spec.title ? 2 : 1;
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    sheet.columns = spec.columns.map((c) => ({ width: c.width }));
    if (spec.title) {
      const title = sheet.addRow([spec.title]);
      title.font = { bold: true, size: 14 };
      title.commit();
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const page of spec.rows) {
      for (const values of page) sheet.addRow(values).commit();
      done += page.length;
      await onPage(done);
    }
    sheet.commit();
  }
  await workbook.commit();
  return done;
}

/** One sheet, its header on the first row. */
export function writeSheet(
  sink: ReportSink,
  name: string,
  columns: SheetColumn[],
  rows: AsyncIterable<unknown[][]>,
  onPage: (rowsDone: number) => Promise<void>,
) {
  return writeSheets(sink, [{ name, columns, rows }], onPage);
}
