// A preload (`node --require bench/regex-count.cjs ...`) that counts the regular expressions a run executes:
// RegExp.prototype.exec is replaced by a wrapper (test, match, replace, split, search and matchAll then reach
// it through RegExpExec), which records each expression's source and flags, its runs, its matches and the
// texts it ran over. At exit it writes them as JSON to $REGEX_COUNT_OUT (round 50). A bench tool, never in src.
"use strict";
const { writeFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");
const out = process.env.REGEX_COUNT_OUT;
const keepTexts = process.env.REGEX_COUNT_TEXTS === "1";
const exec = RegExp.prototype.exec;
const byKey = new Map();
const texts = new Map();
let order = 0;
let busy = false; // the wrapper's own expressions (where) are not counted
RegExp.prototype.exec = function (s) {
  const m = exec.call(this, s);
  if (busy) return m;
  busy = true;
  try {
    record(this, s, m);
  } finally {
    busy = false;
  }
  return m;
};
function record(re, s, m) {
  const key = re.flags + "/" + re.source;
  let e = byKey.get(key);
  if (!e) byKey.set(key, (e = { source: re.source, flags: re.flags, first: order++, runs: 0, matches: 0, texts: [], where: where() }));
  e.runs++;
  if (m !== null) e.matches++;
  if (keepTexts) {
    const str = String(s);
    let id = texts.get(str);
    if (id === undefined) texts.set(str, (id = texts.size));
    // [text id, matched] pairs, a run over the text the last run read merged into its pair.
    const n = e.texts.length;
    if (n > 0 && e.texts[n - 2] === id) e.texts[n - 1] |= m !== null ? 1 : 0;
    else e.texts.push(id, m !== null ? 1 : 0);
  }
}
/** The first frames outside this file of the first run's stack (which code runs the expression). */
function where() {
  const lines = (new Error().stack || "").split("\n").slice(1).filter((l) => !l.includes("regex-count.cjs") && !l.includes("(native)"));
  return lines.slice(0, 4).map((l) => l.trim().replace(/^at /, "").replace(/\(?file:\/\/\/[^ ]*\/(dist|src)\//, "$1/").replace(/\)$/, "")).join(" < ");
}
if (out && isMainThread) {
  process.on("exit", () => {
    writeFileSync(out, JSON.stringify({ regexes: [...byKey.values()], texts: keepTexts ? [...texts.keys()] : [] }));
  });
}
