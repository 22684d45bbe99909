/**
 * Writes one worksheet with exceljs's streaming writer: each row is committed to the output
 * stream as it is added, so memory holds a page of rows, not the sheet.
 */
import ExcelJS from 'exceljs';
import type { ReportSink } from '../ports/exports';

export interface SheetColumn {
  header: string;
  width: number;
}

export async function writeSheet(
  sink: ReportSink,
  name: string,
  columns: SheetColumn[],
  rows: AsyncIterable<unknown[][]>,
  onPage: (rowsDone: number) => Promise<void>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink.stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let done = 0;
  for await (const page of rows) {
    for (const values of page) sheet.addRow(values).commit();
    done += page.length;
    await onPage(done);
  }
  sheet.commit();
  await workbook.commit();
  return done;
}
