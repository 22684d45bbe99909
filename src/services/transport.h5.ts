/** H5: the Node host serves the pages and the API from one origin. */
import { createHttpTransport } from './http-transport';

export const send = createHttpTransport('');

/** Nothing to set up in the browser. */
export function initTransport(): void {}
