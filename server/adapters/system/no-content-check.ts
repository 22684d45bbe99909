import type { ContentCheck } from '../../ports/content-check';

/** The local host's checker: checks nothing, and says so in every answer. */
export const noContentCheck: ContentCheck = {
  kind: 'none',
  check: async () => ({ verdict: 'unchecked', reason: '本地运行，未接入微信内容安全检测' }),
};
