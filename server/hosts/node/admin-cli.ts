/**
 * `npm run admin -- --number 0001 --name 张敏 --department 评议办`: makes (or promotes) an admin
 * staff record and prints a one-time bind code for it. How a self-hosted deployment gets its
 * first admin without WeChat (who then sets a password on the PC), and how an admin who forgot
 * their password gets back in. Needs DATABASE_URL and the server's IDENTITY_PEPPER.
 */
import { parseArgs } from 'node:util';
import { issueBindCode } from '../../security/bind-codes';
import { openPostgres } from '../../adapters/store-sql/pg-client';
import { createSqlStore } from '../../adapters/store-sql/sql-store';
import { randomIds } from '../../adapters/system/random-ids';
import type { Staff } from '../../ports/store';

const USAGE = 'usage: npm run admin -- --number <工号> --name <姓名> --department <部门名称>';

async function main() {
  const { values } = parseArgs({
    options: { number: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' } },
  });
  const [number, name, department] = [values.number?.trim(), values.name?.trim(), values.department?.trim()];
  const url = process.env.DATABASE_URL;
  const pepper = process.env.IDENTITY_PEPPER;
  const problems = [
    ...(!number || !name || !department ? [USAGE] : []),
    ...(!url || !/^postgres(ql)?:\/\//.test(url) ? ['DATABASE_URL is required (a postgres:// URL)'] : []),
    ...(!pepper || pepper.length < 32 ? ['IDENTITY_PEPPER is required: the same value the server runs with'] : []),
  ];
  // Each missing value is among the problems; naming them again narrows their types.
  if (problems.length || !number || !name || !department || !url || !pepper) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  const store = await createSqlStore(await openPostgres(url, 1));
  try {
    let dept = (await store.org.departments()).find((d) => d.name === department);
    if (!dept) {
      dept = { id: `DEPT${randomIds.next(12)}`, name: department, headStaffId: null, supervisionPhone: '' };
      await store.org.putDepartment(dept);
    }
    const existing = (await store.org.staff()).find((s) => s.number === number);
    const staff: Staff = existing
      ? { ...existing, role: 'admin' }
      : {
          id: `STAFF${randomIds.next(12)}`,
          number,
          name,
          departmentId: dept.id,
          role: 'admin',
          backupStaffId: null,
          leave: [],
          openid: null,
        };
    await store.org.putStaff(staff);
    const issued = await issueBindCode(
      { store, config: { mode: 'production', publicBaseUrl: '', identityPepper: pepper } },
      staff,
      staff.id,
      new Date(),
    );
    console.log(
      JSON.stringify({
        event: 'admin.ready',
        staffId: staff.id,
        number: staff.number,
        promoted: Boolean(existing),
        code: issued.code,
        expiresAt: issued.expiresAt,
      }),
    );
    console.log(`${staff.name}（工号 ${staff.number}）是管理员。绑定码 ${issued.code}，72 小时内有效：`);
    console.log('  在微信小程序中：首页 → 工作人员入口 → 输入绑定码；');
    console.log('  在电脑浏览器中：打开 /#/staff/login/index → 用绑定码设置密码，再用工号和密码登录。');
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
