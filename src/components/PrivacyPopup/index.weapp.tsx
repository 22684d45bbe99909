import { Button as NativeButton, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { toast } from '../../lib/toast';
import { answerConsent, watchConsent, type ConsentRequest } from '../../privacy/consent';
import Button from '../../ui/Button';
import './index.scss';

/** The agree button's id: WeChat checks that the button with this id was really tapped. */
const AGREE_ID = 'privacy-agree';

/**
 * Shown while WeChat holds a privacy API call (PageShell renders it on every page). Built like
 * TDesign's Dialog; the agree button must be a native open-type="agreePrivacyAuthorization"
 * button, styled as a TDesign primary button.
 */
export default function PrivacyPopup() {
  const [request, setRequest] = useState<ConsentRequest | null>(null);
  useEffect(() => watchConsent(setRequest), []);
  if (!request) return null;

  const what = /MessageFile/i.test(request.referrer) ? '文件' : '照片';
  const refuse = () => {
    answerConsent('disagree');
    toast(`您没有同意，暂时不能选择${what}`);
  };
  return (
    <View className="privacy" catchMove>
      <View className="privacy__dialog">
        <Text className="privacy__title">温馨提示</Text>
        <Text className="privacy__body">
          选择{what}前，需要您先同意《用户隐私保护指引》。我们只读取您自己选的照片或文件，只用来办理投诉或导入表格。
        </Text>
        <Text
          className="privacy__link"
          onClick={() => Taro.openPrivacyContract({ fail: () => toast('指引暂时打不开，请稍后再试') })}
        >
          点这里查看《用户隐私保护指引》
        </Text>
        <NativeButton
          id={AGREE_ID}
          className="privacy__agree"
          hoverClass="privacy__agree--hover"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerConsent('agree', AGREE_ID)}
        >
          同意
        </NativeButton>
        <View className="privacy__refuse">
          <Button variant="outline" size="large" block onClick={refuse}>
            不同意
          </Button>
        </View>
      </View>
    </View>
  );
}
