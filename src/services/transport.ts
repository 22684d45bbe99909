/**
 * Types and the fallback for tsc and jest. The builds pick `transport.weapp.ts` or
 * `transport.h5.ts` instead (Taro resolves the platform suffix first).
 */
import { createHttpTransport } from './http-transport';

export const send = createHttpTransport('');

export function initTransport(): void {}
