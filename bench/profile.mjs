// CPU profile of in-process linting (what `npm run bench` times), summarised by self time:
//   node bench/profile.mjs [--passes N] [--top N] <file|folder>…
// Each file is linted N times (default 20) after a warm-up, under node --cpu-prof; the profile is
// written to a temp folder (printed) and the functions with the most self time are printed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const flag = (name, dflt) => (argv.includes(name) ? Number(argv.splice(argv.indexOf(name), 2)[1]) : dflt);
const passes = flag("--passes", 20);
const top = flag("--top", 30);
const files = filesOf(argv);
const { dir, bundle } = await bundleLintLoop(
  "profile",
  `await lintFiles(files.map((f) => [f]), linter);
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
