/** The Store port over SQL; the same statements run on PGlite and PostgreSQL 15. */
import type { AssessmentScore } from '../../ports/assessments';
import type { StaffPassword } from '../../ports/bind-codes';
import type { Evaluation, InsertResult, Store } from '../../ports/store';
import { migrate, pendingMigrations } from './migrate';
import { sqlComplaints, sqlFiles, sqlMessages, sqlOutbox } from './sql-complaints';
import { sqlStats } from './sql-stats';
import { sqlAttempts, sqlJobLocks, sqlRates } from './sql-guards';
import { sqlExports } from './sql-exports';
import { sqlRectifications } from './sql-rectifications';
import { sqlAccountability } from './sql-accountability';
import { sqlAudit } from './sql-audit';
import { sqlAppeals, sqlFollowups } from './sql-followups';
import { sqlCards } from './sql-cards';
import { toContentFlag, toDepartment, toEvaluation, toMatter, toStaff, toWindow } from './rows';
import type { RowOf, SqlClient } from './sql-client';

const json = (v: unknown) => JSON.stringify(v);

export interface SqlStoreOptions {
  /**
   * Apply pending migrations on open (the default). Off, a database behind the code is refused:
   * production may want migrations applied only by `npm run migrate`, at a time of its choosing.
   */
  migrate?: boolean;
}

export async function createSqlStore(db: SqlClient, o: SqlStoreOptions = {}): Promise<Store> {
  if (o.migrate === false) {
    const pending = await pendingMigrations(db);
    if (pending.length) {
      await db.close();
      throw new Error(
        `the database schema is behind this version (pending: ${pending.join(', ')}); run \`npm run migrate\` first`,
      );
    }
  } else {
    await migrate(db);
  }
  // The row type is the mapper's: `query<R>` names it, nothing checks it.
  const one = async <R, T>(text: string, params: unknown[], map: (r: R) => T): Promise<T | null> => {
    const rows = await db.query<R>(text, params);
    return rows.length ? map(rows[0]) : null;
  };
  const all = async <R, T>(text: string, params: unknown[], map: (r: R) => T): Promise<T[]> =>
    (await db.query<R>(text, params)).map(map);

  return {
    kind: db.kind,
    org: {
      departments: () => all('SELECT * FROM departments ORDER BY name, id', [], toDepartment),
      windows: () => all('SELECT * FROM windows ORDER BY department_id, name, id', [], toWindow),
      staff: () => all('SELECT * FROM staff ORDER BY number, id', [], toStaff),
      matters: () => all('SELECT * FROM matters ORDER BY department_id, name, id', [], toMatter),
      departmentById: (id) => one('SELECT * FROM departments WHERE id = $1', [id], toDepartment),
      windowById: (id) => one('SELECT * FROM windows WHERE id = $1', [id], toWindow),
      staffById: (id) => one('SELECT * FROM staff WHERE id = $1', [id], toStaff),
      staffByOpenid: (openid) => one('SELECT * FROM staff WHERE openid = $1', [openid], toStaff),
      matterById: (id) => one('SELECT * FROM matters WHERE id = $1', [id], toMatter),
      mattersByDepartment: (departmentId) =>
        all('SELECT * FROM matters WHERE department_id = $1 ORDER BY name, id', [departmentId], toMatter),
      async putDepartment(d) {
        await db.query(
          `INSERT INTO departments (id, name, head_staff_id, supervision_phone) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET name = $2, head_staff_id = $3, supervision_phone = $4`,
          [d.id, d.name, d.headStaffId, d.supervisionPhone],
        );
      },
      async putStaff(s) {
        await db.query(
          `INSERT INTO staff (id, number, name, department_id, role, backup_staff_id, leave, openid)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET number = $2, name = $3, department_id = $4, role = $5,
             backup_staff_id = $6, leave = $7, openid = $8`,
          [s.id, s.number, s.name, s.departmentId, s.role, s.backupStaffId, json(s.leave), s.openid],
        );
      },
      async putWindow(w) {
        await db.query(
          `INSERT INTO windows (id, name, department_id, a_staff_id, b_staff_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = $2, department_id = $3, a_staff_id = $4, b_staff_id = $5`,
          [w.id, w.name, w.departmentId, w.aStaffId, w.bStaffId],
        );
      },
      async putMatter(m) {
        await db.query(
          `INSERT INTO matters (id, department_id, name, type, promised_days, notes, legal_days, day_kind, notice)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (id) DO UPDATE SET department_id = $2, name = $3, type = $4, promised_days = $5, notes = $6,
             legal_days = $7, day_kind = $8, notice = $9`,
          [m.id, m.departmentId, m.name, m.type, m.promisedDays, m.notes, m.legalDays, m.dayKind, json(m.notice)],
        );
      },
    },

    cards: sqlCards(db),

    evaluations: {
      async insert(e): Promise<InsertResult<Evaluation>> {
        const inserted = await one(
          `INSERT INTO evaluations (id, subject_hash, target, card_id, window_id, staff_id, department_id, visit_key,
             level, dimensions, tags, comment, created_at, updated_at, request_id, request_hash, matter_id, first_level)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $9)
           ON CONFLICT DO NOTHING RETURNING *`,
          [
            e.id,
            e.subjectHash,
            e.target,
            e.cardId,
            e.windowId,
            e.staffId,
            e.departmentId,
            e.visitKey,
            e.level,
            json(e.dimensions),
            json(e.tags),
            e.comment,
            e.createdAt,
            e.updatedAt,
            e.requestId,
            e.requestHash,
            e.matterId,
          ],
          toEvaluation,
        );
        if (inserted) return { created: true, row: inserted };
        const sameRequest = await one(
          'SELECT * FROM evaluations WHERE subject_hash = $1 AND request_id = $2',
          [e.subjectHash, e.requestId],
          toEvaluation,
        );
        if (sameRequest) return { created: false, conflict: 'request', row: sameRequest };
        const sameVisit = await one(
          'SELECT * FROM evaluations WHERE subject_hash = $1 AND visit_key = $2',
          [e.subjectHash, e.visitKey],
          toEvaluation,
        );
        if (!sameVisit) throw new Error('evaluation insert conflicted on an unknown constraint');
        return { created: false, conflict: 'visit', row: sameVisit };
      },
      byId: (id) => one('SELECT * FROM evaluations WHERE id = $1', [id], toEvaluation),
      async claimCard(cardId, subjectHash, at) {
        await db.query(
          'INSERT INTO card_evaluators (card_id, subject_hash, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (card_id) DO NOTHING',
          [cardId, subjectHash, at],
        );
        const [row] = await db.query<{ subject_hash: string }>(
          'SELECT subject_hash FROM card_evaluators WHERE card_id = $1',
          [cardId],
        );
        return row.subject_hash;
      },
      bySubjectAndVisit: (subjectHash, visitKey) =>
        one(
          'SELECT * FROM evaluations WHERE subject_hash = $1 AND visit_key = $2',
          [subjectHash, visitKey],
          toEvaluation,
        ),
      amend: (id, d) =>
        one(
          // The right-hand sides read the row before the update: the version being replaced.
          `UPDATE evaluations SET level = $2, dimensions = $3, tags = $4, comment = $5, updated_at = $6,
             earlier = earlier || jsonb_build_array(jsonb_build_object('level', level, 'at', updated_at)),
             level_changes = level_changes + CASE WHEN level <> $2 THEN 1 ELSE 0 END
           WHERE id = $1 RETURNING *`,
          [id, d.level, json(d.dimensions), json(d.tags), d.comment, d.updatedAt],
          toEvaluation,
        ),
      bySubject: (subjectHash, limit) =>
        all(
          'SELECT * FROM evaluations WHERE subject_hash = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
          [subjectHash, limit],
          toEvaluation,
        ),
    },

    settings: {
      get: <T>(key: string) => one('SELECT value FROM settings WHERE key = $1', [key], (r: { value: T }) => r.value),
      async put(key, value) {
        await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2', [
          key,
          json(value),
        ]);
      },
    },

    complaints: sqlComplaints(db),
    outbox: sqlOutbox(db),
    messages: sqlMessages(db),
    files: sqlFiles(db),
    stats: sqlStats(db),
    exports: sqlExports(db),
    rectifications: sqlRectifications(db),
    accountability: sqlAccountability(db),
    audit: sqlAudit(db),
    followups: sqlFollowups(db),
    appeals: sqlAppeals(db),
    rates: sqlRates(db),
    attempts: sqlAttempts(db),
    locks: sqlJobLocks(db),
    assessments: {
      async putScore(a) {
        await db.query(
          `INSERT INTO assessment_scores (year, staff_id, peer, head, self, entered_by_staff_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (year, staff_id) DO UPDATE SET peer = $3, head = $4, self = $5, entered_by_staff_id = $6, updated_at = $7`,
          [a.year, a.staffId, a.peer, a.head, a.self, a.enteredByStaffId, a.updatedAt],
        );
      },
      scores: (year) =>
        all(
          'SELECT * FROM assessment_scores WHERE year = $1 ORDER BY staff_id',
          [year],
          (r: RowOf<AssessmentScore>) => ({
            year: Number(r.year),
            staffId: r.staff_id,
            peer: r.peer === null ? null : Number(r.peer),
            head: r.head === null ? null : Number(r.head),
            self: r.self === null ? null : Number(r.self),
            enteredByStaffId: r.entered_by_staff_id,
            updatedAt: new Date(r.updated_at),
          }),
        ),
    },
    bindCodes: {
      async put(c) {
        await db.query(
          'INSERT INTO bind_codes (code_hash, staff_id, created_by_staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
          [c.codeHash, c.staffId, c.createdByStaffId, c.createdAt, c.expiresAt],
        );
      },
      consume: (codeHash, now) =>
        one(
          'UPDATE bind_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING staff_id',
          [codeHash, now],
          (r: { staff_id: string }) => r.staff_id,
        ),
    },

    passwords: {
      get: (staffId) =>
        one('SELECT * FROM staff_passwords WHERE staff_id = $1', [staffId], (r: RowOf<StaffPassword>) => ({
          staffId: r.staff_id,
          hash: r.hash,
          updatedAt: r.updated_at,
        })),
      async put(p) {
        await db.query(
          `INSERT INTO staff_passwords (staff_id, hash, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (staff_id) DO UPDATE SET hash = EXCLUDED.hash, updated_at = EXCLUDED.updated_at`,
          [p.staffId, p.hash, p.updatedAt],
        );
      },
    },

    flags: {
      async put(f) {
        await db.query(
          `INSERT INTO content_flags (id, kind, ref_id, verdict, label, reason, text, created_at, resolved_at, resolved_by_staff_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
          [f.id, f.kind, f.refId, f.verdict, f.label, f.reason, f.text, f.createdAt, f.resolvedAt, f.resolvedByStaffId],
        );
      },
      open: (limit) =>
        all(
          'SELECT * FROM content_flags WHERE resolved_at IS NULL ORDER BY created_at DESC, id LIMIT $1',
          [limit],
          toContentFlag,
        ),
      async resolve(id, by, at) {
        const rows = await db.query(
          'UPDATE content_flags SET resolved_at = $2, resolved_by_staff_id = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING 1',
          [id, at, by],
        );
        return rows.length === 1;
      },
    },

    async counts() {
      const rows = await db.query<{ t: string; n: number }>(
        `SELECT 'departments' AS t, count(*) AS n FROM departments UNION ALL
         SELECT 'windows', count(*) FROM windows UNION ALL
         SELECT 'staff', count(*) FROM staff UNION ALL
         SELECT 'matters', count(*) FROM matters UNION ALL
         SELECT 'cards', count(*) FROM cards UNION ALL
         SELECT 'evaluations', count(*) FROM evaluations UNION ALL
         SELECT 'settings', count(*) FROM settings UNION ALL
         SELECT 'complaints', count(*) FROM complaints UNION ALL
         SELECT 'case_events', count(*) FROM case_events UNION ALL
         SELECT 'outbox', count(*) FROM outbox UNION ALL
         SELECT 'messages', count(*) FROM messages UNION ALL
         SELECT 'files', count(*) FROM files UNION ALL
         SELECT 'bind_codes', count(*) FROM bind_codes UNION ALL
         SELECT 'staff_passwords', count(*) FROM staff_passwords UNION ALL
         SELECT 'content_flags', count(*) FROM content_flags UNION ALL
         SELECT 'assessment_scores', count(*) FROM assessment_scores UNION ALL
         SELECT 'export_jobs', count(*) FROM export_jobs UNION ALL
         SELECT 'rectifications', count(*) FROM rectifications UNION ALL
         SELECT 'accountability_records', count(*) FROM accountability_records UNION ALL
         SELECT 'card_claims', count(*) FROM card_evaluators UNION ALL
         SELECT 'audit_log', count(*) FROM audit_log UNION ALL
         SELECT 'followups', count(*) FROM followups UNION ALL
         SELECT 'appeals', count(*) FROM appeals`,
      );
      return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
    },
    close: () => db.close(),
  };
}
