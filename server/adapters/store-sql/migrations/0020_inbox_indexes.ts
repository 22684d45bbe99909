export const name = '0020_inbox_indexes';

/**
 * The inbox pages open cases by deadline and answered ones by last change, in the database:
 * these keep its first page fast for the office at any number of cases.
 */
export const sql = `
CREATE INDEX complaints_open_due ON complaints (reply_due_at, id) WHERE status = 'pending';
CREATE INDEX complaints_answered_updated ON complaints (updated_at DESC, id DESC) WHERE status <> 'pending';
`;
