/**
 * The `usingComponents` map for page configs (weapp). Every page declares the whole kit: an
 * undeclared `t-*` tag renders nothing and fails silently, while a declared but unused one
 * costs nothing with `lazyCodeLoading: 'requiredComponents'`. The path must go through
 * `miniprogram_dist` for Taro to copy the component into the build.
 */
const KIT = ['button', 'cell', 'cell-group', 'input', 'textarea', 'rate', 'check-tag', 'switch', 'tag', 'loading'];

export const tdesign: Record<string, string> = Object.fromEntries(
  KIT.map((name) => [`t-${name}`, `tdesign-miniprogram/miniprogram_dist/${name}/${name}`]),
);
