export const name = '0007_assessment_scores';

/** Annual assessment scores per person and year (peer, head, self); grades are computed. */
export const sql = `
CREATE TABLE assessment_scores (
  year integer NOT NULL,
  staff_id text NOT NULL REFERENCES staff(id),
  peer numeric(5, 2),
  head numeric(5, 2),
  self numeric(5, 2),
  entered_by_staff_id text NOT NULL REFERENCES staff(id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (year, staff_id)
);
`;
