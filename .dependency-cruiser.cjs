/**
 * Layer rules (ARCHITECTURE.md): the core knows nothing about where it runs. Checked by
 * `npm run lint` (part of `npm test`). Packages the core must not import (Taro,
 * wx-server-sdk, drivers, fastify) are refused by ESLint's no-restricted-imports.
 */
const CORE = '^server/(domain|actions|ports|contract|demo|core|errors|identity|tokens)';
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-host-or-adapter',
      comment: 'The core must not import a host or an adapter; hosts and adapters import the core.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^server/(hosts|adapters)/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain rules are pure: they may read contract types and port types, nothing with I/O.',
      severity: 'error',
      from: { path: '^server/domain/' },
      to: { path: '^server/(actions|hosts|adapters|demo)/' },
    },
    {
      name: 'adapters-not-hosts',
      severity: 'error',
      from: { path: '^server/adapters/' },
      to: { path: '^server/hosts/' },
    },
    {
      name: 'client-sees-only-the-contract',
      comment: 'The mini program may import the server contract (types), nothing else of the server.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^server/', pathNot: '^server/contract/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.server.json' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
  },
};
