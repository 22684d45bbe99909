/**
 * Subscribe-message templates are chosen per organisation in the WeChat console, so which
 * template a notice uses and which template field carries which value are settings
 * ('notify.templates'), e.g.
 *   { "case.new": { "templateId": "AbC…", "page": "staff/case/index", "fields": { "character_string1": "trackingNo", "thing2": "category", "time3": "dueAt" } },
 *     "case.replied": { "templateId": "XyZ…", "page": "complaint/detail/index", "fields": { "character_string1": "trackingNo", "thing2": "summary" } } }
 * A card's 办结通知 (`card.done`, to a resident who asked on the card page) opens the card:
 *     "card.done": { "templateId": "…", "page": "pages/card/index", "fields": { "thing1": "category", "phrase2": "status", "thing3": "summary" } }
 * (for a card, `category` carries the matter and `status` 已办结 / 已退回).
 * (The resident's case page was pages/complaint/index before the complaint subpackage; the mini
 * program still redirects that old path — src/lib/moved-pages.ts.)
 * A notice kind without a template goes to the in-app 消息 only.
 */
import type { OutboxItem } from './complaint.entities';

export interface TemplateSpec {
  templateId: string;
  /** Mini program page the message opens, with ?id=<complaintId or rectificationId> appended. */
  page: string;
  /** Template field key → notice field name (trackingNo, category, dueAt, status, summary). */
  fields: Record<string, string>;
}

export type TemplateMap = Partial<Record<OutboxItem['kind'], TemplateSpec>>;
export const TEMPLATES_KEY = 'notify.templates';

/** The `data` object of subscribeMessage.send: every template field as `{ value }`. */
export function templateData(spec: TemplateSpec, item: OutboxItem): Record<string, { value: string }> {
  return Object.fromEntries(
    Object.entries(spec.fields).map(([key, name]) => [key, { value: item.payload.fields[name] ?? '' }]),
  );
}
