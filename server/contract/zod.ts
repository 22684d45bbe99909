/**
 * The contract's zod: zod/mini (functional checks, so a bundle carries only the checks it uses)
 * with the zh-CN locale alone. Every schema module imports this once for its effect: whoever
 * loads a schema, the server or the mini program, gets Chinese messages, and no other locale is
 * bundled. Schema modules import zod/mini themselves as a namespace (`import * as z`), which lets
 * the bundler keep only what they use.
 */
import { config } from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.cjs';

// jitless: no `new Function` probe or compiled parsers — the mini program forbids them, and under
// the H5 pages' CSP the (caught) probe would still be reported as a violation.
config({ ...zhCN(), jitless: true });
