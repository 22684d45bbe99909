// The deployable `sweep` function (timer trigger): bundled to index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk';
import { createSweepFunction } from '../../server/hosts/cloudbase/sweep-function';

export const main = createSweepFunction(cloud);
