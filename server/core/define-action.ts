import type { z } from 'zod/mini';
import type { Role } from '../contract/auth.schema';
import { ACTIONS, type ActionMap, type ActionName } from '../contract/actions';
import type { Access } from '../contract/declaration';
import type { Caller, Principal } from '../security/identity';
import type { Clock } from '../ports/clock';
import type { Ids } from '../ports/ids';
import type { ReportFiles } from '../ports/exports';
import type { Logger } from '../ports/logger';
import type { PushChannel } from '../ports/push';
import type { QrCodes } from '../ports/qr';
import type { Staff, Store } from '../ports/store';
import type { WechatLogin } from '../ports/wechat-login';
import type { ContentCheck } from '../ports/content-check';
import type { MiniCodes } from '../ports/mini-codes';
import type { Tokens } from '../security/tokens';

export interface CoreConfig {
  /** `local` enables the dev.* actions (demo identities); never in production. */
  mode: 'local' | 'production';
  /** Where the H5 pages live; card and window QR codes encode URLs under it. */
  publicBaseUrl: string;
  /** Keys the resident identity hash; losing it only breaks "one evaluation per visit". */
  identityPepper: string;
  /**
   * OPENIDs that act as admins while no staff record is bound to them (ADMIN_OPENIDS): how a
   * fresh environment gets its first admin, who then imports the organisation and binds.
   */
  adminOpenids?: readonly string[];
  /**
   * Local mode's gate on the dev.* actions: open when absent (`npm start` on loopback); only with
   * the code printed at start when the host can be reached from other machines (`{ key }`);
   * `'off'` refuses them all (DEV_ACTIONS=off). See server/hosts/node/dev-access.ts.
   */
  devAccess?: 'open' | 'off' | { key: string };
}

export interface CoreDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
  qr: QrCodes;
  tokens: Tokens;
  logger: Logger;
  config: CoreConfig;
  /** Where generated Excel files are kept and how they are downloaded. */
  reports: ReportFiles;
  /** WeChat subscribe messages, where a deployment has them; in-app messages always. */
  push?: PushChannel | null;
  /** `wx.login` codes → OPENIDs, on a self-hosted backend with the mini program's AppID. */
  wxLogin?: WechatLogin | null;
  /** 小程序码 for cards and windows, where the deployment has WeChat (else URL QRs only). */
  miniCodes?: MiniCodes | null;
  /** WeChat's text security check; the local host's checks nothing and says so. */
  contentCheck?: ContentCheck;
}

/** Where a request came from, as far as the host knows (the Node host: the client address). */
export interface RequestMeta {
  ip?: string;
  /** The request id the host logs under (x-request-id), so a failure's log line can be found. */
  traceId?: string;
}

export interface ActionContext<C extends Caller | null = Caller | null> {
  deps: CoreDeps;
  /** Null only for public actions called without identity; typed from the action's access rule. */
  caller: C;
  principal: Principal | null;
  requestId: string;
  now: Date;
  /** What the host knows of the request's origin (the client address, for per-address limits). */
  meta: RequestMeta;
}

/** Who may call: declared with each action in the contract (server/contract/declaration.ts). */
export type { Access };

/** A caller dispatch has checked to be staff (or an admin): their record is there. */
export type StaffCaller = Caller & { staff: Staff };

/** What the handler may rely on, given who may call (dispatch checks it before the handler runs). */
export type CallerFor<A extends Access> = A extends 'public'
  ? Caller | null
  : A extends readonly Role[]
    ? Exclude<A[number], 'staff' | 'admin'> extends never
      ? StaffCaller
      : Caller
    : Caller;

/** The handler's caller, from the access the contract declares for the action. */
export type ActionCaller<N extends ActionName> = CallerFor<ActionMap[N]['access']>;

/** What the server writes for an action; its input schema and access come from the contract. */
export interface ActionImpl<N extends ActionName = ActionName> {
  name: N;
  /** One line for docs/api.md. */
  summary: string;
  /** Exists only in local mode (the dev.* actions). */
  localOnly?: boolean;
  /**
   * Whether this request (its requestId) was carried out before: asked before the rate limits
   * are counted, so a retried submission gets its first answer and spends no slot.
   */
  isReplay?(input: ActionMap[N]['parsed'], ctx: ActionContext<ActionCaller<N>>): Promise<boolean>;
  handler(input: ActionMap[N]['parsed'], ctx: ActionContext<ActionCaller<N>>): Promise<ActionMap[N]['output']>;
}

/** An action as dispatch runs it: the implementation with the contract's schema and access. */
export interface ActionDef<N extends ActionName = ActionName> extends ActionImpl<N> {
  input: z.ZodMiniType<ActionMap[N]['parsed'], ActionMap[N]['input']>;
  access: Access;
}

const defined = new WeakSet<object>();

/**
 * Implements the action the contract declares under `name` (server/contract/actions.ts): the
 * handler's input and output, and `ctx.caller`, are typed from that declaration.
 */
export function defineAction<N extends ActionName>(impl: ActionImpl<N>): ActionDef<N> {
  const declared = ACTIONS[impl.name];
  // The schema's own types are what ActionMap[N] derives from; tsc cannot see it for a generic N.
  const def: ActionDef<N> = {
    ...impl,
    input: declared.input as unknown as ActionDef<N>['input'],
    access: declared.access,
  };
  defined.add(def);
  return def;
}

/** Whether a value is an action made by defineAction (the registry collects them). */
export function isActionDef(value: unknown): value is ActionDef {
  return typeof value === 'object' && value !== null && defined.has(value);
}

/** The caller of a non-public action (dispatch has already checked identity and role). */
export function callerOf(ctx: ActionContext): Caller {
  if (!ctx.caller) throw new Error(`action needs a caller`);
  return ctx.caller;
}
