// Where reading a real filing goes (round 35): `loadDisclosure` of each file (decode, detection,
// the Inline XBRL scan, the facts, the Item 1C window, the form), N passes after a warm-up, under
// node --cpu-prof; prints CPU per pass and the functions by inclusive and by self time.
//   node bench/read-profile.mjs [--passes N] [--top N] <file|folder>…
// Sampled (a neighbour's load stretches the samples alike): for exact counts, bench/cg-functions.mjs --read.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";
import { ROOT } from "../scripts/build.mjs";

const argv = process.argv.slice(2);
const flag = (name, dflt) => (argv.includes(name) ? Number(argv.splice(argv.indexOf(name), 2)[1]) : dflt);
const passes = flag("--passes", 30);
const top = flag("--top", 40);
const files = filesOf(argv);
const { dir, bundle } = await bundleLintLoop(
  "read-profile",
  `const { loadDisclosure } = await import(${JSON.stringify(join(ROOT, "src", "sources", "load.ts"))});
const pass = async () => { for (const f of files) await loadDisclosure([f]); };
for (let i = 0; i < 3; i++) await pass();
const cpu: number[] = [];
for (let i = 0; i < ${passes}; i++) {
  const c = process.cpuUsage();
  await pass();
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(\`reading \${files.length} files, CPU per pass: median \${cpu[cpu.length >> 1].toFixed(1)} ms, best \${cpu[0].toFixed(1)} ms\`);
`,
);
const r = spawnSync(process.execPath, ["--cpu-prof-interval", "200", "--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", "last.cpuprofile", bundle, JSON.stringify(files)], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);

const profile = JSON.parse(readFileSync(join(dir, "last.cpuprofile"), "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const keyOf = (n) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const incl = new Map();
let total = 0;
// Inclusive: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const n of profile.nodes) {
  if (!n.hitCount) continue;
  const k = keyOf(n);
  if (k.startsWith("(idle)") || k.startsWith("(program)") || k.startsWith("(garbage")) {
    if (!k.startsWith("(idle)")) self.set(k, (self.get(k) ?? 0) + n.hitCount);
    if (!k.startsWith("(idle)")) total += n.hitCount;
    continue;
  }
  total += n.hitCount;
  self.set(k, (self.get(k) ?? 0) + n.hitCount);
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const key = keyOf(byId.get(id));
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + n.hitCount);
  }
}
const pct = (v) => `${((v / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`\ninclusive (share of ${total} samples), top ${top}`);
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log(`\nself, top ${top}`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log(`\nprofile: ${join(dir, "last.cpuprofile")}`);
