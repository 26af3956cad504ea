// The CLI's bundle (dist/cli.cjs, loaded by dist/cli.js: src/cli/start.ts, which sets the V8 flags
// first): main.js (the run, the reports) is evaluated only when there is work to do.

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

// No top-level await: the bundle is CommonJS (see scripts/build.mjs). (A lone --version is answered
// by src/cli/start.ts.)
async function cli(argv: string[]): Promise<void> {
  const { main } = await import("./main.js");
  process.exitCode = await main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    readStdin,
  });
}

void cli(process.argv.slice(2));
