import { describe, expect, it } from "vitest";
import { chunkSize } from "../../src/engine/worker-pool.js";

// A chunk is at most 16 jobs and at most a quarter of a lint thread's part of the queue; the run's
// thread counts as a lint thread when it shares the batch (LintWorkerPool.setShared).
describe("chunkSize", () => {
  it("takes 16 jobs from a long queue, however many threads share it", () => {
    expect(chunkSize(2000, 1)).toBe(16);
    expect(chunkSize(2000, 2)).toBe(16);
    expect(chunkSize(128, 2)).toBe(16);
  });

  it("shrinks toward the end of the queue, sooner for more lint threads", () => {
    expect(chunkSize(64, 1)).toBe(16);
    expect(chunkSize(64, 2)).toBe(8);
    expect(chunkSize(20, 1)).toBe(5);
    expect(chunkSize(20, 2)).toBe(2);
    expect(chunkSize(15, 2)).toBe(1);
  });

  it("never takes fewer than one job", () => {
    expect(chunkSize(1, 1)).toBe(1);
    expect(chunkSize(3, 4)).toBe(1);
    expect(chunkSize(0, 2)).toBe(1);
  });

});
