/**
 * The client's forms check with the contract's own schemas (src/lib/form-issues.ts): what a form
 * shows before sending is what the server answers after — the same rule, the same Chinese words.
 */
import { createRuntime } from '../../server/hosts/runtime';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { complaintReplyInput, complaintSubmitInput } from '../../server/contract/complaint.schema';
import { fieldIssues, firstIssue } from '../../src/lib/form-issues';
import { emptyIssueForm, issueProblems } from '../../src/lib/issue-form';
import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';
import { seedOrg, staffA } from '../support/fixtures';

afterAll(closeSharedPglite);

it('shows, field by field, the messages the server answers with for the same payload', async () => {
  const store = await freshPgliteStore();
  await seedOrg(store);
  const core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl: 'https://hall.example.cn',
    clock: fixedClock('2026-11-24T02:00:00.000Z'),
    logger: silentLogger,
  });
  const payload = { departmentId: 'DEPT000001', category: '服务态度', content: '太慢', contactPhone: '12345' };
  const form = fieldIssues(complaintSubmitInput, payload);
  expect(form).toEqual({ content: '请至少写 5 个字，说明发生了什么', contactPhone: '请填写 11 位手机号码' });
  const answer = await core.dispatch(
    { action: 'complaint.submit', payload, requestId: 'form-issues-0001' },
    { subject: 'dev:form' },
  );
  expect(answer.body.ok).toBe(false);
  const server = Object.fromEntries(
    ((answer.body as any).error.issues as { path: string; message: string }[]).map((i) => [i.path, i.message]),
  );
  expect(server).toEqual(form);
});

it('gives one message at a time, and none for a payload the server takes', () => {
  expect(firstIssue(complaintReplyInput, { complaintId: 'CMPL000000000000001', content: '好的' })).toBe(
    '答复请至少写 5 个字',
  );
  expect(
    firstIssue(complaintReplyInput, { complaintId: 'CMPL000000000000001', content: '已电话联系并致歉' }),
  ).toBeNull();
});

it('the card form marks each field with the contract’s words, a half-typed number included', () => {
  const form = {
    ...emptyIssueForm('12'),
    matter: ' ',
    promisedDays: '5天',
    notes: 'x'.repeat(2001),
    supervisionPhone: '12',
  };
  expect(issueProblems(form)).toEqual({
    matter: '请填写办事内容',
    promisedDays: '请填写 0–365 的整数天数',
    notes: '注意事项不超过 2000 字',
    supervisionPhone: '电话号码格式不正确',
  });
  expect(
    issueProblems({ ...emptyIssueForm(''), matter: '不动产转移登记', matterType: '即办件', promisedDays: '' }),
  ).toEqual({});
  expect(
    issueProblems({ ...emptyIssueForm('0571-88001234', staffA.id.replace('STAFF', 'WIN')), matter: '不动产转移登记' }),
  ).toEqual({});
});
