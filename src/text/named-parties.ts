// Round 49 (acc49-alias; issue 10's "defined-term aliases harvested from the document"): a provider or a manager that the
// document names once with its trade or its title and later by its name alone. "We engaged Ironbark Security Partners LLC
// (“Ironbark”), an independent cybersecurity consulting firm, … Ironbark tests our perimeter twice a year": the name is
// tagged PROVIDER and its trade's noun ("firm"), read by element-third-party-engaged as the firm the definition says it is.
// Round 50 (acc50-context; built in round 49 and taken out then, restored when the eval could judge an item after its
// section's earlier paragraphs): "Dana Whitcombe, our Chief Information Security Officer, … Ms. Whitcombe receives a daily
// report": the surname is tagged PERSON, TITLED + the title's key and the key itself ("ciso"), so that personPronouns reads
// it as "She" after the title (told, reviewing) and the lexicons read what the name is given or does as the title's ("Dr.
// Okafor is responsible for …" as "our CIO is responsible for …"). The definition is the document's (harvestAliases reads
// the whole section): a name defined in one paragraph is read so in the next.
//
// Not: a firm named at, from or as founded or acquired by someone ("twelve years at Halcyon Data Corp., a cybersecurity
// consulting firm", "we acquired Lockfield Systems, a provider of network security software"); a trade with no security
// word ("Tillman Payroll Services, our payroll processor"); a product ("a security information and event management
// product"); the registrant's own defined name (no trade); a former holder of a title ("our former Chief Information
// Officer, Gareth Lowe", "who served as our CISO until 2024"); a director, chair or trustee (no manager's title). No
// names in lists: the trade and title words are the few the lexicons already read. Linear in the words: each name looks
// at most a dozen words either side.

import { PERSON } from "./responsible-persons.js";
import { DESCRIBED, gapBefore, type Aliases, type Word } from "./tokens.js";

/** The tag of a name the document defines as a security provider's (read by element-third-party-engaged). */
export const PROVIDER = "@provider";
/**
 * The tag of a person's name the document gives a manager's title, with the title's key after it ("@title:ciso"): read by
 * personPronouns (aliases.ts) as it reads "She" after that title - the manager where the name is told or keeps informed -
 * not as a management body wherever it stands ("Ms. Raman sends the committee chair an update" is no body's duty).
 */
export const TITLED = "@title:";

// A capitalised word of a personal or a firm's name ("Whitcombe", "O'Neill"); "&" and suffixes are read apart.
export const NAME_WORD = /^[A-Z][a-zà-öø-ÿ]+(?:['’][A-Z]?[a-zà-öø-ÿ]+)?$/;
// Capitalised words that open a sentence, a title or a body's name, never a name's.
export const NOT_NAME = new Set([
  "Our", "The", "Its", "This", "That", "Each", "Every", "Any", "All", "Both", "Such", "These", "Those", "We", "In", "As", "At",
  "Chief", "Information", "Security", "Cybersecurity", "Cyber", "Technology", "Risk", "Senior", "Vice", "Executive", "Director",
  "Officer", "Head", "President", "Manager", "General", "Counsel", "Group", "Board", "Committee", "Council", "Company", "Before",
  "After", "Since", "Under", "During", "Following", "When", "While", "Mr", "Ms", "Mrs", "Dr", "Audit", "Management", "Inc", "Corp",
  "Ltd", "Ltda", "Plc", "Limited", "Corporation", "Incorporated",
]);
export const HONORIFIC = new Set(["Mr", "Ms", "Mrs", "Mx", "Dr"]);
// The head word of a manager's title ("Chief Information Security Officer", "Vice President …", "CISO"); "Director",
// "Head" and "Manager" only with "of" and a function after them ("Director of Grid Security").
const TITLE_HEAD = /^(?:Officer|President|CISO|CIO|CTO|CSO|CRO|CFO|CEO|COO|GISO|BISO)$/;
const OF_TITLE = new Set(["Director", "Head", "Manager"]);
// Words that make a title or a trade someone's past or another's ("our former CIO", "who served as …").
const PAST = new Set(["former", "formerly", "previously", "retired", "was", "served", "until", "prior"]);
// A firm's trade: the noun a description ends in, and the words that make it a security trade.
export const TRADE = new Set(["firm", "consultancy", "consultant", "provider", "vendor", "assessor", "auditor", "specialist", "partner", "contractor", "body", "company"]);
const SECURITY = /^(?:cyber\w*|security|it|technology|managed|detection|monitoring|assurance|certification|forensic\w*|penetration)$/;
/** Whether a word is a security trade's word: "IT" in capitals only (round 53: "… Tillbrook Payroll, Inc. ¶ It reviews …" made a payroll provider a security one). */
function securityWord(w: Word): boolean {
  return SECURITY.test(w.lower) && (w.lower !== "it" || w.word === "IT");
}
// A product or software, not a service ("a provider of network security software").
const PRODUCT = new Set(["software", "product", "products", "platform", "tool", "hardware"]);
// A name that follows these is someone else's, not ours to engage ("at Halcyon", "founded Lowe Cyber", "acquired Lockfield").
const NOT_OURS = new Set(["at", "from", "found", "founded", "acquired", "acquire", "acquiring", "purchased", "sold"]);
// What a title opens with ("our", "the", "its").
const DETERMINER = /^(?:our|the|its)$/;
/** At most this many words of a description or a title. */
const REACH = 8;
/** At most this many words from a name to the "as" of its title ("Samuel Ortiz has led our information technology and security functions as …"). */
const AS_REACH = 10;

/** Whether text between two words holds this character. */
function gapHas(text: string, words: Word[], k: number, c: string): boolean {
  return k > 0 && k < words.length && gapBefore(text, words, k).includes(c);
}

/** The word after a determiner at `k` ("our", "the", "its"), or `k` itself. */
function pastDeterminer(words: Word[], k: number): number {
  if (k < words.length && DETERMINER.test(words[k].lower)) return k + 1;
  return k;
}

/**
 * The end (exclusive) of a security trade described from `k` ("an independent cybersecurity consulting firm", "a managed
 * security services provider"), or -1: a determiner, at most eight words with no stop, a trade noun, and a security word
 * among them or in the next four.
 */
export function tradeAt(words: Word[], k: number): number {
  if (k >= words.length || !/^(?:an?|our|one)$/.test(words[k].lower)) return -1;
  let security = false;
  for (let j = k + 1; j < words.length && j <= k + REACH; j++) {
    const w = words[j];
    if (PRODUCT.has(w.lower) || PAST.has(w.lower)) return -1;
    if (securityWord(w)) security = true;
    if (TRADE.has(w.base)) {
      for (let x = j + 1; !security && x < words.length && x <= j + 4 && !words[x - 1].stop; x++) {
        if (PRODUCT.has(words[x].lower)) return -1;
        security = securityWord(words[x]);
      }
      return security ? j + 1 : -1;
    }
    if (w.stop) return -1;
  }
  return -1;
}

/** The trade's noun when a security trade ends right before the name, a comma between ("our managed security services provider, Ironclad Networks"). */
function tradeBefore(words: Word[], text: string, i: number): string | undefined {
  if (i < 2 || !gapHas(text, words, i, ",") || !TRADE.has(words[i - 1].base) || words[i - 1].stop) return undefined;
  for (let k = i - 2; k >= 0 && k >= i - 1 - REACH && !words[k].stop; k--) if (tradeAt(words, k) === i) return words[i - 1].base;
  return undefined;
}

/**
 * Adds a name's tags, with its possessive forms: to the words a quoted definition already gave it ("Ironbark" →
 * "ironbark security partner llc", harvestAliases' expansion), not to a body's or a person's tags the document gave it.
 */
function tag(out: Aliases, name: string, tags: string[]): void {
  const had = out.get(name);
  if (had && (had.some((t) => t.startsWith("@")) || had[0] === DESCRIBED)) return;
  for (const form of [name, `${name}'s`, `${name}’s`]) out.set(form, [...(out.get(form) ?? []), ...tags]);
}

/**
 * Every name of `words` (the section's words, no aliases) defined as a security provider's or as a manager's: tagged in
 * `out` (see above), by its short name in quotes where it has one ("Ironbark Security Partners LLC (“Ironbark”)"), else
 * by its first word (a firm's) or its last (a person's surname).
 */
export function harvestNamedParties(words: Word[], text: string, out: Aliases): void {
  // A person's name is one the section also gives an honorific ("Ms. Whitcombe"): "our Senior Vice President, Utility
  // Operations" names a function, not a person.
  const honoured = new Set<string>();
  for (let i = 1; i < words.length; i++) if (HONORIFIC.has(words[i - 1].word)) for (let k = i; k < i + 3 && k < words.length && NAME_WORD.test(words[k].word); k++) honoured.add(words[k].word);
  for (let i = 0; i < words.length; i++) {
    // A run of capitalised words opening a name: at most four, the first not a determiner or a title's word.
    if (!NAME_WORD.test(words[i].word) || NOT_NAME.has(words[i].word)) continue;
    if (i > 0 && /^[A-Z]/.test(words[i - 1].word) && !words[i - 1].stop && !HONORIFIC.has(words[i - 1].word) && !gapHas(text, words, i, ",") && !gapHas(text, words, i, "(")) continue;
    let j = i + 1;
    while (j < words.length && j - i < 4 && !words[j - 1].stop && !gapHas(text, words, j, ",") && !gapHas(text, words, j, "(") && /^[A-Z&]/.test(words[j].word) && !TITLE_HEAD.test(words[j].word) && !OF_TITLE.has(words[j].word)) j++;
    if (i > 0 && NOT_OURS.has(words[i - 1].lower)) continue;
    // "Ironbark Security Partners LLC (“Ironbark”)": the short name in quotes right after.
    let short = words[i].word;
    let end = j;
    if (j < words.length && gapHas(text, words, j, "(") && /["“]/.test(gapBefore(text, words, j)) && /^[A-Z]/.test(words[j].word)) {
      let q = j;
      while (q < words.length && q - j < 3 && !/[”"]/.test(text.slice(words[q].end, (words[q + 1]?.start ?? text.length)))) q++;
      if (q < words.length && q - j < 3) {
        short = words[q].word;
        end = q + 1;
      }
    } else if (j - i < 2 && !HONORIFIC.has(words[i - 1]?.word ?? "")) continue;
    // A trade in apposition ("…, an independent cybersecurity consulting firm") or as the predicate ("… is an industrial
    // cybersecurity firm", "… as our managed detection and response provider"); or a manager's title.
    const appositive = gapHas(text, words, end, ",") && !words[end - 1].stop;
    const next = appositive ? end : end < words.length && /^(?:is|as)$/.test(words[end].lower) && !words[end - 1].stop ? end + 1 : -1;
    // Or the trade before the name, in apposition: "our managed security services provider, Ironclad Networks, …".
    const trade = next >= 0 ? tradeAt(words, next) : -1;
    const noun = trade > 0 ? words[trade - 1].base : tradeBefore(words, text, i);
    if (noun) {
      // and the trade's own noun ("firm"), the word the learned model knows a third party by
      tag(out, short, [PROVIDER, noun]);
      continue;
    }
    // A person: two or three name words (or one after an honorific), then a title in apposition or after "as".
    const person = end === j && j - i <= 3 && honoured.has(words[j - 1].word);
    if (!person) continue;
    const title = titleAfter(words, text, j) || titleBefore(words, text, i);
    // Round 50 (acc50-context): and the title's own key ("cio", "officer"), so that what the name is given or does reads as
    // the title's ("Dr. Okafor is responsible for …" as "our CIO is responsible for …"; labels README C1, C25).
    if (title) tag(out, words[j - 1].word, [PERSON, TITLED + title, title]);
  }
}

/** The title's key ("ciso", "officer") when a manager's title starts at `from` ("Chief Information Security Officer", "Director of Cybersecurity"): capitalised words, "of", "and" or "&" only, at most eight. */
export function titleEnd(words: Word[], from: number): string | undefined {
  for (let k = from; k < words.length && k < from + REACH; k++) {
    const w = words[k];
    if (/^[A-Z]/.test(w.word)) {
      if (TITLE_HEAD.test(w.word)) return acronym(words, from, k);
      if (OF_TITLE.has(w.word) && words[k + 1]?.lower === "of") return "officer";
    } else if (!/^(?:of|and|&)$/.test(w.lower)) return undefined;
    if (w.stop) return undefined;
  }
  return undefined;
}

/**
 * "Chief Information Security Officer" → "ciso" (from its last "Chief"; a possessive owner is no part of it: "the Bank's
 * Information Security Officer" → "iso"); a lone "Officer" or "Vice President" → "officer" (no key: "@management" alone);
 * "CISO" → "ciso".
 */
function acronym(words: Word[], from: number, k: number): string {
  if (words[k].word !== "Officer") return words[k].word === "President" ? "officer" : words[k].lower;
  for (let c = from + 1; c < k; c++) if (words[c].word === "Chief") from = c;
  let a = "";
  for (let x = from; x <= k; x++) if (/^[A-Z]/.test(words[x].word) && !/['’]s?$/.test(words[x].word)) a += words[x].word[0].toLowerCase();
  return a.length >= 3 ? a : "officer";
}

/** A title after the name: "Dana Whitcombe, our Chief Information Security Officer", "… serves as our CISO", "joined us as Director of …". */
export function titleAfter(words: Word[], text: string, j: number): string | undefined {
  if (j >= words.length || words[j - 1].stop) return undefined;
  if (gapHas(text, words, j, ",")) return DETERMINER.test(words[j].lower) ? titleEnd(words, j + 1) : undefined;
  // "serves as", "has served as", "has been", "is", "joined us as", "has led … as" within the sentence
  for (let k = j; k < words.length && k < j + AS_REACH; k++) {
    if (PAST.has(words[k].lower) && !(words[k].lower === "served" && words[k - 1]?.lower === "has")) return undefined;
    if (words[k].lower === "as" || (k === j && words[k].lower === "is") || (words[k].lower === "been" && words[k - 1]?.lower === "has")) return titleEnd(words, pastDeterminer(words, k + 1));
    if (words[k].stop) return undefined;
  }
  return undefined;
}

/** A title before the name, in apposition: "our Chief Technology Officer, Owen Maddox," (not "our former CIO, …"). */
function titleBefore(words: Word[], text: string, i: number): string | undefined {
  const h = i > 0 && HONORIFIC.has(words[i - 1].word) ? i - 1 : i;
  if (h < 2 || !gapHas(text, words, h, ",") || words[h - 1].stop) return undefined;
  const last = words[h - 1];
  // the title ends right before the comma ("Officer,") or in a function word after "of" ("Director of Grid Security,")
  let from = h - 1;
  while (from > 0 && h - from < REACH && !words[from - 1].stop && !DETERMINER.test(words[from - 1].lower) && (/^[A-Z]/.test(words[from - 1].word) || /^(?:of|and|&)$/.test(words[from - 1].word))) from--;
  if (from > 0 && PAST.has(words[from - 1].lower)) return undefined;
  if (!(from > 0 && DETERMINER.test(words[from - 1].lower))) return undefined;
  if (TITLE_HEAD.test(last.word)) return acronym(words, from, h - 1);
  for (let k = from; k < h - 1; k++) if (OF_TITLE.has(words[k].word) && words[k + 1].lower === "of") return "officer";
  return undefined;
}
