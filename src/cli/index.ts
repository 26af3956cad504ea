// The CLI's bundle (dist/cli.cjs, loaded by dist/cli.js: src/cli/start.ts, which sets the V8 flags
// first): main.js (the run, the reports) is evaluated only when there is work to do.

import { exitWhenIdle } from "./exit-when-idle.js";
import { standardStream } from "./standard-output.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// No top-level await: the bundle is CommonJS (see scripts/build.mjs). (A lone --version is answered
// by src/cli/start.ts.)
async function cli(argv: string[]): Promise<void> {
  const { main } = await import("./main.js");
  const [stdout, stderr] = [standardStream(1), standardStream(2)];
  process.exitCode = await main(argv, {
    stdout: stdout.write,
    stderr: stderr.write,
    cwd: process.cwd(),
    env: process.env,
    isTTY: stdout.isTTY,
    columns: stdout.columns,
    readStdin,
  });
  exitWhenIdle(); // without V8's housekeeping for a heap about to be thrown away (exit-when-idle.ts)
}

void cli(process.argv.slice(2));
