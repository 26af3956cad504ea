// Round 49 (acc49-alias; issue 10's "defined-term aliases harvested from the document"): a provider that the document
// names once with its security trade and later by its name alone. "We engaged Ironbark Security Partners LLC (“Ironbark”),
// an independent cybersecurity consulting firm, … Ironbark tests our perimeter twice a year": the name is tagged PROVIDER
// and its trade's noun ("firm"), read by element-third-party-engaged as the firm the definition says it is. The
// definition is the document's (harvestAliases reads the whole section): a name defined in one paragraph is read so in the
// next. (A person's surname read as the manager's title the document gives it was built and taken out: it moved the
// branch's own held-out batch by nothing; docs/accuracy.md, round 49, acc49-alias.)
//
// Not: a firm named at, from or as founded or acquired by someone ("twelve years at Halcyon Data Corp., a cybersecurity
// consulting firm", "we acquired Lockfield Systems, a provider of network security software"); a trade with no security
// word ("Tillman Payroll Services, our payroll processor"); a product ("a security information and event management
// product"); the registrant's own defined name (no trade). No names in lists: the trade words are the few the lexicons
// already read. Linear in the words: each name looks at most a dozen words either side.

import { DESCRIBED, gapBefore, type Aliases, type Word } from "./tokens.js";

/** The tag of a name the document defines as a security provider's (read by element-third-party-engaged). */
export const PROVIDER = "@provider";


// A capitalised word of a personal or a firm's name ("Whitcombe", "O'Neill"); "&" and suffixes are read apart.
const NAME_WORD = /^[A-Z][a-zà-öø-ÿ]+(?:['’][A-Z]?[a-zà-öø-ÿ]+)?$/;
// Capitalised words that open a sentence, a title or a body's name, never a name's.
const NOT_NAME = new Set([
  "Our", "The", "Its", "This", "That", "Each", "Every", "Any", "All", "Both", "Such", "These", "Those", "We", "In", "As", "At",
  "Chief", "Information", "Security", "Cybersecurity", "Cyber", "Technology", "Risk", "Senior", "Vice", "Executive", "Director",
  "Officer", "Head", "President", "Manager", "General", "Counsel", "Group", "Board", "Committee", "Council", "Company", "Before",
  "After", "Since", "Under", "During", "Following", "When", "While", "Mr", "Ms", "Mrs", "Dr", "Audit", "Management", "Inc", "Corp",
  "Ltd", "Ltda", "Plc", "Limited", "Corporation", "Incorporated",
]);
// Words that make a trade someone's past ("formerly a security firm").
const PAST = new Set(["former", "formerly", "previously", "retired", "was", "served", "until", "prior"]);
// A firm's trade: the noun a description ends in, and the words that make it a security trade.
const TRADE = new Set(["firm", "consultancy", "consultant", "provider", "vendor", "assessor", "auditor", "specialist", "partner", "contractor", "body", "company"]);
const SECURITY = /^(?:cyber\w*|security|it|technology|managed|detection|monitoring|assurance|certification|forensic\w*|penetration)$/;
// A product or software, not a service ("a provider of network security software").
const PRODUCT = new Set(["software", "product", "products", "platform", "tool", "hardware"]);
// A name that follows these is someone else's, not ours to engage ("at Halcyon", "founded Lowe Cyber", "acquired Lockfield").
const NOT_OURS = new Set(["at", "from", "found", "founded", "acquired", "acquire", "acquiring", "purchased", "sold"]);
/** At most this many words of a description or a title. */
const REACH = 8;

/** Whether text between two words holds this character. */
function gapHas(text: string, words: Word[], k: number, c: string): boolean {
  return k > 0 && k < words.length && gapBefore(text, words, k).includes(c);
}

/**
 * The end (exclusive) of a security trade described from `k` ("an independent cybersecurity consulting firm", "a managed
 * security services provider"), or -1: a determiner, at most eight words with no stop, a trade noun, and a security word
 * among them or in the next four.
 */
function tradeAt(words: Word[], k: number): number {
  if (k >= words.length || !/^(?:an?|our|one)$/.test(words[k].lower)) return -1;
  let security = false;
  for (let j = k + 1; j < words.length && j <= k + REACH; j++) {
    const w = words[j];
    if (PRODUCT.has(w.lower) || PAST.has(w.lower)) return -1;
    if (SECURITY.test(w.lower)) security = true;
    if (TRADE.has(w.base)) {
      for (let x = j + 1; !security && x < words.length && x <= j + 4 && !words[x - 1].stop; x++) {
        if (PRODUCT.has(words[x].lower)) return -1;
        security = SECURITY.test(words[x].lower);
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
 * "ironbark security partner llc", harvestAliases' expansion), not to a body's or a person's tags the document gave it
 * (an "@"-tag, or a description).
 */
function tag(out: Aliases, name: string, tags: string[]): void {
  const had = out.get(name);
  if (had && (had.some((t) => t.startsWith("@")) || had[0] === DESCRIBED)) return;
  for (const form of [name, `${name}'s`, `${name}’s`]) out.set(form, [...(out.get(form) ?? []), ...tags]);
}

/**
 * Every name of `words` (the section's words, no aliases) defined as a security provider's: tagged in `out` (see above),
 * by its short name in quotes where it has one ("Ironbark Security Partners LLC (“Ironbark”)"), else by its first word
 * ("Northgate Technology Partners, a managed service provider" → "Northgate").
 */
export function harvestNamedParties(words: Word[], text: string, out: Aliases): void {
  for (let i = 0; i < words.length; i++) {
    // A run of capitalised words opening a name: at most four, the first not a determiner or a title's word, two at least
    // unless a quoted short name follows.
    if (!NAME_WORD.test(words[i].word) || NOT_NAME.has(words[i].word)) continue;
    if (i > 0 && /^[A-Z]/.test(words[i - 1].word) && !words[i - 1].stop && !gapHas(text, words, i, ",") && !gapHas(text, words, i, "(")) continue;
    let j = i + 1;
    while (j < words.length && j - i < 4 && !words[j - 1].stop && !gapHas(text, words, j, ",") && !gapHas(text, words, j, "(") && /^[A-Z&]/.test(words[j].word)) j++;
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
    } else if (j - i < 2) continue;
    // A trade in apposition ("…, an independent cybersecurity consulting firm") or as the predicate ("… is an industrial
    // cybersecurity firm", "… as our managed detection and response provider").
    const appositive = gapHas(text, words, end, ",") && !words[end - 1].stop;
    const next = appositive ? end : end < words.length && /^(?:is|as)$/.test(words[end].lower) && !words[end - 1].stop ? end + 1 : -1;
    // Or the trade before the name, in apposition: "our managed security services provider, Ironclad Networks, …".
    const trade = next >= 0 ? tradeAt(words, next) : -1;
    const noun = trade > 0 ? words[trade - 1].base : tradeBefore(words, text, i);
    // and the trade's own noun ("firm"), the word the learned model knows a third party by
    if (noun) tag(out, short, [PROVIDER, noun]);
  }
}
