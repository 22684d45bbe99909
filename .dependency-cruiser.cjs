/**
 * Layer rules (ARCHITECTURE.md, docs/architecture.md "The tree"), checked by `npm run lint`
 * (part of `npm test`) over `server` and `src`. Dependencies point down:
 *   hosts → core, security, jobs, adapters · core → actions (the registry), app · actions → app,
 *   jobs · jobs → app · app → domain, ports, security · adapters → ports, domain ·
 *   domain → contract only · client (src) → server/contract only.
 * Packages the core must not import (Taro, wx-server-sdk, drivers, fastify) are refused by
 * ESLint's no-restricted-imports.
 */
const rule = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});
module.exports = {
  forbidden: [
    rule(
      'core-imports-no-host-or-adapter',
      'Nothing below the hosts imports a host or an adapter: hosts and adapters import the core.',
      '^server/(domain|actions|app|core|jobs|ports|contract|security|demo)/',
      '^server/(hosts|adapters)/',
    ),
    rule(
      'domain-is-pure',
      'Domain rules and entities are pure: they read the contract and each other, nothing with I/O or a port.',
      '^server/domain/',
      '^server/(actions|app|core|jobs|ports|security|hosts|adapters|demo)/',
    ),
    rule(
      'contract-stands-alone',
      'The contract is what client and server share: it imports nothing else of the server.',
      '^server/contract/',
      '^server/(?!contract/)',
    ),
    rule(
      'ports-speak-the-domain',
      'Ports are interfaces over domain types: no implementation, no action, no service.',
      '^server/ports/',
      '^server/(actions|app|core|jobs|security|hosts|adapters|demo)/',
    ),
    rule(
      'hosts-through-the-core',
      'Hosts reach actions and services only through the core (dispatch, uploads, downloads).',
      '^server/hosts/',
      '^server/(actions|app)/',
    ),
    rule(
      'jobs-not-actions',
      'Jobs (sweep, dispatch) run over app/ and ports, never over an action.',
      '^server/jobs/',
      '^server/(actions|hosts)/',
    ),
    rule(
      'app-not-actions',
      'Services shared by actions and jobs do not reach back into an action or a job.',
      '^server/app/',
      '^server/(actions|jobs)/',
    ),
    rule(
      'actions-not-core-dispatch',
      'An action is defined with core/define-action and reached through the registry, never the other way round.',
      '^server/actions/',
      '^server/core/(dispatch|registry|binary)',
    ),
    rule(
      'adapters-not-hosts',
      'Adapters implement ports; they know no host, action or service.',
      '^server/adapters/',
      '^server/(hosts|actions|app|jobs)/',
    ),
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
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
  },
};
