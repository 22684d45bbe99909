/**
 * Text no store can keep, through each host: a NUL (PostgreSQL refuses U+0000 in text), a lone
 * surrogate (not encodable as UTF-8) and keys that name the prototype. Every string field of every
 * action is found from the action's own input schema (z.toJSONSchema), so a new field is covered
 * the day it is declared; each is refused with 400 REQUEST.INVALID naming the field, writing
 * nothing. Realistic payloads follow, valid but for one field, so the refusal is shown to come
 * before any write (without the rule they reach the store: a 500 on SQL, stored on CloudBase).
 * Invalid UTF-8 bytes exist only on the wire: the Node host's own tests send them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { z } from 'zod';
import { ALL_ACTIONS } from '../../server/core/registry';
import { head, staffA, window1 } from '../support/fixtures';
import { hostCalls, rid, type As, type TestHost, freshHostEach } from './harness';

const resident: As = { resident: 'text-r1' };
const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: '\udc00x', control: 'a\u0007b' } as const;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Paths (`a.b.0`) to every string an input schema accepts, records' values under the key `k`. */
export function stringPaths(schema: JsonSchema, path: string[] = []): string[][] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const out: string[][] = types.includes('string') ? [path] : [];
  for (const k of Object.keys(schema.properties ?? {})) out.push(...stringPaths(schema.properties![k], [...path, k]));
  if (schema.items) out.push(...stringPaths(schema.items, [...path, '0']));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    out.push(...stringPaths(schema.additionalProperties, [...path, 'k']));
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...stringPaths(alt, path));
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
}

/** `{a: {b: [value]}}` for the path a.b.0. */
function payloadAt(path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [first, ...rest] = path;
  return /^\d+$/.test(first) ? [payloadAt(rest, value)] : { [first]: payloadAt(rest, value) };
}

/** Someone the action lets in, so the refusal shown is the text rule's and not the door's. */
function callerFor(access: unknown): As {
  if (access === 'public' || access === 'identified') return resident;
  const roles = access as readonly string[];
  if (roles.includes('resident')) return resident;
  return roles.includes('staff') ? { staff: staffA } : { staff: head };
}

export function describeBadInput(open: () => Promise<TestHost>, options: { localActions: boolean }) {
  const current = freshHostEach(open);
  const { call, ok, refused } = hostCalls(current);

  const actions = ALL_ACTIONS.filter((a) => options.localActions || !a.localOnly);
  const fields = actions.flatMap((a) =>
    stringPaths(z.toJSONSchema(a.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema).map((path) => ({
      action: a,
      path,
    })),
  );

  it('finds the text fields in the schemas (the list the next test walks is not empty or partial)', () => {
    const names = fields.map((f) => `${f.action.name}:${f.path.join('.')}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'evaluation.submit:comment',
        'evaluation.submit:tags.0',
        'complaint.submit:content',
        'complaint.reply:content',
        'complaint.transfer:reason',
        'complaint.reject:reason',
        'complaint.rate:comment',
        'card.issue:matter',
        'card.issue:notes',
        'rectification.create:problem',
      ]),
    );
    expect(fields.length).toBeGreaterThan(60);
  });

  it('refuses a NUL, a lone surrogate or a control character in every string field of every action, naming the field, writing nothing', async () => {
    const failures: string[] = [];
    for (const { action, path } of fields) {
      for (const [kind, bad] of Object.entries(BAD)) {
        const as = callerFor(action.access);
        const before = await current().store.counts();
        const res = await call(action.name, payloadAt(path, bad), as, rid('txt'));
        const issues: { path: string; message: string }[] = res.body.error?.issues ?? [];
        const good =
          res.body.ok === false &&
          res.body.error.code === 'REQUEST.INVALID' &&
          (res.status === undefined || res.status === 400) &&
          issues.some((i) => i.path === path.join('.') && /无法保存/.test(i.message));
        if (!good)
          failures.push(
            `${action.name} ${path.join('.')} ${kind}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
          );
        expect(await current().store.counts()).toEqual(before);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('refuses keys that name the prototype or hold a NUL (a record would drop them without a word)', async () => {
    const cardId = (
      await ok('card.issue', { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 }, { staff: staffA })
    ).cardId;
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      // JSON.parse makes "__proto__" an own key, as this literal does.
      const dimensions = JSON.parse(`{"${key}": 3}`);
      const error = await refused(
        call('evaluation.submit', { cardId, level: 4, dimensions }, resident),
        'REQUEST.INVALID',
        400,
      );
      expect(error.issues).toEqual([{ path: `dimensions.${key}`, message: expect.stringMatching(/不允许/) }]);
    }
    const error = await refused(
      call('evaluation.submit', { cardId, level: 4, dimensions: { 'a\u0000': 3 } }, resident),
      'REQUEST.INVALID',
      400,
    );
    expect(error.issues).toEqual([{ path: 'dimensions', message: expect.stringMatching(/无法保存/) }]);
  });

  it('refuses a spreadsheet whose cells hold a NUL or a control character as unreadable, importing nothing', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('部门').addRows([
      ['部门名称', '负责人工号', '监督电话'],
      ['CELL1', '', '0571-88002345'],
      ['CELL2', '', '0571-88002346'],
    ]);
    // ExcelJS drops such characters when writing, so they are put into the XML by hand, as a crafted file would.
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    for (const [cell, bad] of [
      ['CELL1', '市场&#0;监管科'],
      ['CELL2', `市场${BAD.control}科`],
    ]) {
      const crafted = new JSZip();
      for (const [name, entry] of Object.entries(zip.files))
        if (!entry.dir) crafted.file(name, await entry.async('uint8array'));
      crafted.file('xl/sharedStrings.xml', strings.replace(cell, bad));
      const fileId = await current().uploadSheet(await crafted.generateAsync({ type: 'nodebuffer' }), { staff: head });
      await refused(call('org.import', { fileId }, { staff: head }), 'SHEET.UNREADABLE', 400);
    }
  });

  it('takes only days that exist, 2000–2099, and a range that does not end before it starts', async () => {
    const office: As = { staff: head };
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const cases: [string, Record<string, unknown>, As, string][] = [
      ['stats.overview', { ...range, from: '2026-00-10' }, office, 'from'],
      ['stats.overview', { ...range, from: '0000-01-01' }, office, 'from'],
      ['stats.overview', { ...range, to: '2026-11-31' }, office, 'to'],
      ['stats.overview', { from: '2026-12-01', to: '2026-11-30' }, office, 'to'],
      ['stats.trend', { from: '2026-02-01', to: '2026-02-30', by: 'week' }, office, 'to'],
      ['stats.rankings', { ...range, from: '2026-02-29', by: 'staff' }, office, 'from'],
      ['stats.public', { month: '9999-12' }, resident, 'month'],
      ['stats.public', { month: '2026-13' }, resident, 'month'],
      ['audit.list', { from: '2026-04-31' }, office, 'from'],
      [
        'accountability.record',
        { staffId: staffA.id, kind: '书面检查', decidedOn: '2026-00-10', reason: '多次被投诉服务态度' },
        office,
        'decidedOn',
      ],
      [
        'org.saveStaff',
        {
          id: staffA.id,
          number: staffA.number,
          name: staffA.name,
          departmentId: staffA.departmentId,
          role: 'staff',
          leave: [{ from: '2026-13-01', to: '2026-13-02' }],
        },
        office,
        'leave.0.from',
      ],
      [
        'rectification.create',
        {
          source: 'other',
          problem: '窗口告知材料不一次性说清',
          ownerDepartmentId: staffA.departmentId,
          dueOn: '2026-02-29',
        },
        office,
        'dueOn',
      ],
    ];
    for (const [action, payload, as, path] of cases) {
      const error = await refused(call(action, payload, as), 'REQUEST.INVALID', 400);
      expect({ action, paths: error.issues.map((i: { path: string }) => i.path) }).toEqual({
        action,
        paths: expect.arrayContaining([path]),
      });
    }
    // A leap day that exists, and a one-day range, are fine.
    await ok('stats.overview', { from: '2028-02-29', to: '2028-02-29' }, office);
    const trend = await ok('stats.trend', { from: '2026-02-01', to: '2026-02-28', by: 'week' }, office);
    for (const b of trend.buckets) expect(b.from <= b.to).toBe(true);
  });

  it('refuses bad text in otherwise valid submissions before anything is stored', async () => {
    const card = (extra: Record<string, unknown> = {}) => ({
      matter: '不动产转移登记',
      matterType: '承诺件',
      promisedDays: 5,
      ...extra,
    });
    const cardId = (await ok('card.issue', card(), { staff: staffA })).cardId;
    const filed = await ok(
      'complaint.submit',
      { cardId, category: '服务态度', content: '窗口人员态度生硬，不解释材料要求', contactPhone: '13812341234' },
      resident,
    );
    const complaintId = filed.complaintId;
    const cases: [string, unknown, As][] = [
      ['card.issue', card({ matter: `不动产${BAD.nul}登记` }), { staff: staffA }],
      ['card.issue', card({ notes: `身份证${BAD.surrogate}` }), { staff: staffA }],
      ['evaluation.submit', { cardId, level: 2, comment: `等了很久${BAD.nul}` }, resident],
      ['evaluation.submit', { cardId, level: 2, tags: [`办事拖拉${BAD.surrogate}`] }, resident],
      ['evaluation.submit', { windowId: window1.id, level: 3, comment: BAD.lowSurrogate }, resident],
      ['complaint.submit', { cardId, category: '服务态度', content: `窗口人员态度生硬${BAD.nul}，不解释` }, resident],
      ['complaint.reply', { complaintId, content: `已核实情况${BAD.nul}，向您致歉` }, { staff: head }],
      [
        'complaint.transfer',
        { complaintId, toStaffId: staffA.id, reason: `转交${BAD.surrogate}办理` },
        { staff: head },
      ],
      ['complaint.reject', { complaintId, reason: `不属于本单位${BAD.nul}职责` }, { staff: head }],
    ];
    for (const [action, payload, as] of cases) {
      const error = await refused(call(action, payload, as), 'REQUEST.INVALID', 400);
      expect(error.issues[0].message).toMatch(/无法保存/);
    }
    // The same submissions without the bad character go through: the rule refused the text, not the request.
    await ok('complaint.reply', { complaintId, content: '已核实情况，向您致歉' }, { staff: head });
    await refused(
      call('complaint.rate', { complaintId, rating: 'unsatisfied', comment: `还是不满意${BAD.nul}` }, resident),
      'REQUEST.INVALID',
      400,
    );
    const got = await ok('complaint.get', { complaintId }, resident);
    expect(JSON.stringify(got)).not.toMatch(/\\u0000|\\ud800/);
  });
}
