/** Windows as residents see them (server/actions/window). */
import { returns, type Declarations } from './declaration';
import { windowGetInput, type WindowView } from './window.schema';

export const windowApi = {
  'window.get': { input: windowGetInput, output: returns<WindowView>(), access: 'identified' },
} as const satisfies Declarations;
