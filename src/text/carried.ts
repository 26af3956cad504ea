// Round 52 (acc52-carry; issue 10): a manager named in one paragraph of the section and carried into a later one by a
// pronoun. "Our Director of Information Security, Priya Nandakumar, leads our cybersecurity program. ¶ She assesses the
// cybersecurity risks to our plants each year …": the judge read "She" within its own paragraph only (personPronouns,
// aliases.ts), where no manager is named, so what she does was no position's. The antecedent is the one a reader takes:
// the person who is the subject of the nearest earlier sentence that has a person as its subject ("Our Chief Information
// Officer, …, joined …", "Yuki Morimoto has served as our CTO …", "He joined us in 2019" passing further back), or, in a
// paragraph with no person as a subject, the one manager it names. The pronouns of the later paragraph that come before it
// names a person of its own are tagged as round 50's surname is ("Ms. Nandakumar": PERSON, TITLED + the title's key and the
// key), so every reader of the surname reads them: "She assesses …" as "our Director assesses …" (labels README C1, C25).
//
// Bounded: at most CARRY_PARAGRAPHS paragraphs back; a board member, a chair or a person with no manager's title as the
// nearest subject ends the reach (nothing carried); a pronoun of the other gender than the manager's honorific is not
// carried ("Ms. Soler" is no "He"); a paragraph that names two managers and no subject carries none. Linear in the words.

import { BOARD_PERSON, namesManager, resolveBackReferences, type CarriedBody } from "./aliases.js";
import { copyWords } from "./readings.js";
import { HONORIFIC, NAME_WORD, NOT_NAME, PROVIDER, TITLED, TRADE, titleAfter, titleEnd, tradeAt } from "./named-parties.js";
import { PERSON } from "./responsible-persons.js";
import type { Word } from "./tokens.js";

/** A manager a paragraph leaves for a later paragraph's "He" / "She": the title's key ("ciso", "officer") and the gender its honorific gives. */
export interface CarriedPerson {
  key: string;
  gender?: Gender;
}
type Gender = "m" | "f";
/** What a paragraph's person subject is: a manager, a pronoun (the person is further back), or someone else (the reach ends). */
type Subject = { kind: "manager"; key: string; gender?: Gender } | { kind: "pronoun"; gender: Gender } | { kind: "other" };

/** The most paragraphs read back for a pronoun's antecedent. */
export const CARRY_PARAGRAPHS = 3;
/** The most words of a fronted phrase before the subject ("In that role he", "Since joining us in 2021, she"). */
const FRONTED_WORDS = 8;
/** The most words from a name to a board word that makes it a director's ("Marta Kowal, an independent director, …"). */
const NAME_ROLE_WORDS = 6;

const PRONOUN_GENDER = new Map<string, Gender>([
  ["he", "m"], ["him", "m"], ["his", "m"], ["she", "f"], ["her", "f"], ["hers", "f"],
]);
const HONORIFIC_GENDER = new Map<string, Gender>([["Mr", "m"], ["Ms", "f"], ["Mrs", "f"], ["Miss", "f"]]);
// Words that open a fronted phrase before a sentence's subject.
const OPENER = /^(?:In|As|Since|During|At|Each|Every|Twice|Once|Under|Through|For|Before|After|Today|Currently|Additionally|Also|Separately|Beyond|Outside|Within|From|Following|Together|Alongside|Prior)$/;
// A board person named as a name's role, or as the subject itself; not "Board" (a body, not a person).
const BOARD_ROLE = /^(?:director|directors|Director|Directors|Chair|Chairman|Chairwoman|Chairperson|chair|trustee|Trustee|member)$/;
const DETERMINER = /^(?:our|the|its)$/;

/** A subject pronoun ("he", "she") at `k`. */
function pronounAt(words: Word[], k: number): Subject | undefined {
  const w = words[k];
  return w && (w.lower === "he" || w.lower === "she") ? { kind: "pronoun", gender: PRONOUN_GENDER.get(w.lower)! } : undefined;
}

/** The gender an honorific in words [from, to) gives (the first one). */
function honorificGender(words: Word[], from: number, to: number): Gender | undefined {
  for (let k = from; k < to && k < words.length; k++) {
    const g = HONORIFIC_GENDER.get(words[k].word);
    if (g) return g;
    if (words[k].stop) break;
  }
  return undefined;
}

/**
 * The person subject of the sentence of `words` that starts at `s`: a manager's title ("Our Chief Information Officer, Dr.
 * …"), a name with a title after it ("Yuki Morimoto has served as our CTO"), a pronoun, or another person (a director, a
 * name with no manager's title, a chair); undefined where the subject is no person.
 */
function sentenceSubject(words: Word[], text: string, s: number): Subject | undefined {
  let k = s;
  if (OPENER.test(words[k].word)) {
    // "In that role he …" (no comma) or "Since joining us in 2021, she …"
    let j = k + 1;
    for (; j < words.length && j - k <= FRONTED_WORDS && !words[j - 1].stop; j++) {
      if (pronounAt(words, j)) return pronounAt(words, j);
      if (text.slice(words[j - 1].end, words[j].start).includes(",")) break;
    }
    if (j >= words.length || words[j - 1].stop || j - k > FRONTED_WORDS) return undefined;
    k = j;
  }
  const pronoun = pronounAt(words, k);
  if (pronoun) return pronoun;
  if (BOARD_ROLE.test(words[k].word) && /^[A-Z]/.test(words[k].word)) return { kind: "other" };
  const t = DETERMINER.test(words[k].lower) ? k + 1 : k;
  const key = t < words.length ? titleEnd(words, t) : undefined;
  if (key) return { kind: "manager", key, gender: honorificGender(words, t, t + 14) };
  if (t < words.length && DETERMINER.test(words[k].lower) && BOARD_ROLE.test(words[t]?.word ?? "")) return { kind: "other" };
  // A name: an honorific and up to three capitalised words, or two or three of them.
  const honorific = HONORIFIC.has(words[k].word) || HONORIFIC_GENDER.has(words[k].word);
  let j = honorific ? k + 1 : k;
  const first = j;
  while (j < words.length && j - first < 3 && NAME_WORD.test(words[j].word) && !NOT_NAME.has(words[j].word) && !(j > first && words[j - 1].stop)) j++;
  if (j === first || (!honorific && j - first < 2)) return undefined;
  const titled = titleAfter(words, text, j);
  if (titled) return { kind: "manager", key: titled, gender: honorific ? HONORIFIC_GENDER.get(words[k].word) : undefined };
  // "Marta Kowal, an independent director, …": a person, not a manager
  for (let x = j; x < words.length && x < j + NAME_ROLE_WORDS; x++) {
    if (BOARD_ROLE.test(words[x].word)) return { kind: "other" };
    if (words[x].stop) break;
  }
  return honorific ? { kind: "other" } : undefined;
}

/**
 * The person a paragraph (its words and text) leaves for a later "He" / "She": the subject of its last sentence whose subject
 * is a person; where none is, the one manager it names (two, or a board person: someone, but no one to carry).
 */
function paragraphPerson(words: Word[], text: string): Subject | undefined {
  const starts: number[] = [];
  for (let i = 0; i < words.length; i++) if (i === 0 || words[i - 1].stop) starts.push(i);
  for (let n = starts.length - 1; n >= 0; n--) {
    const subject = sentenceSubject(words, text, starts[n]);
    if (subject) return subject;
  }
  const keys = new Set<string>();
  let board = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (BOARD_PERSON.test(w.word) && w.word !== "Board") board = true;
    const start = /^[A-Z]/.test(w.word) && (i === 0 || words[i - 1].stop || !/^[A-Z]/.test(words[i - 1].word));
    const key = start ? titleEnd(words, i) : undefined;
    if (key) keys.add(key);
  }
  if (keys.size === 1 && !board) return { kind: "manager", key: [...keys][0] };
  return keys.size || board ? { kind: "other" } : undefined;
}

/**
 * The manager a paragraph's pronouns carry from the paragraphs before it (`before`: their words and texts, nearest first,
 * at most CARRY_PARAGRAPHS read), or undefined. Read only for a paragraph that has a pronoun of a person.
 */
export function carriedPerson(before: Iterable<{ words: Word[]; text: string }>): CarriedPerson | undefined {
  let gender: Gender | undefined;
  let n = 0;
  for (const p of before) {
    if (n++ >= CARRY_PARAGRAPHS) return undefined;
    const subject = paragraphPerson(p.words, p.text);
    if (!subject) continue;
    if (subject.kind === "other") return undefined;
    if (subject.kind === "pronoun") {
      if (gender && gender !== subject.gender) return undefined;
      gender = subject.gender;
      continue;
    }
    if (gender && subject.gender && gender !== subject.gender) return undefined;
    return { key: subject.key, gender: subject.gender ?? gender };
  }
  return undefined;
}

/** Whether a text has a pronoun of a person ("He", "she", "his", "her"): the only paragraphs carriedPerson is read for. */
export function hasPersonPronoun(text: string): boolean {
  return /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]ers?)\b/.test(text);
}

/**
 * Tags the pronouns of a paragraph's words that stand for the carried manager: those before the paragraph names a person
 * of its own (a manager's title, a board person, a titled name, an honorific), of the manager's gender where it is known.
 */
export function carryPerson(words: Word[], person: CarriedPerson): void {
  const tags = [PERSON, TITLED + person.key, person.key];
  for (const w of words) {
    if (namesManager(w) || BOARD_PERSON.test(w.word) || HONORIFIC.has(w.word) || w.also?.some((t) => t.startsWith(TITLED))) return;
    const g = PRONOUN_GENDER.get(w.lower);
    if (g && (!person.gender || person.gender === g)) w.also = [...(w.also ?? []), ...tags];
  }
}

/** What a paragraph carries from the section's earlier paragraphs: the manager its pronouns stand for, the body its back-references name, the provider its "It" / "The firm" names (every field set where a Carried is made: one shape). */
export interface Carried {
  person: CarriedPerson | undefined;
  body: CarriedBody | undefined;
  provider: CarriedProvider | undefined;
}

/** Whether a text may refer back to a body ("It", "Its members", "the committee", "this group", "At each meeting"): the only paragraphs carriedBody is read for. */
export function hasBodyReference(text: string): boolean {
  return /\bIts? |\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch) (?:committee|subcommittee|council|group|forum)\b|\b(?:it|meeting)\b/.test(text);
}

/**
 * The body the paragraphs before a paragraph leave it (`before`: their words, nearest first; at most CARRY_PARAGRAPHS read,
 * each walked from the farthest as resolveBackReferences walks one paragraph, each handing the next what it left).
 */
export function carriedBody(before: Iterable<Word[]>): CarriedBody | undefined {
  const read: Word[][] = [];
  for (const words of before) {
    read.push(words);
    if (read.length >= CARRY_PARAGRAPHS) break;
  }
  let body: CarriedBody | undefined;
  for (let n = read.length - 1; n >= 0; n--) body = resolveBackReferences(copyWords(read[n]), body);
  return body?.kind ? body : undefined;
}

// Round 53 (acc53-carry; issue 10): an outside provider named in one paragraph of the section and carried into a later one.
// "We engage Greyfen Security LLC (“Greyfen”), a managed detection and response provider, to watch … ¶ It reviews the alerts
// … and telephones our CIO …": within one paragraph "Greyfen reviews …" is the named provider's work (named-parties.ts tags
// the name PROVIDER and its trade's noun; element-third-party-engaged reads "@provider" doing the work), but "It", "The firm",
// "The provider" or "They" in the next paragraph named no one. The antecedent is the one a reader takes: for a definite
// description ("the firm", "this consultant", "the provider's analysts") the security providers named (or described: "a
// cybersecurity consultancy") in the nearest of the CARRY_PARAGRAPHS earlier paragraphs that names a firm at all - the one
// there is, or the one whose trade's noun it repeats; for a sentence's subject "It" / "Its" (one) or "They" (two or more),
// the providers named in the last sentence of the paragraph right before (a nearer paragraph - the program, a policy, a
// regulator - is the pronoun's). The references get the provider's tags (PROVIDER and its noun), as its name would.
//
// Not: a firm of no security trade (an accounting firm, a payroll company, a customer, a regulator) - the nearest paragraph
// that names a firm of another trade ends the reach; two candidates and no noun that tells them apart; a reference after the
// paragraph names or describes a firm of its own; a word a body's back-reference took (resolveBackReferences). Linear.

/** The trade nouns a definite description of a provider repeats ("the firm", "this consultant", "the provider's analysts"). */
const PROVIDER_NOUN = new Set(["firm", "consultancy", "consultant", "provider", "vendor", "assessor", "specialist"]);
const DEFINITE = new Set(["the", "this", "that"]);
/** The most words from a sentence's start to its subject pronoun ("Between them they …", "In addition, it …"). */
const SUBJECT_WORDS = 4;

/** Whether a definite description's noun (`said`) can name a provider of the trade `noun`: the same noun, "firm" for any, or a firm's consultant or assessor ("the consultant" of "a cybersecurity consulting firm"); "the vendor" and "the provider" only their own. */
function repeats(said: string, noun: string): boolean {
  if (said === noun || said === "firm") return true;
  return noun === "firm" && (said === "consultant" || said === "consultancy" || said === "assessor" || said === "specialist");
}

/** The providers an earlier paragraph leaves a later one's references: each one's trade noun, and which subject pronoun takes them ("it", "they" or ""). */
export interface CarriedProvider {
  nouns: string[];
  pronoun: string;
}

/**
 * The security providers a paragraph names (a name tagged PROVIDER, one per name) or, where it names none, describes ("a
 * cybersecurity consultancy"): their trade nouns, and how many of them stand in its last sentence; undefined where it
 * names no firm, and `other` where it names only a firm of another trade.
 */
function paragraphProviders(words: Word[]): { nouns: string[]; last: number; other: boolean } | undefined {
  const named = new Map<string, string>();
  const namedAt: number[] = [];
  const described: string[] = [];
  const describedAt: number[] = [];
  let trade = false;
  let lastStart = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && words[i - 1].stop) lastStart = i;
    // a firm of its own (not "the firm": a back-reference passes the reach on)
    if (TRADE.has(w.base) && w.base !== "company" && w.base !== "body" && w.base !== "partner" && !(i > 0 && DEFINITE.has(words[i - 1].lower))) trade = true;
    const tags = w.also;
    const at = tags ? tags.indexOf(PROVIDER) : -1;
    if (at >= 0) {
      if (!named.has(w.word)) {
        named.set(w.word, tags![at + 1] ?? "provider");
        namedAt.push(i);
      }
      continue;
    }
    const end = tradeAt(words, i);
    if (end > 0) {
      described.push(words[end - 1].base);
      describedAt.push(i);
    }
  }
  const nouns = named.size ? [...named.values()] : described;
  const at = named.size ? namedAt : describedAt;
  if (nouns.length === 0) return trade ? { nouns, last: 0, other: true } : undefined;
  return { nouns, last: at.filter((i) => i >= lastStart).length, other: false };
}

/**
 * The providers the paragraphs before a paragraph leave its references (`before`: their words, nearest first; at most
 * CARRY_PARAGRAPHS read), or undefined.
 */
export function carriedProvider(before: Iterable<Word[]>): CarriedProvider | undefined {
  let n = 0;
  for (const words of before) {
    if (n++ >= CARRY_PARAGRAPHS) return undefined;
    const found = paragraphProviders(words);
    if (!found) continue;
    if (found.other) return undefined;
    // a pronoun reads only the paragraph right before, and the providers its last sentence names
    const pronoun = n === 1 && found.last === found.nouns.length ? (found.last === 1 ? "it" : "they") : "";
    return { nouns: found.nouns, pronoun };
  }
  return undefined;
}

/** Whether a text may refer back to a provider ("It", "They", "the firm", "this consultant"): the only paragraphs carriedProvider is read for. */
export function hasProviderReference(text: string): boolean {
  return /\b(?:[Ii]ts?|[Tt]hey)\b|\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:firm|consultancy|consultant|provider|vendor|assessor|specialist)/.test(text);
}

/**
 * Tags a paragraph's references to the carried providers with a provider's tags (PROVIDER and its trade's noun): a definite
 * description of a provider's trade, and a sentence's subject pronoun ("It", "Its", "They"), up to where the paragraph names
 * or describes a firm of its own.
 */
export function carryProvider(words: Word[], provider: CarriedProvider): void {
  let start = 0;
  let subject = false;
  // whether every sentence so far had the provider as its subject: a pronoun past one that had another is that one's
  let chain = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && words[i - 1].stop) {
      if (!subject) chain = false;
      start = i;
      subject = false;
    }
    if (w.also?.includes(PROVIDER) || tradeAt(words, i) > 0) return;
    if (w.also?.some((t) => t === "@board" || t === "@management")) continue;
    let noun: string | undefined;
    if (PROVIDER_NOUN.has(w.base) && i > 0 && DEFINITE.has(words[i - 1].lower) && !words[i - 1].stop && words[i + 1]?.lower !== "of") {
      const same = provider.nouns.filter((x) => repeats(w.base, x));
      noun = same.length === 1 ? same[0] : undefined;
      if (noun && i - start < SUBJECT_WORDS) subject = true;
    } else if (chain && !subject && provider.pronoun && i - start < SUBJECT_WORDS && (w.lower === provider.pronoun || (provider.pronoun === "it" && w.word === "Its" && i === start)) && !expletive(words, i)) {
      subject = true;
      noun = provider.nouns[0];
    }
    if (noun) w.also = [...(w.also ?? []), PROVIDER, noun];
  }
}

/** Whether the pronoun at `i` is no one's ("It is the Audit Committee's responsibility to …", "It may be that …"): a form of "be" after it. */
function expletive(words: Word[], i: number): boolean {
  const k = words[i + 1]?.lower === "also" ? i + 2 : i + 1;
  const next = words[k]?.lower;
  if (next === "is" || next === "was" || next === "seems" || next === "appears") return true;
  return (next === "may" || next === "might" || next === "will" || next === "would" || next === "can" || next === "could" || next === "should") && words[k + 1]?.lower === "be";
}

/** Tags a paragraph's words with what it carries: the manager its pronouns stand for and the providers its references name (the body is resolveBackReferences'). */
export function carryInto(words: Word[], carried: Carried | undefined): void {
  if (!carried) return;
  if (carried.person) carryPerson(words, carried.person);
  if (carried.provider) carryProvider(words, carried.provider);
}
