export const name = '0005_first_reply';

/** The first deadline and first reply of a case, kept through reopens, for the on-time rate. */
export const sql = `
ALTER TABLE complaints ADD COLUMN first_reply_due_at timestamptz;
ALTER TABLE complaints ADD COLUMN first_replied_at timestamptz;
UPDATE complaints SET first_reply_due_at = reply_due_at WHERE first_reply_due_at IS NULL;
UPDATE complaints SET first_replied_at = (reply->>'at')::timestamptz WHERE reply IS NOT NULL AND first_replied_at IS NULL;
ALTER TABLE complaints ALTER COLUMN first_reply_due_at SET NOT NULL;
CREATE INDEX complaints_department_created ON complaints (department_id, created_at);
CREATE INDEX complaints_staff_created ON complaints (staff_id, created_at);
`;
