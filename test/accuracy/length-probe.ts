// The length probe (round 37, acc37-carry): what reading a long paragraph adds to the detector's errors, measured on
// text whose labels are trusted. Consecutive short labelled paraphrase items of one batch file and one fictional filer
// are joined into paragraphs of 3-6 sentences, labelled with the union of the items' labels. The same sentences are
// judged twice — each item alone, and the joined paragraph — so the joined paragraph's errors that no item alone makes
// are what the paragraph reader adds (a false detection from words of different sentences; a miss where one
// sentence's frame or gate swallows another's). Counted with eval-sentences.ts's countBySentence: an item plays the
// part of a sentence, the joined paragraph the part of the whole.
import { splitSentences } from "../../src/text/sentences.js";
import { half } from "./eval-entries.js";
import type { LabelFile, LabelledParagraph } from "./eval.js";

/** Items of this many words or more are not joined: the probe is built from short items, whose labels are the surest. */
export const PROBE_ITEM_WORDS = 60;

/**
 * An item that leans on text before it is left out: its label was given with a context the joined paragraph would
 * change (an opening pronoun or demonstrative, "Such …", a bullet the reader would split off).
 */
const NEEDS_CONTEXT = /^(?:[•\-–*]|\(?[a-z0-9]\)|(?:this|these|that|those|it|its|they|their|them|such|he|she|his|her|both|each of these|the latter|the former|additionally|also|in addition|further(?:more)?|moreover|however|likewise|similarly|accordingly|as a result|otherwise)\b)/i;

/** A name that says which fictional filer an item is about ("Altivane's", "Brightwell Inc."). Words a filer's text uses for itself or its bodies are not names. */
const NAME = /\b([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)(?:'s|’s|,? (?:Inc|Corp|Corporation|Ltd|plc|N\.V|S\.A|AG|LLC|Holdings|Group)\b)/g;
const NOT_NAMES = new Set([
  "Company", "Board", "Committee", "Group", "Management", "Bank", "Trust", "Fund", "Partnership", "Registrant", "Firm", "Program",
  "Officer", "Director", "Council", "Team", "Department", "Chair", "Chairman", "Chairperson", "President", "Executive", "Counsel",
  "Corporation", "Holdings", "Parent", "Manager", "Adviser", "Advisor", "Sponsor", "Operator", "Trustee", "Trustees", "Network",
]);

/** The fictional filers an item names. */
export function filerNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME)) if (!NOT_NAMES.has(m[1])) out.add(m[1]);
  return out;
}

/** Whether an item may be joined: short, self-contained, with text. */
export function joinable(lp: LabelledParagraph): boolean {
  const text = lp.text?.trim();
  // A list's lead-in ("… include the following:") or one of its items ("a third-party risk management process …;") is part of a list, not a sentence.
  return !!text && /\w{3}/.test(text) && text.split(/\s+/).length < PROBE_ITEM_WORDS && !NEEDS_CONTEXT.test(text) && !text.includes("\n") && /^["“(]?[A-Z0-9]/.test(text) && !/[:;,]\s*(?:and|or)?\s*$/.test(text);
}

export interface ProbeGroup {
  /** The batch file the items come from, and its entries half (eval-entries.ts half). */
  file: string;
  half: "A" | "B";
  items: LabelledParagraph[];
  /** The joined paragraph, labelled with the union of the items' labels. */
  joined: LabelledParagraph;
}

const sentencesIn = (text: string) => Math.max(1, splitSentences(text).length);
const closed = (text: string) => (/[.!?]["”’)]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * The probe's paragraphs: in each file, runs of consecutive joinable items naming at most one filer between them,
 * cut when they reach the target number of sentences (3, 4, 5, 6, 3, … by the group's place in its file; an item is
 * not split); a run that ends short of 3 sentences or of two items is dropped.
 */
export function buildProbe(files: LabelFile[]): ProbeGroup[] {
  const out: ProbeGroup[] = [];
  for (const f of files) {
    const file = f.path.split(/[\\/]/).pop()!;
    let run: LabelledParagraph[] = [];
    let names = new Set<string>();
    let sentences = 0;
    const target = () => 3 + (out.filter((g) => g.file === file).length % 4);
    const flush = () => {
      if (run.length >= 2 && sentences >= 3) out.push({ file, half: half(file), items: run, joined: union(run) });
      run = [];
      names = new Set();
      sentences = 0;
    };
    for (const lp of f.paragraphs) {
      if (!joinable(lp)) {
        flush();
        continue;
      }
      const own = filerNames(lp.text!);
      if ([...own].some((n) => names.size && !names.has(n)) || own.size > 1) flush();
      if (own.size > 1) continue;
      run.push(lp);
      for (const n of own) names.add(n);
      sentences += sentencesIn(lp.text!);
      if (sentences >= target()) flush();
    }
    flush();
  }
  return out;
}

/** The joined paragraph: the items' texts in order, one paragraph, with every label of any item. */
export function union(items: LabelledParagraph[]): LabelledParagraph {
  const all = (pick: (lp: LabelledParagraph) => string[] | undefined) => [...new Set(items.flatMap((lp) => pick(lp) ?? []))];
  const text = items.map((lp) => closed(lp.text!)).join(" ");
  return { quote: text.slice(0, 80), text, elements: all((lp) => lp.elements), negative: all((lp) => lp.negative), refs: all((lp) => lp.refs), prongs: all((lp) => lp.prongs) };
}
