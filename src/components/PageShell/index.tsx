import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useLargeText } from '../../lib/large-text';
import PrivacyPopup from '../PrivacyPopup';

interface PageShellProps {
  children: ReactNode;
  /** Admin pages use the width of a PC screen. */
  wide?: boolean;
}

/**
 * Every page's frame: applies 大字模式 (the type scale lives in app.scss) and hosts the weapp
 * privacy-consent popup, so whichever page calls a privacy API can ask for consent.
 */
export default function PageShell({ children, wide = false }: PageShellProps) {
  const [large] = useLargeText();
  const className = ['shell', large ? 'shell--large' : '', wide ? 'shell--wide' : ''].filter(Boolean).join(' ');
  return (
    <View className={className}>
      {children}
      <PrivacyPopup />
    </View>
  );
}
