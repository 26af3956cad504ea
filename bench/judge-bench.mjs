// The element judge alone (round 28): judgeParagraph over the units of the files named (as a lint
// builds them: buildUnits, the section's defined terms), pass after pass in one thread, without
// the lint's per-document cache, so a change to the judge is measured without the reading, the
// rules and the warm-up around it. Prints the median CPU of the main thread per pass and per
// paragraph (from /proc/thread-self/schedstat, which a neighbour's load does not inflate).
//   node bench/judge-bench.mjs [--warm N] [--passes N] [--rounds K] [--against DIR] [--instructions] <file|folder>…
// With --against DIR (another checkout, built or not: its sources are bundled), the two trees run
// in alternated processes, K rounds (default 3), and each round's pair is printed.
// With --instructions (round 34) each tree runs under valgrind's callgrind instead, one thread, fixed
// seeds: instructions a pass = (a run of 8 warm passes then 4) − (8 warm passes then none), over 4.
// A change of 1% to the judge shows there; CPU pairs cannot resolve it even on a quiet machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleAgainst, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const warm = Number(take("--warm", 40));
const passes = Number(take("--passes", 40));
const rounds = Number(take("--rounds", 3));
const against = take("--against", undefined);
const counted = argv.includes("--instructions") ? (argv.splice(argv.indexOf("--instructions"), 1), true) : false;
const files = filesOf(argv);
const here = resolve(new URL("..", import.meta.url).pathname);

/** A bundle of the harness against the sources of `root`. */
function bundleFor(root) {
  return bundleAgainst(root, "judge", (src) => `import { readFileSync } from "node:fs";
import { readDisclosure } from ${src("api.ts")};
import { buildUnits, outermost } from ${src("engine/elements.ts")};
import { loadRuleSet } from ${src("engine/rule-loader.ts")};
import { LineIndex } from ${src("model/position.ts")};
import { harvestAliases } from ${src("text/aliases.ts")};
import { judgeParagraph } from ${src("text/requirement-map.ts")};
import { elementsOfReport } from ${src("model/report-kind.ts")};
const files: string[] = JSON.parse(process.argv[2]);
const rs = loadRuleSet();
const cpu = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
const docs = [];
for (const f of files) {
  const d = await readDisclosure([f]);
  const units = buildUnits(d, outermost(d.facts.filter((x) => x.kind === "text")), (file) => new LineIndex(file, d.documents.find((doc) => doc.file === file)?.text ?? ""));
  const aliases = harvestAliases(units.map((u) => u.fact.text).join("\\n"));
  const elements = elementsOfReport(rs.elements, d.form);
  docs.push({ units: units.map((u) => ({ text: u.fact.text, headings: u.headings })), aliases, elements });
}
const lexicon = (n: string) => rs.lexicons.get(n)!;
let found = 0;
const pass = () => { for (const d of docs) for (const u of d.units) found += judgeParagraph(u, d.elements, lexicon, rs.cues, d.aliases).length; };
for (let i = 0; i < Number(process.argv[3] ?? ${warm}); i++) pass();
const t: number[] = [];
for (let i = 0; i < Number(process.argv[4] ?? ${passes}); i++) { const a = cpu(); pass(); t.push(cpu() - a); }
t.sort((a, b) => a - b);
const paragraphs = docs.reduce((n, d) => n + d.units.length, 0);
const chars = docs.reduce((n, d) => n + d.units.reduce((m, u) => m + u.text.length, 0), 0);
console.log(JSON.stringify({ paragraphs, chars, pass: t[t.length >> 1], q1: t[t.length >> 2], q3: t[(3 * t.length) >> 2], found }));
`);
}

function run(bundle) {
  const r = spawnSync(process.execPath, [bundle, JSON.stringify(files)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const show = (name, m) =>
  `${name.padEnd(8)} ${m.pass.toFixed(2).padStart(8)} ms a pass (IQR ${m.q1.toFixed(2)}–${m.q3.toFixed(2)}), ${((m.pass / m.paragraphs) * 1000).toFixed(0).padStart(5)} µs a paragraph`;
/** Millions of instructions of the bundle under callgrind with `warmN` warm passes and `passesN` counted ones. */
function instructions(bundle, warmN, passesN) {
  const out = join(mkdtempSync(join(tmpdir(), "disclint-judge-cg-")), "callgrind.out");
  const args = ["--tool=callgrind", `--callgrind-out-file=${out}`, process.execPath, "--single-threaded", "--hash-seed=1", "--random-seed=1", bundle, JSON.stringify(files), String(warmN), String(passesN)];
  const r = spawnSync("valgrind", args, { stdio: "ignore" });
  if (r.error || r.status !== 0) throw new Error(`valgrind failed (${r.error?.message ?? `exit ${r.status}`}): is it installed?`);
  return Number(/^totals:\s*(\d+)/m.exec(readFileSync(out, "utf8"))[1]) / 1e6;
}

const trees = [["this", await bundleFor(here)]];
if (against) trees.push(["against", await bundleFor(resolve(against))]);
if (counted) {
  for (const [name, bundle] of trees) {
    const base = instructions(bundle, 8, 0);
    const perPass = (instructions(bundle, 8, 4) - base) / 4;
    console.log(`${name.padEnd(8)} ${perPass.toFixed(1).padStart(9)} M instructions a pass (warm-up and reading ${base.toFixed(1)} M)`);
  }
  console.log(`${files.length} file(s), 4 passes after 8, under callgrind (one thread, fixed seeds)`);
  process.exit(0);
}
let first;
for (let k = 0; k < (against ? rounds : 1); k++) {
  const out = trees.map(([name, bundle]) => [name, run(bundle)]);
  first ??= out[0][1];
  if (out.length === 2 && out[0][1].found !== out[1][1].found) console.log(`different judgements: ${out[0][1].found} against ${out[1][1].found} elements found`);
  for (const [name, m] of out) console.log(show(name, m));
}
console.log(`${first.paragraphs} paragraphs (${first.chars.toLocaleString("en-US")} characters) of ${files.length} file(s), ${passes} passes after ${warm}; main thread CPU, median`);
