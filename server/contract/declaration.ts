/**
 * How an action is declared: its input schema, its output type and who may call it, once, in
 * the contract (`<aggregate>.api.ts`, combined in actions.ts). The server's defineAction takes
 * the schema and the access from here, the client's `call` its types: neither can disagree.
 */
import type * as z from 'zod/mini';
import type { Role } from './auth.schema';

/** Who may call: anyone (even without identity), any identified caller, or certain roles. */
export type Access = 'public' | 'identified' | readonly Role[];

declare const OUTPUT: unique symbol;

/** An action's output type, carried by the type alone (there is nothing at runtime). */
export interface Returns<O> {
  readonly [OUTPUT]: O;
}

/** `output: returns<CardView>()`: the handler must answer with it, the client's `call` resolves with it. */
export function returns<O>(): Returns<O> {
  return undefined as unknown as Returns<O>;
}

export interface Declaration {
  /** The payload's schema: dispatch parses every request with it, docs/api.md renders it. */
  input: z.ZodMiniType;
  output: Returns<unknown>;
  access: Access;
}

/** One aggregate's actions by name (`aggregate.verb`); declare with `{…} as const satisfies Declarations`. */
export type Declarations = Record<`${string}.${string}`, Declaration>;

/** The output type a declaration names. */
export type OutputOf<D extends Declaration> = D['output'][typeof OUTPUT];
