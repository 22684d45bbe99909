/**
 * 扫码评价 exists only in the mini program (index.weapp.tsx): in a phone browser the resident
 * scans with the camera app, which opens the page directly.
 */
export default function ScanButton() {
  return null;
}
