/** Identity: guests, WeChat logins, staff binding and PC sign-in (server/actions/auth). */
import {
  authBindInput,
  authGuestInput,
  authMeInput,
  authSetPasswordInput,
  authStaffLoginInput,
  authWxLoginInput,
  bindCodeIssueInput,
  type AuthBindOutput,
  type AuthGuestOutput,
  type AuthMeOutput,
  type AuthSetPasswordOutput,
  type AuthStaffLoginOutput,
  type AuthWxLoginOutput,
  type BindCodeIssueOutput,
} from './auth.schema';
import { returns, type Declarations } from './declaration';

export const authApi = {
  'auth.guest': { input: authGuestInput, output: returns<AuthGuestOutput>(), access: 'public' },
  'auth.wxLogin': { input: authWxLoginInput, output: returns<AuthWxLoginOutput>(), access: 'public' },
  'auth.me': { input: authMeInput, output: returns<AuthMeOutput>(), access: 'identified' },
  'org.bindCode': { input: bindCodeIssueInput, output: returns<BindCodeIssueOutput>(), access: ['admin'] },
  'auth.bind': { input: authBindInput, output: returns<AuthBindOutput>(), access: 'identified' },
  'auth.setPassword': { input: authSetPasswordInput, output: returns<AuthSetPasswordOutput>(), access: 'public' },
  'auth.staffLogin': { input: authStaffLoginInput, output: returns<AuthStaffLoginOutput>(), access: 'public' },
} as const satisfies Declarations;
