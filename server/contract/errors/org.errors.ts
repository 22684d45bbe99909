import { defineErrors } from './define';

const notFound = (what: string) => (detail?: string) => `未找到${detail ?? what}`;

/** The organisation and what refers to it: unknown ids. */
export const ORG_ERRORS = defineErrors({
  'DEPARTMENT.NOT_FOUND': { status: 404, message: notFound('该部门'), when: 'unknown department' },
  'WINDOW.NOT_FOUND': { status: 404, message: notFound('该窗口'), when: 'unknown window (or not of this department)' },
  'STAFF.NOT_FOUND': { status: 404, message: notFound('该工作人员'), when: 'unknown staff member' },
  'MATTER.NOT_FOUND': { status: 404, message: notFound('该事项'), when: 'unknown matter (办事事项)' },
  'MATTER.NOT_SERVED': {
    status: 403,
    message: '该事项不属于您所在的部门，不能为它开具监督卡',
    when: 'a card for another department’s matter: its evaluations and complaints would be counted and routed to the wrong department',
  },
});
