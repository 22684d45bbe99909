/** Entity ↔ row mapping from a field list (camelCase fields, snake_case columns). */

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * An entity ↔ row mapping from its field list: which fields are instants, which JSON. Rows are
 * written in the field order and read back by column name.
 */
export function mapping<T extends object>(
  table: string,
  fields: (keyof T & string)[],
  dates: string[],
  json: string[],
) {
  const columns = fields.map(snake);
  const values = (e: T) =>
    fields.map((f) => {
      const v = (e as Record<string, unknown>)[f];
      return json.includes(f) ? (v == null ? null : JSON.stringify(v)) : v;
    });
  const read = (r: Record<string, unknown>): T => {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = r[snake(f)];
      out[f] = dates.includes(f) ? (v == null ? null : new Date(v as string)) : f === 'version' ? Number(v) : v;
    }
    return out as T;
  };
  const insertSql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING *`;
  const updateSql = `UPDATE ${table} SET ${columns
    .slice(1)
    .map((c, i) => `${c} = $${i + 2}`)
    .join(', ')} WHERE id = $1 AND version = $${columns.length + 1} RETURNING *`;
  return { values, read, insertSql, updateSql };
}
