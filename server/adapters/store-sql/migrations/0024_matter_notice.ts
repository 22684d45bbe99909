export const name = '0024_matter_notice';

/** A catalogue matter's 法定时限, how its days count, and its structured 一次性告知 (受理条件, 材料清单, 办理流程, 收费, 设定依据). */
export const sql = `
ALTER TABLE matters ADD COLUMN legal_days integer CHECK (legal_days IS NULL OR legal_days BETWEEN 0 AND 365);
ALTER TABLE matters ADD COLUMN day_kind text NOT NULL DEFAULT 'working' CHECK (day_kind IN ('working', 'natural'));
ALTER TABLE matters ADD COLUMN notice jsonb NOT NULL
  DEFAULT '{"conditions":"","materials":[],"process":"","fee":"","basis":""}';
`;
