#!/usr/bin/env node
// A 150 MB Inline XBRL filing, linted by the built CLI: wall time and peak RSS (issue 6: memory
// stays bounded on a big input). Not a unit test — it writes 150 MB and takes a while.
//
//   node scripts/build.mjs && node bench/big-filing.mjs [--size MB] [--untagged] [--keep]
//
// --untagged leaves the cyd facts out (an untagged 10-K): rules then search the whole document's
// text for an Item 1C incorporated by reference, the slowest path.
//
// The filing is generated in a temp folder: an ix:header with 20,000 contexts and hidden dei facts,
// then ~10 KB blocks of financial tables (ix:nonFraction facts) and prose repeated to the size, with
// the fictional Northwind Item 1C (cyd facts, a continuation) in the middle. The CLI runs as a child
// process; its peak RSS comes from process.resourceUsage().maxRSS at exit (and /usr/bin/time when
// present, as a cross-check).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (name, d) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? d : argv[i + 1];
};
const sizeMb = Number(opt("size", 150));
const keep = argv.includes("--keep");
const untagged = argv.includes("--untagged");
const bin = join(ROOT, "bin", "disclint.js");
if (!existsSync(join(ROOT, "dist", "cli.js"))) {
  console.error("bench/big-filing: build first (node scripts/build.mjs)");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "disclint-big-"));
const file = join(dir, "big-10k.htm");

// --- generate -----------------------------------------------------------------------------------
const example = readFileSync(join(ROOT, "examples", "northwind-10k-fy2025.htm"), "utf8");
const item1c = example.slice(example.indexOf("<h2>Item 1C."), example.indexOf("<h2>Item 2."));
const CONTEXTS = 20_000;

const fd = openSync(file, "w");
let written = 0;
const out = (s) => {
  written += writeSync(fd, s);
};
const t0 = performance.now();
out(`<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2025" xmlns:cyd="http://xbrl.sec.gov/cyd/2025" xmlns:us-gaap="http://fasb.org/us-gaap/2025" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
<head><title>Big filing (generated)</title></head><body>
<div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric contextRef="c-1" name="dei:DocumentType" id="d-1">10-K</ix:nonNumeric>
<ix:nonNumeric contextRef="c-1" name="dei:DocumentPeriodEndDate" id="d-2">2025-12-31</ix:nonNumeric>
</ix:hidden><ix:resources>
`);
for (let i = 1; i <= CONTEXTS; i++) {
  out(`<xbrli:context id="c-${i}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0009999999</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-12-31</xbrli:endDate></xbrli:period></xbrli:context>\n`);
}
out(`<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit></ix:resources></ix:header></div>\n`);

let fact = 0;
function block(k) {
  const rows = [];
  for (let r = 0; r < 40; r++) {
    fact++;
    rows.push(`<tr><td style="padding:2px">Line item ${r} of schedule ${k} &#8212; revenue, cost of sales and other</td><td style="text-align:right">$<ix:nonFraction unitRef="usd" contextRef="c-${1 + (fact % CONTEXTS)}" decimals="-6" name="us-gaap:Revenues" format="ixt:num-dot-decimal" scale="6" id="n-${fact}">${(fact * 7919) % 100000}</ix:nonFraction></td></tr>`);
  }
  return `<div><p>Schedule ${k}. The following table presents our consolidated results for the periods indicated; amounts are in millions except per-share data.</p><table>${rows.join("")}</table></div>\n`;
}
const target = sizeMb * 1024 * 1024;
let k = 0;
let middleDone = false;
while (written < target - 20_000) {
  out(block(k++));
  if (!middleDone && written > target / 2) {
    out(untagged ? item1c.replace(/<\/?ix:(nonNumeric|continuation)[^>]*>/g, "") : item1c);
    middleDone = true;
  }
}
out("</body></html>\n");
closeSync(fd);
const size = statSync(file).size;
console.log(`generated ${(size / 1024 / 1024).toFixed(1)} MB (${fact.toLocaleString("en-US")} numeric facts, ${CONTEXTS.toLocaleString("en-US")} contexts) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${file}`);

// --- floor: read + decode --------------------------------------------------------------------------
{
  const t = performance.now();
  const text = new TextDecoder().decode(readFileSync(file));
  let n = 0;
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) n++;
  console.log(`floor (read + UTF-8 decode + scan of ${n.toLocaleString("en-US")} "<"): ${((performance.now() - t) / 1000).toFixed(2)} s`);
}

// --- lint --------------------------------------------------------------------------------------------
const rssHook = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))";
const useTime = existsSync("/usr/bin/time");
const cmd = useTime ? "/usr/bin/time" : process.execPath;
const args = [...(useTime ? ["-f", "TIME_RSS_KB %M TIME_S %e", process.execPath] : []), "--import", rssHook, bin, file, "-f", "json", "-o", join(dir, "report.json")];
const t1 = performance.now();
const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const secs = (performance.now() - t1) / 1000;
const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
const timeRss = Number(/TIME_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
let summary = "";
try {
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
  summary = report.map((x) => `${x.messages.length} messages (${x.errorCount} errors, ${x.warningCount} warnings, ${x.fatalErrorCount} fatal)`).join("; ");
} catch (e) {
  summary = `no report: ${e.message}`;
}
console.log(`lint: exit ${r.status}, ${secs.toFixed(1)} s (${(size / 1024 / 1024 / secs).toFixed(1)} MB/s), peak RSS ${(rss / 1024).toFixed(0)} MB` + (useTime ? ` (/usr/bin/time: ${(timeRss / 1024).toFixed(0)} MB)` : ""));
console.log(`report: ${summary}`);
const tail = r.stderr.replace(/\n?(MAXRSS_KB|TIME_RSS_KB).*$/gm, "").trim();
if (tail) console.log(`stderr: ${tail.slice(0, 500)}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
