/**
 * The bearer token of the HTTP transports (H5, and weapp in http mode), kept in local storage
 * so a resident stays the same anonymous guest across visits (and can see 我的评价).
 */
import Taro from '@tarojs/taro';

const KEY = 'auth.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  Taro.setStorageSync(KEY, token);
  listeners.forEach((fn) => fn());
}

export function clearToken(): void {
  Taro.removeStorageSync(KEY);
  listeners.forEach((fn) => fn());
}

/** Called whenever the identity changes (dev switcher, a replaced stale token). */
export function onTokenChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
