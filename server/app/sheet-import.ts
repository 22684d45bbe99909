/**
 * Reading an uploaded spreadsheet for an import: checked to be an .xlsx (a ZIP) of sensible
 * size, each worksheet's header row found by a column every import needs, rows read as
 * header → text. Imports validate every row first and write only when all are valid.
 */
import ExcelJS from 'exceljs';
import { errors, type Issue, fail } from '../core/errors';
import { subjectHash, type Principal } from '../security/identity';
import type { CoreDeps } from '../core/define-action';

export const SHEET_MAX_BYTES = 5 * 1024 * 1024;
/** More rows than a service hall's organisation or staff list could need. */
export const SHEET_MAX_ROWS = 5000;

export interface SheetRow {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  cells: Record<string, string>;
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Node host: POST /api/upload-sheet (core/binary.ts has checked who may); kept until imported. */
export async function uploadSheet(deps: CoreDeps, principal: Principal, bytes: Uint8Array) {
  if (bytes.length > SHEET_MAX_BYTES) throw fail('SHEET.TOO_LARGE');
  if (!isZip(bytes)) throw fail('SHEET.UNSUPPORTED');
  if (!deps.reports.keepUpload) throw errors.forbidden();
  deps.logger.info('sheet.uploaded', {
    by: subjectHash(deps.config.identityPepper, principal.subject).slice(0, 8),
    size: bytes.length,
  });
  return { fileId: await deps.reports.keepUpload(Buffer.from(bytes)) };
}

/** The rows of every worksheet whose header row has `key` (e.g. 工号), skipping blank rows. */
export async function readSheet(deps: CoreDeps, fileId: string, key: string): Promise<SheetRow[]> {
  return (await readSheets(deps, fileId, [key]))[key];
}

/** One read of the file: for each key, the rows of the worksheets whose header row has it. */
export async function readSheets(deps: CoreDeps, fileId: string, keys: string[]): Promise<Record<string, SheetRow[]>> {
  const bytes = await deps.reports.readUpload(fileId);
  if (!bytes) throw errors.notFound('SHEET.NOT_FOUND', '上传的表格（请重新上传）');
  if (!isZip(bytes)) throw fail('SHEET.UNSUPPORTED');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // Also where a cell holds a NUL or control character: ExcelJS's XML parser is strict XML 1.0
    // and refuses the file, so the text rule of core/input-text.ts holds for imports too.
    throw fail('SHEET.UNREADABLE');
  }
  const out: Record<string, SheetRow[]> = Object.fromEntries(keys.map((k) => [k, []]));
  let total = 0;
  for (const ws of book.worksheets) {
    let headers: string[] | null = null;
    let key = '';
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = (row.values as unknown[]).slice(1).map(text);
      if (!headers) {
        key = keys.find((k) => values.includes(k)) ?? '';
        if (key) headers = values;
        return;
      }
      if (values.every((v) => v === '')) return;
      total++;
      out[key].push({ sheet: ws.name, row: n, cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])) });
    });
  }
  if (total > SHEET_MAX_ROWS) throw errors.invalid([{ path: 'fileId', message: `表格最多 ${SHEET_MAX_ROWS} 行` }]);
  return out;
}

/** A cell as text: numbers as written, rich text joined, formulas by their result. */
function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in o) return text(o.result);
    if (typeof o.text === 'string') return o.text.trim();
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).trim();
}

/** The value under the first header that starts with `prefix` (exported headers carry notes: 互评（40%）). */
export const cell = (r: SheetRow, prefix: string) => {
  const key = Object.keys(r.cells).find((h) => h.startsWith(prefix));
  return key === undefined ? undefined : r.cells[key];
};

/** Refuses the whole import, naming each bad row as Excel shows it. */
export function refuseRows(issues: Issue[]): never {
  throw errors.invalid(issues.slice(0, 50));
}

export const rowPath = (r: SheetRow) => `${r.sheet}!${r.row}`;
