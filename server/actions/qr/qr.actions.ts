/**
 * The code a card or window carries. By default a 小程序码 (opens the mini program page in
 * WeChat), made once per card or window and kept; when the office has set up WeChat's
 * 扫普通链接二维码打开小程序 rule for the H5 address, a plain-URL QR instead, which opens the mini
 * program in WeChat and the H5 page in any other camera. Without WeChat (the local host), or
 * when WeChat fails to make one, the URL QR — a working code beats none.
 */
import { audit } from '../../app/audit-trail';
import type { QrGetOutput } from '../../contract/qr.schema';
import { cardUrl, windowUrl } from '../../domain/card.rules';
import { errors } from '../../core/errors';
import type { MiniCodePage } from '../../ports/mini-codes';
import { defineAction, type CoreDeps } from '../../core/define-action';

export const QR_RULE_KEY = 'qr.rule';

async function plainUrlRule(deps: CoreDeps): Promise<boolean> {
  return (await deps.store.settings.get<{ plainUrlRule: boolean }>(QR_RULE_KEY))?.plainUrlRule ?? false;
}

/** The kept 小程序码 of a page and id, made on first use; null when none can be made. */
async function miniCode(deps: CoreDeps, page: MiniCodePage, scene: string): Promise<string | null> {
  const codes = deps.miniCodes;
  if (!codes) return null;
  const key = `${page === 'pages/card/index' ? 'card' : 'window'}/${scene}.png`;
  try {
    let png = await codes.load(key);
    if (!png) {
      png = await codes.generate(page, scene);
      await codes.save(key, png);
    }
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch (err) {
    deps.logger.warn('qr.minicode_failed', { page, error: err instanceof Error ? err.message : String(err) });
    return null;
  }
}

export const qrGet = defineAction({
  name: 'qr.get',
  summary:
    'The code for a card or a window: a 小程序码, or a QR of its H5 address under the plain-URL rule; with that address.',
  async handler(input, ctx): Promise<QrGetOutput> {
    const { deps } = ctx;
    const caller = ctx.caller;
    let url: string;
    let page: MiniCodePage;
    let id: string;
    if (input.cardId) {
      const card = await deps.store.cards.byId(input.cardId);
      // Staff print their own department's cards; the evaluation office any card.
      if (!card || (caller.role !== 'admin' && card.departmentId !== caller.staff?.departmentId)) {
        throw errors.notFound('CARD.NOT_FOUND', '该监督卡');
      }
      [url, page, id] = [cardUrl(deps.config.publicBaseUrl, card.id), 'pages/card/index', card.id];
    } else {
      const window = input.windowId ? await deps.store.org.windowById(input.windowId) : null;
      if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口');
      [url, page, id] = [windowUrl(deps.config.publicBaseUrl, window.id), 'pages/window/index', window.id];
    }
    const mini = (await plainUrlRule(deps)) ? null : await miniCode(deps, page, id);
    return mini ? { url, image: mini, codeKind: 'miniCode' } : { url, image: await deps.qr.png(url), codeKind: 'url' };
  },
});

export const qrRuleGet = defineAction({
  name: 'qr.rule',
  summary: 'Admin: whether card and window codes are plain-URL QRs (the 扫普通链接二维码 rule is set) or 小程序码.',
  handler: async (_input, { deps }) => ({ plainUrlRule: await plainUrlRule(deps), miniCodes: Boolean(deps.miniCodes) }),
});

export const qrRuleSet = defineAction({
  name: 'qr.setRule',
  summary: 'Admin: records that the plain-URL rule is (or is no longer) set up, which switches every code.',
  async handler(input, ctx) {
    const { deps } = ctx;
    const before = await plainUrlRule(deps);
    await deps.store.settings.put(QR_RULE_KEY, { plainUrlRule: input.plainUrlRule });
    await audit(ctx, {
      kind: 'settings',
      target: `setting:${QR_RULE_KEY}`,
      summary: `普通二维码规则：${input.plainUrlRule ? '已配置' : '未配置'}`,
      before: { plainUrlRule: before },
      after: { plainUrlRule: input.plainUrlRule },
    });
    return { plainUrlRule: input.plainUrlRule, miniCodes: Boolean(deps.miniCodes) };
  },
});
