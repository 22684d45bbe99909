/** Texts the content check flagged or could not check (server/actions/moderation). */
import { emptyInput } from './common.schema';
import { returns, type Declarations } from './declaration';
import { moderationResolveInput, type ModerationListOutput, type ModerationResolveOutput } from './moderation.schema';

export const moderationApi = {
  'moderation.list': { input: emptyInput, output: returns<ModerationListOutput>(), access: ['admin'] },
  'moderation.resolve': {
    input: moderationResolveInput,
    output: returns<ModerationResolveOutput>(),
    access: ['admin'],
  },
} as const satisfies Declarations;
