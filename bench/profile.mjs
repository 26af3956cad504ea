// CPU profile of in-process linting (what `npm run bench` times), summarised by self time:
//   node bench/profile.mjs [--passes N] [--top N] <file|folder>…
// Each file is linted N times (default 20) after a warm-up, under node --cpu-prof; the profile is
// written to a temp folder (printed) and the functions with the most self time are printed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { options, ROOT } from "../scripts/build.mjs";

const argv = process.argv.slice(2);
const flag = (name, dflt) => (argv.includes(name) ? Number(argv.splice(argv.indexOf(name), 2)[1]) : dflt);
const passes = flag("--passes", 20);
const top = flag("--top", 30);
const files = argv.flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).sort().map((f) => join(a, f)) : [a])).map((f) => resolve(f));
const dir = mkdtempSync(join(tmpdir(), "disclint-profile-"));

const entry = join(dir, "entry.ts");
writeFileSync(
  entry,
  `import { createLinter, lintFiles } from ${JSON.stringify(join(ROOT, "src", "api.ts"))};
const files: string[] = JSON.parse(process.argv[2]);
const linter = createLinter();
await lintFiles(files.map((f) => [f]), linter);
const cpu: number[] = [];
for (let i = 0; i < ${passes}; i++) {
  const c = process.cpuUsage();
  await lintFiles(files.map((f) => [f]), linter);
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(\`CPU per pass: median \${cpu[cpu.length >> 1].toFixed(1)} ms, best \${cpu[0].toFixed(1)} ms\`);
`,
);
const bundle = join(dir, "profile.mjs");
await build({ ...options("cli", bundle), entryPoints: [entry], define: { "process.env.DISCLINT_ROOT": JSON.stringify(ROOT) } });
const r = spawnSync(process.execPath, [...(process.env.PROF_INTERVAL ? ["--cpu-prof-interval", process.env.PROF_INTERVAL] : []), "--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", "last.cpuprofile", bundle, JSON.stringify(files)], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);

const profile = JSON.parse(readFileSync(join(dir, "last.cpuprofile"), "utf8"));
const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000; // ms per sample
const self = new Map();
let total = 0;
for (const n of profile.nodes) {
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + n.hitCount * dt);
  total += n.hitCount * dt;
}
console.log(`${join(dir, "last.cpuprofile")}\n${files.length} file(s) × ${passes} passes: ${total.toFixed(0)} ms sampled`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
