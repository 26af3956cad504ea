// Byte-identity of two builds' outputs, for a speed change that must not change what disclint says:
// the CLI's JSON report and `disclint facts` over test/fixtures, examples/, ../shared/corpus/real,
// ../shared/examples and every paraphrase of test/accuracy/paraphrases but the batches still sealed (round 38; each written as the one
// paragraph of an Item 1C draft, as `npm run eval -- --split paraphrase` judges it).
//   node bench/identical.mjs --against DIR [--no-paraphrases]
// DIR is another built checkout of disclint; both CLIs run from this checkout's folder on the same
// inputs, and their stdout, stderr and exit codes are compared byte for byte.
// DISCLINT_SHARED names ../shared where the checkout is elsewhere (a worktree).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const argv = process.argv.slice(2);
const here = resolve(new URL("..", import.meta.url).pathname);
const against = argv.includes("--against") ? resolve(argv[argv.indexOf("--against") + 1]) : undefined;
if (!against) throw new Error("usage: node bench/identical.mjs --against DIR [--no-paraphrases]");
const shared = process.env.DISCLINT_SHARED ?? join(here, "..", "shared");
const dir = mkdtempSync(join(tmpdir(), "disclint-identical-"));

const inputs = ["test/fixtures", "examples", join(shared, "corpus", "real"), join(shared, "examples")].filter((p) => existsSync(resolve(here, p)));
if (!argv.includes("--no-paraphrases")) {
  // As test/accuracy/eval.ts judges a paraphrase (PARAPHRASE_HEADING, then the text).
  const drafts = join(dir, "paraphrases");
  mkdirSync(drafts);
  const from = join(here, "test", "accuracy", "paraphrases");
  let n = 0;
  // A second labelling (*.relabel.json) repeats its batch's texts: left out, as test/accuracy/training-data.ts does;
  // so are the batches still sealed (its HELD_BACK: the lead's untuned measures, which no helper opens).
  // (Read from that file's HELD_BACK line, its regex literals: one list to keep.)
  const line = readFileSync(join(here, "test", "accuracy", "training-data.ts"), "utf8").split("\n").find((l) => l.includes("HELD_BACK:")) ?? "";
  const held = [...line.matchAll(/\/(\^[^/]+)\//g)].map((m) => new RegExp(m[1]));
  if (held.length === 0) throw new Error("no HELD_BACK list found in test/accuracy/training-data.ts");
  const heldBack = (f) => held.some((r) => r.test(f));
  for (const f of readdirSync(from).filter((f) => f.endsWith(".json") && !f.endsWith(".relabel.json") && !heldBack(f)).sort()) {
    const { paragraphs } = JSON.parse(readFileSync(join(from, f), "utf8"));
    for (const p of paragraphs ?? []) if (p.text) writeFileSync(join(drafts, `p${String(n++).padStart(5, "0")}.md`), `# Item 1C. Cybersecurity\n\n${p.text}\n`);
  }
  inputs.push(drafts);
  console.log(`${n} paraphrases`);
}

const runs = [
  ["lint -f json", ["--no-config", "-f", "json", ...inputs]],
  ["facts", ["facts", "--no-config", ...inputs]],
];
let same = true;
for (const [name, args] of runs) {
  const out = [here, against].map((root) => spawnSync(process.execPath, [join(root, "bin", "disclint.js"), ...args], { cwd: here, encoding: "utf8", maxBuffer: 1 << 30 }));
  const [a, b] = out;
  const ok = a.status === b.status && a.stdout === b.stdout && a.stderr === b.stderr;
  if (!ok) {
    same = false;
    for (const [k, r] of [["this", a], ["other", b]]) {
      writeFileSync(join(dir, `${name.replace(/\W+/g, "-")}.${k}.out`), r.stdout);
      writeFileSync(join(dir, `${name.replace(/\W+/g, "-")}.${k}.err`), r.stderr);
    }
  }
  console.log(`${name}: ${ok ? "identical" : "DIFFERENT"} (exit ${a.status}/${b.status}, stdout ${a.stdout.length}/${b.stdout.length} chars, stderr ${a.stderr.length}/${b.stderr.length})`);
}
if (!same) {
  console.log(`outputs kept in ${dir}`);
  process.exit(1);
}
