import { defineErrors } from './define';

/** The service case on a card (受理 → 补正 → 办结 / 退回) and the catalogue's time limits. */
export const CARD_ERRORS = defineErrors({
  'CARD.ILLEGAL_TRANSITION': {
    status: 409,
    message: (what: string) => `这张监督卡当前状态不能${what}`,
    when: 'the card’s state does not allow this (e.g. 补正 after 办结, a second 补正, 补正完成 without a 补正)',
  },
  'CARD.NOT_HANDLER': {
    status: 403,
    message: '只有开卡人、其 B 岗或科室负责人可以办理这张监督卡',
    when: 'a staff member who is not the issuer, the issuer’s B post or the department’s head moves the card on',
  },
  'CARD.CONFLICT': {
    status: 409,
    message: '这张监督卡刚被他人办理，请刷新后查看',
    when: 'someone else changed the card at the same moment; reload',
  },
  'CARD.PROMISE_EXCEEDS': {
    status: 400,
    message: (days: number, kind: string) => `承诺时限不能超过该事项目录规定的 ${days} 个${kind}`,
    when: 'a card promises more days than its catalogue matter’s 承诺时限',
  },
  'CARD.FREE_MATTER_OFF': {
    status: 400,
    message: '请从办事事项目录中选择事项（本单位未开放目录外事项）',
    when: 'a card without a catalogue matter while the office’s setting `card.freeMatters` is off',
  },
});
