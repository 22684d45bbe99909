/** In-app messages and the subscribe-message templates (server/actions/message). */
import { emptyInput } from './common.schema';
import { returns, type Declarations } from './declaration';
import { messageListInput, type MessageListOutput, type NotifyTemplatesOutput } from './message.schema';

export const messageApi = {
  'message.list': { input: messageListInput, output: returns<MessageListOutput>(), access: 'identified' },
  'notify.templates': { input: emptyInput, output: returns<NotifyTemplatesOutput>(), access: 'identified' },
} as const satisfies Declarations;
