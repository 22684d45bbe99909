/**
 * `npm run serve`: the production host as a process. SIGTERM/SIGINT stop it gracefully; if
 * requests in flight outlast SHUTDOWN_TIMEOUT_MS it exits anyway, so a deploy never hangs.
 */
import { consoleLogger } from '../../adapters/system/loggers';
import { ConfigError } from './production-config';
import { startProductionHost } from './production';

async function main() {
  const host = await startProductionHost(process.env);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    consoleLogger.info('serve.stopping', { signal });
    setTimeout(() => {
      consoleLogger.warn('serve.forced_exit', { afterMs: host.config.shutdownTimeoutMs });
      process.exit(1);
    }, host.config.shutdownTimeoutMs).unref();
    host.close().then(
      () => {
        consoleLogger.info('serve.stopped', {});
        process.exit(0);
      },
      (err) => {
        consoleLogger.error('serve.stop_failed', { error: err instanceof Error ? err.message : String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) consoleLogger.error('serve.config_invalid', { problems: err.problems });
  else consoleLogger.error('serve.start_failed', { error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
