import { defineErrors } from './define';

/** Cards and their evaluation (一事一评, the windows, amendments). */
export const EVALUATION_ERRORS = defineErrors({
  'CARD.NOT_FOUND': {
    status: 404,
    message: (detail?: string) => `未找到${detail ?? '该监督卡'}`,
    when: 'unknown card',
  },
  'CARD.ALREADY_EVALUATED': {
    status: 409,
    message: '这张监督卡已经评价过了：一事一评，每张卡只能评价一次',
    when: 'another identity evaluates a card its first evaluator owns (一事一评)',
  },
  'CARD.EVALUATION_CLOSED': {
    status: 409,
    message: (days: number) => `这张监督卡已超过评价期限（办结后 ${days} 天内可评价）`,
    when: 'a card evaluated after its evaluation window (办结 or 退回, else the due date, + `evaluation.cardWindowDays`, 30 by default)',
  },
  'EVALUATION.NOT_FOUND': { status: 404, message: '未找到该评价', when: 'unknown evaluation (or not yours)' },
  'EVALUATION.ALREADY_SUBMITTED': {
    status: 409,
    message: '您已评价过这次服务，可在评价后 24 小时内修改',
    when: 'this visit is already evaluated; `error.evaluationId` names it',
  },
  'EVALUATION.AMEND_CLOSED': {
    status: 409,
    message: '评价已超过可修改时间（24 小时）',
    when: 'the 24 h amend window has passed',
  },
  'EVALUATION.REASON_REQUIRED': {
    status: 422,
    message: '请选择或填写不满意的原因',
    when: '不满意/非常不满意 details without a reason',
  },
  'EVALUATION.SELF': {
    status: 403,
    message: '工作人员不能评价本部门的服务',
    when: 'staff evaluating a card or window of their own department',
  },
});
