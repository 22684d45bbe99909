/** Jest projects: `unit` (rules, stores, hosts), `weapp` (the built mini program in WeChat's engine) and `e2e` (Chromium against `npm start`). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/weapp/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // The built mini program (dist/weapp, dist/weapp-http) run in WeChat's component engine.
      displayName: 'weapp',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
