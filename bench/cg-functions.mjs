// Instructions by function of a warm R page, exactly (round 26): the lint loop of bench/steady.mjs
// (N generated pages linted twice to warm up, then K measured passes) under callgrind with
// --dump-instr=yes, node's --perf-basic-prof naming the JIT's code, and the counters dumped around
// the measured passes. Each instruction's count goes to the function whose code holds its address
// (the perf map's latest entry there: V8 reuses code space), or to the native symbol callgrind
// names; JavaScript functions print as "name:line" of the bundle, regular expressions as
// "RegExp:source". No sampling, and a neighbour's load does not move a count.
//   node bench/cg-functions.mjs [--pages N] [--passes K] [--warm W] [--top T] [--flags "V8 FLAGS"] [--read] [--by-file] [--each [--each-top T]] [file|folder…]
// --by-file (round 39) also sums the bundle's functions by the source file they come from (the
// bundle's "// src/…" markers), the regular expressions by the file that compiles them left as one line.
// With files or folders (round 35: the real filings), those are linted instead of the generated R
// pages, each counted as one "page"; with --read only reading them is counted (`loadDisclosure`).
// --each (round 41): the counters dumped after each file of the measured passes, so each file's
// instructions (by kind, with and without V8's optimising compiler) are given after warm passes over
// all of them — a filing's warm cost as the bench's "all together" sees it; --each-top T adds each
// file's T costliest functions.
// Prints self instructions per page by function, then by kind (JavaScript, regular expressions,
// V8's optimising compiler, builtins, GC, the rest). DISCLINT_SHARED names ../shared where the
// checkout is elsewhere (a worktree). Takes ~5 minutes for 40 pages × 2 passes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";
import { benchPage } from "./stats.mjs";

const argv = process.argv.slice(2);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const readOnly = argv.includes("--read");
const named = filesOf(argv.filter((a, i) => !a.startsWith("--") && !["--pages", "--passes", "--warm", "--top", "--flags", "--each-top"].includes(argv[i - 1])));
const pageCount = named.length || Number(value("--pages", 40));
const passes = Number(value("--passes", 2));
const warm = Number(value("--warm", 2));
const top = Number(value("--top", 50));
const here = resolve(new URL("..", import.meta.url).pathname);
const dir = mkdtempSync(join(tmpdir(), "disclint-cgfn-"));
const shared = process.env.DISCLINT_SHARED ?? join(here, "..", "shared");

const pages = [...named];
const sample = named.length ? "" : readFileSync(join(shared, "examples", "r-page-20f-fy2024.txt"), "utf8");
mkdirSync(join(dir, "pages"));
for (let i = 0; i < (named.length ? 0 : pageCount); i++) {
  const file = join(dir, "pages", `r-${String(i).padStart(5, "0")}.txt`);
  writeFileSync(file, benchPage(sample, i));
  pages.push(file);
}

const byFile = argv.includes("--by-file");
const each = argv.includes("--each");
const { bundle } = await bundleLintLoop(
  "cgfn",
  `const { getPriority } = await import("node:os");
${readOnly ? `const { loadDisclosure } = await import(${JSON.stringify(join(here, "src", "sources", "load.ts"))});
const one = (f) => loadDisclosure([f]);
const all = async () => { for (const f of files) await one(f); };` : "const one = (f) => lintFiles([[f]], linter);\nconst all = () => lintFiles(files.map((f) => [f]), linter);"}
// --each: one file at a time, the counters dumped after each; else the files together, as before.
const pass = async (dumpEach) => {
  if (!dumpEach) return all();
  for (const f of files) {
    await one(f);
    getPriority();
  }
};
for (let i = 0; i < ${warm}; i++) await pass(false);
getPriority(); // callgrind dumps its counters here and after the measured passes${each ? " (--each: after each file)" : ""}
for (let i = 0; i < ${passes}; i++) await pass(${each});
${each ? "" : "getPriority();"}
`,
);

const out = join(dir, "cg.out");
const flags = ["--single-threaded", "--hash-seed=1", "--random-seed=1", "--perf-basic-prof", ...value("--flags", "").split(" ").filter(Boolean)];
const r = spawnSync("valgrind", ["--tool=callgrind", "--dump-instr=yes", "--dump-before=uv_os_getpriority", `--callgrind-out-file=${out}`, process.execPath, ...flags, bundle, JSON.stringify(pages)], { encoding: "utf8", cwd: dir });
if (r.status !== 0) throw new Error(r.stderr);
const pid = Number(/==(\d+)==/.exec(r.stderr)[1]);

// The perf map: start, size, name; later entries win where V8 reused the space.
const entries = [];
readFileSync(`/tmp/perf-${pid}.map`, "utf8")
  .split("\n")
  .forEach((line, order) => {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (!m) return;
    const start = parseInt(m[1], 16);
    const name = m[3].replace(/^JS:[*^~+]?/, "").replace(/ file:\/\/\S+?\.mjs:(\d+):\d+$/, ":$1").slice(0, 100);
    entries.push({ start, end: start + parseInt(m[2], 16), order, name });
  });
entries.sort((a, b) => a.start - b.start);
const widest = entries.reduce((w, e) => Math.max(w, e.end - e.start), 0);
const jitNames = new Map();
function jitName(address) {
  let name = jitNames.get(address);
  if (name !== undefined) return name;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].start <= address) lo = mid + 1;
    else hi = mid;
  }
  let best;
  for (let k = lo - 1; k >= 0 && entries[k].start >= address - widest; k--) {
    const e = entries[k];
    if (e.start <= address && address < e.end && (!best || e.order > best.order)) best = e;
  }
  name = best ? best.name : "(JIT code not in the map)";
  jitNames.set(address, name);
  return name;
}

function kindOf(name) {
  return name.startsWith("RegExp:")
    ? "regular expressions (their code)"
    : /compiler::|maglev|turboshaft/i.test(name)
      ? "V8's optimising compiler"
      : /Scaveng|Heap|Sweep|Mark|heap::|GC/.test(name)
        ? "garbage collection, heap"
        : name.startsWith("Builtins_")
          ? "V8 builtins"
          : /^[\w$]*:\d+$/.test(name)
            ? "JavaScript (the bundle's functions)"
            : "the rest (V8's runtime, node, libc)";
}

// A dump's self cost by function: cost lines are "address line count" with relative positions.
function selfCosts(path, self = new Map()) {
  let fn = "";
  const names = new Map();
  const last = [0, 0];
  let skipCallCost = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const c = line.charCodeAt(0);
    if ((c >= 48 && c <= 57) || line[0] === "+" || line[0] === "-" || line[0] === "*") {
      const parts = line.split(" ");
      for (let j = 0; j < 2; j++) {
        const t = parts[j];
        last[j] = t === "*" ? last[j] : t[0] === "+" ? last[j] + Number(t.slice(1)) : t[0] === "-" ? last[j] - Number(t.slice(1)) : Number(t);
      }
      if (skipCallCost) {
        skipCallCost = false;
        continue;
      }
      const cost = Number(parts[2] ?? 0);
      const name = fn.startsWith("0x") || fn.startsWith("???") ? jitName(last[0]) : fn;
      self.set(name, (self.get(name) ?? 0) + cost);
    } else if (line.startsWith("fn=")) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m[2] !== undefined) names.set(m[1], m[2]);
      fn = names.get(m[1]) ?? "";
    } else if (line.startsWith("cfn=")) {
      const m = /^cfn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m[2] !== undefined) names.set(m[1], m[2]);
    } else if (line.startsWith("calls=")) skipCallCost = true;
  }
  return self;
}

// The measured passes: one dump (out.2), or with --each one a file (out.2 … out.<1 + passes × files>).
const dumps = each ? Array.from({ length: passes * pageCount }, (_, k) => `${out}.${k + 2}`) : [`${out}.2`];
const self = new Map();
const perFile = new Map(); // --each: the file's self costs by function over the measured passes
dumps.forEach((path, k) => {
  const one = selfCosts(path);
  for (const [name, n] of one) self.set(name, (self.get(name) ?? 0) + n);
  if (each) {
    const f = pages[k % pageCount];
    const fns = perFile.get(f) ?? new Map();
    for (const [name, n] of one) fns.set(name, (fns.get(name) ?? 0) + n);
    perFile.set(f, fns);
  }
});
let total = 0;
for (const n of self.values()) total += n;

const perPage = (n) => (n / passes / pageCount / 1e6).toFixed(3).padStart(7);
const share = (n) => `${((n / total) * 100).toFixed(2)}%`.padStart(7);
console.log(`${here}: ${pageCount} ${named.length ? "files" : "pages"}${readOnly ? " read" : ""}, ${passes} measured passes: ${perPage(total)} M instructions a ${named.length ? "file" : "page"} (${(total / passes / 1e6).toFixed(1)} M a pass)`);
const kinds = new Map();
for (const [name, n] of self) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + n);
console.log("\nby kind (M a page, share)");
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${perPage(n)} ${share(n)}  ${k}`);
console.log(`\nby function, self (M a page, share), top ${top}`);
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${perPage(n)} ${share(n)}  ${name.slice(0, 110)}`);

if (byFile) {
  // Each bundle line's source file: the last "// src/…" (or "// node_modules/…") marker above it.
  const fileOfLine = [];
  let file = "(entry)";
  for (const line of readFileSync(bundle, "utf8").split("\n")) {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) file = m[1];
    fileOfLine.push(file);
  }
  const files = new Map();
  for (const [name, n] of self) {
    const m = /^[\w$]*:(\d+)$/.exec(name);
    const key = m ? fileOfLine[Number(m[1]) - 1] ?? "(entry)" : `(${kindOf(name)})`;
    files.set(key, (files.get(key) ?? 0) + n);
  }
  console.log("\nby source file, self (M a page, share; other kinds in parentheses)");
  for (const [name, n] of [...files].sort((a, b) => b[1] - a[1])) console.log(`${perPage(n)} ${share(n)}  ${name}`);
}

if (each) {
  // Each file's instructions in the measured passes, after warm passes over all the files (round 41).
  const cols = ["V8's optimising compiler", "JavaScript (the bundle's functions)", "V8 builtins", "regular expressions (their code)", "the rest (V8's runtime, node, libc)", "garbage collection, heap"];
  const m = (n) => (n / passes / 1e6).toFixed(3).padStart(9);
  console.log(`\nby file (M instructions a lint, mean of ${passes} measured passes after ${warm} warm passes over all ${pageCount})`);
  console.log(`${"file".padEnd(30)}       all  no compiler  compiler        JS  builtins   regexes      rest        GC`);
  let sum = 0;
  let sumNoCompiler = 0;
  for (const [f, fns] of perFile) {
    const kinds = new Map();
    for (const [name, n] of fns) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + n);
    const all = [...kinds.values()].reduce((a, b) => a + b, 0);
    const comp = kinds.get(cols[0]) ?? 0;
    sum += all;
    sumNoCompiler += all - comp;
    console.log(`${f.split("/").pop().slice(0, 30).padEnd(30)}${m(all)}  ${m(all - comp)}  ${cols.map((c) => m(kinds.get(c) ?? 0)).join(" ")}`);
  }
  console.log(`${"all".padEnd(30)}${m(sum)}  ${m(sumNoCompiler)}`);
  const eachTop = Number(value("--each-top", 0));
  for (const [f, fns] of eachTop ? perFile : []) {
    console.log(`\n${f.split("/").pop()}: by function, self (M a lint), top ${eachTop}`);
    for (const [name, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, eachTop)) console.log(`${m(n)}  ${name.slice(0, 110)}`);
  }
}
