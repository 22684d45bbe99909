/** Subscribe messages from a cloud function: cloud.openapi.subscribeMessage.send (no access token needed). */
import type { OutboxItem } from '../../ports/complaint-store';
import type { PushChannel, PushResult } from '../../ports/push';
import type { Store } from '../../ports/store';
import { TEMPLATES_KEY, templateData, type TemplateMap } from '../../domain/notify-templates';
import { FINAL_ERRORS } from './templates';

/** The part of wx-server-sdk's openapi this channel uses. */
export interface CloudOpenapi {
  subscribeMessage: {
    send(params: {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
      miniprogramState?: string;
    }): Promise<unknown>;
  };
}

export function cloudPush(openapi: CloudOpenapi, store: Store): PushChannel {
  return {
    async send(item: OutboxItem, to): Promise<PushResult> {
      const templates = (await store.settings.get<TemplateMap>(TEMPLATES_KEY)) ?? {};
      const spec = templates[item.kind];
      if (!spec) return { ok: true };
      try {
        await openapi.subscribeMessage.send({
          touser: to.openid,
          templateId: spec.templateId,
          page: `${spec.page}?id=${item.complaintId ?? item.rectificationId ?? item.followupId ?? item.appealId ?? item.cardId}`,
          data: templateData(spec, item),
        });
        return { ok: true };
      } catch (err) {
        const e = err as { errCode?: number; errMsg?: string; message?: string };
        const code = Number(e.errCode ?? -1);
        return {
          ok: false,
          final: FINAL_ERRORS.has(code),
          code: String(code),
          message: String(e.errMsg ?? e.message ?? 'send failed').slice(0, 200),
        };
      }
    },
  };
}
