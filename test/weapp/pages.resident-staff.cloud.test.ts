/** Every page × resident and staff (the table and what it checks: support/page-table.ts). */
import { describePages } from './support/page-table';

jest.mock('wx-server-sdk', () => jest.requireActual('./support/cloud-backend').sdkDouble);
jest.setTimeout(120_000);

describePages(['resident', 'staff'], { checkBuild: true });
