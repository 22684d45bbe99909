/** Every row of every table in the public schema as JSON text: what a scan for stored data reads. */
import type { SqlClient } from '../../server/adapters/store-sql/sql-client';

export async function dumpSql(sql: SqlClient): Promise<string> {
  const tables = await sql.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
    parts.push(`# ${name}\n${rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}
