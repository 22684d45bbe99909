/**
 * The notices a complaint's state changes cause, as outbox items. Each has a dedup key that
 * names the event it belongs to, so enqueuing it twice (a sweep run twice, a retried request)
 * queues it once. Template fields are cut to WeChat's limits here, once.
 */
import { createHash } from 'node:crypto';
import { STATUS_LABELS } from '../contract/complaint.schema';
import { thing } from '../domain/complaint.rules';
import { shanghaiDateTime } from '../contract/dates';
import type { Complaint, NoticeKind, OutboxItem, Recipient } from '../ports/complaint-store';

export const TITLES: Record<NoticeKind, string> = {
  'case.new': '新投诉待处理',
  'case.transferred': '转办投诉待处理',
  'case.remind': '投诉即将到期',
  'case.dueDay': '投诉今天到期',
  'case.overdue': '投诉已逾期',
  'case.escalated': '投诉逾期督办',
  'case.replied': '您的投诉有了答复',
  'case.reopened': '投诉重新办理',
  'case.statement': '请就一件投诉说明情况',
  'case.reported': '投诉逾期通报',
  'case.extension': '投诉延期待审批',
  'case.extensionDecided': '延期申请有了结果',
  'case.extended': '投诉答复期限已延长',
  'case.handedOver': '投诉已交 B 岗代办',
  'case.rectified': '您反映的问题已整改',
  'rect.assigned': '新的整改任务',
  'rect.dueDay': '整改今天到期',
  'rect.overdue': '整改已逾期',
  'rect.submitted': '整改已报结，待验收',
  'rect.returned': '整改验收未通过',
  'rect.verified': '整改已验收',
  'followup.new': '差评待回访核实',
  'followup.remind': '差评回访即将到期',
  'followup.dueDay': '差评回访今天到期',
  'followup.overdue': '差评回访已逾期',
  'followup.escalated': '差评回访逾期督办',
  'followup.reported': '差评回访逾期通报',
  'followup.answered': '您的评价有了回访结果',
  'followup.review': '群众对回访结果不满意',
  'followup.rectified': '您反映的问题已整改',
  'appeal.new': '新的申诉待复核',
  'appeal.overdue': '申诉复核已逾期',
  'appeal.decided': '申诉复核有了结果',
  'card.done': '您办理的事项有了结果',
  'card.dueSoon': '监督卡明天到期',
  'card.overdue': '监督卡已超期未办结',
};

/** 2026-12-01 23:59 (Shanghai): how a deadline reads in a message. */
export const dueText = (at: Date): string => shanghaiDateTime(at);

export function recipientKey(r: Recipient): string {
  return 'staffId' in r ? `staff:${r.staffId}` : `subject:${r.subjectHash}`;
}

/** What a notice is about: exactly one of a case, a rectification item, a follow-up, an appeal or a card. */
export type NoticeSubject =
  | { complaintId: string }
  | { rectificationId: string }
  | { followupId: string }
  | { appealId: string }
  | { cardId: string };

/**
 * One outbox item, however its subject is kind: the dedup key names kind, subject, occasion and
 * recipient, the template fields are cut to WeChat's limits here (`summary` from the body).
 * @param occasion what makes this notice unique besides kind, subject and recipient: the reopen
 *   round, the escalation rung, the transfer event.
 */
export function outboxItem(
  kind: NoticeKind,
  recipient: Recipient,
  about: NoticeSubject,
  now: Date,
  occasion: string | number,
  body: string,
  fields: { trackingNo: string; category: string; dueAt: string; status: string },
): OutboxItem {
  const subjectId = Object.values(about)[0] as string;
  const dedupKey = `${kind}:${subjectId}:${occasion}:${recipientKey(recipient)}`;
  return {
    id: createHash('sha256').update(dedupKey).digest('hex').slice(0, 32),
    dedupKey,
    kind,
    recipient,
    complaintId: 'complaintId' in about ? about.complaintId : null,
    rectificationId: 'rectificationId' in about ? about.rectificationId : null,
    followupId: 'followupId' in about ? about.followupId : null,
    appealId: 'appealId' in about ? about.appealId : null,
    cardId: 'cardId' in about ? about.cardId : null,
    // Generic template fields (the template ids and the mapping to them are configuration).
    payload: { title: TITLES[kind], body, fields: { ...fields, summary: thing(body) } },
    ...pendingDelivery(now),
  };
}

/** A case's notice. */
export function notice(
  kind: NoticeKind,
  recipient: Recipient,
  c: Complaint,
  now: Date,
  occasion: string | number,
  body: string,
): OutboxItem {
  return outboxItem(kind, recipient, { complaintId: c.id }, now, occasion, body, {
    // The person complained about never learns the tracking number (the complainant's key to the case).
    trackingNo: kind === 'case.statement' ? '' : c.trackingNo,
    category: thing(c.category),
    dueAt: dueText(c.replyDueAt),
    status: thing(STATUS_LABELS[c.status], 5),
  });
}

/** A notice not yet tried: due now, no attempts, nothing sent. */
export const pendingDelivery = (now: Date) =>
  ({ status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now, sentAt: null, lastError: null }) as const;
