// The deployable `api` function: bundled to index.js by `npm run build:functions`;
// wx-server-sdk stays external (installed from this folder's package.json on deploy).
import cloud from 'wx-server-sdk';
import { createApiFunction } from '../../server/hosts/cloudbase/api-function';

export const main = createApiFunction(cloud);
