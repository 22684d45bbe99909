/**
 * Taro build config for both targets: the WeChat mini program (`weapp`, dist/weapp) and the
 * H5 pages the Node host serves (`h5`, dist/h5). Transport for weapp comes from env vars:
 * TRANSPORT=cloud|http (default cloud), API_BASE (http mode), CLOUD_ENV (cloud mode).
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const env = process.env;
// The contract (server/contract) is shared at runtime: its schemas validate forms in the client.
const shared = { include: [resolve(__dirname, '..', 'server', 'contract')] };
const target = env.TARO_ENV ?? 'weapp';

// JSON.stringify because defineConstants are pasted into the code as expressions.
const constants = {
  TRANSPORT: JSON.stringify(env.TRANSPORT === 'http' ? 'http' : 'cloud'),
  API_BASE: JSON.stringify((env.API_BASE ?? '').replace(/\/+$/, '')),
  CLOUD_ENV: JSON.stringify(env.CLOUD_ENV ?? ''),
  // Whether the dev subpackage (demo identity switcher) is in this build: see src/app.config.ts.
  DEV_PAGES: JSON.stringify(target === 'h5' || env.DEV_PAGES === '1'),
};

/** Keep license comments inline: a separate *.LICENSE.txt is dead weight in the mini program package. */
function inlineLicenses(chain: any) {
  if (chain.optimization.minimizers.has('terserPlugin')) {
    chain.optimization
      .minimizer('terserPlugin')
      .tap(([options]: [Record<string, unknown>]) => [{ ...options, extractComments: false }]);
  }
}

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'service-evaluation',
    date: '2026-11-24',
    // TDesign on both targets is drawn for a 375 px wide phone: write our styles the same way.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // OUTPUT_ROOT lets npm test keep the cloud and the self-hosted weapp builds side by side.
    outputRoot: env.OUTPUT_ROOT ?? `dist/${target}`,
    plugins: [],
    defineConstants: constants,
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: shared,
      // The tdesign-miniprogram wxss is already in rpx/px for its own design: leave it alone.
      postcss: {
        pxtransform: {
          enable: true,
          config: { exclude: (file: string) => /node_modules[\\/]tdesign-miniprogram/.test(file) },
        },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      // Component styles are class-scoped and never override each other: order is irrelevant.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain: inlineLicenses,
    },
    h5: {
      compile: shared,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // Our px are 375-phone px, as are tdesign-mobile-react's: keep px (no rem), so the admin
        // page on a wide PC screen does not grow with the window.
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        inlineLicenses(chain);
        // The app chunk (React + TDesign) is ~300 KB by nature; webpack's 244 KB hint is noise.
        chain.performance.hints(false);
      },
    },
  };
  return config;
});
