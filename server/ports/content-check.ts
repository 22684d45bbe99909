/**
 * Content security for what users write (WeChat's msgSecCheck v2): evaluation comments,
 * complaints, replies and rating comments are checked before they are stored.
 */
export type ContentVerdict =
  /** Nothing found. */
  | 'pass'
  /** WeChat is unsure: stored, and flagged for the admin to look at. */
  | 'review'
  /** Refused: the writer is told to change it. */
  | 'risky'
  /** Could not be checked (WeChat unreachable, no WeChat identity to check under): stored and flagged. */
  | 'unavailable'
  /** This deployment has no checker (the local host): stored, not flagged. */
  | 'unchecked';

/** WeChat's scenes: 1 资料 (profile), 2 评论 (comment), 3 论坛 (forum), 4 社交日志 (social log). */
export type ContentScene = 1 | 2 | 3 | 4;

export interface ContentCheckResult {
  verdict: ContentVerdict;
  /** WeChat's label (e.g. 10001 广告, 20001 时政, 20006 违法犯罪, 21000 其他), when it gave one. */
  label?: number;
  /** Why it could not be checked, for the admin and the log. */
  reason?: string;
}

export interface ContentCheck {
  /** `none`: a no-op (local host) that answers `unchecked` for everything. */
  kind: 'wechat-http' | 'wechat-cloud' | 'none';
  check(text: string, o: { openid: string | null; scene: ContentScene }): Promise<ContentCheckResult>;
}
