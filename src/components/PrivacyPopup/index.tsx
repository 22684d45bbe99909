/**
 * The privacy-consent popup exists only in the mini program (index.weapp.tsx), where WeChat
 * holds a privacy API call until the user agrees. In a browser it renders nothing.
 */
export default function PrivacyPopup() {
  return null;
}
