// Where a warm page's CPU goes, by function, on a loaded machine: the in-process lint loop (as
// bench/profile.mjs builds it) under Linux `perf record -e cpu-clock -g` with node's
// --perf-basic-prof, so JavaScript functions are named. cpu-clock samples only while the thread is
// on a CPU: a neighbour's load does not move the shares, where V8's own --cpu-prof (a wall-clock
// timer) can put a sample wherever the thread was descheduled (round 25).
//   node bench/perf-profile.mjs [--passes N] [--top N] [--under NAME] [--callers NAME] [--main] [--skip F] [--purposes] [--from DIR] <file|folder>…
// Prints each function's share of all samples: self (the leaf) and inclusive (anywhere on the
// stack, once per sample; JavaScript only); --under NAME: the leaves of the samples whose stack holds
// NAME ("visit:1990", or a prefix: "visit").
// The figures include start-up, warm-up and V8's compiler threads: pass enough passes (default 12).
// --main: the main thread's samples only (not V8's compiler and GC threads); --skip F: leave out the
// samples of the first fraction F of the run (0.35 leaves out start-up and most of the warm-up), so
// the shares are of the warm lint (round 28).
// --purposes: each sample by purpose (round 37): its stage (the nearest of the lint's stages on its
// stack: reading, the judge, the veto model, the rules' mentions, …) × its mechanism (the nearest of
// tokenizing / splitting, the pattern prefilter, the patterns' regexes, the near walk and terms, the
// clause reader, …), shares of all samples. On a real filing (round 38) reading is split into the
// file and its decoding, the markup scan, the facts and the Item 1C window. Inlined functions have no frame of their own, so a
// sample whose function was inlined counts where its caller was.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { bundleLintLoop, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const passes = Number(take("--passes", 12));
const top = Number(take("--top", 40));
const under = take("--under", undefined);
// --callers NAME (round 49): the nearest JavaScript function (the bundle's "name:line") above each sample whose leaf is NAME
// (a builtin such as "Builtins_FindOrderedHashMapEntry", or a prefix): who pays for a builtin or a regex.
const callers = take("--callers", undefined);
const mainOnly = argv.includes("--main") ? (argv.splice(argv.indexOf("--main"), 1), true) : false;
const skip = Number(take("--skip", 0));
const purposes = argv.includes("--purposes") ? (argv.splice(argv.indexOf("--purposes"), 1), true) : false;
// --from DIR: read the samples a previous run left in DIR (its perf.data; the run's JIT names stay in /tmp/perf-PID.map) again, with other options.
const from = take("--from", undefined);
const files = filesOf(argv);
const dir = from ?? (await bundleLintLoop("perf", `for (let i = 0; i < ${passes} + 2; i++) await lintFiles(files.map((f) => [f]), linter);\n`)).dir;
const data = join(dir, "perf.data");
if (!from) {
  const rec = spawnSync("perf", ["record", "-q", "-g", "-e", "cpu-clock", "-F", "4000", "-o", data, process.execPath, "--perf-basic-prof", join(dir, "perf.mjs"), JSON.stringify(files)], { stdio: ["ignore", "inherit", "inherit"] });
  if (rec.status !== 0) throw new Error("perf record failed (is perf installed, perf_event_paranoid ≤ 2?)");
}
const script = spawnSync("perf", ["script", "-i", data, "-F", "pid,tid,time,ip,sym"], { encoding: "utf8", maxBuffer: 1 << 30 });

// One sample: its frames, leaf first, named "function:line" for the bundle's JavaScript; its thread
// (whether it is the main one: pid = tid) and time from the sample's header line.
let samples = [];
let frames = [];
let header;
const end = () => {
  if (frames.length && header) samples.push({ frames, ...header });
  frames = [];
};
for (const line of script.stdout.split("\n")) {
  const t = line.trim();
  if (t === "") {
    end();
    continue;
  }
  const h = /^(\d+)\/(\d+)\s+([\d.]+):?$/.exec(t);
  if (h) {
    end();
    header = { main: h[1] === h[2], time: Number(h[3]) };
    continue;
  }
  const sym = t.slice(t.indexOf(" ") + 1);
  frames.push(sym.replace(/^JS:[*^~+]?/, "").replace(/ file:\/\/\S+?\.mjs:(\d+):\d+$/, ":$1").slice(0, 100));
}
end();
if (samples.length) {
  const t0 = samples[0].time;
  const t1 = samples[samples.length - 1].time;
  samples = samples.filter((s) => (!mainOnly || s.main) && s.time - t0 >= skip * (t1 - t0));
}
samples = samples.map((s) => s.frames);
const count = (pick) => {
  const c = new Map();
  for (const s of samples) for (const k of pick(s)) c.set(k, (c.get(k) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, top);
};
const show = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`${((n / samples.length) * 100).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${data}: ${samples.length} samples${mainOnly ? " of the main thread" : ""}${skip ? ` after the first ${skip * 100}% of the run` : ""}, ${files.length} file(s) × ${passes + 2} passes`);
if (purposes) {
  // Nearest first, leaf to root; a frame's name is "function:line" (the line dropped here).
  const STAGES = {
    applyVeto: "the veto model", mentions: "rules: mentions (lexicon facts)", matchesIn: "rules: mentions (lexicon facts)", inSentence: "rules: mentions (lexicon facts)", judgeParagraph: "the judge (judgeParagraph)",
    buildUnits: "units (sections, paragraphs)", harvestAliases: "defined terms", harvestBodies: "defined terms",
    loadDisclosure: "reading", readInput: "reading", elementHits: "element hits (beside the judge and veto)", events: "rules engine (other)",
    lint: "lint (other)", lintFiles: "lint (other)",
    // A real filing's reading and its fixed cost beside the judge (round 38): nearest first, so a
    // sample in the Item 1C window is the window's though `loadDisclosure` holds it.
    readRegularFileSync: "reading: the file, decoding", decodeInput: "reading: the file, decoding", scanDocument: "reading: the markup scan",
    allNamespaceDeclarations: "reading: the markup scan", buildFact: "reading: the facts", readDei: "reading: the facts", itemSection: "reading: the Item 1C window",
    sectionByHeading: "reading: the Item 1C window", findMismatchedBlocks: "mismatched blocks (beside the judge)", directiveComments: "suppressions",
    applySuppressions: "suppressions", locate: "the report (positions, excerpts)", position: "the report (positions, excerpts)",
  };
  const MECHANISMS = {
    tokenize: "tokenize", splitSentences: "split sentences", membersFor: "pattern prefilter", mayMatchIn: "pattern prefilter",
    collect: "pattern regexes", collectOne: "pattern regexes", matches: "near walk, terms", termMatches: "near walk, terms",
    wordMatches: "near walk, terms", rangeWordMatches: "near walk, terms", wordKeys: "near walk, terms", markKeys: "near walk, terms",
    findInforming: "clause reader", clauseMatches: "clause reader", independentClauses: "clause reader", oversightObjects: "clause reader",
    memberLists: "clause reader", relativeAsides: "clause reader", participleAsides: "clause reader", companionTeams: "clause reader",
    withProgramAntecedent: "clause reader", sentenceShapes: "sentence shapes", shapeText: "sentence shapes",
  };
  const nearest = (s, table, leafRegex) => {
    if (leafRegex && s[0].startsWith("RegExp:")) return leafRegex;
    for (const f of s) {
      const name = f.replace(/:\d+$/, "");
      if (Object.hasOwn(table, name)) return table[name];
    }
    return "(none)";
  };
  const cells = new Map();
  const rows = new Map();
  const cols = new Map();
  for (const s of samples) {
    const r = nearest(s, STAGES);
    const c = nearest(s, MECHANISMS, "pattern regexes");
    cells.set(`${r}\t${c}`, (cells.get(`${r}\t${c}`) ?? 0) + 1);
    rows.set(r, (rows.get(r) ?? 0) + 1);
    cols.set(c, (cols.get(c) ?? 0) + 1);
  }
  const pct = (n) => `${((n / samples.length) * 100).toFixed(1)}%`;
  const colList = [...cols].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  console.log(`\n| stage \\ mechanism | all | ${colList.join(" | ")} |\n|---|---:|${colList.map(() => "---:").join("|")}|`);
  for (const [r, n] of [...rows].sort((a, b) => b[1] - a[1])) console.log(`| ${r} | ${pct(n)} | ${colList.map((c) => (cells.has(`${r}\t${c}`) ? pct(cells.get(`${r}\t${c}`)) : "")).join(" | ")} |`);
  console.log(`| all | 100% | ${colList.map((c) => pct(cols.get(c))).join(" | ")} |`);
} else if (callers) show(`nearest JavaScript callers of ${callers} (share of all samples)`, count((s) => (s[0].startsWith(callers) ? [s.slice(1).find((f) => /^[\w$]*:\d+$/.test(f)) ?? "(none)"] : [])));
else if (under) show(`leaves under ${under}`, count((s) => (s.some((f) => f.startsWith(under)) ? [s[0]] : [])));
else {
  show("self", count((s) => [s[0]]));
  // Inclusive: the bundle's JavaScript functions only (node's and V8's frames hold nearly every sample).
  show("inclusive (JavaScript)", count((s) => new Set(s.filter((f) => /^[\w$]*:\d+$/.test(f)))));
}
