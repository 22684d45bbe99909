/**
 * 大字模式: one switch, remembered on the device, shared by every open page (weapp pages are
 * separate React roots in one JS context, so a module-level value plus listeners is enough).
 */
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

const KEY = 'ui.largeText';
const listeners = new Set<(on: boolean) => void>();

function read(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

let current = read();

export function setLargeText(on: boolean): void {
  current = on;
  Taro.setStorageSync(KEY, on);
  listeners.forEach((fn) => fn(on));
}

export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(current);
  useEffect(() => {
    listeners.add(setOn);
    setOn(current);
    return () => {
      listeners.delete(setOn);
    };
  }, []);
  return [on, setLargeText];
}
