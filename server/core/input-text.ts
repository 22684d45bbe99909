/**
 * One rule for every string a client sends, whatever the action: no NUL or other control
 * characters (PostgreSQL refuses U+0000 in text, so it would surface as a 500), no lone UTF-16
 * surrogates (they cannot be encoded as UTF-8: one store refuses them, another silently
 * replaces them), and no object keys that name JavaScript's prototype machinery (a record such
 * as `dimensions: {"__proto__": 3}` would otherwise be dropped without a word). Applied by the
 * dispatcher to the whole payload before the action's schema, so no field can forget it.
 */
import type { Issue } from './errors';

// Tab, line feed and carriage return are text; every other C0 control and DEL is not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 12;

export const UNSAFE_TEXT_MESSAGE = '含有无法保存的字符（如空字符或残缺的文字编码），请删除后重新填写';
const FORBIDDEN_KEY_MESSAGE = '含有不允许的字段名';
const TOO_DEEP_MESSAGE = '请求内容嵌套过深';

/** Whether a string can be stored and shown as it is. */
export function isSafeText(s: string): boolean {
  return !CONTROL.test(s) && !LONE_SURROGATE.test(s);
}

/** The issues of a payload under the rule above, each naming its field (`a.b.0`). */
export function unsafeTextIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  walk(value, [], issues, 0);
  return issues;
}

function walk(value: unknown, path: string[], issues: Issue[], depth: number): void {
  if (issues.length >= 20) return;
  if (typeof value === 'string') {
    if (!isSafeText(value)) issues.push({ path: path.join('.'), message: UNSAFE_TEXT_MESSAGE });
    return;
  }
  if (!value || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    issues.push({ path: path.join('.'), message: TOO_DEEP_MESSAGE });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, String(i)], issues, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    const at = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) issues.push({ path: at.join('.'), message: FORBIDDEN_KEY_MESSAGE });
    else if (!isSafeText(key)) issues.push({ path: path.join('.'), message: UNSAFE_TEXT_MESSAGE });
    else walk((value as Record<string, unknown>)[key], at, issues, depth + 1);
  }
}
