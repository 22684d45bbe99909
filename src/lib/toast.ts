/** Short messages. Chinese messages from the server can be long: no icon keeps them unclipped. */
import Taro from '@tarojs/taro';

export function toast(title: string, ok = false): void {
  void Taro.showToast({ title, icon: ok ? 'success' : 'none', duration: ok ? 1800 : 3000 });
}
