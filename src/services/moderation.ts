/** The admin's moderation list (texts the content check flagged or could not check). */
import { call } from './call';

export const moderationList = () => call('moderation.list', {});
export const resolveFlag = (flagId: string) => call('moderation.resolve', { flagId });
