// Where a real filing's in-process lint goes (round 30): for each file, the main thread's CPU per
// lint split into the floor (read + decode + a scan of every '<' and newline, as bench/lint-bench.ts
// times it), reading (`loadDisclosure`: decode, the Inline XBRL scan, facts, the Item 1C window),
// the model (`DocumentContext` and its units), judging the units (one judgement each), and the whole
// lint (`Linter.lint`: the model, every judgement a rule asks for, the rules, the findings); the
// full run (`lintFiles`) beside them. Also what the judge reads per lint: the judgements made (the
// units', and the texts of their own the rules ask about: a paragraph clipped to the block that
// holds a part of it, a list item with its lead-in) and their characters.
//   node bench/filing-split.mjs [--warm N] [--passes N] [--against DIR] <file|folder>…
// Each phase runs N times in a row (default 20) after N warm passes of the whole lint, so a
// phase's figure is its mean over those runs (the schedstat clock ticks in ~4 ms on some kernels).
// With --against DIR (another checkout; its sources are bundled) the two trees run one after the other.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { bundleAgainst, filesOf } from "./lint-loop.mjs";

const argv = process.argv.slice(2);
const take = (name, dflt) => (argv.includes(name) ? argv.splice(argv.indexOf(name), 2)[1] : dflt);
const warm = Number(take("--warm", 10));
const passes = Number(take("--passes", 20));
const against = take("--against", undefined);
const files = filesOf(argv);
const here = resolve(new URL("..", import.meta.url).pathname);

function bundleFor(root) {
  return bundleAgainst(root, "split", (src) => `import { readFileSync } from "node:fs";
import { createLinter, lintFiles } from ${src("api.ts")};
import { DocumentContext } from ${src("engine/document.ts")};
import { ElementJudge } from ${src("engine/elements.ts")};
import { loadDisclosure } from ${src("sources/load.ts")};
const files: string[] = JSON.parse(process.argv[2]);
const [warm, passes] = JSON.parse(process.argv[3]);
const linter = createLinter();
const rs = (linter as any).ruleSet;
const cpu = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
const decoder = new TextDecoder("utf-8");
function floor(f: string): number {
  let seen = 0;
  const text = decoder.decode(readFileSync(f));
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) seen++;
  for (let i = text.indexOf("\\n"); i !== -1; i = text.indexOf("\\n", i + 1)) seen++;
  return seen;
}
// The judgements one lint makes: ElementJudge's judge (one per distinct text and heading; a list item
// is read twice, alone and after its lead-in), counted in a pass of its own, not a timed one.
const judge = (ElementJudge.prototype as any).judge;
async function judgedBy(run: () => Promise<unknown>) {
  let n = 0;
  let chars = 0;
  (ElementJudge.prototype as any).judge = function (u: any, ...rest: unknown[]) {
    n += u.leadIn === undefined ? 1 : 2;
    chars += u.fact.text.length + (u.leadIn === undefined ? 0 : u.leadIn.length + 1 + u.fact.text.length);
    return judge.call(this, u, ...rest);
  };
  try {
    await run();
  } finally {
    (ElementJudge.prototype as any).judge = judge;
  }
  return { n, chars };
}
for (let i = 0; i < warm; i++) await lintFiles(files.map((f) => [f]), linter);
const out = [];
for (const f of files) {
  let t = cpu();
  for (let i = 0; i < passes; i++) floor(f);
  const fl = (cpu() - t) / passes;
  t = cpu();
  const ds = [];
  for (let i = 0; i < passes; i++) ds.push(await loadDisclosure([f], {}));
  const read = (cpu() - t) / passes;
  t = cpu();
  const ctxs = ds.map((d) => {
    const ctx = new DocumentContext(d, rs.lexicons, rs.cues, rs.elements);
    ctx.units();
    return ctx;
  });
  const model = (cpu() - t) / passes;
  t = cpu();
  for (const ctx of ctxs) for (const u of ctx.units()) ctx.judged(u);
  const units = (cpu() - t) / passes;
  t = cpu();
  for (const d of ds) await linter.lint(d);
  const lint = (cpu() - t) / passes;
  t = cpu();
  for (let i = 0; i < passes; i++) await lintFiles([[f]], linter);
  const full = (cpu() - t) / passes;
  const us = ctxs[0].units();
  const judged = await judgedBy(() => linter.lint(ds[0]));
  out.push({ file: f.split("/").pop(), floor: fl, read, model, units, lint, full, paragraphs: us.length, unitChars: us.reduce((n: number, u: any) => n + u.fact.text.length, 0), judged: judged.n, judgedChars: judged.chars });
}
console.log(JSON.stringify(out));
`);
}

function run(bundle) {
  const r = spawnSync(process.execPath, [bundle, JSON.stringify(files), JSON.stringify([warm, passes])], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const f1 = (x) => x.toFixed(1).padStart(6);
const x1 = (x, fl) => `${(x / fl).toFixed(1).padStart(5)}×`;
function show(name, rows) {
  console.log(`\n${name}: main-thread CPU per lint, ms (and × the floor); judged: judgements a lint makes (units: the section's paragraphs)`);
  console.log(`${"file".padEnd(28)} ${"floor".padStart(6)} ${"read".padStart(13)} ${"model".padStart(6)} ${"judge units".padStart(13)} ${"lint".padStart(13)} ${"rules+rest".padStart(10)} ${"full".padStart(13)}  units (chars)   judged (chars)`);
  const sum = { floor: 0, read: 0, model: 0, units: 0, lint: 0, full: 0, paragraphs: 0, unitChars: 0, judged: 0, judgedChars: 0 };
  for (const r of [...rows, null]) {
    const m = r ?? { ...sum, file: `all ${rows.length}` };
    if (r) for (const k of Object.keys(sum)) sum[k] += r[k];
    console.log(
      `${m.file.slice(0, 28).padEnd(28)} ${f1(m.floor)} ${f1(m.read)} ${x1(m.read, m.floor)} ${f1(m.model)} ${f1(m.units)} ${x1(m.units, m.floor)} ${f1(m.lint)} ${x1(m.lint, m.floor)} ${f1(m.lint - m.model - m.units).padStart(10)} ${f1(m.full)} ${x1(m.full, m.floor)}  ${String(m.paragraphs).padStart(5)} (${String(m.unitChars).padStart(6)})  ${String(m.judged).padStart(5)} (${String(m.judgedChars).padStart(6)})`,
    );
  }
}

const trees = [["this", await bundleFor(here)]];
if (against) trees.push(["against", await bundleFor(resolve(against))]);
for (const [name, bundle] of trees) show(name, run(bundle));
console.log(`\n${files.length} file(s), ${passes} runs of each phase after ${warm} warm passes; "rules+rest" = lint − model − judge units (the rules, the judgements of texts other than the units, the findings)`);
