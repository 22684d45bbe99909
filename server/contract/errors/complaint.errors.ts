import { defineErrors } from './define';

/** Complaints, their photos and the texts the content check refuses. */
export const COMPLAINT_ERRORS = defineErrors({
  'COMPLAINT.NOT_FOUND': { status: 404, message: '未找到该投诉', when: 'unknown case, or one the caller may not read' },
  'COMPLAINT.ILLEGAL_TRANSITION': {
    status: 409,
    message: (what: string) => `该投诉当前状态不能${what}`,
    when: 'the case’s state does not allow this (e.g. rating twice)',
  },
  'COMPLAINT.EXTENSION_USED': {
    status: 409,
    message: '每件投诉只能申请一次延期',
    when: 'complaint.requestExtension when the case already had its one extension request',
  },
  'COMPLAINT.NO_EXTENSION': {
    status: 409,
    message: '该投诉没有待审批的延期申请',
    when: 'complaint.decideExtension without a pending request',
  },
  'COMPLAINT.NOT_SUPERVISED': {
    status: 409,
    message: '该投诉没有待回复的督办单',
    when: 'complaint.superviseReply on a case the ladder has not sent a 督办单 for (or it was answered)',
  },
  'COMPLAINT.CONFLICT': {
    status: 409,
    message: '该投诉刚被他人处理，请刷新后查看',
    when: 'someone else changed the case at the same moment; reload',
  },
  'COMPLAINT.NOT_A_BAD_REVIEW': {
    status: 409,
    message: '只有“不满意”或“非常不满意”的评价可以转为投诉',
    when: 'only a 不满意/非常不满意 evaluation becomes a complaint',
  },
  'COMPLAINT.SAME_ASSIGNEE': { status: 409, message: '该投诉已由此人办理', when: 'a transfer to the current handler' },
  'COMPLAINT.TO_SUBJECT': {
    status: 409,
    message: '不能转交给被投诉人本人办理',
    when: 'a transfer to the person the complaint is about',
  },
  'COMPLAINT.NO_PHONE': {
    status: 409,
    message: '投诉人未留电话或选择了匿名',
    when: 'no number to reveal (none, or anonymous)',
  },
  'COMPLAINT.NO_SUBJECT': {
    status: 409,
    message: '这件投诉没有具体的被投诉人',
    when: 'a statement asked on a case about no one in particular',
  },
  'COMPLAINT.REVIEW_CLOSED': {
    status: 409,
    message: (days: number) => `复核只能申请一次，且须在不予受理后 ${days} 天内提出`,
    when: 'a second review request, or one after the window',
  },
  'PHOTO.UNSUPPORTED': {
    status: 415,
    message: '只能上传 JPG、PNG 或 WebP 格式的照片',
    when: 'an upload that is not a JPEG, PNG or WebP (checked by content)',
  },
  'PHOTO.TOO_LARGE': { status: 413, message: '照片不能超过 2 MB，请压缩后再上传', when: 'an upload over 2 MB' },
  'PHOTO.NOT_FOUND': {
    status: 404,
    message: '未找到该照片或链接已过期',
    when: 'a photo link that is unknown, forged or expired',
  },
  'CONTENT.RISKY': {
    status: 400,
    message: '内容可能含有不当信息，请修改后再提交',
    when: 'WeChat’s content check (msgSecCheck v2) refuses the text: evaluation comment, complaint, reply or rating comment',
  },
  'MODERATION.NOT_FOUND': {
    status: 404,
    message: '未找到该条待审内容（可能已处理）',
    when: 'moderation.resolve: no such flag, or it was already resolved',
  },
});
