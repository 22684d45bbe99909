import { defineErrors } from './define';

/** The office's work: statistics, exports, imports, 整改, assessment and 责任追究. */
export const OFFICE_ERRORS = defineErrors({
  'STATS.FORBIDDEN_SCOPE': {
    status: 403,
    message: (what: 'figures' | 'rankings' | 'comments' = 'figures') =>
      what === 'rankings'
        ? '排名仅评议办可查看；部门负责人可查看本部门的窗口和人员排名'
        : what === 'comments'
          ? '群众意见仅评议办和部门负责人可查看'
          : '只能查看本人的统计；部门负责人可查看本部门',
    when: 'statistics outside the caller’s own figures (staff) or department (head)',
  },
  'STATS.CALENDAR_PERIOD_ONLY': {
    status: 403,
    message: '为保护评价人，部门负责人和工作人员只能查看整月、整季度或整年的统计',
    when: 'a head or staff member asks for figures of anything but a whole month, quarter or year',
  },
  'RESULTS.NOT_PUBLISHED': {
    status: 404,
    message: '评议结果暂未公布',
    when: 'the public results page is switched off',
  },
  'EXPORT.FORBIDDEN': {
    status: 403,
    message: '导出仅限评议办；部门负责人可导出本部门',
    when: 'an export outside the office, or a head’s export of another department',
  },
  'EXPORT.NOT_FOUND': {
    status: 404,
    message: (detail?: string) => `未找到${detail ?? '该导出任务'}`,
    when: 'export.status for a request id the caller never exported with; an expired download link',
  },
  'EXPORT.FAILED': {
    status: 500,
    message: '导出失败，请稍后重试',
    when: 'the file could not be built or stored (logged); retry with a new request id',
  },
  'SHEET.UNSUPPORTED': {
    status: 415,
    message: '请上传 Excel（.xlsx）文件',
    when: 'an upload (or an import file) that is not an .xlsx',
  },
  'SHEET.TOO_LARGE': { status: 413, message: '表格文件不能超过 5 MB', when: 'a spreadsheet over 5 MB' },
  'SHEET.NOT_FOUND': {
    status: 404,
    message: '未找到上传的表格（请重新上传）',
    when: 'an import file id that is unknown (or outside imports/ in cloud storage)',
  },
  'SHEET.UNREADABLE': {
    status: 400,
    message: '无法读取该表格，请用 Excel 另存为 .xlsx 后重试',
    when: 'an .xlsx exceljs cannot read',
  },
  'RECTIFICATION.NOT_FOUND': {
    status: 404,
    message: '未找到该整改事项',
    when: 'unknown rectification item, or one the caller may not read',
  },
  'RECTIFICATION.FORBIDDEN_SCOPE': {
    status: 403,
    message: '只能查看本部门或本人的整改事项',
    when: 'rectification.list of a department the caller does not head',
  },
  'RECTIFICATION.ILLEGAL_TRANSITION': {
    status: 409,
    message: (state?: string) => (state ? `该整改事项${state}，不能再报告进展` : '该整改事项尚未报结，不能验收'),
    when: 'progress on an item handed in or verified; verifying one not handed in',
  },
  'RECTIFICATION.CONFLICT': {
    status: 409,
    message: '该整改事项刚被他人更新，请刷新后再试',
    when: 'someone else changed the item at the same moment; reload',
  },
  'ASSESSMENT.FORBIDDEN': {
    status: 403,
    message: '只有评议办或本部门负责人可以评分和查看考核结果',
    when: 'scoring or grading outside the office or the head’s own department',
  },
  'ACCOUNTABILITY.FORBIDDEN_SCOPE': {
    status: 403,
    message: '只能查看本人的记录；部门负责人可查看本部门',
    when: '责任追究 records of someone outside the caller’s own (staff) or department (head)',
  },
});
