import type { PhoneLinkProps } from './index';
import './index.scss';

/** In a phone browser a tel: link opens the dialer, and a PC shows the number to read. */
export default function PhoneLink({ phone }: PhoneLinkProps) {
  return (
    <a className="phone-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      {phone}（点击拨打）
    </a>
  );
}
