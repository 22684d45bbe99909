/** The office's card settings: whether a card may name a matter outside the catalogue. */
import { defineAction } from '../../core/define-action';
import type { CardSettings } from '../../contract/card.schema';
import type { Store } from '../../ports/store';
import { audit } from '../../app/audit-trail';

export const CARD_SETTINGS_KEY = 'card.settings';

/**
 * Free matters are allowed until the office turns them off: an office whose catalogue is not
 * complete yet must still be able to issue cards; once it is, the office closes the gap.
 */
export async function cardSettings(store: Store): Promise<CardSettings> {
  const stored = await store.settings.get<Partial<CardSettings>>(CARD_SETTINGS_KEY);
  return { freeMatters: stored?.freeMatters ?? true };
}

export const cardSettingsGet = defineAction({
  name: 'card.settings',
  summary:
    'Whether a card may name a matter outside the catalogue (`freeMatters`; the issue form hides the free field when not).',
  handler: (_input, ctx) => cardSettings(ctx.deps.store),
});

export const cardSetSettings = defineAction({
  name: 'card.setSettings',
  summary: 'The office allows or refuses cards for matters outside the catalogue.',
  async handler(input, ctx) {
    const before = await cardSettings(ctx.deps.store);
    const next: CardSettings = { freeMatters: input.freeMatters };
    await ctx.deps.store.settings.put(CARD_SETTINGS_KEY, next);
    await audit(ctx, {
      kind: 'settings',
      target: `setting:${CARD_SETTINGS_KEY}`,
      summary: next.freeMatters ? '监督卡：允许目录外事项' : '监督卡：只能选择目录内事项',
      before,
      after: next,
    });
    return next;
  },
});
