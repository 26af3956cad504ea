// One very long paragraph inside an Inline XBRL text block (round 35): the fictional Northwind 10-K
// (examples/northwind-10k-fy2025.htm) with its board-oversight block's paragraph followed by a
// paragraph of `--kb` kilobytes of its own prose (its sentences repeated, one space apart), linted
// in-process by each stage in turn: reading (`loadDisclosure`), the model (`DocumentContext` and
// its units), and the whole lint; main-thread CPU of each, best of `--runs`.
//   node bench/long-paragraph.mjs [--kb 2048] [--runs 2] [--write FILE]
// With --write the generated filing is only written to FILE (to profile it, or lint it with the CLI).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { bundleLintLoop } from "./lint-loop.mjs";
import { ROOT } from "../scripts/build.mjs";

const argv = process.argv.slice(2);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const kb = Number(value("--kb", 2048));
const runs = Number(value("--runs", 2));

/** The example filing with a paragraph of about `chars` characters added to its board-oversight block. */
export function longParagraphFiling(chars) {
  const example = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");
  const block = /(name="cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock"[^>]*>[^]*?)(<\/ix:nonNumeric>)/;
  const prose = block.exec(example)[1].replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").replace(/^.*?>/, "").trim();
  let text = "";
  while (text.length < chars) text += (text ? " " : "") + prose;
  return example.replace(block, (_, head, end) => `${head}<p>${text.slice(0, chars).replace(/\s+\S*$/, ".")}</p>${end}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const file = value("--write", undefined) ?? join(mkdtempSync(join(tmpdir(), "disclint-long-")), "long-paragraph.htm");
  writeFileSync(file, longParagraphFiling(kb * 1024));
  if (argv.includes("--write")) process.exit(0);
  const { bundle } = await bundleLintLoop(
    "long",
    `const { loadDisclosure } = await import(${JSON.stringify(join(ROOT, "src", "sources", "load.ts"))});
const { DocumentContext } = await import(${JSON.stringify(join(ROOT, "src", "engine", "document.ts"))});
const rs = (linter as any).ruleSet;
const cpu = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
const { readFileSync } = await import("node:fs");
const best = async (f: () => unknown) => { let b = Infinity; for (let i = 0; i < ${runs}; i++) { const t = cpu(); await f(); b = Math.min(b, cpu() - t); } return b; };
const read = await best(() => loadDisclosure(files));
const d = await loadDisclosure(files);
const model = await best(() => new DocumentContext(d, rs.lexicons, rs.cues, rs.elements).describeParagraphs());
const lint = await best(() => lintFiles([files], linter));
console.log(JSON.stringify({ read, model, lint }));
`,
  );
  const r = spawnSync(process.execPath, [bundle, JSON.stringify([file])], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const t = JSON.parse(r.stdout);
  console.log(`${kb} KB paragraph: read ${t.read.toFixed(0)} ms, model and its judgements ${t.model.toFixed(0)} ms, whole lint ${t.lint.toFixed(0)} ms (main-thread CPU, best of ${runs})`);
}
