import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { scanTarget } from '../../lib/scan-target';
import { toast } from '../../lib/toast';
import Button from '../../ui/Button';

async function scan() {
  let res: Taro.scanCode.SuccessCallbackResult;
  try {
    res = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
  } catch {
    return; // cancelled
  }
  const url = scanTarget(res);
  if (url) void Taro.navigateTo({ url });
  else toast('这不是服务评价的二维码，请扫描监督卡或窗口上的二维码');
}

export default function ScanButton() {
  return (
    <View className="pad">
      <Button theme="primary" size="large" block onClick={scan}>
        扫码评价
      </Button>
    </View>
  );
}
