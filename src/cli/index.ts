// The CLI's entry: main.js (yargs, the run, the reports) is loaded only when there is work to do.
import { setFlagsFromString } from "node:v8";

// V8 optimises a function (TurboFan, on a helper thread) once it has run a budget of bytecode. A
// short run pays for optimising code it then hardly runs (~35 ms of a 220 ms cold start on one R
// page). An 8× budget leaves that code to the baseline tiers, and what stays hot in a long run is
// still optimised: measured paired, CPU -22% on one R page, -27% on a 4 MB 10-K, -20% on a 40 MB
// Inline XBRL filing and on the 14 real filings. Set before the linting code is loaded (the flag
// is process-wide: the lint workers get it too).
// The flag exists in Node 20's V8 (11.x), where this was measured; newer V8s dropped it and print
// "unrecognized flag" to stderr, so it is set there only.
if (Number(process.versions.v8.split(".")[0]) <= 11) setFlagsFromString("--interrupt-budget=540000");

// A reader that stops early (`disclint facts … | head -1`) closes the pipe: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const { VERSION } = await import("../paths.js");
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
const { main } = await import("./main.js");
const code = await main(argv, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
  readStdin,
});
process.exitCode = code;
