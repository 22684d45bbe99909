/** Time is a port: tests freeze it, deadlines never read the process clock directly. */
export interface Clock {
  now(): Date;
  /** Local mode only (dev.clock): moves time forward. */
  advance?(ms: number): void;
}
