import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { freshDatabase } from '../support/postgres-server';
import { describeStoreContract } from './store.contract';

// A real PostgreSQL 15 server started by the global setup; a new database per test.
describeStoreContract('PostgreSQL 15', async () =>
  createSqlStore(await openPostgres(await freshDatabase(process.env.PG_TEST_SERVER!))),
);

describe('PostgreSQL 15: the audit trail is append-only in the database itself', () => {
  it('refuses to update or delete an entry, whatever the caller', async () => {
    const sql = await openPostgres(await freshDatabase(process.env.PG_TEST_SERVER!));
    const store = await createSqlStore(sql);
    await store.audit.append({
      id: 'AUD1',
      at: new Date('2026-11-24T02:00:00Z'),
      actorStaffId: null,
      actorName: '群众',
      kind: 'complaint.review',
      target: 'complaint:TS1',
      summary: '申请复核',
      before: null,
      after: null,
    });
    await expect(sql.query("UPDATE audit_log SET summary = '改过' WHERE id = 'AUD1'")).rejects.toThrow(/append-only/);
    await expect(sql.query("DELETE FROM audit_log WHERE id = 'AUD1'")).rejects.toThrow(/append-only/);
    expect((await store.audit.list({}, null, 10)).rows.map((e) => e.summary)).toEqual(['申请复核']);
    await store.close();
  });
});
