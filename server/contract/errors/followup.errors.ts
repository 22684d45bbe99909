import { defineErrors } from './define';

/** 差评回访 (follow-ups) and 申诉复核 (appeals). */
export const FOLLOWUP_ERRORS = defineErrors({
  'FOLLOWUP.NOT_FOUND': {
    status: 404,
    message: '未找到该回访',
    when: 'unknown follow-up, or one the caller may not read (the rated person never may)',
  },
  'FOLLOWUP.ILLEGAL_TRANSITION': {
    status: 409,
    message: (what: string) => `该回访当前状态不能${what}`,
    when: 'the follow-up’s state does not allow this (e.g. recording twice, rating before the record)',
  },
  'FOLLOWUP.CONFLICT': {
    status: 409,
    message: '该回访刚被他人处理，请刷新后查看',
    when: 'someone else changed the follow-up at the same moment; reload',
  },
  'FOLLOWUP.CALLBACK_NOT_BAD': {
    status: 400,
    message: '回访电话只在“不满意”或“非常不满意”时留下',
    when: 'a call-back number on an evaluation that is not a 差评',
  },
  'APPEAL.NOT_FOUND': {
    status: 404,
    message: '未找到可申诉的差评或投诉',
    when: 'unknown appeal, or a 差评/complaint that is not about the caller (or not a 差评)',
  },
  'APPEAL.WINDOW_CLOSED': {
    status: 409,
    message: (days: number) => `申诉须在差评或投诉之日起 ${days} 日内提出`,
    when: 'appeal.submit more than 15 days after the 差评 or complaint',
  },
  'APPEAL.PENDING': {
    status: 409,
    message: '该差评或投诉已有申诉在复核中',
    when: 'appeal.submit while an appeal of the same 差评 or complaint is pending',
  },
  'APPEAL.DECIDED': {
    status: 409,
    message: '该申诉已复核',
    when: 'appeal.decide of an appeal already decided',
  },
  'APPEAL.SELF': {
    status: 403,
    message: '不能复核与本人有关的申诉',
    when: 'an office member decides an appeal they made or that is about them',
  },
});
