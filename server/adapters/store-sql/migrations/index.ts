import * as m0001 from './0001_init';
import * as m0002 from './0002_complaints';

/** Versioned migrations, applied in order, each once, recorded in schema_migrations. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [m0001, m0002];
