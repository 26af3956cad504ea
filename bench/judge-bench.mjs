// The element judge alone (round 28): judgeParagraph over the units of the files named (as a lint
// builds them: buildUnits, the section's defined terms), pass after pass in one thread, without
// the lint's per-document cache, so a change to the judge is measured without the reading, the
// rules and the warm-up around it. Prints the median CPU of the main thread per pass and per
// paragraph (from /proc/thread-self/schedstat, which a neighbour's load does not inflate).
//   node bench/judge-bench.mjs [--warm N] [--passes N] [--rounds K] [--against DIR] <file|folder>…
// With --against DIR (another checkout, built or not: its sources are bundled), the two trees run
// in alternated processes, K rounds (default 3), and each round's pair is printed.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { bundleAgainst, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const warm = Number(take("--warm", 40));
const passes = Number(take("--passes", 40));
const rounds = Number(take("--rounds", 3));
const against = take("--against", undefined);
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
for (let i = 0; i < ${warm}; i++) pass();
const t: number[] = [];
for (let i = 0; i < ${passes}; i++) { const a = cpu(); pass(); t.push(cpu() - a); }
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
const trees = [["this", await bundleFor(here)]];
if (against) trees.push(["against", await bundleFor(resolve(against))]);
let first;
for (let k = 0; k < (against ? rounds : 1); k++) {
  const out = trees.map(([name, bundle]) => [name, run(bundle)]);
  first ??= out[0][1];
  if (out.length === 2 && out[0][1].found !== out[1][1].found) console.log(`different judgements: ${out[0][1].found} against ${out[1][1].found} elements found`);
  for (const [name, m] of out) console.log(show(name, m));
}
console.log(`${first.paragraphs} paragraphs (${first.chars.toLocaleString("en-US")} characters) of ${files.length} file(s), ${passes} passes after ${warm}; main thread CPU, median`);
