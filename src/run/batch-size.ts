// When a batch pays for lint workers: read by the run (run.ts) and, from the command line alone, by
// the CLI's start (src/cli/start.ts), which starts a batch's first worker before the bundle loads.

/**
 * Jobs a batch needs before workers pay for their start (each ~250 ms of CPU: the linting code, the
 * rules and the first documents in a fresh isolate): below it, the run's thread lints them all.
 */
export const MIN_JOBS_FOR_WORKERS = 16;
