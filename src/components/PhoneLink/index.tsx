import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

export interface PhoneLinkProps {
  phone: string;
}

/** A phone number one tap away from calling (weapp: makePhoneCall; H5 uses a tel: link). */
export default function PhoneLink({ phone }: PhoneLinkProps) {
  return (
    <Text className="phone-link" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => {})}>
      {phone}（点击拨打）
    </Text>
  );
}
