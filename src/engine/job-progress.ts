// Which job a lint worker is on, shared with the pool without a message per job (worker-pool.ts).

/**
 * The job a worker is linting and since when, in memory shared with the pool: [0] the job's id (0:
 * none), [1] its start (process.hrtime.bigint(), the same clock in every thread). The worker writes
 * the start first, then the id (Atomics), so an id read comes with its own start or a later one.
 */
export class Progress {
  readonly cells: BigInt64Array;
  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(16)) {
    this.cells = new BigInt64Array(buffer);
  }
  get buffer(): SharedArrayBuffer {
    return this.cells.buffer as SharedArrayBuffer;
  }
  started(id: number): void {
    Atomics.store(this.cells, 1, process.hrtime.bigint());
    Atomics.store(this.cells, 0, BigInt(id));
  }
  idle(): void {
    Atomics.store(this.cells, 0, 0n);
  }
  /** The job under way and how long it has run (ms), or undefined. */
  current(): { id: number; ranMs: number } | undefined {
    const id = Number(Atomics.load(this.cells, 0));
    if (id === 0) return undefined;
    return { id, ranMs: Number(process.hrtime.bigint() - Atomics.load(this.cells, 1)) / 1e6 };
  }
}
