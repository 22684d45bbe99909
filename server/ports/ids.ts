export interface Ids {
  /** A random base62 id of the given length: unguessable, valid as a 小程序码 scene. */
  next(length?: number): string;
}
