/** Which subscribe-message templates the mini program asks consent for (staff and residents). */
import { defineAction } from '../../core/define-action';
import { TEMPLATES_KEY, type TemplateMap } from '../../domain/notify-templates';

export const notifyTemplates = defineAction({
  name: 'notify.templates',
  summary:
    'The subscribe-message template ids to ask consent for: staff (new case, reminders) and residents (reply ready).',
  async handler(_input, { deps }) {
    const templates = (await deps.store.settings.get<TemplateMap>(TEMPLATES_KEY)) ?? {};
    const ids = (kinds: (keyof TemplateMap)[]) =>
      [...new Set(kinds.map((k) => templates[k]?.templateId).filter((x): x is string => Boolean(x)))].slice(0, 3);
    return {
      staff: ids([
        'case.new',
        'case.remind',
        'case.overdue',
        'case.dueDay',
        'case.transferred',
        'case.reopened',
        'case.escalated',
      ]),
      resident: ids(['case.replied']),
      card: ids(['card.done']),
    };
  },
});
