/** The current page's query parameters (H5 hash query or mini program options), decoded. */
import { useRouter } from '@tarojs/taro';

export function usePageParams(): Record<string, string | undefined> {
  const { params } = useRouter();
  return params as Record<string, string | undefined>;
}
