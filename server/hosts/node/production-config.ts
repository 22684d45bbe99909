/**
 * `npm run serve` reads its whole configuration from the environment, checked here at once so
 * a misconfigured server refuses to start with every problem listed, instead of failing later.
 * The variables are documented in docs/deploy.md (kept in step by a test).
 */
export interface ProductionConfig {
  databaseUrl: string;
  poolMax: number;
  port: number;
  host: string;
  publicUrl: string;
  /** Proxy addresses whose X-Forwarded-For is believed (Fastify `trustProxy`). */
  trustProxy: boolean | string;
  corsOrigins: string[];
  migrateOnStart: boolean;
  h5Dir: string;
  exportsDir: string;
  shutdownTimeoutMs: number;
  wechat: { appid: string; secret: string; apiBase?: string } | null;
  adminOpenids: string[];
}

/** Every variable `serve` reads, with what it is for (docs/deploy.md lists the same). */
export const PRODUCTION_ENV = {
  DATABASE_URL: 'PostgreSQL connection string (required)',
  SESSION_SECRET: 'signs session tokens and download links; 32+ random characters (required)',
  IDENTITY_PEPPER: 'keys the hashes that stand for residents; 32+ random characters, never changed (required)',
  PUBLIC_URL: 'the https address residents open, e.g. https://pj.example.gov.cn (required)',
  PORT: 'port to listen on (8080)',
  HOST: 'address to listen on (127.0.0.1: only the reverse proxy reaches it)',
  TRUST_PROXY: 'addresses of the reverse proxy whose X-Forwarded-For is believed (127.0.0.1); "false" to believe none',
  CORS_ORIGINS: 'comma-separated origins allowed to call the API from another site (none)',
  MIGRATE_ON_START: '"false" to refuse to start on a database behind the code instead of migrating it (true)',
  PG_POOL_MAX: 'database connections per instance (10)',
  H5_DIR: 'the H5 build to serve (dist/h5)',
  EXPORTS_DIR: 'where Excel exports are written; shared storage when several instances run (./data/exports)',
  SHUTDOWN_TIMEOUT_MS: 'how long a stop waits for requests in flight before exiting anyway (10000)',
  WECHAT_APPID: 'the mini program AppID: WeChat login and subscribe messages',
  WECHAT_SECRET: 'the mini program AppSecret (with WECHAT_APPID)',
  WECHAT_API_BASE: 'WeChat API base URL (https://api.weixin.qq.com); tests point it at a fake',
  ADMIN_OPENIDS: 'comma-separated OPENIDs that are admins before any staff is bound (bootstrap)',
} as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join('; ')}`);
  }
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function readProductionConfig(env: NodeJS.ProcessEnv): ProductionConfig {
  const problems: string[] = [];
  const required = (name: keyof typeof PRODUCTION_ENV) => {
    const v = env[name]?.trim();
    if (!v) problems.push(`${name} is required (${PRODUCTION_ENV[name]})`);
    return v ?? '';
  };
  const int = (name: keyof typeof PRODUCTION_ENV, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      problems.push(`${name} must be a whole number from ${min} to ${max}`);
    return n;
  };

  const databaseUrl = required('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be a postgres:// URL (production has no embedded database)');
  for (const name of ['SESSION_SECRET', 'IDENTITY_PEPPER'] as const) {
    const v = required(name);
    if (v && v.length < 32) problems.push(`${name} must be at least 32 characters`);
  }
  if (env.SESSION_SECRET && env.SESSION_SECRET === env.IDENTITY_PEPPER)
    problems.push('SESSION_SECRET and IDENTITY_PEPPER must differ');
  const publicUrl = required('PUBLIC_URL').replace(/\/+$/, '');
  if (publicUrl) {
    let url: URL | null = null;
    try {
      url = new URL(publicUrl);
    } catch {
      problems.push('PUBLIC_URL must be a URL');
    }
    // WeChat opens only https pages; plain http is allowed for a machine-local trial.
    if (url && url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
      problems.push('PUBLIC_URL must be https:// (WeChat and phones refuse plain http)');
    }
  }
  const wechatGiven = Boolean(env.WECHAT_APPID) || Boolean(env.WECHAT_SECRET);
  if (wechatGiven && !(env.WECHAT_APPID && env.WECHAT_SECRET))
    problems.push('WECHAT_APPID and WECHAT_SECRET go together');
  const trust = env.TRUST_PROXY?.trim();

  const config: ProductionConfig = {
    databaseUrl,
    poolMax: int('PG_POOL_MAX', 10, 1, 200),
    port: int('PORT', 8080, 0, 65535), // 0: any free port (tests)
    host: env.HOST?.trim() || '127.0.0.1',
    publicUrl,
    trustProxy: trust === 'false' ? false : trust === 'true' ? true : trust || '127.0.0.1',
    corsOrigins: list(env.CORS_ORIGINS),
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    h5Dir: env.H5_DIR?.trim() || 'dist/h5',
    exportsDir: env.EXPORTS_DIR?.trim() || 'data/exports',
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    wechat:
      env.WECHAT_APPID && env.WECHAT_SECRET
        ? { appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, apiBase: env.WECHAT_API_BASE || undefined }
        : null,
    adminOpenids: list(env.ADMIN_OPENIDS),
  };
  for (const origin of config.corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`);
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
