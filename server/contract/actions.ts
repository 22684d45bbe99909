/**
 * Every client action, declared once: each aggregate's `<aggregate>.api.ts` names its actions
 * with their input schema, output type and access (declaration.ts), and this file combines
 * them. The server's defineAction takes the schema and the access from ACTIONS; the client's
 * `call` takes its types from ActionMap, as types only (nothing of zod reaches the bundle).
 *
 * Adding an action: declare it in its aggregate's api file (a new aggregate: a new file, spread
 * in below), then implement it with defineAction in server/actions/<aggregate>/.
 */
import type * as z from 'zod/mini';
import { accountabilityApi } from './accountability.api';
import { assessmentApi } from './assessment.api';
import { auditApi } from './audit.api';
import { authApi } from './auth.api';
import { cardApi } from './card.api';
import { complaintApi } from './complaint.api';
import type { OutputOf } from './declaration';
import { devApi } from './dev.api';
import { evaluationApi } from './evaluation.api';
import { exportApi } from './export.api';
import { followupApi } from './followup.api';
import { messageApi } from './message.api';
import { moderationApi } from './moderation.api';
import { orgApi } from './org.api';
import { qrApi } from './qr.api';
import { rectificationApi } from './rectification.api';
import { statsApi } from './stats.api';
import { windowApi } from './window.api';

const AGGREGATES = [
  accountabilityApi,
  assessmentApi,
  auditApi,
  authApi,
  cardApi,
  complaintApi,
  devApi,
  evaluationApi,
  exportApi,
  followupApi,
  messageApi,
  moderationApi,
  orgApi,
  qrApi,
  rectificationApi,
  statsApi,
  windowApi,
] as const;

type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Merged<R>
  : unknown;
type Twice<T extends readonly object[], Seen = never> = T extends readonly [
  infer H,
  ...infer R extends readonly object[],
]
  ? (keyof H & Seen) | Twice<R, Seen | keyof H>
  : never;
type None<T extends never> = T;
/** Does not compile, naming the action, when two aggregates declare the same name. */
export type NoneDeclaredTwice = None<Twice<typeof AGGREGATES>>;

/** Every action's declaration by name. */
export const ACTIONS = Object.assign({}, ...AGGREGATES) as Merged<typeof AGGREGATES>;

type Declared = typeof ACTIONS;
export type ActionName = keyof Declared & string;

/** Derived from ACTIONS, by action name. */
export type ActionMap = {
  [N in ActionName]: {
    /** What the client sends: the schema's input. */
    input: z.input<Declared[N]['input']>;
    /** What the handler is given: the schema's output, once dispatch has parsed the payload. */
    parsed: z.output<Declared[N]['input']>;
    /** What the handler answers and the client's `call` resolves with. */
    output: OutputOf<Declared[N]>;
    /** Who may call (the handler's `ctx.caller` is typed from it). */
    access: Declared[N]['access'];
  };
};
