import { qrGetInput } from '../contract/qr.schema';
import { cardUrl, windowUrl } from '../domain/card.rules';
import { errors } from '../errors';
import { callerOf, defineAction } from './define';

export const qrGet = defineAction({
  name: 'qr.get',
  summary: 'The QR code (PNG data URL) and the URL it encodes, for a card or a window.',
  input: qrGetInput,
  access: ['staff', 'admin'],
  async handler(input, ctx) {
    const { store, qr, config } = ctx.deps;
    const caller = callerOf(ctx);
    let url: string;
    if (input.cardId) {
      const card = await store.cards.byId(input.cardId);
      // Staff print their own department's cards; the evaluation office any card.
      if (!card || (caller.role !== 'admin' && card.departmentId !== caller.staff?.departmentId)) {
        throw errors.notFound('CARD.NOT_FOUND', '该监督卡');
      }
      url = cardUrl(config.publicBaseUrl, card.id);
    } else {
      const window = await store.org.windowById(input.windowId!);
      if (!window) throw errors.notFound('WINDOW.NOT_FOUND', '该窗口');
      url = windowUrl(config.publicBaseUrl, window.id);
    }
    return { url, image: await qr.png(url) };
  },
});
