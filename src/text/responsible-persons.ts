// Round 44 (rules44): a person the section makes responsible by name, with no title ("Marisol Ketteridge leads our
// cybersecurity program and is responsible for …. She oversees …"), is the manager for the rest of the section:
// "Marisol Ketteridge presents these reports to the Audit Committee" is management reporting to the board, as "Ms.
// Ketteridge presents …" and "She presents …" already are. The name's last word is tagged PERSON ("@person"), read by
// the lexicons that read "Ms." and "she" as the manager (element-reports-to-board, element-board-informed); it does not
// make the name a management position (labels README C1: a named person is no position). Harvested like a defined term
// (harvestAliases), from the words of the whole section. Linear in the words.
//
// A name is harvested where it opens a sentence, two or three capitalised words, then a present-tense verb of
// responsibility ("leads", "heads", "oversees", "directs", "manages", "is responsible / accountable / in charge",
// "has responsibility") with a security word within six words, and the section confirms it is a person: an honorific
// before its last word elsewhere ("Ms. Ketteridge") or "He" / "She" opening the next sentence. Not: a past holder
// ("led", "was responsible"), a name in apposition ("Jane Roe, an independent director, oversees …": the verb must follow
// the name), a sentence that names a director, trustee, consultant or adviser, a company's name (no honorific, no pronoun).

import type { Aliases, Word } from "./tokens.js";

export const PERSON = "@person";

const NAME_WORD = /^[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?$/;
// Capitalised words that open a sentence or a title, not a personal name.
const NOT_NAME = new Set([
  "Our", "The", "Its", "This", "That", "Each", "Every", "Any", "All", "Both", "Such", "These", "Those", "We", "Management",
  "Chief", "Information", "Security", "Cybersecurity", "Cyber", "Technology", "Technologies", "Risk", "Senior", "Vice",
  "Executive", "Corporate", "Enterprise", "Group", "Internal", "Digital", "Global", "Audit", "Board", "Committee",
  "Council", "Team", "Office", "Department", "Director", "Officer", "Head", "President", "Company", "General", "Counsel",
  "Operations", "Services", "Privacy", "Compliance", "Legal", "Human", "Resources", "Finance", "Under", "In", "As", "At",
]);
const VERB = new Set(["leads", "heads", "oversees", "directs", "manages", "supervises"]);
const IS = new Set(["is", "has"]);
const IS_WHAT = new Set(["responsible", "accountable", "charge", "responsibility", "overall", "primary"]);
const SECURITY = /^(?:cyber\w*|security|infosec)$/;
const NOT_MANAGER = new Set(["director", "directors", "trustee", "trustees", "consultant", "consultants", "adviser", "advisor", "advisers", "advisors"]);
const HONORIFIC = new Set(["mr", "ms", "mrs", "mx", "dr"]);
const PRONOUN = new Set(["he", "she"]);
/** How many words after the verb a security word may be ("is responsible for assessing and managing our material risks from cybersecurity threats"). */
const REACH = 10;

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Tags with PERSON the last word of each name the section makes responsible for cybersecurity (see above). */
export function harvestResponsiblePersons(words: Word[], text: string, out: Aliases): void {
  const candidates = new Map<string, number>();
  for (let i = 0; i + 2 < words.length; i++) {
    // a sentence's first word, or a paragraph's (a block's text need not end in a full stop: "Audit and Risk Committee")
    if (i > 0 && !words[i - 1].stop && !hasLineBreak(text, words[i - 1].end, words[i].start)) continue;
    let n = 0;
    while (n < 3 && i + n < words.length && NAME_WORD.test(words[i + n].word) && !NOT_NAME.has(words[i + n].word) && !words[i + n].stop) n++;
    if (n < 2 || i + n >= words.length) continue;
    const v = i + n;
    const verb = words[v].lower;
    let to = v + 1;
    if (IS.has(verb)) {
      if (!(v + 1 < words.length && IS_WHAT.has(words[v + 1].lower)) && !(v + 2 < words.length && words[v + 1].lower === "in" && words[v + 2].lower === "charge")) continue;
    } else if (!VERB.has(verb)) continue;
    let security = false;
    let board = false;
    for (let k = v; k < words.length; k++) {
      if (NOT_MANAGER.has(words[k].lower)) board = true;
      if (k < v + 1 + REACH && k >= to && SECURITY.test(words[k].lower)) security = true;
      if (words[k].stop) {
        to = k + 1;
        break;
      }
    }
    if (!security || board) continue;
    // confirmed at once by "He" / "She" opening the next sentence
    const last = words[v - 1].word;
    if (out.has(last)) continue;
    if (to < words.length && PRONOUN.has(words[to].lower)) out.set(last, [PERSON]);
    else candidates.set(last, 1);
  }
  if (candidates.size === 0) return;
  for (let i = 1; i < words.length; i++) if (candidates.has(words[i].word) && HONORIFIC.has(words[i - 1].lower) && !out.has(words[i].word)) out.set(words[i].word, [PERSON]);
}
