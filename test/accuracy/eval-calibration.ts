// The calibration of absence severity (npm run eval -- --calibration): an element whose absence is
// a warning drops to info where the section uses the element's own words (lexicon `hint-<id>`)
// without the judge reading an answer (src/engine/document.ts absenceSeverity). That is right only if
// the hint catches what the detector misses and stays silent where the element truly is absent.
// Measured per warning-level element on the tune and paraphrase splits (the splits we tune on), and
// checked against the true absences we know: the planted ones of the realistic sets' answer keys and
// the corpus drafts' true warnings (docs/draft-review.md).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeDisclosure } from "../../src/api.js";
import { harvestAliases } from "../../src/text/aliases.js";
import { tokenize } from "../../src/text/tokens.js";
import { builtinLexicon, type LabelFile, type SplitResult } from "./eval.js";

/** A section that truly lacks an element (a true absence finding, which the hint must not demote). */
export interface KnownAbsence {
  /** Path from the package root, or under the corpus folder with `corpus: true`. */
  path: string;
  element: string;
  source: string;
  corpus?: boolean;
}

export interface CalibrationFigures {
  element: string;
  /** Labelled paragraphs that address the element but the detector misses, and how many the hint catches. */
  misses: number;
  missesHinted: number;
  /** Labelled paragraphs that do not address it, and how many the hint fires on (paragraph level, paraphrases' hard negatives apart). */
  others: number;
  othersHinted: number;
  hardNegatives: number;
  hardNegativesHinted: number;
  /** Tune sections where the detector finds it nowhere: those that address it (a false absence) and how many the hint demotes. */
  falseAbsences: number;
  falseAbsencesHinted: number;
  /** Tune sections that address it nowhere, refer nowhere for it, and where the detector finds nothing (true absences), and how many the hint demotes. */
  trueAbsences: number;
  trueAbsencesHinted: number;
  /** Known true absences (answer keys, corpus review): each with whether the detector or the hint fires. */
  known: { path: string; source: string; detected: boolean; referenced: boolean; hinted: boolean; hint: string }[];
  /** The misses the hint does not catch, and the hard negatives it fires on (texts, for --misses). */
  unhinted: string[];
  hintedNegatives: string[];
}

/** The answer keys' element codes (test/fixtures/realistic-set*.expected.json) as element ids. */
export const KEY_CODES: Record<string, string> = {
  proc: "processes",
  integ: "integration",
  "3p-eng": "third-party-engaged",
  "3p-ovs": "third-party-oversight",
  effect: "material-effect",
  board: "board-oversight",
  cttee: "board-committee",
  "b-inf": "board-informed",
  pos: "management-positions",
  exp: "management-expertise",
  "m-inf": "management-informed",
  rtb: "reports-to-board",
  escal: "incident-escalation",
  discl: "incident-disclosure",
};

/**
 * The corpus drafts' absence warnings the review judged true (docs/draft-review.md), tune split only:
 * the held-out ones are read at the end, not calibrated on.
 */
const CORPUS_ABSENCES: KnownAbsence[] = [
  { path: "sec-cyber-extraction/ELMD_2025.txt", element: "third-party-oversight", source: "draft-review", corpus: true },
  { path: "sec-cyber-extraction/MODD_2025.txt", element: "integration", source: "draft-review", corpus: true },
  { path: "sec-cyber-extraction/MODD_2025.txt", element: "management-expertise", source: "draft-review", corpus: true },
  { path: "sec-cyber-extraction/PSEC_2025.txt", element: "integration", source: "draft-review", corpus: true },
];

/** The planted absences of the realistic sets' answer keys (a bare cross-reference counts: nothing answers). */
export function plantedAbsences(root: string, sets: string[]): KnownAbsence[] {
  const out: KnownAbsence[] = [];
  for (const set of sets) {
    const key = JSON.parse(readFileSync(join(root, "test", "fixtures", `${set}.expected.json`), "utf8")) as {
      files: Record<string, { notAddressed: ({ element: string } | string)[] }>;
    };
    for (const [file, f] of Object.entries(key.files))
      for (const n of f.notAddressed) {
        // Sets 4–6 list objects ({ element, line, … }); set 7 lists the bare codes.
        const element = KEY_CODES[typeof n === "string" ? n : n.element];
        if (element) out.push({ path: join("test", "fixtures", set, file), element, source: set });
      }
  }
  return out;
}

/** Where the element's hint lexicon first matches in the texts, as the matched words ("" when nowhere; defined terms harvested over all of them, as the engine does). */
function hintMatch(element: string, texts: string[]): string {
  const hint = builtinLexicon(`hint-${element}`);
  if (!hint) return "";
  const aliases = harvestAliases(texts.join("\n"));
  for (const t of texts) {
    const m = hint.matchAll(t, tokenize(t, aliases))[0];
    if (m) return t.slice(m.start, m.end) || "(match)";
  }
  return "";
}

export async function calibration(
  results: Map<string, SplitResult>,
  labels: LabelFile[],
  elements: string[],
  opts: { root: string; corpusDir: string; absences: KnownAbsence[] },
): Promise<CalibrationFigures[]> {
  const hardNegativeFiles = new Set(labels.filter((l) => (l as { batch?: string }).batch === "hard-negative").map((l) => l.path.replace(/.*\//, "")));
  const rows = ["tune", "paraphrase"].flatMap((s) => (results.get(s)?.rows ?? []).map((r) => ({ ...r, split: s })));
  // A tune section: its rows' texts (aliases are harvested over the whole section).
  const sections = new Map<string, typeof rows>();
  for (const r of rows) if (r.split === "tune") sections.set(r.file, [...(sections.get(r.file) ?? []), r]);
  const sectionTexts = new Map([...sections].map(([f, rs]) => [f, rs.map((r) => r.text ?? r.label.quote)]));
  const textOf = (r: (typeof rows)[number]) => r.text ?? r.label.text ?? r.label.quote;
  const contextOf = (r: (typeof rows)[number]) => (r.split === "tune" ? sectionTexts.get(r.file)! : [textOf(r)]);
  const fires = (element: string, r: (typeof rows)[number]) => {
    const hint = builtinLexicon(`hint-${element}`);
    if (!hint) return false;
    const t = textOf(r);
    return hint.matchAll(t, tokenize(t, harvestAliases(contextOf(r).join("\n")))).length > 0;
  };
  // The known absences, each section read once.
  const read = new Map<string, { texts: string[]; elements: Set<string>; refs: Set<string> }>();
  for (const a of opts.absences) {
    const path = a.corpus ? join(opts.corpusDir, a.path) : join(opts.root, a.path);
    if (read.has(path)) continue;
    const paragraphs = await describeDisclosure(path);
    read.set(path, { texts: paragraphs.map((p) => p.text), elements: new Set(paragraphs.flatMap((p) => [...p.elements, ...p.negative])), refs: new Set(paragraphs.flatMap((p) => p.refs)) });
  }
  return elements.map((element) => {
    const f: CalibrationFigures = {
      element,
      misses: 0,
      missesHinted: 0,
      others: 0,
      othersHinted: 0,
      hardNegatives: 0,
      hardNegativesHinted: 0,
      falseAbsences: 0,
      falseAbsencesHinted: 0,
      trueAbsences: 0,
      trueAbsencesHinted: 0,
      known: [],
      unhinted: [],
      hintedNegatives: [],
    };
    for (const r of rows) {
      const truth = r.label.elements.includes(element);
      if (truth && !r.elements.includes(element)) {
        f.misses++;
        if (fires(element, r)) f.missesHinted++;
        else f.unhinted.push(`${r.file}: ${textOf(r)}`);
      } else if (!truth) {
        const hard = r.split === "paraphrase" && hardNegativeFiles.has(r.file);
        const hinted = fires(element, r);
        if (hard) {
          f.hardNegatives++;
          if (hinted) {
            f.hardNegativesHinted++;
            f.hintedNegatives.push(`${r.file}: ${textOf(r)}`);
          }
        } else {
          f.others++;
          if (hinted) f.othersHinted++;
        }
      }
    }
    for (const [file, rs] of sections) {
      // A section the detector answers has no absence finding; one that only refers elsewhere gets the cross-reference warning, whatever the hint.
      if (rs.some((r) => r.elements.includes(element) || (r.label.refs ?? []).includes(element))) continue;
      const hinted = hintMatch(element, sectionTexts.get(file)!) !== "";
      if (rs.some((r) => r.label.elements.includes(element))) {
        f.falseAbsences++;
        if (hinted) f.falseAbsencesHinted++;
      } else {
        f.trueAbsences++;
        if (hinted) f.trueAbsencesHinted++;
      }
    }
    for (const a of opts.absences.filter((x) => x.element === element)) {
      const s = read.get(a.corpus ? join(opts.corpusDir, a.path) : join(opts.root, a.path))!;
      const hint = hintMatch(element, s.texts);
      f.known.push({ path: a.path, source: a.source, detected: s.elements.has(element), referenced: s.refs.has(element), hinted: hint !== "", hint });
    }
    return f;
  });
}

/** The realistic sets whose answer keys' planted absences are known true absences (sets 6 and 7 since round 9, sets 8-10 since round 10). */
export const KNOWN_SETS = ["realistic-set4", "realistic-set5", "realistic-set6", "realistic-set7", "realistic-set8", "realistic-set9", "realistic-set10"];

export const KNOWN_ABSENCES = (root: string): KnownAbsence[] => [...plantedAbsences(root, KNOWN_SETS), ...CORPUS_ABSENCES];

const ratio = (n: number, d: number) => `${String(n).padStart(3)}/${String(d).padEnd(4)}${d ? `${((n / d) * 100).toFixed(0)}%`.padStart(5) : "    -"}`;

/** The figures as a plain-text table, one row per element, then each known absence. */
export function formatCalibration(figures: CalibrationFigures[], showMisses = 0): string {
  const lines = [
    "calibration of absence severity (tune + paraphrase): an absence is a warning unless hint-<id> fires",
    `  ${"element".padEnd(22)} ${"hint on misses".padEnd(15)} ${"on other paras".padEnd(15)} ${"on hard negs".padEnd(15)} ${"false abs. hinted".padEnd(17)} ${"true abs. hinted".padEnd(16)}`,
  ];
  for (const f of figures)
    lines.push(
      `  ${f.element.padEnd(22)} ${ratio(f.missesHinted, f.misses)} ${ratio(f.othersHinted, f.others)} ${ratio(f.hardNegativesHinted, f.hardNegatives)} ${ratio(f.falseAbsencesHinted, f.falseAbsences)}   ${ratio(f.trueAbsencesHinted, f.trueAbsences)}`,
    );
  if (showMisses)
    for (const f of figures) {
      for (const t of f.unhinted.slice(0, showMisses)) lines.push(`  unhinted miss  ${f.element}: ${t.slice(0, 400)}`);
      for (const t of f.hintedNegatives.slice(0, showMisses)) lines.push(`  hinted hard negative  ${f.element}: ${t.slice(0, 400)}`);
    }
  lines.push("  known true absences (must stay a warning: detector and hint both silent):");
  for (const f of figures)
    for (const k of f.known) {
      // A bare cross-reference is its own warning, whatever the hint ("only a cross-reference answers").
      const verdict = k.detected ? "MISSED (detector answers)" : k.referenced ? "warning (only a cross-reference; not calibrated)" : k.hinted ? `DEMOTED to info (hint: "${k.hint.slice(0, 80)}")` : "warning";
      lines.push(`    ${f.element.padEnd(22)} ${k.path} (${k.source}): ${verdict}`);
    }
  return lines.join("\n");
}
