/** The complaint, outbox and message parts of the SQL store (PGlite and PostgreSQL alike). */
import type { InboxTab } from '../../contract/complaint.schema';
import type {
  CaseEvent,
  ComplaintStore,
  FileStore,
  Message,
  MessageStore,
  OutboxItem,
  OutboxStore,
  StoredFile,
} from '../../ports/complaint-store';
import {
  COMPLAINT_COLUMNS,
  complaintParams,
  toCaseEvent,
  toComplaint,
  toFile,
  toMessage,
  toOutboxItem,
  type ComplaintRow,
} from './complaint-rows';
import type { RowOf, SqlClient, SqlTx } from './sql-client';

const json = (v: unknown) => JSON.stringify(v);
const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

async function insertEvents(tx: SqlTx, events: CaseEvent[]) {
  for (const e of events) {
    await tx.query(
      'INSERT INTO case_events (id, complaint_id, at, kind, actor_kind, actor_staff_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [e.id, e.complaintId, e.at, e.kind, e.actorKind, e.actorStaffId, json(e.data)],
    );
  }
}

/** Items whose dedup key exists already are skipped: the same notice is never enqueued twice. */
export async function insertOutbox(tx: SqlTx, items: OutboxItem[]) {
  for (const o of items) {
    await tx.query(
      `INSERT INTO outbox (id, dedup_key, kind, recipient, complaint_id, rectification_id, followup_id, appeal_id, card_id, payload, status, attempts, next_attempt_at, created_at, sent_at, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT DO NOTHING`,
      [
        o.id,
        o.dedupKey,
        o.kind,
        json(o.recipient),
        o.complaintId,
        o.rectificationId,
        o.followupId,
        o.appealId,
        o.cardId,
        json(o.payload),
        o.status,
        o.attempts,
        o.nextAttemptAt,
        o.createdAt,
        o.sentAt,
        o.lastError,
      ],
    );
  }
}

export function sqlComplaints(db: SqlClient): ComplaintStore {
  const insertSql = `INSERT INTO complaints (${COMPLAINT_COLUMNS.join(', ')}) VALUES (${placeholders(COMPLAINT_COLUMNS.length)})
    ON CONFLICT DO NOTHING RETURNING *`;
  // Every column but the key is rewritten; the WHERE clause holds the version check.
  const updateSql = `UPDATE complaints SET ${COMPLAINT_COLUMNS.slice(1)
    .map((c, i) => `${c} = $${i + 2}`)
    .join(', ')}
    WHERE id = $1 AND version = $${COMPLAINT_COLUMNS.length + 1} RETURNING *`;

  return {
    create: (c, events, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<ComplaintRow>(insertSql, complaintParams(c));
        if (row) {
          await insertEvents(tx, events);
          await insertOutbox(tx, outbox);
          return { created: true as const, row: toComplaint(row) };
        }
        const [same] = await tx.query<ComplaintRow>(
          'SELECT * FROM complaints WHERE subject_hash = $1 AND request_id = $2',
          [c.subjectHash, c.requestId],
        );
        if (same) return { created: false as const, conflict: 'request' as const, row: toComplaint(same) };
        return { created: false as const, conflict: 'trackingNo' as const };
      }),
    byId: async (id) => {
      const [r] = await db.query<ComplaintRow>('SELECT * FROM complaints WHERE id = $1', [id]);
      return r ? toComplaint(r) : null;
    },
    bySubject: async (subjectHash, limit) =>
      (
        await db.query<ComplaintRow>(
          'SELECT * FROM complaints WHERE subject_hash = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
          [subjectHash, limit],
        )
      ).map(toComplaint),
    list: async (f, limit) => {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
      };
      if (f.assigneeStaffId) add('assignee_staff_id = ?', f.assigneeStaffId);
      if (f.departmentId) add('department_id = ?', f.departmentId);
      if (f.unassigned) where.push('assignee_staff_id IS NULL');
      if (f.statuses) add('status = ANY(?)', f.statuses);
      params.push(limit);
      const rows = await db.query<ComplaintRow>(
        `SELECT * FROM complaints ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY reply_due_at, id LIMIT $${params.length}`,
        params,
      );
      return rows.map(toComplaint);
    },
    async inbox(q, after, limit) {
      // Each query numbers only the parameters it uses (PostgreSQL refuses an untyped unused one).
      const build = () => {
        const params: unknown[] = [];
        const p = (v: unknown) => (params.push(v), `$${params.length}`);
        const scope = q.all
          ? `staff_id IS DISTINCT FROM ${p(q.readerStaffId)}`
          : `staff_id IS DISTINCT FROM ${p(q.readerStaffId)} AND (assignee_staff_id = ${p(q.assigneeStaffId)}
             OR (assignee_staff_id IS NOT NULL AND department_id = ANY(${p(q.headOfDepartmentIds)})))`;
        const tab = (t: InboxTab) =>
          t === 'pending'
            ? "status = 'pending'"
            : t === 'dueSoon'
              ? `status = 'pending' AND reply_due_at >= ${p(q.now)} AND reply_due_at <= ${p(q.dueSoonUntil)}`
              : t === 'overdue'
                ? `status = 'pending' AND reply_due_at < ${p(q.now)}`
                : "status <> 'pending'";
        return { params, p, scope, tab };
      };
      const c = build();
      const tabs = (['pending', 'dueSoon', 'overdue', 'replied'] as const).map(
        (t) => `count(*) FILTER (WHERE ${c.tab(t)}) AS "${t}"`,
      );
      const [counts] = await db.query<Record<InboxTab, string>>(
        `SELECT ${tabs.join(', ')} FROM complaints WHERE ${c.scope}`,
        c.params,
      );

      const r = build();
      const answered = q.tab === 'replied';
      const key = answered ? 'updated_at' : 'reply_due_at';
      const where = [r.scope, r.tab(q.tab)];
      if (after) where.push(`(${key}, id) ${answered ? '<' : '>'} (${r.p(after.at)}, ${r.p(after.id)})`);
      const order = answered ? 'DESC' : 'ASC';
      const rows = (
        await db.query<ComplaintRow>(
          `SELECT * FROM complaints WHERE ${where.join(' AND ')} ORDER BY ${key} ${order}, id ${order} LIMIT ${Number(limit)}`,
          r.params,
        )
      ).map(toComplaint);
      const last = rows[rows.length - 1];
      return {
        rows,
        next: rows.length === limit && last ? { at: answered ? last.updatedAt : last.replyDueAt, id: last.id } : null,
        counts: {
          pending: Number(counts.pending),
          dueSoon: Number(counts.dueSoon),
          overdue: Number(counts.overdue),
          replied: Number(counts.replied),
        },
      };
    },
    transition: (next, events, outbox) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<ComplaintRow>(updateSql, [...complaintParams(next), next.version - 1]);
        if (!row) return null;
        await insertEvents(tx, events);
        await insertOutbox(tx, outbox);
        return toComplaint(row);
      }),
    timeline: async (complaintId) =>
      (
        await db.query<RowOf<CaseEvent>>('SELECT * FROM case_events WHERE complaint_id = $1 ORDER BY at, seq', [
          complaintId,
        ])
      ).map(toCaseEvent),
    dueForSweep: async (now, limit) =>
      (
        await db.query<ComplaintRow>(
          'SELECT * FROM complaints WHERE next_sweep_at <= $1 ORDER BY next_sweep_at, id LIMIT $2',
          [now, limit],
        )
      ).map(toComplaint),
    purgeContacts: async (closedBefore) =>
      (
        await db.query(
          'UPDATE complaints SET contact_phone = NULL WHERE closed_at < $1 AND contact_phone IS NOT NULL RETURNING 1',
          [closedBefore],
        )
      ).length,
    rawActorEvents: async (limit) =>
      db.query<{ id: string; by: string }>(
        `SELECT id, data->>'by' AS by FROM case_events WHERE data->>'by' ~ '${RAW_SUBJECT}' ORDER BY id LIMIT ${Number(limit)}`,
      ),
    setEventActor: async (id, by) => {
      await db.query(`UPDATE case_events SET data = jsonb_set(data, '{by}', to_jsonb($2::text)) WHERE id = $1`, [
        id,
        by,
      ]);
    },
  };
}

/** The principal subjects of security/identity.ts; a keyed hash (base64url) has no colon. */
const RAW_SUBJECT = '^(wx|guest|dev|staff):';

export function sqlOutbox(db: SqlClient): OutboxStore {
  return {
    purgeSealed: async (before) =>
      (
        await db.query(
          `UPDATE outbox SET recipient = recipient - 'sealedOpenid' WHERE status <> 'pending' AND created_at < $1 AND recipient ? 'sealedOpenid' RETURNING 1`,
          [before],
        )
      ).length,
    // SKIP LOCKED: two dispatchers at once take different items.
    claim: async (now, leaseUntil, limit) =>
      (
        await db.query<RowOf<OutboxItem>>(
          `UPDATE outbox SET next_attempt_at = $2, attempts = attempts + 1
           WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1
                        ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [now, leaseUntil, limit],
        )
      ).map(toOutboxItem),
    markSent: async (id, at) => {
      await db.query(`UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1`, [id, at]);
    },
    markFailed: async (id, error, retryAt) => {
      await db.query(
        retryAt
          ? `UPDATE outbox SET last_error = $2, next_attempt_at = $3 WHERE id = $1`
          : `UPDATE outbox SET last_error = $2, status = 'undeliverable' WHERE id = $1`,
        retryAt ? [id, error, retryAt] : [id, error],
      );
    },
    enqueue: (items) => db.transaction((tx) => insertOutbox(tx, items)),
    byComplaint: async (complaintId) =>
      (
        await db.query<RowOf<OutboxItem>>('SELECT * FROM outbox WHERE complaint_id = $1 ORDER BY created_at, id', [
          complaintId,
        ])
      ).map(toOutboxItem),
  };
}

export function sqlMessages(db: SqlClient): MessageStore {
  return {
    add: async (m) => {
      await db.query(
        `INSERT INTO messages (id, recipient_key, kind, title, body, complaint_id, rectification_id, followup_id, appeal_id, card_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
        [
          m.id,
          m.recipientKey,
          m.kind,
          m.title,
          m.body,
          m.complaintId,
          m.rectificationId,
          m.followupId,
          m.appealId,
          m.cardId,
          m.createdAt,
        ],
      );
    },
    forRecipient: async (recipientKey, limit) =>
      (
        await db.query<RowOf<Message>>(
          'SELECT * FROM messages WHERE recipient_key = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
          [recipientKey, limit],
        )
      ).map(toMessage),
  };
}

export function sqlFiles(db: SqlClient): FileStore {
  return {
    put: async (f) => {
      await db.query(
        'INSERT INTO files (id, owner_hash, content_type, size, bytes, created_at, complaint_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [f.id, f.ownerHash, f.contentType, f.size, f.bytes, f.createdAt, f.complaintId],
      );
    },
    get: async (id) => {
      const [r] = await db.query<RowOf<StoredFile>>('SELECT * FROM files WHERE id = $1', [id]);
      return r ? toFile(r) : null;
    },
    attach: async (ids, complaintId) => {
      await db.query('UPDATE files SET complaint_id = $2 WHERE id = ANY($1) AND complaint_id IS NULL', [
        ids,
        complaintId,
      ]);
    },
  };
}
