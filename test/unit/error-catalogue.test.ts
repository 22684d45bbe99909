/**
 * The error catalogue (server/contract/errors) is the one list of what the API answers with:
 * every entry is raised somewhere, speaks Chinese to people and says when it happens, and no
 * code is raised that is not in it (the type of AppError.code enforces that at compile time).
 */
import { execFileSync } from 'node:child_process';
import { ERRORS } from '../../server/contract/errors';

const source = execFileSync(
  'git',
  ['grep', '-h', '-E', "'[A-Z]+(\\.[A-Z_]+)?'", '--', 'server', ':!server/contract/errors'],
  { encoding: 'utf8' },
);

describe('the error catalogue', () => {
  it.each(Object.entries(ERRORS))(
    '%s: a 4xx/5xx status, a Chinese message, a description, and raised by the server',
    (code, e) => {
      expect(e.status).toBeGreaterThanOrEqual(400);
      expect(e.status).toBeLessThan(600);
      const message = typeof e.message === 'function' ? (e.message as (...a: unknown[]) => string)('样例') : e.message;
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
      expect(e.when.length).toBeGreaterThan(10);
      expect(source).toContain(`'${code}'`);
    },
  );
});
