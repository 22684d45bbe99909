import * as m0001 from './0001_init';
import * as m0002 from './0002_complaints';
import * as m0003 from './0003_photos';
import * as m0004 from './0004_notify_openid';
import * as m0005 from './0005_first_reply';
import * as m0006 from './0006_bind_codes';
import * as m0007 from './0007_assessment_scores';
import * as m0008 from './0008_exports';
import * as m0009 from './0009_rectifications';
import * as m0011 from './0011_accountability';
import * as m0012 from './0012_matter_scope';
import * as m0013 from './0013_guards';
import * as m0014 from './0014_staff_passwords';
import * as m0015 from './0015_content_flags';
import * as m0016 from './0016_card_evaluators';
import * as m0017 from './0017_evaluation_amendments';
import * as m0018 from './0018_raw_event_actors';
import * as m0019 from './0019_audit_log';
import * as m0020 from './0020_inbox_indexes';
import * as m0021 from './0021_sign_in_attempts';
import * as m0022 from './0022_followups_appeals';
import * as m0023 from './0023_ladder_extensions';
import * as m0024 from './0024_matter_notice';
import * as m0025 from './0025_card_lifecycle';

/** Versioned migrations, applied in order, each once, recorded in schema_migrations. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
  m0016,
  m0017,
  m0018,
  m0019,
  m0020,
  m0021,
  m0022,
  m0023,
  m0024,
  m0025,
];
