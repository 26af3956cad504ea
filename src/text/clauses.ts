// Who informs whom about what: the clauses of a sentence, and in each the informing verbs
// (report, inform, escalate, notify, update, brief, present, communicate, discuss … with, keep …
// informed, receive reports from) with their giver, receiver and topic. Word windows cannot tell
// "the CISO reports incidents to the Audit Committee" (the committee is informed) from "the Audit
// Committee receives reports from the CISO" (the same) or from "the CISO reports to the CIO" (a
// reporting line); the roles can. Hand-written over the words of tokenize(): clause breaks at
// sentence punctuation, relative pronouns and contrastive conjunctions, voice from a form of "be"
// before a participle (docs/accuracy.md, "Clauses").

import type { Span } from "./lexicon.js";
import { sentenceAt, splitSentences, type Sentence } from "./sentences.js";
import { firstWordFrom, gapBefore, type Word } from "./tokens.js";
import { joinWords } from "./word-text.js";

/** One informing verb in its clause: who gives the information, who receives it, what it is about. */
export interface Informing {
  /** The verb (or noun: "escalation to", "briefings to") as written. */
  verb: Span;
  voice: "active" | "passive";
  /** Where each role's words are; absent when the clause does not say. */
  giver?: Span;
  receiver?: Span;
  /** What it is about: the verb's object, a passive subject, and each phrase that opens with "on", "regarding", "of" … */
  topics: Span[];
  /** The clause it sits in. */
  clause: Span;
  /**
   * A sentence that refers back ("These providers are reassessed each year."): a pronoun or
   * "these …" / "such …" stands for what the sentence before it named. Then `verb` is the referring
   * sentence, `topics` the sentence before it, and there is no giver or receiver, so only a
   * condition that names no receiver (and a `verb` lexicon for what the sentence says) reads it.
   */
  refersBack?: true;
  /** The clause's opening condition, when it is one of `topics` ("If we identify a potential incident,"): its topic comes last. */
  condition?: Span;
}

// Verbs whose object is the receiver ("management updates the committee on …").
const OBJECT_RECEIVER = ["inform", "notif", "updat", "brief", "appris", "alert", "advis", "tell", "told"];
// Verbs of reaching someone by a channel, whose object is the one told, as OBJECT_RECEIVER's (round 44: "pages the
// CISO", "is paged by the SOC", "telephones our CFO", "e-mails the CRO a summary", "walks the CTO through its
// metrics"; tokenize splits "e-mails" into "e" and "mails"). Exact forms, not stems: "called" names ("a group called the Cyber Council"), as "call" does ("what we
// call the Council").
const CHANNEL = new Set([
  "page", "pages", "paged", "paging", "telephone", "telephones", "telephoned", "telephoning", "phone", "phones", "phoned", "phoning", "calls", "calling",
  "contact", "contacts", "contacted", "contacting", "emails", "emailed", "emailing", "mails", "mailed",
  "texts", "texted", "texting", "walk", "walks", "walked", "walking",
]);
// The verbs before an interrogative "who" ("the plan sets out who must be informed"): the one told is then whom the
// sentence lists after the verb ("…, starting with the CIO and including the General Counsel").
const WHO_ASKS = new Set(["out", "determines", "determine", "specifies", "specify", "defines", "define", "identifies", "identify", "designates", "designate", "lists", "decides", "decide", "establishes", "prescribes", "describes", "governs", "dictates", "states", "on"]);
// Words that open that list: "including", "from … up to", "starting with", "beginning with", "such as", "namely".
const WHO_LIST = new Set(["including", "from", "starting", "beginning", "such", "namely"]);
// Verbs whose receiver follows "to" ("escalate incidents to the CISO").
// ("a question our plan puts to a working group of …": "puts" alone, not "put in place")
const TO_RECEIVER = ["report", "escalat", "puts", "communicat", "present", "elevat", "route", "routing", "deliver", "submit", "delegat", "rais", "refer", "forward", "provide", "provided", "providing", "send", "sent", "transmit", "circulat", "distribut", "furnish", "passed", "passes", "passing", "handed", "transferr", "assign"];
// Verbs whose other party follows "with": the subject is the one informed ("the CISO discusses … with the team").
const WITH_PARTNER = ["discuss", "meet", "met", "review"];
// Verbs whose other party follows "with" and is the one informed ("the team shares … with the CISO").
const WITH_RECEIVER = ["share", "consult"];
// Nouns of information that a giver provides "to" a receiver or a receiver "receives … from" a giver.
const INFO_NOUNS = ["report", "update", "briefing", "brief", "presentation", "information", "notice", "notification", "alert", "readout", "escalation", "communication", "summar", "dashboard", "metric", "digest"];
const RECEIVE = ["receiv", "get", "obtain", "hear"];
// "provide management visibility into …"
const GIVE = ["provid", "giv", "afford"];
// Verbs of sending that take the receiver first as well ("sends the CEO and the Audit Committee a written report").
const SEND = new Set(["send", "sends", "sent", "sending"]);
const INSIGHT = new Set(["visibility", "insight", "insights", "transparency", "awareness"]);
const KEEP = ["keep", "kept"];
// Nouns of notice whose "of" may name the one informed ("notification of the executive team").
const NOTICE_OF = new Set(["notification", "notifications", "briefing", "briefings"]);
// "the results are reviewed by the CTO": a manager's own review or monitoring, the "by" party learns.
const REVIEWED = ["review", "monitor", "track"];
// "management learns of incidents through …": the subject is informed.
const LEARN = ["learn"];
// "incidents are brought to the attention of the CISO": the receiver follows "attention of".
const BRING = ["bring", "brought"];
// "is made aware of": the subject is informed.
const MADE = new Set(["made", "become", "becomes", "became"]);
// Words that may open the information after a receiver, in "gives the CEO a weekly briefing".
const INFO_OPENS = new Set(["a", "an", "regular", "periodic", "weekly", "monthly", "quarterly", "annual", "daily", "timely", "frequent", "ongoing", "detailed"]);
const STAY = ["stay", "remain"];
// "Material matters go to the Audit Committee": what goes is the topic, the "to" phrase the receiver.
// "Reporting from the SOC flows to the CISO": so does what flows.
const GO = new Set(["go", "goes", "went", "gone", "going", "flow", "flows", "flowed", "flowing", "come", "comes", "came", "coming"]);
// "Any suspected breach that reaches our IT leadership …": what reaches someone is the topic, its object the one informed.
const REACH = new Set(["reach", "reaches", "reached", "reaching"]);
// Words that name people or a body (or a capitalised name or title).
const PEOPLE = /^([A-Z]|(leadership|management|teams?|staff|officers?|executives?|committees?|board|directors?|personnel|leaders?|managers?|heads?)$)/;
/** Whether the words [a, b) name people or a body (read in place: the judge calls this per informing word). */
function namesPeople(words: Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (PEOPLE.test(words[k].word)) return true;
  return false;
}
// Words between "flows" and where it goes: a direction, or the route it takes ("through the three lines of defense").
const UPWARD = new Set(["up", "upward", "upwards", "onward", "onwards", "straight"]);
// The word before a further "to" that goes on to the next receiver ("to the engineer and then to the CISO").
const THEN_TO = new Set(["then", "onward", "onwards", "finally", "ultimately", "thereafter"]);
const THEN_HOPS = 4;
const ROUTE_OPENS = new Set(["from", "through", "via", "across"]);
// "The on-call engineer loops in the CTO": the object after "in" is told.
const LOOP = new Set(["loop", "loops", "looped", "looping"]);
// "The CISO prepares a dashboard for the Risk Committee": the "for" party receives what is prepared.
const PREPARE = "prepar";
const RAISE = ["rais"];
// Verbs of making known to the world ("we will disclose the incident", "incidents are publicly
// disclosed", "public disclosure of material incidents"): what is made known is the object or the
// passive subject; a receiver only when a "to" names one. The noun counts only with its object
// ("disclosure of …"): "disclosure controls", "disclosure requirements" name a thing, not the act.
const DISCLOSE = ["disclos", "publish", "announc"];
// Verbs that say "upwards" by themselves: escalating informs someone even when no receiver is named.
const ESCALATE = ["escalat", "elevat"];
// Words before "escalating" that make it an act ("procedures for escalating incidents", "is responsible for escalating").
const GERUND_OPENS = new Set(["for", "of", "by", "in", "and", "or", "include", "includes", "including", "then", "promptly", "immediately", "before", "after", "when"]);
const DISCLOSE_NOUN = /(ure|ures|ement|ements)$/;
// Words that carry a noun of disclosure on to its object ("disclosure of", "disclosures regarding").
const DISCLOSE_OBJECT = new Set(["of", "regarding", "concerning", "about", "on"]);
const INFORMED = ["informed", "apprised", "updated", "abreast", "current", "aware", "briefed", "notified", "advised"];
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"]);
const PRONOUN = new Set(["they", "it", "these", "this", "such"]);
// "… logs each event and reports them to the CIO": an object that stands for what was said before
const PRONOUN_OBJECT = new Set(["them", "it", "these", "those"]);
const HAVE = new Set(["has", "have", "had", "will"]);
const FINITE_BE = new Set(["is", "are", "was", "were"]);
// Words that open a new clause inside a sentence.
const RELATIVE = new Set(["which", "who", "whom", "whereby", "whose"]);
const CONTRAST = new Set(["but", "while", "whereas", "although", "though", "however", "unless"]);
// After ", and" / ", or" these start a new subject ("…, and the CISO is notified").
const SUBJECT_START = new Set(["the", "our", "its", "their", "this", "these", "such", "we", "they", "it", "he", "she", "management", "each", "any", "a", "an"]);
// Words that end a receiver or giver phrase: the topic or a condition begins.
const ROLE_END = new Set([
  "on", "about", "regarding", "concerning", "of", "as", "when", "if", "where", "based", "for", "through", "in", "at", "upon", "following", "after", "before",
  "which", "who", "that", "to", "from", "by", "with", "including", "so", "depending", "within", "via", "under", "pursuant", "in order", "without", "throughout", "during", "whenever", "once", "covering",
]);
// "of" inside a name ("the Audit Committee of the Board", "members of management") does not end it.
const OF_CONTINUES = /^(the |our |its )?(board|directors|management|senior management|the company|audit|company)\b/;
// … and after a word for a group or a part of one ("a cross-functional team of senior leaders", "the relevant levels of management").
// … and after a title ("the Director of Cybersecurity", "the Vice President of Information Security").
// "the Department of Financial Services", "the Ministry of …": an agency's name goes on after "of"
const GROUP_OF = new Set(["team", "teams", "group", "groups", "members", "member", "representatives", "panel", "council", "level", "levels", "head", "heads", "office", "director", "manager", "president", "officer", "chief", "vp", "svp", "evp", "department", "ministry", "bureau", "commissioner"]);
// … but "notifies our Chief Operating Officer of incidents": after a title or a group, "of" goes on
// only into a name (a capitalised word: "the head of IT"), people, or a function ("the head of
// information security"); not the pronoun ("informs the Chief Information Officer of it").
const OF_NAMES = /^([A-Z]|(the|our|its|senior|executive|management|leaders|leadership|directors|officers|information|security|cybersecurity|technology|risk|compliance|operations|engineering|infrastructure|legal|finance|internal|global|corporate)$)/;
const MAX_ROLE_WORDS = 16;
const MAX_CLAUSE_WORDS = 80;
// Where a topic starts after the receiver ("updates the committee, as needed, regarding incidents"):
// without one, "reports to the CIO" is a reporting line, about nothing.
// The most words between a receiver and its topic ("the committee, where it deems appropriate, regarding …").
const TOPIC_GAP = 8;
// Round 48: how far after the one alerted (or the alerting party) an alert's "to" may name what it is about.
const ALERT_TO_WORDS = 8;
const TOPIC_OPENS = new Set(["on", "about", "regarding", "concerning", "of", "including", "into", "re", "as to", "with respect to", "in respect of", "if", "when", "whenever", "once", "upon", "after", "during", "throughout", "covering", "addressing", "detailing", "describing", "summarizing", "summarising", "highlighting", "outlining"]);
// "presents to the Board a dashboard that summarizes …": "that" before a verb of content opens what
// the information is about, as "summarizing …" does.
const CONTENT_VERB = /^(summari[sz]es|covers|includes|describes|details|addresses|highlights|outlines)$/;
const contentThat = (words: Word[], k: number, end: number): boolean => words[k].lower === "that" && k + 1 < end && CONTENT_VERB.test(words[k + 1].lower);
// After "and" / "or", these open another item of a topic list ("on our program and any significant incidents").
const TOPIC_ITEM_OPENS = new Set(["any", "all", "significant", "material", "potential", "recent", "major"]);
// How far after its verb the "to" of a receiver may be ("escalate for further assessment and report, as appropriate, incidents … to senior management").
const TO_WINDOW = 22;
// "to" before a receiver, not an infinitive ("to review and discuss"): the phrase opens with a
// determiner, a name, or a word that names people.
const RECEIVER_OPENS = /^([A-Z]|(the|our|its|their|his|her|each|all|both|any|a|an|other|certain|various|senior|executive|management|members?|leadership|appropriate|relevant|key|designated|individuals|personnel|representatives?|stakeholders|teams?|committees?|regulators?|law|affected|customers|authorities|government\w*|external|internal|outside|third|us|them|him|it|system|business|asset|application|owners?)$)/;
const ADVERB = /ly$/;
// Words that open an aside between a subject and its verb ("Incidents, once confirmed, are …").
// Words after a comma that ends a receiver which still lead to a topic ("…, as appropriate, of any incident").
const AFTER_COMMA = new Set(["as", "at", "on", "for", "via", "by", "each", "every", "and", "or", "including", "with", "within", "without", "promptly", "immediately"]);
const ASIDE_OPENS = new Set(["once", "when", "if", "where", "as", "after", "upon", "following", "depending", "unless", "until", "in", "through", "together", "along", "typically", "generally"]);
// Words that open a condition before the clause's subject ("Upon detection of a breach, …").
// "Should an incident occur, …": an inverted "if".
const CONDITION_OPENS = new Set(["upon", "when", "whenever", "if", "following", "after", "once", "on", "where", "should"]);
const PARTICIPLE = /(ed|wn|ne|nt|pt|ght|told)$/;
// How far back a list of participles may reach for its "be" ("are rated for criticality, prioritised for remediation and reported …").
const LIST_BE_WORDS = 16;

// A stem of a verb or noun, not of the agent noun ("provide", not "providers").
// The stems above by their first three letters: a word that begins none is no verb of informing, and
// is passed over before anything else is looked at (most words of a paragraph).
// A word shorter than three letters reads as 0 where it has no letter (what `charCodeAt`'s NaN gave
// before; reading past a string's end threw mayInform's and lead's optimised code away in every
// lint isolate, "out of bounds": round 42).
const lead = (s: string): number => {
  const n = s.length;
  return n >= 3 ? (s.charCodeAt(0) << 16) ^ (s.charCodeAt(1) << 8) ^ s.charCodeAt(2) : n === 2 ? (s.charCodeAt(0) << 16) ^ (s.charCodeAt(1) << 8) : n === 1 ? s.charCodeAt(0) << 16 : 0;
};
const STEMS_BY_LEAD = new Map<number, string[]>();
for (const stem of [OBJECT_RECEIVER, TO_RECEIVER, WITH_PARTNER, WITH_RECEIVER, INFO_NOUNS, RECEIVE, KEEP, STAY, GIVE, INFORMED, LEARN, BRING, REVIEWED, DISCLOSE].flat()) {
  const list = STEMS_BY_LEAD.get(lead(stem));
  if (list) list.push(stem);
  else STEMS_BY_LEAD.set(lead(stem), [stem]);
}
/** Whether the word begins with a stem of an informing verb or noun ("company" and "program" do not). */
const mayInform = (w: Word): boolean => STEMS_BY_LEAD.get(lead(w.lower))?.some((stem) => w.lower.startsWith(stem)) ?? false;
const ANTECEDENT_WORDS = 8;
const isVerb = (w: Word): boolean => /^[a-z]/.test(w.word) && ([OBJECT_RECEIVER, TO_RECEIVER, WITH_PARTNER, WITH_RECEIVER, RECEIVE].some((stems) => starts(w, stems)) || CHANNEL.has(w.lower));
// Not an agent noun ("providers", "reporters", "advisors"), but a verb whose stem ends in "er" ("delivers", "refers").
const starts = (w: Word, stems: string[]): boolean => stems.some((s) => w.lower.startsWith(s) && (!/[^e]ers?$|ors?$/.test(w.lower) || (s.endsWith("er") && w.lower.length <= s.length + 1)));

/** Splits [from, to) of `words` (one sentence) into clauses, by word index ranges [start, end). */
export function clauseRanges(text: string, words: Word[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from + 1; i < to; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const conjunction = w.lower === "and" || w.lower === "or";
    const verbAfterAside = ((BE.has(w.lower) || HAVE.has(w.lower)) && w.lower !== "get") || verbAfterRelative(words, start, i, to);
    const breaks =
      prev.stop ||
      RELATIVE.has(w.lower) ||
      CONTRAST.has(w.lower) ||
      (conjunction && i + 1 < to && (SUBJECT_START.has(words[i + 1].lower) || BE.has(words[i + 1].lower)) && commaAfter(text, prev) && !lastListItem(text, words, start, i, to)) ||
      // a relative clause closing before the main verb: "the CISO, who reports to the CIO, is …"
      (verbAfterAside && commaAfter(text, prev));
    // A run of words with no break (a table flattened to text) is cut: roles are looked for within a clause.
    if (breaks || i - start >= MAX_CLAUSE_WORDS) {
      out.push([start, i]);
      start = i;
    }
  }
  if (to > start) out.push([start, to]);
  return out;
}

/** Whether the words [a, b) hold a predicate: a form of "be" or "have", a modal, a verb of informing, a present-tense verb before its object. */
function holdsPredicate(words: Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (BE.has(w.lower) || HAVE.has(w.lower) || MODAL.has(w.lower) || isVerb(w) || presentVerb(words, k, b)) return true;
  }
  return false;
}
const MODAL = new Set(["may", "might", "can", "could", "must", "shall", "should", "would"]);
/** The most words of a list item read for a predicate. */
const LIST_ITEM_WORDS = 16;

/**
 * Whether ", and the …" at word `i` (the conjunction) adds the last item of a serial list rather than
 * a clause: the clause from `start` already holds an earlier comma whose item has no predicate, and
 * the words after the conjunction, to the next stop or comma, have none either ("updates the Audit
 * Committee on the status of our roadmap, significant changes in threats, and the findings of our
 * risk assessments": what the committee is told, not "the findings" as a clause of their own).
 */
function lastListItem(text: string, words: Word[], start: number, i: number, to: number): boolean {
  let end = i + 1;
  while (end < to && end - i <= LIST_ITEM_WORDS && !words[end - 1].stop && !(end > i + 1 && commaAfter(text, words[end - 1]))) end++;
  if (end - i > LIST_ITEM_WORDS || holdsPredicate(words, i + 1, end)) return false;
  for (let k = i - 2; k > start; k--) {
    if (!commaAfter(text, words[k])) continue;
    return !holdsPredicate(words, k + 1, i - 1);
  }
  return false;
}

// What carries information to a receiver told in the passive ("apprised … through a report that …").
const THROUGH = new Set(["through", "via", "in"]);

// Means of telling after "by" ("briefed by telephone by the CISO"): how, not who.
const MEANS = new Set(["telephone", "phone", "email", "e-mail", "e", "mail", "letter", "memorandum", "videoconference", "video", "text", "message", "means", "way", "written", "electronic"]);

// Closing marks a comma may follow: ) " ' ” ’ ]
const CLOSERS = new Set([41, 34, 39, 0x201d, 0x2019, 93]);

/** Whether a comma follows the word (after closing quotes or brackets): read for every word, so no regex. */
function commaAfter(text: string, w: Word): boolean {
  let k = w.end;
  while (k < w.end + 3 && CLOSERS.has(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 44;
}

/** Whether a word of the clause is one informingIn's walk stops at: a verb of going, looping in or preparing, or a stem of informing. */
function mayOpen(words: Word[], [a, b]: [number, number]): boolean {
  for (let i = a; i < b; i++) {
    const w = words[i];
    if (GO.has(w.lower) || LOOP.has(w.lower) || REACH.has(w.lower) || w.lower.startsWith(PREPARE) || mayInform(w) || CHANNEL.has(w.lower)) return true;
  }
  return false;
}

/** The informing verbs of a text (a paragraph), with their roles; `words` is tokenize(text). */
export function findInforming(text: string, words: Word[]): Informing[] {
  const out: Informing[] = [];
  // A full stop is a stop like ";" and ":": clause ranges never cross it.
  const ranges = clauseRanges(text, words, 0, words.length);
  ranges.forEach((range, k) => {
    // A clause with no word that may open an informing verb holds none: its roles are not read.
    if (!mayOpen(words, range)) return;
    // "The committee, which comprises the CEO and CFO, is updated …": the verb's subject is before the aside
    const afterAside = k > 1 && verbFirst(words, range) && RELATIVE.has(words[ranges[k - 1][0]].lower);
    informingIn(text, words, range, k > 0 ? ranges[afterAside ? k - 2 : k - 1] : undefined, out);
  });
  referringBack(text, words, out);
  return out;
}

// Words that stand for something named in the sentence before ("they", "their controls", "these
// providers", "such reviews", "this assessment", "one of them", "its focus areas").
const ANAPHOR = new Set(["they", "them", "their", "it", "its", "this", "these", "those", "such"]);
const AFTER_PREPOSITION = new Set(["of", "on", "in", "into", "to", "from", "within", "under", "through", "with", "by"]);

/**
 * The sentences of a paragraph that refer back to the sentence before them (an ANAPHOR among their
 * words, no paragraph break between): the party or topic is named in one sentence and what is done
 * with it in the next ("Our CROs hold trial data. Before we select one of them, we review its
 * security."). Each becomes a record whose `verb` is the referring sentence and whose topic is the
 * sentence before it (Informing.refersBack).
 */
function referringBack(text: string, words: Word[], out: Informing[]): void {
  if (!words.some((w) => ANAPHOR.has(w.lower) || w.lower === "that")) return;
  const found = out.length;
  const sentences = splitSentences(text);
  let w = 0;
  for (let k = 1; k < sentences.length; k++) {
    const before = sentences[k - 1];
    const own = sentences[k];
    if (text.slice(before.end, own.start).includes("\n")) continue;
    while (w < words.length && words[w].start < own.start) w++;
    // "They are then reviewed with the CRO": a pronoun subject stands for what the sentence before
    // named, so that sentence is what its verbs are about ("He"/"She" stand for a person: the sentence
    // before is about them, not what they are told - "He has 21 years of experience. He is notified …")
    if (w < words.length && ANAPHOR.has(words[w].lower)) {
      // (the verbs whose own giver, receiver or topic is that pronoun: not "… our CISO, who reports to the CTO")
      const pronoun = words[w].start;
      for (let r = 0; r < found; r++) {
        const o = out[r];
        if (o.verb.start >= own.start && o.verb.start < own.end && [o.giver, o.receiver, ...o.topics].some((x) => x?.start === pronoun)) o.topics.push({ start: before.start, end: before.end });
      }
    }
    let refers = false;
    // "such as" introduces examples, not something named before
    for (let i = w; i < words.length && words[i].end <= own.end; i++) if (ANAPHOR.has(words[i].lower) && !(words[i].lower === "such" && words[i + 1]?.lower === "as")) refers = true;
    // "That committee's remit includes …", "… are part of that profile": "that" opening a sentence or
    // after a preposition points back; elsewhere it mostly joins a clause
    for (let i = w; i < words.length && words[i].end <= own.end; i++) if (words[i].lower === "that" && (i === w || AFTER_PREPOSITION.has(words[i - 1].lower))) refers = true;
    if (!refers) continue;
    const span = { start: own.start, end: own.end };
    out.push({ verb: span, voice: "active", topics: [{ start: before.start, end: before.end }], clause: span, refersBack: true });
  }
}

/** The most words from the verb to its information, two receivers between ("sends the Chief Executive Officer and the Audit Committee a written report"). */
const DITRANSITIVE_WORDS = 13;

/**
 * In "gives the CEO a weekly briefing on …", where the information begins (the first word of
 * INFO_OPENS after the receiver, with a noun of information at most four words on), or -1.
 */
function ditransitive(words: Word[], verb: number, end: number): number {
  // "provides a quarterly report … to the committee": an article opens the information, not a receiver
  if (words[verb + 1].lower === "a" || words[verb + 1].lower === "an") return -1;
  for (let k = verb + 2; k < Math.min(end, verb + DITRANSITIVE_WORDS); k++) {
    // "provides the CIO with weekly dashboards" is read by "with"
    if (words[k].lower === "with") return -1;
    if (!INFO_OPENS.has(words[k].lower)) continue;
    for (let n = k; n < Math.min(end, k + 4); n++) if (starts(words[n], INFO_NOUNS)) return k;
    return -1;
  }
  return -1;
}

// Lowercase words inside a title or a body's name ("Vice President of Information Security", "Audit and Risk Committee").
const NAME_JOINS = new Set(["of", "and", "&", "for", "the", "our", "its", "on"]);
// Nouns an appositive uses for a question fronted before it ("Whether an incident is material, a question our plan puts to …").
const QUESTION = new Set(["question", "matter", "decision", "determination", "judgment", "judgement"]);

/**
 * The fronted "whether" clause of a sentence that opens at `a`, when the words before the verb at
 * `verb` name it again in apposition ("Whether an incident is material, a question our plan puts to a
 * working group of the CFO and the General Counsel, is answered …"): what is put to the party is that
 * question. Undefined otherwise.
 */
function frontedQuestion(text: string, words: Word[], a: number, verb: number): Span | undefined {
  if (words[a].lower !== "whether" || (a > 0 && !words[a - 1].stop)) return undefined;
  for (let k = a + 1; k + 2 < verb; k++) {
    if (!commaAfter(text, words[k])) continue;
    const n = words[k + 1].lower === "a" || words[k + 1].lower === "the" ? k + 2 : k + 1;
    return QUESTION.has(words[n].lower) ? span(words, a, k + 1) : undefined;
  }
  return undefined;
}

// Participles of being told that may open a sentence ("Apprised each week of …, our CFO …"; "Kept informed …, the CIO …").
const FRONTED = new Set(["apprised", "briefed", "informed", "updated", "notified", "advised", "alerted"]);
/** The most words of a fronted participle's phrase before the main clause's subject. */
const FRONTED_WORDS = 48;

/** For a sentence that opens at `i` with a participle of being told ("Apprised", "Kept informed"), the participle's index; else -1. */
function frontedTold(words: Word[], i: number, end: number): number {
  if (FRONTED.has(words[i].lower)) return i;
  return words[i].lower === "kept" && i + 1 < end && INFORMED.includes(words[i + 1].lower) ? i + 1 : -1;
}

/**
 * The subject of the main clause after a fronted participle's phrase that opens at `from`: the first
 * phrase after a comma that opens as a party does and names people ("…, and of any incident under
 * investigation, our Chief Financial Officer …"; not "…, any unpatched vulnerabilities and …"), and
 * the index of the word before that comma.
 */
function mainSubject(text: string, words: Word[], from: number, end: number): { receiver: Span; cut: number } | undefined {
  for (let k = from; k < Math.min(end - 1, from + FRONTED_WORDS); k++) {
    if (words[k].stop) return undefined;
    if (!commaAfter(text, words[k])) continue;
    const next = words[k + 1];
    if (next.lower === "and" || next.lower === "or" || !RECEIVER_OPENS.test(next.word)) continue;
    // (up to its own verb: "our Chief Operating Officer approves each quarter …", "our Chief Financial Officer decides with …")
    let e = k + 2;
    const limit = phraseEnd(text, words, k + 1, end);
    while (e < limit && !presentVerb(words, e, end) && !(/^[a-z]/.test(words[e].word) && !NAME_JOINS.has(words[e].lower) && namesPeople(words, k + 1, e))) e++;
    if (namesPeople(words, k + 1, e)) return { receiver: span(words, k + 1, e)!, cut: k };
  }
  return undefined;
}

/** The most words from the start of the information to its noun ("a daily feed of triaged alerts"). */
const INFORMATION_NOUN_WORDS = 6;

/**
 * Where a receiving verb at `verb` names its giver before the information, with commas: "receives
 * from the Vice President of Security, each Monday, a written summary …" (the giver up to its comma,
 * then an aside) and "receives, from our security operations provider, a daily feed of alerts" (the
 * giver is the aside). The giver's words and where the information opens (a word of INFO_OPENS with a
 * noun of information at most six words on), or undefined.
 */
function givenFirst(text: string, words: Word[], verb: number, end: number): { giver: number; giverEnd: number; information: number; object?: true } | undefined {
  const split = commaAfter(text, words[verb]);
  const giver = verb + 2;
  if (words[verb + 1]?.lower !== "from" || giver >= end) return undefined;
  // the giver runs to the first comma (at most MAX_ROLE_WORDS words)
  let close = giver;
  while (close < end - 1 && close - giver < MAX_ROLE_WORDS && !words[close].stop && !commaAfter(text, words[close])) close++;
  if (!commaAfter(text, words[close]) || words[close].stop) return undefined;
  // after "receives from X," an aside may come before the information ("each Monday,")
  let open = close + 1;
  if (!split && open < end && !INFO_OPENS.has(words[open].lower)) open = asideEnd(text, words, open, end);
  if (open < 0 || open >= end || !INFO_OPENS.has(words[open].lower)) return undefined;
  for (let n = open; n < Math.min(end, open + INFORMATION_NOUN_WORDS); n++) if (starts(words[n], INFO_NOUNS)) return { giver, giverEnd: close + 1, information: open };
  // "receives, from our provider, an hourly list of suspicious connections": what is received is the verb's object, whatever its noun
  return split ? { giver, giverEnd: close + 1, information: open, object: true } : undefined;
}

/** Where the body after "at … meeting(s) of" begins ("at the weekly meeting of the Executive Committee"), or -1. */
function meetingOf(words: Word[], from: number, to: number): number {
  for (let k = from; k < to - 2; k++) {
    if ((words[k].lower === "meeting" || words[k].lower === "meetings") && words[k + 1].lower === "of" && RECEIVER_OPENS.test(words[k + 2].word)) return k + 2;
  }
  return -1;
}

// Nouns that "information" and an -ing word modify ("information security", "a consulting firm", "reporting lines").
const COMPOUND_AFTER = /^(security|technology|technologies|systems?|assets?|governance|risks?|firms?|compan(y|ies)|services?|structures?|lines?|relationships?|tools?|platforms?|software|engagements?|partners?|providers?|obligations?|requirements?|training|programs?|campaigns?|sessions?|standards?|process(es)?|framework)$/;

/**
 * Whether the word at `i` modifies the noun after it: "information" before "security", "technology",
 * "systems" …, or an -ing word after a determiner before such a noun ("a consulting firm", "our
 * reporting structure"). "the reporting of incidents", "our reporting to the Board" stay nouns of informing.
 */
function modifier(words: Word[], a: number, i: number, b: number): boolean {
  if (i + 1 >= b || !COMPOUND_AFTER.test(words[i + 1].lower)) return false;
  const w = words[i].lower;
  if (w === "information") return true;
  return w.endsWith("ing") && i > a && DETERMINER.has(words[i - 1].lower);
}

/** Whether a clause opens with a form of "be" or "have" (the main verb after an aside). */
function verbFirst(words: Word[], [a, b]: [number, number]): boolean {
  // (or the present-tense main verb that a relative aside's comma set off: clauseRanges)
  return BE.has(words[a].lower) || HAVE.has(words[a].lower) || (PRESENT_VERB.test(words[a].word) && a + 1 < b && MAIN_VERB_NEXT.has(words[a + 1].lower));
}

// Words after the main verb that closes a relative aside ("…, which performs monitoring of our networks, reports to the CISO").
const MAIN_VERB_NEXT = new Set(["to", "directly", "the", "our", "its", "a", "an", "with"]);

/**
 * Whether word `i`, after a comma, is the main verb that follows a relative clause ("Our security
 * team, which performs continuous monitoring of our networks, reports to the CISO"): a present-tense
 * verb before "to", an object or "directly", where the clause from `start` opens with "which" or
 * "who" and its own verb (so "which includes policies, procedures and standards" is one clause).
 */
function verbAfterRelative(words: Word[], start: number, i: number, to: number): boolean {
  const w = words[i];
  if (!PRESENT_VERB.test(w.word) || i + 1 >= to || !MAIN_VERB_NEXT.has(words[i + 1].lower)) return false;
  // the relative clause that the comma closes, with its own verb right after the pronoun
  let r = i - 1;
  while (r > start && !RELATIVE.has(words[r].lower)) r--;
  return RELATIVE.has(words[r].lower) && r + 1 < i - 1 && (PRESENT_VERB.test(words[r + 1].word) || BE.has(words[r + 1].lower) || HAVE.has(words[r + 1].lower));
}

/** The words [a, b) as a span of the text (undefined when empty). */
function span(words: Word[], a: number, b: number): Span | undefined {
  return b > a ? { start: words[a].start, end: words[b - 1].end } : undefined;
}

/** The phrase starting at word `a` up to a ROLE_END word, a clause end or MAX_ROLE_WORDS. */
function phraseEnd(text: string, words: Word[], a: number, end: number): number {
  let i = a;
  while (i < end && i - a < MAX_ROLE_WORDS) {
    const w = words[i];
    // "on-call" is one word to a reader, two to tokenize()
    const hyphened = text[w.end] === "-" || text[w.start - 1] === "-";
    // "… that reaches our IT leadership is assessed …": a finite "be" is the clause's verb, not part of the party
    if (i > a && FINITE_BE.has(w.lower)) break;
    if (i > a && ROLE_END.has(w.lower) && !hyphened) {
      const rest = joinWords(words, i + 1, i + 4, "lower");
      // "to the business owners and to senior management": "and to" adds a receiver
      const anotherTo = w.lower === "to" && (words[i - 1].lower === "and" || words[i - 1].lower === "or") && i + 1 < end && RECEIVER_OPENS.test(words[i + 1].word);
      const ofName = GROUP_OF.has(words[i - 1].lower) && i + 1 < end && OF_NAMES.test(words[i + 1].word) && !((words[i + 1].lower === "the" || words[i + 1].lower === "our" || words[i + 1].lower === "its") && i + 2 < end && /^[a-z]/.test(words[i + 2].word) && !OF_NAMES.test(words[i + 2].word));
      if (!(w.lower === "of" && (OF_CONTINUES.test(rest) || ofName)) && !anotherTo) break;
    }
    // "… and has over 20 years", "… and provides a quarterly report": a verb after "and" ends the party
    if (i > a && i + 1 < end && (newPredicate(words, i) || (words[i].lower === "and" && (isVerb(words[i + 1]) || presentVerb(words, i + 1, end) || passiveAfterAnd(words, i + 1, end))))) break;
    i++;
    if (words[i - 1].stop) break;
    // "… as well as the Audit Committee" continues a list of parties
    if (i < end - 2 && words[i].lower === "as" && words[i + 1].lower === "well" && words[i + 2].lower === "as") i += 3;
    // "to the on-call engineer and, for high-severity events, to the CISO": an aside, then another receiver
    else if ((words[i - 1].lower === "and" || words[i - 1].lower === "or") && commaAfter(text, words[i - 1]) && i > a + 1 && asideThenTo(text, words, i, end) >= 0) i = asideThenTo(text, words, i, end) + 1;
    // after a comma, only another party continues the phrase ("the CISO, members of management, and
    // the Audit Committee"), not an aside ("…, as appropriate") or the main verb ("…, has over 20 years");
    // nor after a pronoun ("that the Board has delegated to it, the Audit Committee reviews …": the main clause)
    else if (commaAfter(text, words[i - 1]) && i < end && (!(words[i].lower === "and" || words[i].lower === "or" || RECEIVER_OPENS.test(words[i].word)) || (i - 1 === a && PRONOUN_PARTY.has(words[a].lower)))) break;
  }
  return i;
}

// Pronouns that stand for a party alone: a comma after one ends the party.
const PRONOUN_PARTY = new Set(["it", "them", "him", "her", "us"]);

/** The word after an aside that opens at `i` and ends at a comma within ASIDE_WORDS words ("to, as appropriate, the CISO"), or -1. */
function afterAside(text: string, words: Word[], i: number, end: number): number {
  for (let k = i; k < Math.min(end - 1, i + ASIDE_WORDS); k++) {
    if (words[k].stop) return -1;
    if (commaAfter(text, words[k])) return k + 1;
  }
  return -1;
}

/** The word after an aside that opens at `i` and closes with a comma within RECEIVE_ASIDE_WORDS words, or -1. */
function asideEnd(text: string, words: Word[], i: number, end: number): number {
  for (let k = i; k < Math.min(end - 1, i + RECEIVE_ASIDE_WORDS); k++) {
    if (words[k].stop) return -1;
    if (commaAfter(text, words[k])) return k + 1;
  }
  return -1;
}
const RECEIVE_ASIDE_WORDS = 12;

/** The most words of an aside between "and," and the "to" of another receiver. */
const ASIDE_WORDS = 6;

/** The "to" of another receiver after an aside that opens at `i` and ends at a comma ("and, if warranted, to the CEO"), or -1. */
function asideThenTo(text: string, words: Word[], i: number, end: number): number {
  for (let k = i + 1; k < Math.min(end - 1, i + ASIDE_WORDS + 1); k++) {
    if (words[k - 1].stop) return -1;
    if (commaAfter(text, words[k - 1])) return words[k].lower === "to" && RECEIVER_OPENS.test(words[k + 1].word) ? k : -1;
  }
  return -1;
}

/**
 * The subject of the clause: its words before the verb after the last comma ("In addition,
 * management updates …"; "…, and informing management" has none), or for a relative clause, the
 * words its pronoun stands for.
 */
function subjectOf(text: string, words: Word[], clause: [number, number], previous: [number, number] | undefined, verb: number): Span | undefined {
  let a = clause[0];
  if (RELATIVE.has(words[a].lower) || CONTRAST.has(words[a].lower)) a++;
  const first = a;
  // "If we identify an incident, the CLO and the CFO are notified": the subject follows the condition
  const condition = conditionEnd(text, words, clause);
  if (condition >= 0 && condition + 1 < verb) a = condition + 1;
  for (let k = verb - 2; k >= a; k--) {
    if (commaAfter(text, words[k])) {
      // "Incidents, once confirmed, are communicated": an aside, the subject is before it
      if (ASIDE_OPENS.has(words[k + 1].lower)) continue;
      // "… review of incidents, detections and vulnerabilities are reported": the comma is a list's, not the subject's start
      if (!words.slice(k + 2, verb).some((x) => x.lower === "and" || x.lower === "or") && !(BE.has(words[verb].lower) && serialComma(text, words, a, k))) a = k + 1;
      break;
    }
  }
  if (words[a]?.lower === "and" || words[a]?.lower === "or") a++;
  // "Assessments result in remediation plans, whose progress and status are reported to the CIO": a passive's subject
  // that "whose" owns is told with the clause that names its owner (round 40)
  if (previous && words[clause[0]].lower === "whose" && a < verb && BE.has(words[verb].lower)) return span(words, previous[0], verb);
  // "It meets monthly and receives from the CISO a report …": a verb after "and" shares the subject of
  // the predicate before it, the words before that predicate's present-tense verb
  if (verb - a > 2 && words[verb - 1].lower === "and") {
    for (let k = a + 1; k < verb - 1; k++) {
      if (presentVerb(words, k, verb)) return span(words, a, k);
    }
  }
  // "The Board oversees …, and it receives a briefing …": "it" / "they" right after the coordinator of a
  // later clause of the same sentence stands for that sentence's subject (round 33).
  if (verb - a === 1 && a === first + 1 && COORDINATOR_PRONOUN.has(words[a].lower) && (words[first].lower === "and" || words[first].lower === "or")) {
    const held = sentenceSubject(text, words, first);
    if (held) return held;
  }
  // "When risks are identified …, they are reported to …": a pronoun stands for the clause's start.
  if (verb - a === 1 && PRONOUN.has(words[a].lower) && a > first) return span(words, first, verb);
  if (a < verb) return span(words, a, verb);
  // "…, and receives updates": a verb coordinated with the clause's first shares its subject,
  // which runs to the first comma.
  // "…, and receives updates" in one clause, or "…, and is notified" opening the next: a verb
  // coordinated with an earlier one shares its subject, which runs to the first comma.
  const leading = (from: number, to: number) => {
    let e = from;
    while (e < to - 1 && !commaAfter(text, words[e])) e++;
    return span(words, from, e + 1);
  };
  if (a > first && words[first].lower !== "and" && words[first].lower !== "or") return leading(first, verb);
  if (previous && (words[first].lower === "and" || words[first].lower === "or" || verbFirst(words, clause))) return leading(previous[0], previous[1]);
  if (previous && RELATIVE.has(words[clause[0]].lower)) {
    // The pronoun stands for the words just before it, back to a preposition or a verb of informing.
    let from = previous[1];
    while (from > previous[0] && previous[1] - from < ANTECEDENT_WORDS && !ROLE_END.has(words[from - 1].lower) && !isVerb(words[from - 1])) from--;
    return span(words, from, previous[1]);
  }
  return undefined;
}

/**
 * Whether the comma after word `k` is a serial list's last ("the results of such assessments, audits, and reviews are
 * reported"): "and" / "or" follows it and the item before it, back to an earlier comma of the clause, has no predicate
 * (round 40: a passive's subject is the whole list, not its last item; asked only before a form of "be", since "…, and
 * for informing management" is no subject).
 */
function serialComma(text: string, words: Word[], a: number, k: number): boolean {
  if (words[k + 1]?.lower !== "and" && words[k + 1]?.lower !== "or") return false;
  for (let j = k - 1; j >= a; j--) if (commaAfter(text, words[j])) return !holdsPredicate(words, j + 1, k + 1);
  return false;
}

const COORDINATOR_PRONOUN = new Set(["it", "they"]);
// Personal pronouns that a later "it" / "they" does not stand for ("We maintain a plan, and it is tested …": the plan).
const PERSONAL_SUBJECT = new Set(["we", "i", "you", "it", "they", "this", "these", "such", "there"]);

/**
 * The subject of the sentence that word `at` sits in (round 33): its words from the sentence's start to
 * its first finite verb ("Our Board of Directors has retained …", "The Risk Committee of our Board
 * oversees our …"), or undefined when the sentence opens with a condition, a personal pronoun, or no
 * verb comes within MAX_ROLE_WORDS words.
 */
function sentenceSubject(text: string, words: Word[], at: number): Span | undefined {
  const s = sentenceStart(text, words, at);
  if (s === at || PERSONAL_SUBJECT.has(words[s].lower) || CONDITION_OPENS.has(words[s].lower) || !/^[A-Z]/.test(words[s].word)) return undefined;
  // Round 40: "The Sponsor's board of managers, which has no committees, oversees …": a relative aside after the
  // subject's head is skipped, and the subject is the head before it.
  let head = -1;
  let limit = Math.min(at, s + MAX_ROLE_WORDS);
  for (let k = s + 1; k < limit; k++) {
    if (commaAfter(text, words[k - 1])) {
      if (head >= 0 || !RELATIVE.has(words[k].lower)) return undefined;
      const after = asideEnd(text, words, k + 1, at);
      if (after < 0) return undefined;
      head = k;
      k = after;
      limit = Math.min(at, k + MAX_ROLE_WORDS);
      // (the present-tense word right after the aside's closing comma is the main verb, whatever follows it)
      if (PRESENT_VERB.test(words[k].word)) return span(words, s, head);
    }
    // "… of our Board oversees cybersecurity risk": a lowercase -s word after a capitalised name, not after "of" ("Board of directors")
    const named = PRESENT_VERB.test(words[k].word) && /^[A-Z]/.test(words[k - 1].word) && words[k + 1]?.lower !== "of";
    if (BE.has(words[k].lower) || HAVE.has(words[k].lower) || MODAL.has(words[k].lower) || presentVerb(words, k, at) || named) return span(words, s, head < 0 ? k : head);
  }
  return undefined;
}

/** The first word of the sentence that word `at` sits in (at most 80 words back). */
function sentenceStart(text: string, words: Word[], at: number): number {
  let s = at;
  while (s > 0 && at - s < 80 && text.charCodeAt(words[s - 1].end) !== 46 && !/[.!?]["”’)]?\s*$/.test(gapBefore(text, words, s))) s--;
  return s;
}

// Object pronouns that stand for a party named before them ("… reports to it", "… escalates them to it").
const OBJECT_PARTY = new Set(["it", "them"]);

/**
 * Round 40: what a lone object pronoun of a verb of informing stands for ("The Sponsor's board of managers, which
 * has no committees, oversees …, and the Sponsor's Chief Operating Officer reports to it …"): the subject of its
 * sentence when the pronoun's clause is a later one, or (round 41) the subject of the sentence before when its clause
 * opens its sentence (sentence-board-informed-no-board reads "to it" as pointing back), or undefined.
 */
function objectReferent(text: string, words: Word[], receiver: Span, clauseStart: number): Span | undefined {
  // (the pronoun first, an adverbial after it - "reports to it each quarter" - but no other party joined to it)
  const p = firstWordFrom(words, receiver.start);
  if (!OBJECT_PARTY.has(words[p]?.lower) || (words[p + 1]?.end <= receiver.end && (words[p + 1].lower === "and" || words[p + 1].lower === "or"))) return undefined;
  const s = sentenceStart(text, words, p);
  if (s < clauseStart) return sentenceSubject(text, words, p);
  // Round 41: in the first clause of its sentence, the subject of the sentence before it in the same paragraph line
  // ("The Risk Committee of our Board oversees … . Our CISO reports to it each quarter …").
  if (s === 0 || gapBefore(text, words, s).includes("\n")) return undefined;
  return sentenceSubject(text, words, s - 1) ?? bodyBeforeComma(text, words, sentenceStart(text, words, s - 1), s);
}

// The head nouns of a body a pronoun in the next sentence may stand for ("Our Technology Steering Committee, a management committee …").
const BODY_NOUN = new Set(["board", "committee", "subcommittee", "council", "forum", "directors", "trustees"]);

/**
 * Round 41: a sentence's subject that names a body and is closed by a comma before its verb ("Our full Board of
 * Directors, rather than a committee, oversees …"; "Our Cyber Risk Council, made up of …, is responsible …"): its words
 * to the comma, for a pronoun of the sentence after. A capitalised opening that is no condition or pronoun, within the
 * words a role may take.
 */
function bodyBeforeComma(text: string, words: Word[], s: number, end: number): Span | undefined {
  if (PERSONAL_SUBJECT.has(words[s].lower) || CONDITION_OPENS.has(words[s].lower) || !/^[A-Z]/.test(words[s].word)) return undefined;
  for (let k = s; k < Math.min(end, s + MAX_ROLE_WORDS); k++) {
    if (BE.has(words[k].lower) || HAVE.has(words[k].lower) || presentVerb(words, k, end)) return undefined;
    if (commaAfter(text, words[k])) return BODY_NOUN.has(words[k].lower) ? span(words, s, k + 1) : undefined;
  }
  return undefined;
}

function informingIn(text: string, words: Word[], clause: [number, number], previous: [number, number] | undefined, out: Informing[]): void {
  const [a, b] = clause;
  const clauseSpan = span(words, a, b)!;
  const after = (i: number) => span(words, i, b);
  // The information that opens at `from` ("a written report"), to its noun and what it is about: its
  // informing clause is recorded, and the noun's index returned (the walk goes on after it).
  const information = (verb: Span, from: number, giver: Span | undefined, receiver: Span | undefined): number => {
    let k = from;
    while (k < b && !starts(words[k], INFO_NOUNS)) k++;
    out.push({ verb, voice: "active", giver, receiver, topics: parts(span(words, from, k + 1), ...about(k + 1)), clause: clauseSpan });
    return k;
  };
  // The topics after a receiver: each phrase from a word that opens one ("on", "regarding", "of")
  // to the next such word or the clause's end ("receives reports on risks and information regarding
  // any incident" is about risks, and about incidents).
  const about = (i: number): Span[] => {
    const out: Span[] = [];
    let open = -1;
    for (let k = Math.max(i, a); k < b; k++) {
      if (open < 0 && k - i > TOPIC_GAP) break;
      // "reports to the CPTO and has 20 years of experience": a new predicate, not the topic
      if (open < 0 && newPredicate(words, k)) break;
      // "reports to our CFO and provides a quarterly report on …": the next verb's topic, not this one's
      if (open < 0 && words[k].lower === "and" && k + 1 < b && (isVerb(words[k + 1]) || presentVerb(words, k + 1, b))) break;
      // "who reports to our CIO, leads a team of …": after a comma that ends the receiver, only a
      // phrase that opens at once ("…, regarding incidents") or after an aside is a topic
      if (open < 0 && k === i && k > a && commaAfter(text, words[k - 1]) && !TOPIC_OPENS.has(words[k].lower) && !ASIDE_OPENS.has(words[k].lower) && !AFTER_COMMA.has(words[k].lower) && !ADVERB.test(words[k].lower)) break;
      if (TOPIC_OPENS.has(words[k].lower) || (words[k].lower === "with" && words[k + 1]?.lower === "respect") || contentThat(words, k, b)) {
        if (open >= 0) out.push(span(words, open, k)!);
        open = k;
      } else if (open >= 0 && k > open + 1 && TOPIC_ITEM_OPENS.has(words[k].lower) && (words[k - 1].lower === "and" || words[k - 1].lower === "or")) {
        out.push(span(words, open, k - 1)!);
        open = k;
      }
    }
    if (open >= 0) out.push(span(words, open, b)!);
    return out;
  };
  const byOrFrom = (i: number, prep: string): Span | undefined => {
    for (let k = i; k < b; k++) {
      if (words[k].lower !== prep) continue;
      // "is briefed by telephone by our CISO": "by" and a means is how, the next "by" is who
      if (prep === "by" && k + 1 < b && MEANS.has(words[k + 1].lower)) continue;
      return span(words, k + 1, phraseEnd(text, words, k + 1, b));
    }
    return undefined;
  };
  // "is apprised of … through a report that our Chief Technology Officer presents": who makes the report is who tells
  const reportOf = (i: number): Span | undefined => {
    for (let k = i; k + 3 < b; k++) {
      if (!THROUGH.has(words[k].lower)) continue;
      for (let n = k + 1; n < Math.min(b - 2, k + 5); n++) {
        if (!starts(words[n], INFO_NOUNS)) continue;
        if ((words[n + 1].lower === "that" || words[n + 1].lower === "which") && RECEIVER_OPENS.test(words[n + 2].word)) {
          // the party, up to its own verb ("our Chief Technology Officer presents")
          const e = phraseEnd(text, words, n + 2, b);
          let v = n + 3;
          while (v < e && !PRESENT_VERB.test(words[v].word) && !/^[a-z]+ed$/.test(words[v].word)) v++;
          return span(words, n + 2, v);
        }
        break;
      }
    }
    return undefined;
  };
  // Round 48 (acc48-released, ALERT-TO): what one is alerted to is what the alert is about, also past the alerting party
  // ("is alerted by the provider we retain to any log-in from abroad"; round 44 read "is alerted to …" right after the
  // verb): the first "to" within ALERT_TO_WORDS words, not past "and" / "or" (another predicate's), and not a "to" that
  // names people. The alert itself is one of its topics then, as an alert with no "to" is read with none (the verb-only
  // condition). Not the active's "alerts our security team to suspicious activity": read so, every provider's alert to
  // its first receiver became escalation (C19; +18 false incident-escalation on the split for +4 true).
  const alertedTo = (w: Word, from: number): Span[] => {
    if (!w.lower.startsWith("alert")) return [];
    for (let k = from; k < Math.min(b - 1, from + ALERT_TO_WORDS); k++) {
      // (not the "and" of a name: "the managed detection and response provider")
      if ((words[k].lower === "and" || words[k].lower === "or") && (newPredicate(words, k) || isVerb(words[k + 1]) || presentVerb(words, k + 1, b))) return [];
      if (words[k].lower === "to") return namesPeople(words, k + 1, phraseEnd(text, words, k + 1, b)) ? [] : [{ start: w.start, end: w.end }, span(words, k + 1, b)!];
    }
    return [];
  };
  const toPhrase = (i: number, prep = "to"): { receiver?: Span; at: number; end: number } => {
    for (let k = i; k < Math.min(b, i + TO_WINDOW); k++) {
      if (words[k].lower !== prep || k + 1 >= b) continue;
      // "escalating incidents to, as determined to be appropriate, the executive management team": an aside between "to" and its receiver
      const r = prep === "to" && commaAfter(text, words[k]) ? afterAside(text, words, k + 1, b) : k + 1;
      if (r >= 0 && (prep !== "to" || RECEIVER_OPENS.test(words[r].word))) {
        const e = phraseEnd(text, words, r, b);
        // Round 36: "escalated to the incident response team's highest severity level": a level, tier or stage is where
        // an incident is classed, not who is told (round34.sealed); a later "to" may still name a receiver
        if (LEVEL_HEAD.has(words[e - 1].lower)) continue;
        // Round 44: "escalated to the on-call engineer and then to the CISO", "to the incident commander and, depending
        // on severity, onward to the crisis team": the receivers go on past "then" or "onward" to the next "to"
        // (at most THEN_HOPS of them: a stranger's run of "and then to …" is not walked to its end from each verb)
        let end = e;
        for (let hop = 0; hop < THEN_HOPS && prep === "to" && end + 1 < b && words[end].lower === "to" && THEN_TO.has(words[end - 1].lower) && RECEIVER_OPENS.test(words[end + 1].word); hop++) end = phraseEnd(text, words, end + 1, b);
        return { receiver: span(words, r, end), at: k, end };
      }
    }
    return { at: -1, end: -1 };
  };
  // "matters are raised at the weekly meeting of the Executive Committee": the body that meets is told.
  // Whether the clause names a meeting at all, looked up once (most clauses do not).
  let meets: boolean | undefined;
  const atMeeting = (i: number, passive: boolean, subjectOf: () => Span | undefined): boolean => {
    meets ??= words.slice(a, b).some((x) => x.lower === "meeting" || x.lower === "meetings");
    if (!meets) return false;
    const meeting = meetingOf(words, i + 1, Math.min(b, i + TO_WINDOW));
    if (meeting < 0) return false;
    const e = phraseEnd(text, words, meeting, b);
    const subject = subjectOf();
    out.push({ verb: { start: words[i].start, end: words[i].end }, voice: passive ? "passive" : "active", giver: passive ? byOrFrom(e, "by") : subject, receiver: span(words, meeting, e), topics: parts(passive ? subject : span(words, i + 1, meeting), ...about(e)), clause: clauseSpan });
    return true;
  };
  // "matters go to the committee", "loops in the CTO", "prepares a dashboard for the committee"
  const goesTo = (i: number): boolean => {
    const w = words[i];
    const verb = { start: w.start, end: w.end };
    let back = i - 1;
    while (back >= a && (ADVERB.test(words[back].lower) || words[back].lower === "then")) back--;
    const passive = back >= a && BE.has(words[back].lower) && PARTICIPLE.test(w.lower);
    const subject = () => subjectOf(text, words, clause, previous, passive ? back : i);
    if (GO.has(w.lower)) {
      let k = i + 1;
      while (k < b && (ADVERB.test(words[k].lower) || words[k].lower === "first" || words[k].lower === "then" || UPWARD.has(words[k].lower))) k++;
      // "flow from our analysts to the incident commander"; "flows upward through the three lines of defense to the CRO"
      const routed = k < b && ROUTE_OPENS.has(words[k].lower) ? toPhrase(k + 1) : undefined;
      if (routed?.receiver) {
        out.push({ verb, voice: "active", receiver: routed.receiver, topics: parts(subject(), ...about(routed.end)), clause: clauseSpan });
        return true;
      }
      if (k + 1 >= b || words[k].lower !== "to" || !RECEIVER_OPENS.test(words[k + 1].word)) return false;
      // "comes to the attention of the CISO": the one informed follows "attention of"
      if (words[k + 2]?.lower === "attention" && words[k + 3]?.lower === "of" && k + 4 < b) k += 3;
      const e = phraseEnd(text, words, k + 1, b);
      out.push({ verb, voice: "active", receiver: span(words, k + 1, e), topics: parts(subject(), ...about(e)), clause: clauseSpan });
      return true;
    }
    if (REACH.has(w.lower)) {
      // (not a passive "is reached", nor "reached an agreement": the object must open as a receiver does)
      if (passive || i + 1 >= b || !RECEIVER_OPENS.test(words[i + 1].word)) return false;
      const e = phraseEnd(text, words, i + 1, b);
      // (and name people: "reached a maturity level", "reaches the threshold" inform no one)
      if (!namesPeople(words, i + 1, e)) return false;
      out.push({ verb, voice: "active", receiver: span(words, i + 1, e), topics: parts(subject(), ...about(e)), clause: clauseSpan });
      return true;
    }
    if (LOOP.has(w.lower)) {
      if (words[i + 1]?.lower !== "in") return false;
      if (passive) {
        out.push({ verb, voice: "passive", receiver: subject(), giver: byOrFrom(i + 2, "by"), topics: about(i + 2), clause: clauseSpan });
        return true;
      }
      if (i + 2 >= b || !RECEIVER_OPENS.test(words[i + 2].word)) return false;
      const e = phraseEnd(text, words, i + 2, b);
      out.push({ verb, voice: "active", giver: subject(), receiver: span(words, i + 2, e), topics: about(e), clause: clauseSpan });
      return true;
    }
    // "prepares a quarterly report for the Audit Committee"; "materials are prepared for the Board by the CISO"
    const from = passive || PARTICIPLE.test(w.lower) ? i + 1 : i + 2;
    for (let k = from; k < Math.min(b - 1, i + 10); k++) {
      if (words[k].lower === "to" || words[k].lower === "and") return false;
      if (words[k].lower !== "for" || !RECEIVER_OPENS.test(words[k + 1].word)) continue;
      const e = phraseEnd(text, words, k + 1, b);
      const reduced = passive || PARTICIPLE.test(w.lower);
      out.push({ verb, voice: reduced ? "passive" : "active", giver: reduced ? byOrFrom(i + 1, "by") : subject(), receiver: span(words, k + 1, e), topics: parts(reduced ? subject() : span(words, i + 1, k), ...about(e)), clause: clauseSpan });
      return true;
    }
    return false;
  };
  // "we disclose material incidents (to …)", "incidents are disclosed by …", "disclosure of incidents"
  const disclosing = (i: number, passive: boolean, subject: () => Span | undefined): void => {
    const w = words[i];
    const verb = { start: w.start, end: w.end };
    const to = toPhrase(i + 1);
    const receiver = to.receiver && to.at <= i + MAX_ROLE_WORDS ? to : undefined;
    if (DISCLOSE_NOUN.test(w.lower)) {
      // "an announcement to the market" names its receiver, "disclosure of incidents" its object
      const toNext = receiver !== undefined && receiver.at === i + 1;
      if (!DISCLOSE_OBJECT.has(words[i + 1]?.lower ?? "") && !toNext) return;
      out.push({ verb, voice: "active", receiver: receiver?.receiver, topics: about(toNext ? receiver.end : i + 1), clause: clauseSpan });
    } else if (!passive && attributive(words, a, i)) {
      // "the previously disclosed intrusion": a participle before its noun describes it, nothing is done
      return;
    } else if (passive) {
      out.push({ verb, voice: "passive", giver: byOrFrom(i + 1, "by"), receiver: receiver?.receiver, topics: parts(subject(), ...about(receiver ? receiver.end : i + 1)), clause: clauseSpan });
    } else {
      const e = phraseEnd(text, words, i + 1, b);
      out.push({ verb, voice: "active", giver: subject(), receiver: receiver?.receiver, topics: parts(span(words, i + 1, e), ...about(receiver ? receiver.end : e)), clause: clauseSpan });
    }
  };
  // "incidents are escalated as appropriate", "the SOC escalates confirmed incidents", "escalation
  // procedures for security incidents": a verb that itself says "upwards" informs with no receiver
  // named, and what it is about is whatever its clause names (its topic is the clause), so a
  // cybersecurity word in another clause of the sentence does not make it an incident's escalation.
  const escalatingAlone = (i: number, voice: "active" | "passive", subject: () => Span | undefined): boolean => {
    const w = words[i];
    if (!starts(w, ESCALATE)) return false;
    // "amid escalating tensions", "escalating costs": a gerund before its noun describes it
    if (w.lower === "escalating" && !(i > a && GERUND_OPENS.has(words[i - 1].lower))) return false;
    out.push({ verb: { start: w.start, end: w.end }, voice, giver: voice === "passive" ? byOrFrom(i + 1, "by") : subject(), topics: [clauseSpan], clause: clauseSpan });
    return true;
  };
  // "The plan sets out who must be informed …, starting with the CIO and including the General Counsel": a clause
  // opened by an interrogative "who" after a verb of setting out tells whom its list names (round 44); from the
  // list's first word after `from` to the clause's end.
  const whoListed = (from: number): Span | undefined => {
    if (words[a]?.lower !== "who" || a === 0 || !WHO_ASKS.has(words[a - 1].lower)) return undefined;
    for (let k = from; k + 1 < b; k++) {
      if (!WHO_LIST.has(words[k].lower)) continue;
      const open = words[k + 1].lower === "with" || words[k + 1].lower === "as" ? k + 2 : k + 1;
      return span(words, open, b);
    }
    return undefined;
  };
  // The "be" of the clause's last passive: "incidents are escalated … and reported to …" shares it.
  let passiveBe = -1;
  const first = out.length;
  for (let i = a; i < b; i++) {
    const w = words[i];
    if ((GO.has(w.lower) || LOOP.has(w.lower) || REACH.has(w.lower) || w.lower.startsWith(PREPARE)) && goesTo(i)) continue;
    if (!mayInform(w) && !CHANNEL.has(w.lower)) continue;
    // A capitalised word inside a clause is a name ("Cybersecurity Advisory Committee"), not a verb.
    if (i > a && /^[A-Z]/.test(w.word)) continue;
    // A word that modifies the noun after it ("a consulting firm", "our reporting structure",
    // "information security training") is no verb or noun of informing.
    if (modifier(words, a, i, b)) continue;
    const verb = { start: w.start, end: w.end };
    // "Apprised each week of …, our Chief Financial Officer reviews …": a participle of being told that
    // opens the sentence is told of what its own phrase names, and the one told is the main clause's subject
    if (i === a && (a === 0 || words[a - 1].stop)) {
      const told = frontedTold(words, i, b);
      const subject = told >= 0 ? mainSubject(text, words, told + 1, b) : undefined;
      if (subject) {
        let by = -1;
        for (let k = told + 1; k < subject.cut && by < 0; k++) if (words[k].lower === "by") by = k;
        const cut = words[subject.cut].end;
        const topics = about(told + 1)
          .filter((t) => t.start < cut)
          .map((t) => ({ start: t.start, end: Math.min(t.end, cut) }));
        out.push({ verb, voice: "passive", giver: by < 0 ? undefined : span(words, by + 1, phraseEnd(text, words, by + 1, subject.cut + 1)), receiver: subject.receiver, topics, clause: clauseSpan });
        i = subject.cut;
        continue;
      }
    }
    // Passive: a form of "be" (an adverb or two between) before a participle.
    let back = i - 1;
    while (back >= a && (ADVERB.test(words[back].lower) || words[back].lower === "also" || words[back].lower === "kept" || words[back].lower === "then")) back--;
    const participle = PARTICIPLE.test(w.lower);
    // "are rated …, prioritised … and reported by …": a participle after "and" shares the "be" of the
    // list of participles it ends, informing or not
    if (participle && back >= a && (words[back].lower === "and" || words[back].lower === "or") && passiveBe < 0) passiveBe = listBe(words, a, back);
    if (participle && back >= a && (words[back].lower === "and" || words[back].lower === "or") && passiveBe >= 0) back = passiveBe;
    const passive = back >= a && BE.has(words[back].lower) && participle;
    if (passive) passiveBe = back;
    const subject = () => subjectOf(text, words, clause, previous, passive ? back : i);
    if (starts(w, DISCLOSE)) {
      disclosing(i, passive, subject);
      continue;
    }
    if (starts(w, KEEP)) {
      // "keeps the committee informed of …"; "the CIO is kept informed of … by …"
      // (round 44: 14 words, for two receivers: "keep the Chief Information Officer and the executive leadership team apprised of …")
      for (let k = i + 1; k < Math.min(b, i + 14); k++) {
        // "kept up to date on …" is "kept informed of …"
        const upToDate = words[k].lower === "date" && k - 2 > i && words[k - 1].lower === "to" && words[k - 2].lower === "up";
        if (INFORMED.includes(words[k].lower) || upToDate) {
          const told = upToDate ? k - 2 : k;
          if (told === i + 1) out.push({ verb, voice: "passive", receiver: subject(), giver: byOrFrom(k + 1, "by"), topics: about(k + 1), clause: clauseSpan });
          else out.push({ verb, voice: "active", giver: subject(), receiver: span(words, i + 1, told), topics: about(k + 1), clause: clauseSpan });
          i = k;
          break;
        }
      }
      continue;
    }
    if (starts(w, LEARN) && i + 1 < b && (words[i + 1].lower === "of" || words[i + 1].lower === "about")) {
      // "management learns of incidents through …"
      out.push({ verb, voice: "active", receiver: subject(), topics: about(i + 1), clause: clauseSpan });
      continue;
    }
    if (starts(w, BRING)) {
      // "incidents are brought to the attention of the CISO"; "brings any incident to the attention of management"
      let attention = false;
      for (let k = i + 1; k < Math.min(b - 2, i + 10); k++) {
        if (words[k].lower === "attention" && words[k + 1].lower === "of" && words[k - 1].lower !== "in") {
          const e = phraseEnd(text, words, k + 2, b);
          const object = span(words, i + 1, words[k - 2]?.lower === "to" ? k - 2 : k - 1);
          out.push({ verb, voice: passive ? "passive" : "active", giver: passive ? byOrFrom(e, "by") : subject(), receiver: span(words, k + 2, e), topics: parts(passive ? subject() : object, ...about(e)), clause: clauseSpan });
          i = k;
          attention = true;
          break;
        }
      }
      // "events are brought to senior leadership": a passive "to" names who hears of the subject
      const to = !attention && passive && words[i + 1]?.lower === "to" ? toPhrase(i + 1) : undefined;
      if (to?.receiver) out.push({ verb, voice: "passive", receiver: to.receiver, giver: byOrFrom(to.end, "by"), topics: parts(subject(), ...about(to.end)), clause: clauseSpan });
      continue;
    }
    if (starts(w, STAY) && i + 1 < b && INFORMED.includes(words[i + 1].lower)) {
      out.push({ verb, voice: "passive", receiver: subject(), topics: about(i + 2), clause: clauseSpan });
      i++;
      continue;
    }
    if (starts(w, GIVE) || SEND.has(w.lower)) {
      // "… to provide management visibility into …": the receiver is between the verb and the noun;
      // "provides the CIO with weekly dashboards on …": before "with" and an information noun
      // "gives the CEO a weekly briefing on …": the receiver, then the information
      const given = i + 1 < b && RECEIVER_OPENS.test(words[i + 1].word) ? ditransitive(words, i, b) : -1;
      if (given > 0) {
        i = information(verb, given, subject(), span(words, i + 1, given));
        continue;
      }
      // (two receivers: "provides the Chief Executive Officer and the Chief Financial Officer with a report")
      for (let k = i + 2; k < Math.min(b, i + 12); k++) {
        // "provides the CFO with a monthly written report on …"
        // (round 44: up to 7 words, "with a weekly threat and incident summary")
        const noun = words[k].lower === "with" ? words.slice(k + 1, Math.min(b, k + 8)).findIndex((x) => starts(x, INFO_NOUNS)) : -1;
        if (noun >= 0 && k > i + 1) {
          out.push({ verb, voice: "active", giver: subject(), receiver: span(words, i + 1, k), topics: parts(span(words, k + 1, k + 2 + noun), ...about(k + 2 + noun)), clause: clauseSpan });
          i = k + 1 + noun;
          break;
        }
        // ("provide information security awareness training": a noun compound, and no one named)
        if (k < i + 8 && INSIGHT.has(words[k].lower) && !COMPOUND_AFTER.test(words[k + 1]?.lower ?? "") && namesPeople(words, i + 1, k)) {
          out.push({ verb, voice: "active", giver: subject(), receiver: span(words, i + 1, k), topics: parts(subject(), ...about(k + 1)), clause: clauseSpan });
          i = k;
          break;
        }
      }
      if (words[i] !== w) continue;
    }
    if (starts(w, RECEIVE)) {
      // "receives from the Vice President of Information Security a written report describing …": the giver first
      const from = words[i + 1]?.lower === "from" ? ditransitive(words, i + 1, Math.min(b, i + 2 + MAX_ROLE_WORDS)) : -1;
      if (from > 0) {
        i = information(verb, from, span(words, i + 2, from), subject());
        continue;
      }
      // "receives from the Vice President of Security, each Monday, a written summary …" and "receives, from our
      // security operations provider, a daily feed of triaged alerts": the giver, an aside between commas, then the information
      const first = givenFirst(text, words, i, b);
      if (first?.object) {
        out.push({ verb, voice: "active", giver: span(words, first.giver, first.giverEnd), receiver: subject(), topics: parts(span(words, first.information, b)), clause: clauseSpan });
        continue;
      }
      if (first) {
        i = information(verb, first.information, span(words, first.giver, first.giverEnd), subject());
        continue;
      }
      // "receives, at least annually and more often when warranted, a briefing from the CISO": an aside between commas
      const open = commaAfter(text, w) ? asideEnd(text, words, i + 1, b) : -1;
      // "the committee receives quarterly reports from the CISO on …"
      for (let k = open > 0 ? open : i + 1; k < Math.min(b, (open > 0 ? open : i + 1) + 5); k++) {
        if (starts(words[k], INFO_NOUNS)) {
          out.push({ verb, voice: "active", receiver: subject(), giver: byOrFrom(k + 1, "from"), topics: parts(span(words, i + 1, k + 1), ...about(k + 1)), clause: clauseSpan });
          i = k;
          break;
        }
      }
      continue;
    }
    if (passive && starts(w, REVIEWED)) {
      // "the results of our penetration tests are reviewed by the Chief Technology Officer"
      const by = byOrFrom(i + 1, "by");
      if (by) {
        out.push({ verb, voice: "passive", receiver: by, topics: parts(subject(), ...about(i + 1)), clause: clauseSpan });
        continue;
      }
    }
    if (starts(w, REVIEWED) && !starts(w, WITH_PARTNER)) continue;
    // "management is made aware of material risks"; "becomes aware of"
    const madeAware = INFORMED.includes(w.lower) && back >= a && MADE.has(words[back].lower);
    if (madeAware || (passive && (starts(w, OBJECT_RECEIVER) || INFORMED.includes(w.lower) || CHANNEL.has(w.lower)))) {
      // "the CISO is informed of incidents by the security operations center"
      // "… and notified to the regulator": the "to" names who is told, and the subject is the topic
      const toAt = mannerEnd(words, i + 1, b);
      const to = words[toAt]?.lower === "to" ? toPhrase(toAt) : undefined;
      // Round 44: "is alerted to any incident that our provider confirms": what one is alerted to is the topic unless it names people
      if (to?.receiver && (!w.lower.startsWith("alert") || namesPeople(words, to.at + 1, to.end))) {
        out.push({ verb, voice: "passive", receiver: to.receiver, giver: byOrFrom(to.end, "by"), topics: parts(subject(), ...about(to.end)), clause: clauseSpan });
        continue;
      }
      const receiver = madeAware ? subjectOf(text, words, clause, previous, back > a && BE.has(words[back - 1].lower) ? back - 1 : back) : (whoListed(i + 1) ?? subject());
      // "is alerted to significant threats and briefs …": a "to" that names no one names what of
      const of = to ? phraseEnd(text, words, toAt + 1, b) : i + 1;
      // a channel's passive ("is paged … for any alert rated critical", "is walked through the month's results by …"):
      // what the rest of its clause names is what the call is about
      const rest = CHANNEL.has(w.lower) ? span(words, i + 1, b) : undefined;
      out.push({ verb, voice: "passive", receiver, giver: byOrFrom(i + 1, "by") ?? reportOf(i + 1), topics: parts(span(words, toAt + 1, of), ...about(of), rest, ...(to ? [] : alertedTo(w, i + 1))), clause: clauseSpan });
      continue;
    }
    if (passive && (starts(w, WITH_RECEIVER) || starts(w, WITH_PARTNER))) {
      // "this assessment is shared with senior management"
      const withAt = toPhrase(i + 1, "with");
      if (withAt.receiver) {
        out.push({ verb, voice: "passive", receiver: withAt.receiver, giver: byOrFrom(i + 1, "by") ?? holderBefore(words, clause, previous), topics: parts(subject(), ...about(withAt.end)), clause: clauseSpan });
        continue;
      }
      continue;
    }
    if (passive && starts(w, TO_RECEIVER)) {
      // "incidents are escalated to the CISO"
      const to = toPhrase(i + 1);
      // "concerns are raised with the CFO": "with" names who hears them
      const heard = to.receiver || !starts(w, RAISE) ? to : toPhrase(i + 1, "with");
      if (heard.receiver) out.push({ verb, voice: "passive", receiver: heard.receiver, giver: byOrFrom(i + 1, "by") ?? holderBefore(words, clause, previous), topics: parts(subject(), span(words, i + 1, heard.at), ...about(heard.end)), clause: clauseSpan });
      else if (!atMeeting(i, true, subject)) escalatingAlone(i, "passive", subject);
      continue;
    }
    if ((starts(w, OBJECT_RECEIVER) && !INFO_NOUNS.some((n) => w.lower.startsWith(n) && /(s|ion|ing)$/.test(w.lower) && !/^(informs|notifies|updates|briefs|alerts|advises|apprises)$/.test(w.lower))) || CHANNEL.has(w.lower)) {
      // "management updates the committee and the board regarding …"; "informing the CISO of …"
      const e = i + 1 < b && RECEIVER_OPENS.test(words[i + 1].word) ? phraseEnd(text, words, i + 1, b) : i + 1;
      // a channel's object is the one told, and what the rest of its clause names is what about ("pages the CISO, at
      // any hour, for every alert rated critical"; "e-mails the CRO an account of each malware infection")
      const rest = CHANNEL.has(w.lower) ? span(words, e, b) : undefined;
      if (e > i + 1) out.push({ verb, voice: "active", giver: subject(), receiver: span(words, i + 1, e), topics: parts(...about(e), rest), clause: clauseSpan });
      if (CHANNEL.has(w.lower)) continue;
      // "leads the program with updates to the Board": a noun of information before "to" is read below
      if (e > i + 1 || words[i + 1]?.lower !== "to" || !starts(w, INFO_NOUNS)) continue;
    }
    if (starts(w, TO_RECEIVER) || starts(w, INFO_NOUNS)) {
      // "escalate … incidents … to senior management"; "provides briefings to the committee"; "escalation to the CISO"
      const to = toPhrase(i + 1);
      // "our information security team reports to the CISO": the "to" is the later verb's, not the noun's
      const laterVerb = !starts(w, TO_RECEIVER) && to.receiver !== undefined && words.slice(i + 1, to.at).some((x) => (/^[a-z]/.test(x.word) && starts(x, TO_RECEIVER)) || GO.has(x.lower));
      if (to.receiver && !laterVerb) {
        // "…, with summaries provided to the CISO": a participle right before its "to" is a passive
        // without "be", and what it says is its subject
        let adverbs = i + 1;
        while (adverbs < to.at && ADVERB.test(words[adverbs].lower)) adverbs++;
        const reduced = participle && adverbs === to.at;
        const object = to.at === i + 2 && PRONOUN_OBJECT.has(words[i + 1].lower) ? antecedent(text, words, clause, previous, i) : [];
        const held = reduced ? holder(words, a, i) : undefined;
        out.push({ verb, voice: "active", giver: held ?? (reduced ? undefined : subject()), receiver: objectReferent(text, words, to.receiver, a) ?? to.receiver, topics: parts(reduced ? subject() : undefined, span(words, i + 1, to.at), ...object, ...about(to.end), frontedQuestion(text, words, a, i)), clause: clauseSpan });
        continue;
      }
      if (atMeeting(i, false, subject)) continue;
      if (escalatingAlone(i, "active", subject)) continue;
      // "incidents rated critical trigger immediate notification of the executive team": with no "to",
      // the "of" phrase of a notice names whom it informs, if a person (the receiver lexicon decides)
      if (NOTICE_OF.has(w.lower) && words[i + 1]?.lower === "of" && i + 2 < b && RECEIVER_OPENS.test(words[i + 2].word)) {
        const e = phraseEnd(text, words, i + 2, b);
        out.push({ verb, voice: "active", receiver: span(words, i + 2, e), topics: parts(subject(), ...about(e)), clause: clauseSpan });
        continue;
      }
    }
    if (starts(w, WITH_RECEIVER) || starts(w, RAISE)) {
      const withAt = toPhrase(i + 1, "with");
      if (withAt.receiver) out.push({ verb, voice: "active", giver: subject(), receiver: withAt.receiver, topics: parts(span(words, i + 1, withAt.at), ...about(withAt.end)), clause: clauseSpan });
      continue;
    }
    if (starts(w, WITH_PARTNER)) {
      // "the CISO meets with the IT teams to review and discuss …": the subject learns
      const withAt = toPhrase(i + 1, "with");
      if (withAt.receiver) out.push({ verb, voice: "active", receiver: subject(), giver: withAt.receiver, topics: parts(span(words, i + 1, withAt.at), after(withAt.end)), clause: clauseSpan });
    }
  }
  // "In the event of an incident, the CISO is notified": what sets it off is what it is about
  const trigger = leadingCondition(text, words, clause);
  if (trigger) for (let k = first; k < out.length; k++) if (out[k].verb.start > trigger.end) out[k].topics.push((out[k].condition = trigger));
}

/**
 * What a pronoun object ("reports them to the CIO") stands for: the words before the verb in its
 * clause and in the clause before it, when that clause is in the same sentence ("Business units log
 * security events; the IT Director reviews them and reports them to …"). Each is a topic of its own,
 * so a topic read by its first words reads each clause's start.
 */
function antecedent(text: string, words: Word[], [a]: [number, number], previous: [number, number] | undefined, verb: number): Span[] {
  const sameSentence = previous !== undefined && previous[1] === a && text.charCodeAt(words[a - 1].end) !== 46;
  return parts(sameSentence ? span(words, previous[0], previous[1]) : undefined, span(words, a, verb));
}

/** A clause's opening condition up to its first comma ("In the event of an incident,", "When a breach is detected,"), or undefined. */
function leadingCondition(text: string, words: Word[], clause: [number, number]): Span | undefined {
  const last = conditionEnd(text, words, clause);
  return last < 0 ? undefined : span(words, clause[0], last + 1);
}

/** The word index of the comma-ending last word of a clause's opening condition, or -1. */
function conditionEnd(text: string, words: Word[], [a, b]: [number, number]): number {
  const opener = words[a].lower;
  const event = opener === "in" && a + 2 < b && (words[a + 2].lower === "event" || words[a + 1].lower === "case");
  if (!event && !CONDITION_OPENS.has(opener)) return -1;
  for (let k = a; k < Math.min(b - 1, a + MAX_ROLE_WORDS); k++) if (commaAfter(text, words[k])) return k;
  return -1;
}

// "… and monitors regulatory changes", "… and oversees our operations": after "and", a lowercase word
// in -s followed by a lowercase word (not "of") is a verb of the subject, not another party ("and
// members of management", "and the Audit and Risk Committees")
const PRESENT_VERB = /^[a-z]{3,}[^su]s$/;
const OBJECT_OPENS = new Set(["the", "our", "its", "their", "a", "an", "all", "any", "each", "key", "regulatory", "this", "these", "such", "that"]);
function presentVerb(words: Word[], k: number, end: number): boolean {
  return PRESENT_VERB.test(words[k].word) && k + 1 < end && (OBJECT_OPENS.has(words[k + 1].lower) || ADVERB.test(words[k + 1].lower));
}

// "reviewed by our CIO and incorporated into our roadmap": after "and", an -ed word before a preposition is another predicate.
const PREDICATE_PREPOSITION = new Set(["into", "in", "to", "by", "with", "for", "on", "as", "from", "within", "through"]);
function passiveAfterAnd(words: Word[], k: number, end: number): boolean {
  return /^[a-z]+ed$/.test(words[k].word) && k + 1 < end && PREDICATE_PREPOSITION.has(words[k + 1].lower);
}

/** Whether word `k` is "and" / "or" before a form of "be" or "have": a new predicate of the same subject. */
function newPredicate(words: Word[], k: number): boolean {
  return (words[k].lower === "and" || words[k].lower === "or") && k + 1 < words.length && (BE.has(words[k + 1].lower) || HAVE.has(words[k + 1].lower));
}

/** The "be" (word index) of a passive participle that opens the list ending at `back` ("are rated …, prioritised … and"), or -1. */
function listBe(words: Word[], a: number, back: number): number {
  for (let k = back - 1; k >= Math.max(a, back - LIST_BE_WORDS); k--) {
    if (!BE.has(words[k].lower)) continue;
    let p = k + 1;
    while (p < back && ADVERB.test(words[p].lower)) p++;
    return p < back && PARTICIPLE.test(words[p].lower) ? k : -1;
  }
  return -1;
}

// "to be notified without delay to the CISO", "is reported promptly and in writing to …": a manner
// between a participle and the "to" of its receiver
const MANNER = new Set(["without", "undue", "delay", "as", "soon", "practicable", "possible", "then", "also", "first", "further"]);
const MANNER_WORDS = 5;

/** The first word from `k` that is not a manner word or adverb (at most MANNER_WORDS on). */
function mannerEnd(words: Word[], k: number, end: number): number {
  let i = k;
  while (i < Math.min(end, k + MANNER_WORDS) && (MANNER.has(words[i].lower) || ADVERB.test(words[i].lower))) i++;
  return i;
}

// Words before a participle that make it describe the noun after it ("the disclosed incident", "any previously announced breach").
const DETERMINER = new Set(["the", "a", "an", "our", "its", "their", "this", "these", "those", "that", "such", "any", "each", "all"]);

/** Whether the participle at `i` stands before its noun as an adjective (a determiner, adverbs between). */
function attributive(words: Word[], a: number, i: number): boolean {
  if (!/ed$/.test(words[i].lower)) return false;
  let k = i - 1;
  while (k >= a && ADVERB.test(words[k].lower)) k--;
  return k >= a && DETERMINER.has(words[k].lower);
}

/**
 * Who holds the information a reduced participle passes on ("Our CIO leads the program with
 * semi-annual updates …, provided to the Audit Committee"; "Management's reports, furnished to
 * …"): the words of its clause before the first noun of information (its giver). A
 * participle with no "be" and no "by" is given by whoever the clause says has the information;
 * none when the clause opens with it ("Briefings furnished to the Committee cover …").
 */
function holder(words: Word[], a: number, verb: number): Span | undefined {
  // Round 36: a relative clause's own words ("…, which the Group Risk Officer updates yearly …, cybersecurity risk … appears
  // in the risk map presented to the Committee") hold nothing the participle passes on: its reporter is unnamed (round34.sealed)
  if (RELATIVE.has(words[a].lower)) return undefined;
  for (let n = a; n < verb; n++) if (/^[a-z]/.test(words[n].word) && starts(words[n], INFO_NOUNS)) return span(words, a, n);
  return undefined;
}

/**
 * The holder of the information a relative passive with no "by" passes on ("The CISO prepares
 * quarterly reports, which are shared with the Audit Committee"): the clause before, up to its noun
 * of information, when the relative clause follows it in the same sentence.
 */
function holderBefore(words: Word[], [a]: [number, number], previous: [number, number] | undefined): Span | undefined {
  if (!previous || previous[1] !== a || !RELATIVE.has(words[a].lower) || words[a - 1].stop) return undefined;
  return holder(words, previous[0], previous[1]);
}

// The head of a "to" phrase that names a class of incidents, not a receiver ("escalated to severity level 2", "to the next tier").
const LEVEL_HEAD = new Set(["level", "levels", "tier", "tiers", "stage", "stages"]);

/** The spans that are there. */
function parts(...spans: (Span | undefined)[]): Span[] {
  return spans.filter((x): x is Span => x !== undefined);
}

/**
 * Where the topic of the sentence holding offset `at` is set: that sentence and the one before it in
 * the same paragraph. A clause often names only consequences ("we believe the costs of remediation and
 * the litigation are reasonably likely to materially affect our results") of what its sentence or the
 * sentence before it named ("Although the incident did not …", "We experienced a ransomware attack.").
 * A paragraph break ("\n") ends the look back.
 */
export function topicSpan(text: string, sentences: Sentence[], at: number): Span {
  if (!sentences.length) return { start: 0, end: text.length };
  const i = sentenceAt(sentences, at);
  const own = sentences[i];
  const before = i > 0 ? sentences[i - 1] : undefined;
  const start = before && !text.slice(before.end, own.start).includes("\n") ? before.start : own.start;
  return { start, end: own.end };
}

// After ", and" / ", but" / ", while" / "; " these open an independent clause with a subject of its
// own ("…, and our security team performs …", "; management, for its part, assesses …"). Not a
// pronoun ("…, and it reviews …"): its subject is the one before.
const OWN_SUBJECT = new Set(["the", "our", "we", "management", "each", "every", "all", "senior", "employees", "personnel"]);
const JOINS = new Set(["and", "but", "while", "whereas", "yet"]);

// Round 42: the work's output as a clause's subject ("…, and its findings are presented to the Audit Committee"): a
// possessive that points back to the work's doer, then what the work produced. The clause tells who is told; the one
// before it states the work ("An outside firm assessed the maturity of our program in 2024, and its findings …").
const OUTPUT_OWNER = new Set(["its", "their"]);
const WORK_OUTPUT = new Set(["findings", "results", "report", "reports", "conclusions", "recommendations"]);

/** Whether the words from `i` open a clause whose subject is the output of the work before it: "its findings", "their results". */
function workReported(words: Word[], i: number, end: number): boolean {
  return i + 1 < words.length && words[i + 1].end <= end && OUTPUT_OWNER.has(words[i].lower) && WORK_OUTPUT.has(words[i + 1].lower);
}

// The most words of an adverbial that opens a clause after a semicolon, before its comma ("; separately, our …").
const OPENING_ASIDE_WORDS = 3;

/** Whether the words from `i` are a short adverbial closed by a comma, then a subject of the clause's own ("; separately, our security team …", "; in addition, we …"). */
function openingAside(text: string, words: Word[], i: number, end: number): boolean {
  for (let k = i; k < i + OPENING_ASIDE_WORDS && k + 1 < words.length && words[k + 1].end <= end; k++) if (commaAfter(text, words[k])) return OWN_SUBJECT.has(words[k + 1].lower);
  return false;
}

/**
 * The independent clauses of each sentence: a sentence is cut before a subject of its own that a
 * comma and a conjunction, or a semicolon, set off ("The Audit Committee oversees cybersecurity
 * risk, and management conducts an annual assessment …"; after a semicolon, also past a short
 * adverbial and its comma: "…; separately, our security team reviews …"; after a sentence's first colon, "we": "… are
 * subject to our vendor risk management process: we assess …"). A sentence with a colon before the semicolon is a list,
 * not cut at its semicolons. The clauses are in text order; most
 * sentences are one.
 */
export function independentClauses(text: string, words: Word[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let w = 0;
  for (const s of sentences) {
    while (w < words.length && words[w].start < s.start) w++;
    let start = s.start;
    let colon = false;
    for (let i = w + 1; i + 1 < words.length && words[i + 1].end <= s.end; i++) {
      const prev = words[i - 1];
      const after = text.charCodeAt(prev.end);
      const firstColon = after === 58 && !colon;
      if (after === 58) colon = true;
      let cut = -1;
      if (JOINS.has(words[i].lower) && commaAfter(text, prev) && (OWN_SUBJECT.has(words[i + 1].lower) || workReported(words, i + 1, s.end))) cut = i + 1;
      else if (after === 59 && !colon && (OWN_SUBJECT.has(words[i].lower) || openingAside(text, words, i, s.end))) cut = i;
      // Round 39: "… are subject to our vendor risk management process: we assess …" — a first colon and "we", a clause of its own.
      else if (firstColon && words[i].lower === "we") cut = i;
      if (cut < 0) continue;
      out.push({ start, end: prev.end + 1 });
      start = words[cut].start;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** A board body's oversight in one clause: who (the words before the verb), the verb, and what (the rest of the clause). */
export interface Oversight {
  subject: Span;
  verb: Span;
  object: Span;
  /**
   * For an opening oversight noun, the aside that describes its object, from the comma before
   * "which", "that" or "including" to the comma before the board subject, inclusive ("As part of
   * its oversight of our program, which includes …, the Audit Committee …"): read around, the
   * noun and its board subject are near each other.
   */
  aside?: Span;
}

// Verbs of a board body's oversight: what it oversees or reviews is the object of oversight.
const OVERSEE = new Set(["oversee", "oversees", "review", "reviews", "monitor", "monitors", "evaluate", "evaluates", "approve", "approves", "supervise", "supervises"]);
// Words of a subject that make it the board's: "the Board", "our directors", "the Security and Privacy Committee of the Board".
const BOARD_WORDS = new Set(["board", "directors", "committee", "subcommittee"]);
// Words of a subject that make it management's ("The Executive Committee, consisting of our Chief
// Executive Officer …", "Senior management, through the Operational Risk Committee, …", "a management
// committee chaired by the CISO").
const MANAGEMENT_WORDS = /^(management|officers?|executives?|chief|ceo|cfo|cio|ciso|cto|coo|cso|cro|heads?|managers?|engineers?|leaders)$/;
const OVERSIGHT_SUBJECT_WORDS = 30;
const AGENT_OPENS = new Set(["by", "to", "with", "from", "for"]);

/**
 * What a board body oversees, reviews or monitors, clause by clause (`units`: independent clauses):
 * the clause's first oversight verb and the words after it, when the words before it name the board, its
 * directors or a committee (capitalised, or "committee of the Board") and nothing of management — a
 * body the document defines as management's (src/text/aliases.ts), a name that says so
 * ("Executive", "Steering"), officers or members listed. "The Security and Privacy Committee of the
 * Board oversees … including management's processes for identifying, assessing and mitigating
 * cybersecurity risks": what is overseen, not a process the sentence states.
 */
export function oversightObjects(text: string, words: Word[], units: Span[], managementName: RegExp): Oversight[] {
  const out: Oversight[] = [];
  let w = 0;
  for (const u of units) {
    while (w < words.length && words[w].start < u.start) w++;
    const opening = oversightOpening(text, words, w, u.end, managementName);
    if (opening) out.push(opening);
    let board = false;
    let management = false;
    let agent = false;
    for (let i = w; i < words.length && words[i].end <= u.end && i - w <= OVERSIGHT_SUBJECT_WORDS; i++) {
      const x = words[i];
      if (OVERSEE.has(x.lower) && i > w) {
        if (board && !management) out.push({ subject: { start: words[w].start, end: words[i - 1].end }, verb: { start: x.start, end: x.end }, object: { start: x.end, end: u.end } });
        break;
      }
      if (x.also?.includes("@management") || MANAGEMENT_WORDS.test(x.lower) || managementName.test(x.word)) management = true;
      // (not in an agent's phrase, to its comma: "Third-party assessors, selected by the Audit Committee, periodically review …")
      else if (agent) agent = !commaAfter(text, x);
      else if (AGENT_OPENS.has(x.lower)) agent = !commaAfter(text, x);
      else if (x.also?.includes("@board") || (BOARD_WORDS.has(x.lower) && (x.lower === "board" || x.lower === "directors" || /^[A-Z]/.test(x.word) || words[i + 2]?.lower === "board"))) board = true;
    }
  }
  return out;
}

// "As part of its oversight of …", "In its oversight of …", "In carrying out its oversight of …", "In overseeing …":
// an opening phrase whose noun (or gerund) of oversight has the clause's subject as its agent.
const OVERSIGHT_NOUN = new Set(["oversight", "overseeing", "supervision", "supervising", "monitoring", "review", "reviewing"]);
const OPENING_WORDS = 6;
const OPENING_OBJECT_WORDS = 60;
// Words of a board subject after the opening's comma ("the Risk Committee of the Board", "our full Board").
const SUBJECT_WORDS = new Set(["the", "our", "its", "of", "and", "&", "full", "entire"]);
const SUBJECT_OPENS = new Set(["the", "our", "its"]);
// Words that open an aside describing the object ("…, which includes …", "…, including …").
const ASIDE_DESCRIBES = new Set(["which", "that", "including", "encompassing", "covering"]);

/**
 * The object of an oversight noun that opens a clause before its board subject: "As part of its
 * oversight of our information security program, which includes policies, technical controls and
 * employee training, the Audit Committee meets with our CISO" - the program and what the relative
 * clause says it includes are what the Audit Committee oversees, not processes the sentence states.
 * The subject after the opening's last comma must name the board or a committee (capitalised) and
 * nothing of management; the noun must follow "its"/"their" or open as a gerund after "In".
 */
function oversightOpening(text: string, words: Word[], w: number, end: number, managementName: RegExp): Oversight | undefined {
  if (w >= words.length || !/^(as|in|when|while|through)$/.test(words[w].lower)) return undefined;
  let noun = -1;
  for (let i = w + 1; i < words.length && words[i].end <= end && i - w <= OPENING_WORDS; i++) {
    const x = words[i].lower;
    if (words[i - 1].stop || commaAfter(text, words[i - 1])) return undefined;
    if (!OVERSIGHT_NOUN.has(x)) continue;
    // "its oversight", "the Committee's oversight" or a gerund right after the opener ("In overseeing …")
    const owner = words[i - 1].lower;
    if (owner === "its" || owner === "their" || /['’]s$/.test(words[i - 1].word) || (x.endsWith("ing") && i === w + 1)) noun = i;
    break;
  }
  if (noun < 0) return undefined;
  for (let c = noun + 1; c < words.length && words[c].end <= end && c - noun <= OPENING_OBJECT_WORDS; c++) {
    if (words[c].stop) return undefined;
    if (!commaAfter(text, words[c]) || c + 1 >= words.length || !SUBJECT_OPENS.has(words[c + 1].lower)) continue;
    let board = false;
    let management = false;
    let k = c + 1;
    for (; k < words.length && words[k].end <= end && k - c <= 10 && (SUBJECT_WORDS.has(words[k].lower) || /^[A-Z]/.test(words[k].word)); k++) {
      const x = words[k];
      if (x.also?.includes("@management") || MANAGEMENT_WORDS.test(x.lower) || managementName.test(x.word)) management = true;
      else if (x.also?.includes("@board") || BOARD_WORDS.has(x.lower)) board = true;
    }
    // the subject ends at its verb: a lowercase word
    if (!board || management || k >= words.length || !/^[a-z]/.test(words[k].word)) continue;
    let aside: Span | undefined;
    for (let r = noun + 1; r < c; r++) {
      if (!commaAfter(text, words[r]) || !ASIDE_DESCRIBES.has(words[r + 1].lower)) continue;
      aside = { start: text.indexOf(",", words[r].end), end: text.indexOf(",", words[c].end) + 1 };
      break;
    }
    return { subject: { start: words[w].start, end: words[noun - 1].end }, verb: { start: words[noun].start, end: words[noun].end }, object: { start: words[noun].end, end: words[c].end }, ...(aside ? { aside } : {}) };
  }
  return undefined;
}

// Body heads whose members an appositive may list ("Our Cyber Risk Working Group, consisting of …,").
const MEMBER_BODY = /^(committee|subcommittee|council|forum|group|team|force|panel)$/;
// Words that open a member list after the body's comma ("composed of", "which is made up of", "whose members are", "chaired by").
const MEMBER_OPENS = /^(composed|comprised|consisting|consists|made|including|includes|chaired|led|whose|comprising)$/;
// Words after a comma that carry the list on ("…, Chief Financial Officer, and the head of internal audit"; "…, including two directors …").
const LIST_GOES_ON = new Set(["and", "or", "the", "our", "its", "their", "each", "as", "including", "along", "together", "plus", "other", "senior", "both", "a", "an", "one", "two", "three", "four", "five", "six", "several", "members", "representatives", "heads", "head", "leaders", "vice", "chief", "general", "deputy", "associate", "assistant", "executive", "director", "directors", "officer", "officers", "president", "who", "all", "certain", "various"]);
const MEMBER_LIST_WORDS = 70;
const NOT_A_VERB = new Set(["to", "in", "for", "with", "by", "on", "at", "from", "of", "into", "through", "that", "which", "who", "where", "when", "if", "so", "such", "but"]);
// A defined term right after the body's name: " (the “CSC”)".
const DEFINED_AFTER = /^\s*\([^()]{1,40}\)/;
const DESCRIPTOR_WORDS = 4;

/**
 * The appositives that list a body's members between the body and its verb ("Our Cybersecurity
 * Steering Committee, a management committee composed of our Chief Executive Officer, Chief
 * Financial Officer, …, sets cybersecurity priorities"): from the word that opens the list ("composed
 * of", "which is made up of", "chaired by …") to the comma before the verb, inclusive. A lexicon's
 * word window counts the list's words, so "Committee … sets cybersecurity priorities" is out of reach
 * when the list is long; read without it, the body is next to what it does. Only where the list ends
 * at a comma followed by a lowercase word that does not carry the list on (the verb): a list that
 * ends the sentence holds the sentence's point.
 */
export function memberLists(text: string, words: Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!MEMBER_BODY.test(words[i].lower) || words[i].stop) continue;
    // the comma after the body, or after its defined term "(the “CSC”)"
    let k = i;
    const defined = DEFINED_AFTER.exec(text.slice(words[i].end, words[i].end + 48));
    if (defined) while (k + 1 < words.length && words[k + 1].end <= words[i].end + defined[0].length) k++;
    if (!(defined ? text.charCodeAt(words[i].end + defined[0].length) === 44 : commaAfter(text, words[k]))) continue;
    // "a management committee composed of …": a short descriptor before the list's opener
    let o = k + 1;
    if (words[o].lower === "a" || words[o].lower === "an") while (o < Math.min(words.length, k + 1 + DESCRIPTOR_WORDS) && !MEMBER_OPENS.test(words[o].lower) && !commaAfter(text, words[o])) o++;
    // "which is composed of", "which consists of", "each of whose members"
    else if (words[o].lower === "which" || words[o].lower === "that") o += BE.has(words[o + 1]?.lower ?? "") ? 2 : 1;
    else if (words[o].lower === "each" && words[o + 1]?.lower === "of") o += 2;
    if (o >= words.length || !MEMBER_OPENS.test(words[o].lower)) continue;
    for (let c = o + 1; c + 1 < words.length && c - o <= MEMBER_LIST_WORDS; c++) {
      if (words[c].stop) break;
      if (!commaAfter(text, words[c])) continue;
      const next = words[c + 1];
      if (!/^[a-z]+$/.test(next.word) || LIST_GOES_ON.has(next.lower)) continue;
      // (the verb: not "…, to assess the scope of the incident", a purpose, nor another phrase)
      if (NOT_A_VERB.has(next.lower)) break;
      // from the opener (or the body's comma when the opener follows it) to the closing comma
      const from = o === k + 1 ? text.indexOf(",", words[k].end) : words[o].start;
      out.push({ start: from, end: text.indexOf(",", words[c].end) + 1 });
      i = c;
      break;
    }
  }
  return out;
}

// A manager's title that may head a subject joined with the manager's own team ("Our CISO and her team assess …").
const COMPANION_TITLE = /^(?:Officer|CISO|CIO|CTO|CSO|CRO|President|Counsel|Director|Manager|Head)$/;
const COMPANION_OWNER = new Set(["his", "her", "their"]);
const COMPANION_TEAM = new Set(["team", "teams", "staff"]);

/**
 * Round 36: the manager's own team joined to the manager as one subject ("Our Chief Information Security Officer and
 * her team assess our cybersecurity risks each year"): " and her team" (one word allowed before the team: "and his
 * security team"), read around like a member list, so the title stands next to its verb; the element lexicons keep
 * "the team assesses" for the team's role, not a position's (element-management-positions `not`: "team assess").
 * Only where the team is followed by the verb (no comma, no stop): "the CISO and her team, which …" is not read.
 */
export function companionTeams(text: string, words: Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 1; i + 3 < words.length; i++) {
    if (words[i].lower !== "and" || !COMPANION_TITLE.test(words[i - 1].word) || words[i - 1].stop || !COMPANION_OWNER.has(words[i + 1].lower)) continue;
    const t = COMPANION_TEAM.has(words[i + 2].lower) ? i + 2 : COMPANION_TEAM.has(words[i + 3].lower) ? i + 3 : -1;
    if (t < 0 || t + 1 >= words.length || words[t].stop || commaAfter(text, words[t]) || !/^[a-z]+$/.test(words[t + 1].word)) continue;
    out.push({ start: words[i].start, end: words[t].end });
    i = t;
  }
  return out;
}

// A preposition that may open a relative clause before its pronoun ("to which", "with whom").
const RELATIVE_PREPOSITION = new Set(["to", "with", "from", "for", "through", "under", "by"]);
// The most words of a relative clause read as an aside between a party and its verb.
const RELATIVE_ASIDE_WORDS = 24;
// Between the aside's closing comma and the verb ("…, also presents …").
const BEFORE_VERB = new Set(["also", "then", "in", "turn"]);
// "who serves as our CISO": the aside names the party's own position.
const IDENTITY = new Set(["serves", "served", "acts", "holds"]);

// Round 37: the party's own verb denied after the aside ("Our Corporate Assembly, which … elects the members of the
// Board of Directors, has no role in the oversight of cybersecurity risk"): the denial is the party's, and the body
// the aside names is not its subject. ("…, does not oversee …" is left: a match over it is read as negated already.)
// Only where the party is no board or committee (a Corporate Assembly, a works council's "Assembly"): a committee's own
// "has no role" is read by the board lexicons' own denials, which a blanked aside would hide.
const BOARD_OR_COMMITTEE = /^(Board|Boards|Committee|Subcommittee|Council|Directors)$/;
const DENIED_HAS = new Set(["has", "have", "had", "plays", "bears"]);
/** Whether the words at `v` open a denied "has": "has no", "plays no". */
function deniedVerb(words: Word[], v: number): boolean {
  return DENIED_HAS.has(words[v].lower) && words[v + 1]?.lower === "no";
}

/**
 * Relative clauses between a named party and its own verb ("The Audit Committee, to which our CISO
 * reports each quarter, reviews …"; "Our CISO, who briefs the Audit Committee at least quarterly,
 * leads …"): from the comma after the party to the comma before the verb, inclusive. The verb after
 * the aside is the party's, not that of the body the aside names, so a lexicon's word window that
 * runs from inside the aside to that verb joins two bodies' words ("Audit Committee at least
 * quarterly, leads our information security function"). Only where the party is capitalised (a
 * name or title) and the word after the closing comma (after "also") is a present-tense verb
 * followed by its object; an aside with a comma of its own (a list) is not read, nor one that says
 * who the party is ("who is", "who serves as").
 */
export function relativeAsides(text: string, words: Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    const w = words[i];
    if (!RELATIVE.has(w.lower) || w.lower === "whereby") continue;
    let c = i - 1;
    if (RELATIVE_PREPOSITION.has(words[c].lower) && c > 0) c--;
    if (words[c].stop || !commaAfter(text, words[c]) || !/^[A-Z]/.test(words[c].word)) continue;
    // "Mr. Ostrowski, who is our CFO and principal security officer, directs …": the aside says who
    // the party is, and the verb is as much the officer's as the name's
    const own = words[i + 1].lower === "also" ? words[i + 2] : words[i + 1];
    if (c === i - 1 && (BE.has(own.lower) || IDENTITY.has(own.lower))) continue;
    for (let k = i + 1; k + 2 < words.length && k - i <= RELATIVE_ASIDE_WORDS; k++) {
      if (words[k].stop) break;
      if (!commaAfter(text, words[k])) continue;
      let v = k + 1;
      while (v + 2 < words.length && v - k <= 2 && BEFORE_VERB.has(words[v].lower)) v++;
      if (!words[v].stop && ((PRESENT_VERB.test(words[v].word) && (OBJECT_OPENS.has(words[v + 1].lower) || MAIN_VERB_NEXT.has(words[v + 1].lower))) || (deniedVerb(words, v) && !BOARD_OR_COMMITTEE.test(words[c].word)))) {
        out.push({ start: text.lastIndexOf(",", w.start), end: text.indexOf(",", words[k].end) + 1 });
        i = k;
      }
      break;
    }
  }
  return out;
}

// A reduced passive relative between a subject and its verb: "its findings, ranked by severity, are reported …".
const PARTICIPLE_ASIDE_WORDS = 8;
const ASIDE_AGENT = new Set(["by", "according"]);
const PASSIVE_PARTICIPLE = /^[a-z]{3,}(?:ed|wn)$/;

/**
 * Round 32 (acc32-engine): participial asides between a subject and its passive verb ("its findings, ranked by
 * severity, are reported to our CISO"; "the issues, classified according to criticality, are sent to …"): from the
 * comma after the subject to the comma before the verb, inclusive. Read like relativeAsides: the words of the aside
 * qualify the subject (how the findings are ordered), so a lexicon's window that runs from inside the aside to the
 * verb after it ("severity, are reported to our CISO") joins the ordering's word to the subject's verb. Only a
 * participle followed by "by" or "according", a closing comma within a few words, and then a finite "is/are/was/were"
 * with a participle (the subject's own passive verb): a list item or a fronted clause is not read.
 */
export function participleAsides(text: string, words: Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 1; i + 3 < words.length; i++) {
    const w = words[i];
    if (!PASSIVE_PARTICIPLE.test(w.lower) || !ASIDE_AGENT.has(words[i + 1].lower)) continue;
    const subject = words[i - 1];
    if (subject.stop || !commaAfter(text, subject) || FINITE_BE.has(subject.lower)) continue;
    for (let k = i + 1; k + 2 < words.length && k - i <= PARTICIPLE_ASIDE_WORDS; k++) {
      if (words[k].stop) break;
      if (!commaAfter(text, words[k])) continue;
      const be = words[k + 1];
      if (FINITE_BE.has(be.lower) && PARTICIPLE.test(words[k + 2].lower)) {
        out.push({ start: text.lastIndexOf(",", w.start), end: text.indexOf(",", words[k].end) + 1 });
        i = k;
      }
      break;
    }
  }
  return out;
}

// "the program" / "our Program" / "the programme": a program the clause names only by its article.
const BARE_PROGRAM = /\b(?:the|our)\s+programm?e?\b(?!['’]?\s*\()/gi;
// A program named with what it is ("Our information security program", "a loyalty program", "the ERP
// modernization program"): a determiner, one to five words that are no determiner, conjunction or
// preposition, and "program". The words between say whose topic the program is.
// A heading names its program with no determiner ("Customer Rewards Program", "Cybersecurity Program"): so does a line's start.
const NAMED_PROGRAM =
  /(?:^|\b(?:our|the|a|an|its|this|that)\s+)((?:(?!(?:our|the|a|an|its|this|that|these|those|and|or|but|of|to|in|on|at|by|for|with|as|from|is|are|was|were|be|has|have)\b)[\w-]+\s+){1,5}?)programm?e?s?\b/gim;

/** Whether the text calls a program by its article alone ("the program", "our Program"): withProgramAntecedent has a reading of it. */
export function callsProgramByArticle(text: string): boolean {
  BARE_PROGRAM.lastIndex = 0;
  return BARE_PROGRAM.test(text);
}

/**
 * A clause as it reads with the program it calls "the program" (or "our program"): the antecedent is
 * the last program named with its kind before it, in the clause, its paragraph or `before` (the text of
 * the paragraphs before it and their headings, one a line, in the order read: a program is often named a paragraph
 * earlier, or by the heading over it, "Customer Rewards Program"), written
 * after it in parentheses, as a defined name's expansion is ("… as part of the program (information
 * security program)"). Where no program is named before it, "the program" is what the text has been
 * about: the text before the clause follows it in parentheses. A topic lexicon that reads no cyber word
 * in "We engage independent firms to assess and test the program." then reads the security program the
 * text named, and one after "Our loyalty program has 24 million members." still reads none.
 * `undefined` when the clause names no program by its article alone, and with `named`, when no program is named before it
 * either (the element judge's topic gates, round 35: "The program is governed by a Technology Transformation Committee …"
 * after "a multi-year modernization of our technology platform" is the modernization, whatever words the text before has).
 */
export function withProgramAntecedent(text: string, clause: Span, before = "", named = false): string | undefined {
  const own = text.slice(clause.start, clause.end);
  if (!callsProgramByArticle(own)) return undefined;
  const context = `${before}\n${text.slice(0, clause.start)}`;
  const earlier = lastProgramKind(context);
  // Each mention reads the program named last before it, in the clause itself too ("We also offer an employee wellness
  // program …, and the Compensation Committee oversees the program").
  let unnamed = false;
  const read = own.replace(BARE_PROGRAM, (p: string, at: number) => {
    const kind = lastProgramKind(own.slice(0, at)) ?? earlier;
    if (kind === undefined) unnamed = true;
    return kind === undefined ? p : `${p} (${kind} program)`;
  });
  if (!unnamed) return read;
  if (named) return read === own ? undefined : read;
  return `${read} (${context.trim()})`;
}

/** The words of the last program named with its kind in the text ("information security" in "Our information security program"). */
function lastProgramKind(text: string): string | undefined {
  let kind: string | undefined;
  NAMED_PROGRAM.lastIndex = 0;
  for (let m = NAMED_PROGRAM.exec(text); m; m = NAMED_PROGRAM.exec(text)) kind = m[1].trim();
  return kind;
}
