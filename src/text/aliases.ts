// Defined terms a document introduces — "the Risk and Compliance Committee (the “RCC”)", "Chief
// Information Security Officer (CISO)" — so that "quarterly updates to the RCC" is read as
// "quarterly updates to the Risk and Compliance Committee".

import { harvestResponsiblePersons } from "./responsible-persons.js";
import { harvestNamedParties, TITLED } from "./named-parties.js";
import { bareCommitteeTag } from "./bare-committee.js";
import { lowerOwnerAt, ownerOf } from "./owner-word.js";
import { baseForm, BODY_HEADS, DESCRIBED, gapBefore, NAME_LINKS, tokenize, type Aliases, type Word } from "./tokens.js";
import { joinWords } from "./word-text.js";
import { stringList } from "./string-lists.js";
import { addManagementBoards } from "./two-tier.js";
import { bodyActNext, namedGroupHead, pointsToNamedGroup, subjectSentence } from "./body-pointers.js";

// "(the “RCC”)", "(“ISC”)", "(CISO)": a parenthesis holding only a short capitalised name.
// Also an acronym with its body's head word, "(the “SES Committee”)": the acronym stands for the
// name's other words, and "SES Committee" is the same body as the name. And a quoted name of up to
// four capitalised words, "(the “Task Force”)", "(collectively, the “Security Leadership”)".
const DEFINITION = /\(\s*(?:(?:collectively|together|jointly|hereinafter),?\s+|(?:referred\s+to|known)\s+as\s+)?(?:the\s+|our\s+|an?\s+)?(["“‘']?)([A-Z][A-Za-z0-9&]{1,15}(?:\s+(?:(?:and|of|for|on|&)\s+)?[A-Z][A-Za-z0-9&]{1,15}){0,3})["”’']?\s*\)/g;
// The words before it, nearest last, and whether a comma follows each ("Safety, Environmental and
// Security Committee"); a name is at most eight words long.
// "&" is a word of its own ("Product Quality & Safety Committee (PQSC)").
const NAME_WORD = /([A-Za-z][A-Za-z&’'.-]*|&)(,?)\s*$/;
const MAX_NAME_WORDS = 8;
const LINKING = new Set(["and", "of", "for", "on", "the", "&", "to"]);
// Head words that name a body only where the text defines it: an "Incident Response Team" named in
// passing is a team (management's role), but "a group of senior executives (the “Cyber Team”)" is
// a management body, and "a subcommittee of the Board (the “Technology Panel”)" is the board's.
// A "Task Force" is a body wherever it is named, as a council is.
const DEFINED_ONLY_HEADS = new Set(["Team", "Office", "Leadership", "Panel"]);
// The two words an acronym-and-head definition may end in ("(the “SES Committee”)").
const ACRONYM_HEADS = new Set(["Committee", "Subcommittee", "Council"]);
// The head right after an acronym defined inside a name ("Governance (“NCG”) Committee").
const INNER_HEAD = /^\s*(Committee|Subcommittee|Council)\b/;

/** `text` with each definition inside a name blanked, so that the name reads whole ("Nominating and Corporate Governance Committee"). */
function withoutInnerDefinitions(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    out += text.slice(at, from) + " ".repeat(to - from);
    at = to;
  }
  return spans.length ? out + text.slice(at) : text;
}

/** A body the text defines by a quoted name of several words, "(the “Task Force”)". */
export interface DefinedBody {
  /** The capitalised name it stands for, when one ends in a body's head ("Information Security Advisory Team"). */
  name?: string;
  /** Base forms of what it stands for: the name's words, or the head noun of a description ("group"). */
  words: string[];
  /** Whose body its description says it is ("a committee of the Board", "a group of senior executives", "our provider's"). */
  kind?: "@board" | "@management" | "foreign";
}

/**
 * Every defined term of `text`: an acronym whose letters are the initials of the words before it
 * ("Information Security Steering Committee (ISSC)"), or a quoted name after a capitalised phrase
 * ("the Audit Committee (the “Committee”)"), or a body's quoted name of several words ("the
 * Information Security Advisory Team (the “Task Force”)", "a group of senior executives (the
 * “Cyber Task Force”)"). Linear in the text: each definition looks back at most eight words.
 */
export function harvestAliases(text: string): Aliases {
  const out: Aliases = new Map();
  const expansions = new Map<string, string[]>();
  // "SES Committee" → the body's full name, "Safety Environmental and Security Committee".
  const bodyAliases = new Map<string, string>();
  const defined = new Map<string, DefinedBody>();
  const innerDefinitions: Array<[number, number]> = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    const parts = m[2].split(/\s+/);
    const alias = parts[0];
    let before: string[] = [];
    const commaAfter: boolean[] = [];
    let end = m.index;
    for (let i = 0; i < MAX_NAME_WORDS; i++) {
      const head = text.slice(Math.max(0, end - 40), end);
      const w = NAME_WORD.exec(head);
      if (!w) break;
      before.unshift(w[1]);
      commaAfter.unshift(w[2] === ",");
      end -= head.length - w.index;
    }
    const last = parts[parts.length - 1];
    if (parts.length > 1) {
      // "(the “SES Committee”)" after "… Committee": an acronym of the name's other words.
      if (parts.length === 2 && ACRONYM_HEADS.has(last) && before[before.length - 1] === last) {
        const words = expansion(alias, before.slice(0, -1), commaAfter.slice(0, -1), false);
        if (words) {
          if (!expansions.has(alias)) expansions.set(alias, words);
          bodyAliases.set(parts.join(" "), [...words, last].join(" "));
          continue;
        }
      }
      // Persons defined by a plural quoted name ("our CIO and our VP of Infrastructure (together, the
      // “Cyber Leads”)", "two members of our Board (the “Technology Directors”)"): its last word carries
      // whose they are, as a body's head does.
      if (m[1] !== "" && PERSONS.has(last) && !out.has(last)) {
        const kind = personsKind(descriptionBefore(text, m.index));
        if (kind === "@board" || (kind && !BOARD_PERSONS.has(last))) out.set(last, [kind]);
        continue;
      }
      // A body's quoted name of several words ("the “Task Force”"); other quoted names of several
      // words ("the “Security Program”", "the “2031 Notes”") are no body: no word of theirs is tagged.
      const key = parts.join(" ");
      if (m[1] !== "" && BODY_HEADS.has(last) && !defined.has(key)) defined.set(key, definedBody(text, m.index, before, commaAfter, /^\(\s*(collectively|together|jointly)\b/.test(m[0])));
      continue;
    }
    // "(the Council)", unquoted, names the body before it as a quoted name does ("Committee" alone
    // is bareCommitteeTag's: it would tag every committee of the text).
    const quoted = m[1] !== "" || (BODY_HEADS.has(alias) && alias !== "Committee");
    const words = expansion(alias, before, commaAfter, quoted);
    if (words && !expansions.has(alias)) expansions.set(alias, words);
    // An acronym defined inside the name, before its head ("the Nominating and Corporate Governance
    // (“NCG”) Committee"): "NCG Committee" is that committee, and the name is read without the parenthesis.
    const inner = words && INNER_HEAD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (inner) {
      bodyAliases.set(`${alias} ${inner[1]}`, [...words, inner[1]].join(" "));
      innerDefinitions.push([m.index, m.index + m[0].length]);
    }
    // "the Cyber Resilience Team (the “Team”)": a team the text defines is a body.
    const name = quoted ? bodyName(words) : undefined;
    if (name && DEFINED_ONLY_HEADS.has(name[name.length - 1]) && !defined.has(name.join(" "))) defined.set(name.join(" "), definedBodyOf(undefined, [], describedKind(descriptionBefore(text, m.index), false)));
  }
  const plainText = withoutInnerDefinitions(text, innerDefinitions);
  const plain = tokenize(plainText);
  const bodies = harvestBodies(plain, defined);
  for (const [name, kind] of bodies) out.set(name, [kind]);
  for (const [alias, name] of bodyAliases) {
    const kind = bodies.get(name);
    if (kind && !out.has(alias)) out.set(alias, [kind]);
  }
  for (const [alias, body] of defined) {
    const kind = bodies.get(alias);
    if (body.words.length || kind) out.set(alias, kind ? [...body.words, kind] : body.words);
  }
  const bare = bareCommitteeTag(plain, bodies);
  if (bare && !expansions.has("Committee")) for (const form of ["Committee", "Committee's", "Committee’s"]) out.set(form, [bare]);
  for (const [alias, words] of expansions) {
    const tags: string[] = [];
    for (let i = 0; i < words.length && !tags.length; i++) {
      const kind = bodies.get(words.slice(i).join(" "));
      if (kind) tags.push(kind);
    }
    // A management body called a board ("Change Advisory Board (CAB)", "Group Executive Board (GEB)")
    // is not the board of directors.
    if (!tags.length && words[words.length - 1] === "Board" && (MANAGEMENT_NAME.test(words.join(" ")) || SUBJECT_NAME.test(words.join(" ")))) tags.push("@management");
    // Round 36: a manager's "Director of …" title defined by its acronym ("our Director of Information Security (the
    // “DIS”)") stands for that manager: "the DIS" is management's, and its "director", lowercased, is not the board's.
    // (plural only as "Directors of …": "two Technology Directors (the “TDs”)" on the board are directors)
    const title = words.findIndex((w, i) => (w === "Director" || (w === "Directors" && words[i + 1] === "of")) && directorTitleWords(words[i + 1], words[i + 2], words[i - 1]));
    if (title >= 0 && !tags.length) tags.push("@management");
    out.set(alias, [...words.filter((_, i) => i !== title).map((w) => (w === DESCRIBED ? w : baseForm(w.toLowerCase()))), ...tags]);
  }
  addManagementBoards(text, out);
  // Round 49: a provider or a manager named with its trade or title, read by its name alone (named-parties.ts).
  harvestNamedParties(plain, plainText, out);
  harvestResponsiblePersons(plain, plainText, out);
  return out;
}

// At most this many words of a definition's sentence before its parenthesis describe the body.
const DESCRIPTION_WORDS = 14;
// The lowercase nouns a description of a body ends in ("a committee of officers from …").
const BODY_NOUNS = new Set(["committee", "subcommittee", "council", "forum", "group", "team", "panel", "office", "body"]);
// A body of another party: the party keeps or forms it ("our cloud provider maintains an executive
// committee of its own officers", "our largest customers have formed a supplier assurance group",
// "the provider's council"). Not a party named in passing ("incidents across the Company and its
// suppliers … to the Audit and Finance Committee") nor "vendor management" (a function of ours).
const FOREIGN_OWNER = /\b(provider|vendor|supplier|customer|client|partner|contractor|consultant|firm|association|regulator)(s?['’]s?(?! (management|risk)\b)|s? (also )?(maintain|form|establish|assign|ha(ve|s)|operate|create|set up|run|convene|appoint)\w*)\b/;
// A body of the board told in its description: "a committee of the Board", "a standing committee
// composed entirely of independent directors", "three independent directors who serve as a subcommittee".
const BOARD_DESCRIPTION = /\b(committee|subcommittee|group|panel|body) of (the |our |its )?(company's )?board\b|\bboard (committee|subcommittee)\b|\b(independent|nonexecutive|outside) director/;
// Officers listed as the defined persons ("our CISO and our Head of Infrastructure (collectively, …)"),
// or who meet as the body ("our CIO, CLO and CRO meet monthly as a group (the “Cyber Leadership Team”)").
const OFFICER_TITLE = /\b(officer|ciso|cio|cto|cfo|ceo|coo|cro|cso|head of|vice president|general counsel|executive)\b/;
const AS_A_BODY = /\b(meet|serve|act|sit|work|convene)\w* (\w+ ){0,3}as (a|an|the|our|its) (\w+ )?(group|committee|subcommittee|team|council|body|forum|panel)$/;

/**
 * What a body's quoted name of several words stands for: the capitalised name right before it
 * when that ends in a body's head ("the Information Security Advisory Team (the “Task Force”)"),
 * else the head noun of a lowercase description ("a cross-functional group of senior executives
 * (the “Cyber Task Force”)"); and whose body the description says it is.
 */
function definedBody(text: string, at: number, before: string[], commaAfter: boolean[], collective: boolean): DefinedBody {
  const lead = descriptionBefore(text, at);
  const kind = describedKind(lead, collective);
  const name = bodyName(expansion("", before, commaAfter, true));
  if (name) return definedBodyOf(name.join(" "), name.map((w) => baseForm(w.toLowerCase())), kind);
  let noun: string | undefined;
  for (let i = lead.length - 1; i >= 0 && !noun; i--) if (BODY_NOUNS.has(lead[i].base)) noun = lead[i].base;
  return definedBodyOf(undefined, noun ? [noun] : [], kind);
}

/**
 * A defined body with every field in one order (`name` undefined where it stands for no name) and
 * its words a packed list of strings, whatever list it was given (a literal `[]`, what `map` made):
 * harvestBodies reads bodies of both sources, and V8's optimised harvestBodies was deoptimised (and
 * recompiled, ~180 ms of the optimising compiler) by a body of the other shape (round 30).
 */
export function definedBodyOf(name: string | undefined, words: readonly string[], kind: DefinedBody["kind"]): DefinedBody {
  return { name, words: stringList(words), kind };
}

/** A capitalised name that ends in a body's head, without its determiner ("Our Information Protection Team" → "Information Protection Team"). */
function bodyName(words: string[] | undefined): string[] | undefined {
  const name = words && DETERMINERS.has(words[0]) ? words.slice(1) : words;
  return name?.length && name[0] !== DESCRIBED && BODY_HEADS.has(name[name.length - 1]) ? name : undefined;
}

/** The words of a definition's sentence before its parenthesis at `at` (at most DESCRIPTION_WORDS). */
function descriptionBefore(text: string, at: number): Word[] {
  const described = tokenize(text.slice(Math.max(0, at - 200), at));
  let from = described.length;
  while (from > 0 && described.length - from < DESCRIPTION_WORDS && !described[from - 1].stop) from--;
  return described.slice(from);
}

// The last word of a plural name that defines persons ("the “Security Leaders”"). "Directors",
// "Members" and "Trustees" are the board's words wherever else they stand ("Board of Directors"):
// they carry only the board's tag, never management's.
const PERSONS = new Set(["Leaders", "Leads", "Executives", "Officers", "Managers", "Heads", "Directors", "Members", "Trustees"]);
const BOARD_PERSONS = new Set(["Directors", "Members", "Trustees"]);
// Directors of the board in a description ("two members of our Board", "three of our independent
// directors"); not a manager's title ("our regional security directors", "Director of IT").
const BOARD_PERSONS_DESCRIPTION = /\bmember of (the |our )?board\b|\b(?<!\b(security|it|technology|information|cybersecurity|regional|managing|associate|program|technical|engineering|site) )director\b(?! of\b)/;
const MANAGER_WORDS = /\b(manager|leader|head|lead|director)\b/;

/** Whose persons a plural defined name's description says they are: the board's (directors) or management's (officers, managers). */
function personsKind(lead: Word[]): "@board" | "@management" | undefined {
  if (FOREIGN_OWNER.test(lead.map((w) => w.lower).join(" "))) return undefined;
  const leadText = lead.map((w) => w.base).join(" ");
  if (BOARD_PERSONS_DESCRIPTION.test(leadText)) return "@board";
  if (OFFICER_TITLE.test(leadText) || MANAGER_WORDS.test(leadText)) return "@management";
  return undefined;
}

/** Whose body a definition's description says it is: another party's, the board's or management's. */
function describedKind(lead: Word[], collective: boolean): DefinedBody["kind"] {
  if (FOREIGN_OWNER.test(lead.map((w) => w.lower).join(" "))) return "foreign";
  const leadText = lead.map((w) => w.base).join(" ").replace(/\bnon executive\b/g, "nonexecutive");
  if (BOARD_DESCRIPTION.test(leadText) || DIRECTOR_MEMBERS.test(leadText)) return "@board";
  if (MANAGEMENT_MEMBERS.test(leadText) || ((collective || AS_A_BODY.test(leadText)) && OFFICER_TITLE.test(leadText))) return "@management";
  return undefined;
}

// Names of bodies that belong to management: the kind of body its name says it is ("Steering",
// "Disclosure", "Council"). Read once per name and outweighed by what the text says of the body
// ("… Committee of the Board", "composed of independent directors"), never by a board's verb alone
// ("the Board oversees cybersecurity through the Executive Committee").
export const MANAGEMENT_NAME = /\b(Management|Executive|Steering|Operating|Advisory|Disclosure|Council|Working|Incident|Crisis|Leadership|Forum)\b/;
// A subject in a name ("Security and Privacy Committee", "Data Governance Committee"): board
// committees are named after subjects too ("Enterprise Risk Committee" at some banks), so it counts
// for management only when nothing else does.
const SUBJECT_NAME = /\b(Data Governance|Privacy|Security Operations|Enterprise Risk)\b/;
// What the text says of a body right after its name: "a management committee", "comprised of the CEO,
// CFO and CIO", "made up of senior executives", "which includes our CIO, CISO and General Counsel",
// "chaired by the Chief Risk Officer", "whose members are our CIO, CISO …" (officers are its members or its chair).
const MANAGEMENT_MEMBERS =
  /\bmanagement (committee|council|body)\b|\b(committee|council|body|group|forum) of (our )?(senior |executive )?(management|executive|officer|leader|manager)\b|\b((comprised|composed|consist\w*|made up) of|include|chair(ed)? by|led by|whose members? (are|be))\b.*\b(management|executive|officer|leader|manager|ceo|cfo|cio|ciso|cto|coo|cro|chief)\b/;
// A career told of the body's members ("whose members include former chief information officers",
// "two directors who have served as chief information security officers"): titles after it are
// what the members were, not officers who sit on the body now, so they do not make it management's. (Round 37: also
// "a director who spent a decade as chief information officer of a national retailer".)
const PAST_CAREER = /\b(former|formerly|previously|retired|(served|serving|serve) as|(have|has|had) held|experience as|spent( \w+){1,3} as)\b.*$/;
// Members or a chair named as directors or former officers ("whose members include two directors",
// "composed entirely of non-executive directors", "chaired by Ms. Patel, a former chief information
// officer", "whose chair is an independent director"): a committee of the board. Not "director of
// IT" or a managing director, managers' titles.
const DIRECTOR_MEMBERS =
  /\b(include|compris\w*|compos\w*|consist\w* of|made up of|chair(ed)? by|led by|chair is)(( \w+){0,4} (?<!\b(managing|associate|program|technical|it|security) )director\b(?! of\b)|( \w+){0,3} former\b)/;
// What the text says right before a body's name: "our management-level Cyber Risk Committee".
const MANAGEMENT_LEVEL = /\b(management|executive)( level)?$/;
// Board committees by their usual names.
const BOARD_NAME = /^(Audit|Nominating|Compensation|Governance|Corporate Governance|Finance|Audit and \w+|Audit & \w+)\b/;
export const DETERMINERS = new Set(["The", "Our", "Its", "This", "That", "Each", "A", "An", "Such", "Their", "Any"]);
// How much each cue weighs. What the text says of a body at one mention (whose it is, who sits on
// it, the board delegating to it) counts at every mention; what its name says counts once per name.
const OWNED = 4;
const DELEGATED = 2;
const NAMED_KIND = 3;
const HINT = 1;

/**
 * Each capitalised committee or council name of a text → "@board" when it is a committee of the
 * board of directors ("Audit Committee", "Cybersecurity Committee of the Board", "the Board's
 * Risk Committee"), "@management" when it is a body of management ("Cybersecurity Advisory
 * Committee", "Disclosure Committee", a committee the text calls "a management committee").
 * Names the text does not settle get no tag.
 */
export function harvestBodies(words: Word[], defined: ReadonlyMap<string, DefinedBody> = new Map()): Map<string, "@board" | "@management"> {
  // A defined body and the name it stands for are one body: what the text says of either counts for both.
  const bodyOf = new Map<string, string>();
  for (const [alias, body] of defined) {
    bodyOf.set(alias, alias);
    if (body.name && !bodyOf.has(body.name)) bodyOf.set(body.name, alias);
  }
  const votes = new Map<string, { board: number; management: number }>();
  // Each name's mentions by the word that says whose they are (owner-word.ts): one name may be two bodies' (round 39).
  const owned = new Map<string, Map<Owner, OwnedMentions>>();
  const named = new Set<string>();
  for (let head = 0; head < words.length; head++) {
    if (!BODY_HEADS.has(words[head].word)) continue;
    let from = head;
    // A name starts at its determiner at the latest: a heading left before it ("Governance The
    // Security and Privacy Committee") is not part of it.
    while (from > 0 && head - from < 7 && !words[from - 1].stop && !DETERMINERS.has(words[from].word) && (/^[A-Z]/.test(words[from - 1].word) || NAME_LINKS.has(words[from - 1].word))) from--;
    let ownerAt = -1;
    while (from < head && (DETERMINERS.has(words[from].word) || NAME_LINKS.has(words[from].word) || /['’]s?$/.test(words[from].word))) {
      if (/['’]s?$/.test(words[from].word)) ownerAt = from;
      from++;
    }
    if (ownerAt < 0 && lowerOwnerAt(words, from)) ownerAt = from - 1;
    const owner = ownerAt < 0 ? "" : ownerOf(words[ownerAt]);
    if (from === head && words[head].word !== "Subcommittee") continue; // a bare "Committee"
    const name = joinWords(words, from, head + 1, "word");
    const body = bodyOf.get(name) ?? name;
    if (DEFINED_ONLY_HEADS.has(words[head].word) && !bodyOf.has(name)) continue;
    let v = votes.get(body);
    if (!v) {
      v = { board: 0, management: 0 };
      votes.set(body, v);
      // What its definition says of it ("a group of senior executives (the “Task Force”)").
      const kind = defined.get(body)?.kind;
      if (kind === "@board") v.board += OWNED;
      else if (kind === "@management") v.management += OWNED;
    }
    // What its name says counts once per body, from the first of its names that says anything; a
    // team's name says nothing ("Computer Security Incident Response Team (“CSIRT”)": a team is
    // management's when its members are).
    if (!named.has(body) && !DEFINED_ONLY_HEADS.has(words[head].word)) {
      const before = v.board + v.management;
      if (MANAGEMENT_NAME.test(name)) v.management += NAMED_KIND;
      else if (SUBJECT_NAME.test(name)) v.management += HINT;
      else if (BOARD_NAME.test(name)) v.board += HINT;
      if (v.board + v.management > before || !bodyOf.has(name)) named.add(body);
    }
    const before = { board: v.board, management: v.management };
    // Its defined term ("… Committee (the “RCC”) of our Board") does not part the name from its owner.
    // What follows the name is read only within its sentence: a name that ends one ("… overseen by
    // the Audit Committee.") says nothing of the body through the next sentence's "led by our CISO".
    let next = head + 1;
    if (!words[head].stop) next += definedTermAt(words, next);
    const after = words[head].stop ? [] : sentenceWords(words, next, 11);
    const afterText = joinWords(after, 0, after.length, "base");
    const members = afterText.replace(PAST_CAREER, "").replace(/\bnon executive\b/g, "nonexecutive");
    const lead = leadText(words, from);
    let told: "@board" | "@management" | undefined;
    if (/\bboard\b/i.test(name) || owner === "board" || /^(of|an? (\w+ )?committee of) (the |our |its )?(company's )?board\b/.test(afterText)) v.board += OWNED;
    else if (owner === "management" || MANAGEMENT_MEMBERS.test(members) || MANAGEMENT_LEVEL.test(lead)) v.management += OWNED;
    else if (/\b(member|director)s? of (the |our )?board\b|\bindependent director/.test(afterText) || DIRECTOR_MEMBERS.test(afterText)) v.board += OWNED;
    else if ((told = words[head].stop ? membersNext(words, head + 1) : undefined)) {
      if (told === "@board") v.board += OWNED;
      else v.management += OWNED;
    } else if (BOARD_DELEGATES.test(lead) || oneOfBoardCommittees(words, from) || boardsOwn(words, from)) v.board += DELEGATED;
    else {
      // What its own sentence goes on to say of it, past the first eleven words: "… and is made up
      // of our senior officers", "… and it presents its conclusions to the full Board".
      const own = words[head].stop ? "" : ownPredicate(words, next, lead);
      const members = COORDINATED_MEMBERS.exec(own);
      const tail = members ? own.slice(members.index).split(" ").slice(0, 12).join(" ") : "";
      if (tail && MANAGEMENT_MEMBERS.test(tail.replace(PAST_CAREER, ""))) v.management += OWNED;
      else if (tail && DIRECTOR_MEMBERS.test(tail)) v.board += OWNED;
      else if (REPORTS_TO_FULL_BOARD.test(own)) v.board += DELEGATED;
      else if (/^to (the |our |its )?board\b/.test(afterText) || BOARD_ESTABLISHES.test(lead)) v.board += HINT;
    }
    if (body === name) noteOwner(owned, body, owner, ownerAt < 0 ? name : joinWords(words, ownerAt, head + 1, "word"), v.board - before.board, v.management - before.management);
  }
  const out = new Map<string, "@board" | "@management">();
  for (const [body, v] of votes) {
    const shared = ownersOfSharedName(body, v, owned.get(body));
    if (shared) {
      for (const [key, kind] of shared) out.set(key, kind);
      continue;
    }
    // Another party's body ("our provider's executive council") is neither our board's nor our management's.
    if (v.board === v.management || defined.get(body)?.kind === "foreign") continue;
    const kind = v.board > v.management ? "@board" : "@management";
    out.set(body, kind);
    const name = defined.get(body)?.name;
    if (name && bodyOf.get(name) === body) out.set(name, kind);
  }
  return out;
}

type Owner = "board" | "management" | "";
/** A name's mentions with one owner's word: what they say of the body, and the name as each is written with that word. */
interface OwnedMentions {
  board: number;
  management: number;
  keys: Set<string>;
}

function noteOwner(owned: Map<string, Map<Owner, OwnedMentions>>, body: string, owner: Owner, key: string, board: number, management: number): void {
  let byOwner = owned.get(body);
  if (!byOwner) owned.set(body, (byOwner = new Map()));
  let m = byOwner.get(owner);
  if (!m) byOwner.set(owner, (m = { board: 0, management: 0, keys: new Set() }));
  m.board += board;
  m.management += management;
  m.keys.add(key);
}

/**
 * One name, two bodies: "management’s Risk Committee" (chaired by the CRO) beside "the Board’s Risk Committee" or "the
 * Risk Committee of the Board". When the mentions with management's word say the body is management's and the others
 * (the board's word, or none) say it is the board's, each is read as the body its own words name: the name keyed with
 * its owner's word ("management’s Risk Committee", "Board’s Risk Committee") and the bare name as its own mentions say.
 * Undefined when the name is one body (most texts): the votes of all its mentions decide, as before.
 */
function ownersOfSharedName(body: string, total: { board: number; management: number }, byOwner: Map<Owner, OwnedMentions> | undefined): Map<string, "@board" | "@management"> | undefined {
  const management = byOwner?.get("management");
  if (!byOwner || !management || byOwner.size < 2) return undefined;
  // What the name or a definition says counts for every owner's mentions.
  let baseBoard = total.board;
  let baseManagement = total.management;
  for (const m of byOwner.values()) {
    baseBoard -= m.board;
    baseManagement -= m.management;
  }
  const kindOf = (m: OwnedMentions) => (m.board + baseBoard > m.management + baseManagement ? "@board" : m.management + baseManagement > m.board + baseBoard ? "@management" : undefined);
  if (kindOf(management) !== "@management") return undefined;
  const others = [byOwner.get("board"), byOwner.get("")].filter((m): m is OwnedMentions => m !== undefined);
  if (!others.some((m) => kindOf(m) === "@board")) return undefined;
  const out = new Map<string, "@board" | "@management">();
  for (const [owner, m] of byOwner) {
    const kind = kindOf(m);
    if (!kind) continue;
    if (owner === "") out.set(body, kind);
    else for (const key of m.keys) out.set(key, kind);
  }
  return out;
}

// "Our Board oversees cybersecurity through the Risk and Compliance Committee", "the Board has
// delegated oversight to its Technology Committee", "the Board has designated its Risk Committee",
// "overseen at the board level by our Technology Committee", "oversight is delegated by the Board to
// the Technology Committee": the board acts through the committee named next. Also the board relying on
// it or assisted by it ("our Board … relies on its Control, Risk and Sustainability Committee", "the Board,
// with the assistance of the Sustainability Committee, …"; round 33, realistic set 20).
const BOARD_DELEGATES =
  /\b((board|directors)\b.*\b(through|via|designat\w*|level\b.*\bby|rely (up)?on|with the (assistance|support|help) of|(delegat\w*|assign\w*|allocat\w*)\b.* to)|(delegat\w*|assign\w*|allocat\w*) by (the |our |its )?(board|directors)\b.* to)( the| its| our| a| an)?$/;
// The sentence before a body that opens its own: "The Board oversees risk directly and through three
// standing committees. The Quality and Compliance Committee … oversees …": the committee named next is one of them.
const BOARD_COMMITTEES = /\b(board|directors?)\b.*\b(through|to|among) (its |the |our |two |three |four |five |several |various )?(standing |permanent )?committees?\b/;
/** The words of the sentence before the one that opens at `from` (a determiner before it allowed), or "" when it does not open one. */
function oneOfBoardCommittees(words: Word[], from: number): boolean {
  let start = from;
  if (start > 0 && DETERMINERS.has(words[start - 1].word)) start--;
  if (start === 0 || !words[start - 1].stop) return false;
  let a = start - 1;
  while (a > 0 && start - a < PREVIOUS_WORDS && !words[a - 1].stop) a--;
  return BOARD_COMMITTEES.test(joinWords(words, a, start, "base"));
}
const PREVIOUS_WORDS = 24;
// A sentence whose subject is the board: "Our Board of Directors oversees …", "The Board …".
const BOARD_SUBJECT = /^(our |the |its )?(company's )?board\b/;
/**
 * A name right after "its" in a sentence whose subject is the board: "Our Board of Directors oversees the Group's
 * risks, including cybersecurity risk, and relies on its Control, Risk and Sustainability Committee" — the board's
 * own committee, however far its verb is from the subject (the lead's twelve words may not reach back to it).
 */
function boardsOwn(words: Word[], from: number): boolean {
  if (from === 0 || words[from - 1].base !== "its") return false;
  let a = from - 1;
  while (a > 0 && from - a < 60 && !words[a - 1].stop) a--;
  if (a > 0 && !words[a - 1].stop) return false;
  return BOARD_SUBJECT.test(joinWords(words, a, Math.min(a + 4, from), "base"));
}
// "the Board has established a Risk Committee": likely the board's, though management establishes
// bodies too ("the Board oversees risk, and management has established a Steering Committee").
const BOARD_ESTABLISHES = /\b(board|directors)\b.*\b(establish\w*|form\w*|creat\w*)( the| its| our| a| an)?$/;
const LEAD_WORDS = 12;
// Its members named in a predicate coordinated with the body's first one: "… supervises our ethics
// and compliance programs and is made up of our senior officers".
const COORDINATED_MEMBERS = /\b(and|which) (is |are )?(compris|compos|consist|made up|chair|led by|include)/;
// A body that reports, presents or recommends to the full board, or briefs it, is a part of it: management
// reports to "the Board", a committee to "the full Board" ("… and it presents its conclusions,
// where warranted, to the full Board"; "briefs the entire Board"). Also oversight it holds "at the
// board level".
const REPORTS_TO_FULL_BOARD = /\b(report|recommend|brief|updat|inform|present|submit|escalat)\w*\b.*\b(full|entire) board\b|\bboard level (oversight|responsib)/;
const OWN_WORDS = 60;

/**
 * The base forms of the rest of a body's sentence after `at` (at most sixty words), when the body
 * is what the sentence is about: its subject (at most four words before it) or the antecedent of a
 * relative clause right after it. Cut at "who": what follows is a person's.
 */
// Round 37: the sentence after one that ends in a body's name, opening with a back-reference to it and
// naming its members or chair: "The Board has delegated oversight … to the Technology Risk Committee. The
// committee is chaired by our Chief Operating Officer and comprises …" (management's), "… to its Cyber and Data
// Committee. It is made up of three independent directors …" (the board's).
const NEXT_SUBJECT = /^((the|this|that|such) (committee|subcommittee|council|forum|body)|it|its)\b( (other |current )?member)?( (is|are|was|were))?( (also|currently|entirely|solely))?( (chair(ed)?|led|headed|compos\w*|compris\w*|consist\w*|made up|include\w*|are|is)\b)/;
const NEXT_WORDS = 24;

/** Whose body the sentence opening at `at` says the body just named is, by its members or chair; undefined when it does not say. */
function membersNext(words: Word[], at: number): "@board" | "@management" | undefined {
  const sentence = sentenceWords(words, at, NEXT_WORDS);
  const next = joinWords(sentence, 0, sentence.length, "base");
  if (!NEXT_SUBJECT.test(next)) return undefined;
  if (/\b(independent|nonexecutive|outside|non executive) director|\bmember of (the |our )?board\b/.test(next) || DIRECTOR_MEMBERS.test(next)) return "@board";
  const members = next.replace(PAST_CAREER, "");
  return MANAGEMENT_MEMBERS.test(members) || /\bmember (are|is) (our |the )?(senior |executive )?(officer|executive|management)\b/.test(members) ? "@management" : undefined;
}

/** At most `n` words from `at`, up to the end of their sentence. */
function sentenceWords(words: Word[], at: number, n: number): Word[] {
  let end = at;
  while (end < words.length && end - at < n) if (words[end++].stop) break;
  return words.slice(at, end);
}

function ownPredicate(words: Word[], at: number, lead: string): string {
  if (lead.split(" ").length > 4 && !/^(which|that)\b/.test(words[at]?.base ?? "")) return "";
  const out: string[] = [];
  for (let i = at; i < words.length && out.length < OWN_WORDS; i++) {
    if (/^(who|whom|whose)$/.test(words[i].base)) break;
    out.push(words[i].base);
    if (words[i].stop) break;
  }
  return out.join(" ");
}

/** The base forms of the words of its sentence before `at` (at most twelve). */
function leadText(words: Word[], at: number): string {
  let from = at;
  while (from > 0 && at - from < LEAD_WORDS && !words[from - 1].stop) from--;
  return joinWords(words, from, at, "base");
}

/** How many words a defined term right after a name takes ("the RCC", "ISC"): 0 when there is none. */
function definedTermAt(words: Word[], at: number): number {
  const acronym = (w: Word | undefined) => w !== undefined && /^[A-Z][A-Z0-9&]{1,7}$/.test(w.word);
  if (words[at]?.base === "the" && acronym(words[at + 1])) return 2;
  return acronym(words[at]) ? 1 : 0;
}

/** The words `alias` stands for, from the words before it (nearest last). */
function expansion(alias: string, before: string[], commaAfter: boolean[], quoted: boolean): string[] | undefined {
  const letters = alias.replace(/[^A-Z]/g, "");
  // The shortest run of words, ending at the parenthesis, whose initials spell the acronym.
  for (let from = before.length - 1; from >= 0; from--) {
    const run = before.slice(from);
    const initials = run.filter((w) => !LINKING.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join("");
    if (letters.length >= 2 && initials === letters) return run;
  }
  if (!quoted) return undefined;
  // A quoted name: the capitalised phrase before it ("the Audit Committee (the “Committee”)").
  let from = before.length;
  // A comma ends a quoted name's phrase: "Apple, Google and Microsoft (the “Vendors”)" names no one body.
  while (from > 0 && !commaAfter[from - 1] && (/^[A-Z]/.test(before[from - 1]) || (LINKING.has(before[from - 1].toLowerCase()) && from < before.length))) from--;
  while (from < before.length && LINKING.has(before[from].toLowerCase())) from++;
  if (from < before.length) return before.slice(from);
  const description = describedBy(alias, before);
  return description && [DESCRIBED, ...description];
}

// Where a lowercase description starts: the article, possessive or verb before it.
const DESCRIPTION_STOP = /^(a|an|the|our|its|their|this|that|these|those|each|such|any|we|it|and|or|of|to|in|by|with|for|is|are|was|were|be|been|has|have|had|as|under|through|called|named|known|.*['’]s?)$/;
const MAX_DESCRIPTION_WORDS = 4;

/**
 * A quoted name after a lowercase description that ends in its own word: "a comprehensive
 * information security program (the “Program”)" → "information security program" (at most four
 * words back, stopping at an article, a possessive or a verb), so that "the Board oversees the
 * Program" reads as oversight of a security program.
 */
function describedBy(alias: string, before: string[]): string[] | undefined {
  const last = before[before.length - 1];
  if (!last || /^[A-Z]/.test(last) || baseForm(last) !== baseForm(alias.toLowerCase())) return undefined;
  let from = before.length - 1;
  while (from > 0 && before.length - from < MAX_DESCRIPTION_WORDS && /^[a-z][a-z-]*$/.test(before[from - 1]) && !DESCRIPTION_STOP.test(before[from - 1]) && !VERB_FORM.test(before[from - 1])) from--;
  return from < before.length - 1 ? before.slice(from) : undefined;
}

// A verb's form in a description's lead ("maintains", "adopted", "implementing"): not a description word.
const VERB_FORM = /^(maintain|adopt|implement|establish|develop|use|utiliz|follow|design|creat|approv|put)\w*$/;

// A definite back-reference to a body ("The committee assesses …", "reports them to the committee"):
// the lowercase head after "the", "this", "that" or "such", and a bare capitalised head the text left
// untagged ("the Committee" where the text names both a management committee and the board's).
const BACK_HEADS = new Set(["committee", "subcommittee", "council"]);
const BACK_DETERMINERS = new Set(["the", "this", "that", "such"]);
// A verb whose object is who is told ("briefs it", "informs it", "keeps it"): "it" after it is a body, not a topic.
const TELLS_IT = /^(?:brief|inform|updat|advis|notif|appris|keep)(?:s|es|ed|ies|ing)?$|^(?:briefs|informs|updates|advises|notifies|apprises|keeps|kept|notified|updated|briefed|informed|advised)$/;

// Verbs of being told after a sentence-opening "It" ("It receives …", "It is briefed …", "It also hears …").
const RECEIVES_IT = /^(?:receives|received|hears|heard|gets)$/;
const TOLD_IT = /^(?:briefed|informed|updated|advised|notified|apprised)$/;
/** Where the verb from `k` starts: past an adverb or "also" ("She also receives …", "He promptly informs …"). */
export function pastAdverb(words: Word[], k: number): number {
  return k < words.length && (words[k].lower === "also" || /ly$/.test(words[k].lower)) ? k + 1 : k;
}

// Round 38: a body's own monitoring of remediation (C23): "It also tracks the remediation of …", "It monitors the status of remediation …"
const TRACKS = /^(?:tracks|monitors|follows)$/;
/** The most words from the verb to "remediation" ("monitors the status of remediation"). */
const TRACKED_WORDS = 5;

/** Whether the words from `k` (an adverb or "also" allowed first) say a body tracks or monitors remediation. */
function tracksRemediation(words: Word[], k: number): boolean {
  k = pastAdverb(words, k);
  if (k >= words.length || !TRACKS.test(words[k].lower)) return false;
  for (let j = k + 1; j < words.length && j <= k + TRACKED_WORDS && !words[j - 1].stop; j++) if (/^remediat/.test(words[j].lower)) return true;
  return false;
}

/** Whether the words from `k` (an adverb or "also" allowed first) open a verb of being told. */
function toldNext(words: Word[], k: number): boolean {
  k = pastAdverb(words, k);
  if (k >= words.length) return false;
  if (RECEIVES_IT.test(words[k].lower)) return true;
  return (words[k].lower === "is" || words[k].lower === "was") && k + 1 < words.length && TOLD_IT.test(words[k + 1].lower);
}

// A word of the board that ends the reach of a manager's title "Director" ("the Board", "our directors", "a director").
const BOARD_WORD = /^(Board|BOARD|Boards|directors?|Directors|Trustees?)$/;
// A function named before "Director" in a manager's title ("our IT Director", "the Security Director"); not "Lead
// Independent Director", nor another party's "Client Service Director".
const DIRECTOR_FUNCTION = new Set(["IT", "Security", "Cybersecurity", "Cyber", "Technology", "Information", "Infrastructure", "Operations", "Network", "Systems", "Engineering", "Privacy", "Risk", "Compliance"]);

/**
 * Whether the capitalised "Director" at `i` is a manager's title: "Director of" and a capitalised
 * function ("Director of Information Security", "Director of IT"; not "a Director of the Company"),
 * or a function before it ("our IT Director", "the Security Director"; not "our Lead Independent
 * Director", nor a provider's "Client Service Director").
 */
function directorTitle(words: Word[], i: number): boolean {
  const after = !words[i].stop;
  return directorTitleWords(after ? words[i + 1]?.word : undefined, after ? words[i + 2]?.word : undefined, i > 0 && !words[i - 1].stop ? words[i - 1].word : undefined);
}

/** Whether the "Director(s)" at `i` follows "Executive" in the same sentence, and that not after "Non" ("Non-Executive Directors" are the board's). */
function executiveDirector(words: Word[], i: number): boolean {
  if (i < 1 || words[i - 1].word !== "Executive" || words[i - 1].stop) return false;
  const before = i > 1 && !words[i - 2].stop ? words[i - 2].lower : undefined;
  if (before === "non") return false;
  // Named as the board's members ("Our Board, which comprises two Executive Directors and four Non-Executive Directors,
  // oversees …"): the board's composition, not management acting.
  for (let j = i - 2; j >= 0 && j >= i - BOARD_MEMBERS_REACH && !words[j].stop; j--) if (BOARD_MEMBERS.has(words[j].base)) return false;
  return true;
}

/** The words before "Executive Directors" that name them as the board's members, and how far back they are read. */
const BOARD_MEMBERS = new Set(["comprise", "consist", "compose", "composed", "comprised", "consisting", "comprising", "include", "including"]);
const BOARD_MEMBERS_REACH = 4;

/** directorTitle on the words after "Director" (`of`, `next`) and the one before it (`before`), undefined past a stop. */
function directorTitleWords(of: string | undefined, next: string | undefined, before: string | undefined): boolean {
  if (of === "of" && next !== undefined && /^[A-Z]/.test(next) && !/^(The|Our|Its|Board|Directors)$/.test(next)) return true;
  return before !== undefined && DIRECTOR_FUNCTION.has(before);
}

/** The most words of a predicate before "and" and a verb of being told ("It meets monthly and receives …"). */
const PREDICATE_WORDS = 6;

/** Whether the sentence from `k` opens with a verb of being told, or with a predicate of its own and then "and" and one ("meets monthly and receives …"). */
function toldOrThen(words: Word[], k: number): boolean {
  if (toldNext(words, k)) return true;
  for (let j = k + 1; j < words.length && j - k <= PREDICATE_WORDS && !words[j - 1].stop; j++) if (words[j].lower === "and") return toldNext(words, j + 1);
  return false;
}

/**
 * Tags each definite back-reference to a body with the kind ("@board", "@management") of the nearest
 * body named before it in the paragraph: "… our Enterprise Risk Management Committee, a management
 * committee … The committee assesses …; the CISO … reports them to the committee" is management's
 * committee throughout, not the board's. A named body whose kind the text does not settle ends the
 * reach (a back-reference after it is left as it is), as does a Disclosure Committee (its own lexicon
 * entries keep it apart) or nothing named before it. Linear in the
 * words; only words that carry no kind are changed.
 */
export function resolveBackReferences(words: Word[], carried?: CarriedBody): CarriedBody | undefined {
  // Round 52 (acc52-carry): the body an earlier paragraph of the section left (its last body named with a kind), as if
  // named just before this paragraph: "… our Cybersecurity Steering Committee, made up of … ¶ Any incident … is reported
  // to the committee …" is management's committee, as it is within one paragraph.
  let last: string | undefined = carried?.kind;
  // Whether the walk named a body itself (one whose kind it does not settle too): the paragraph then leaves its own.
  let named = false;
  // Round 42 (body-pointers.ts): the sentence whose subject the body `last` is (-1: none), its head when it is a
  // Group or a Forum, and the walk's own sentence count and the current sentence's first word
  // (round 52: a carried body that was the subject of its paragraph's last sentence is the subject of the one before this)
  let lastSubject = carried ? (carried.subject ? -1 : -2) : -1;
  let lastHead: string | undefined = carried?.head;
  let sentence = 0;
  let sentenceStart = 0;
  let body: string | undefined = carried?.kind;
  // Whether the paragraph last named a manager's title "Director" ("our Director of Information Security"), no board word since
  let title = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && words[i - 1].stop) {
      sentence++;
      sentenceStart = i;
    }
    if ((w.word === "Director" || w.word === "Directors") && executiveDirector(words, i)) {
      // Round 45 (acc45-released, round43.sealed #3, #8): a one-tier board's "Executive Director(s)" are its officers who
      // sit on it ("Within the Executive Directors, our Chief Financial Officer is responsible for …", "As the Executive
      // Director responsible for cybersecurity, the CFO …"): management, not the board, as a two-tier "Executive Board"
      // is (two-tier.ts); a "Non-Executive Director" is the board's.
      w.also = [...(w.also ?? []), "@management"];
      continue;
    }
    if (w.word === "Director") {
      // "the Director of Information Security", "our IT Director": a manager's title; "the Director" after it is that manager
      const named = directorTitle(words, i);
      if (named || (title && i > 0 && words[i - 1].lower === "the")) w.also = [...(w.also ?? []), "@management"];
      if (named) title = true;
      continue;
    }
    if (BOARD_WORD.test(w.word)) title = false;
    if (w.word === "it" && last && i > 0 && TELLS_IT.test(words[i - 1].lower)) {
      // (round 32: "it" as written: "brief IT", the acronym in capitals, is the department, not the body)
      // "The CISO briefs it every month": "it" after a verb of telling is the body named before
      w.also = [...(w.also ?? []), last];
      continue;
    }
    const opensSentence = i === 0 || words[i - 1].stop === true;
    if (w.word === "Its" && last && opensSentence && MEMBERS.has(words[i + 1]?.base ?? "")) {
      // Round 52: "Its members receive a monthly summary …", "Its chair briefs …": the members of the body named before
      w.also = [...(w.also ?? []), last];
      continue;
    }
    if (w.word === "It" && last && opensSentence && (toldOrThen(words, i + 1) || (last === "@management" && tracksRemediation(words, i + 1)) || (lastSubject === sentence - 1 && bodyActNext(words, i + 1)))) {
      // "The Council meets each month. It also receives a report on cybersecurity threats from our CISO.":
      // "It" opening a sentence whose verb is one of being told is the body named before; round 38: so is a
      // management body's "It also tracks the remediation of …" (labels README C23: monitoring remediation is being informed);
      // round 42: so is an "It" that reviews, monitors or decides, right after the sentence whose subject the body is
      w.also = [...(w.also ?? []), last];
      lastSubject = sentence;
      continue;
    }
    // the body whose meetings a later "At each meeting" means: any body named with its kind ("our Cybersecurity Working Group")
    const bodyKind = BODY_HEADS.has(w.word) ? w.also?.find((t) => t === "@board" || t === "@management") : undefined;
    if (bodyKind) body = bodyKind;
    const groupHead = bodyKind ? namedGroupHead(w) : undefined;
    if (groupHead) {
      named = true;
      last = bodyKind;
      lastSubject = subjectSentence(i, sentenceStart, sentence);
      lastHead = groupHead;
    }
    if (last && pointsToNamedGroup(words, i, lastHead, BACK_DETERMINERS)) {
      // Round 42: "Our Cyber Steering Group, a management committee … . The group receives …"
      w.also = [...(w.also ?? []), last];
      lastSubject = subjectSentence(i, sentenceStart, sentence);
      continue;
    }
    if (w.base === "meeting" && body === "@management" && meetingsOfBefore(words, i)) {
      // Round 36: "… meets every six weeks. At each meeting the CISO reports on incidents …": the meetings of the management body named before
      w.also = [...(w.also ?? []), MANAGEMENT_MEETING];
      continue;
    }
    if (!BACK_HEADS.has(w.base)) continue;
    const kind = w.also?.find((t) => t === "@board" || t === "@management");
    if (kind) {
      // a Disclosure Committee decides what is disclosed: told about an incident, it is not management informed (C8)
      named = true;
      last = i > 0 && words[i - 1].word === "Disclosure" ? undefined : kind;
      lastSubject = subjectSentence(i, sentenceStart, sentence);
      lastHead = undefined;
      continue;
    }
    const definite = i > 0 && BACK_DETERMINERS.has(words[i - 1].lower) && !words[i - 1].stop;
    if (definite && last) {
      w.also = [...(w.also ?? []), last];
      lastSubject = subjectSentence(i, sentenceStart, sentence);
    }
    // "the Disclosure Committee" with no kind: a body of its own, whose kind is unknown
    else if (/^[A-Z]/.test(w.word) && i > 0 && /^[A-Z]/.test(words[i - 1].word) && !BACK_DETERMINERS.has(words[i - 1].lower)) {
      last = undefined;
      named = true;
    }
  }
  // What the paragraph leaves a later one: its own last body (none where that one's kind is unknown), else the one it was carried
  if (!named) return carried;
  return last ? { kind: last, head: lastHead, subject: lastSubject === sentence } : { kind: undefined };
}

/** A body an earlier paragraph left for a later one's back-references (round 52): its kind (undefined: a body of unknown kind ends the reach), its Group or Forum head, and whether it was the subject of that paragraph's last sentence. */
export interface CarriedBody {
  kind: string | undefined;
  head?: string;
  subject?: boolean;
}

// The nouns after a sentence-opening "Its" that make it the body's people ("Its members receive …", "Its chair briefs …").
const MEMBERS = new Set(["member", "chair", "chairperson", "chairman", "chairwoman"]);

/** The tag of a sentence-opening "At each meeting" that refers to a management body's meetings (the lexicons' "@managementmeeting": one word, as lexicon items split at hyphens). */
export const MANAGEMENT_MEETING = "@managementmeeting";
// The determiners of a back-reference to a body's meetings ("At each meeting", "At these meetings", "During its meetings").
const MEETING_DETERMINERS = new Set(["each", "every", "these", "those", "its", "such", "the"]);

/** Whether the word at `i` ("meeting") closes an "At each" / "During these" that opens a sentence or a clause after "and" (one adjective allowed: "At each quarterly meeting"). */
function meetingsOfBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 2; k--) {
    if (!MEETING_DETERMINERS.has(words[k].lower)) continue;
    const at = words[k - 1];
    const opens = k - 1 === 0 || words[k - 2].stop === true || words[k - 2].lower === "and";
    return (at.lower === "at" || at.lower === "during") && opens;
  }
  return false;
}

// A participle opening a sentence: "Having …", or a past participle with its agent or instrument ("Charged by the Board with …", "Tasked with …")
const FRONTED_AGENT = new Set(["by", "with"]);
/** The most words of a fronted participial clause before its comma. */
const FRONTED_WORDS = 40;
/** The most words from that comma to the main clause's board word ("the Technology and Operations Committee of our Board"). */
const FRONTED_SUBJECT_WORDS = 8;
/** A board committee named by its own words, as the near items name it. */
const BOARD_COMMITTEE_LEAD = new Set(["audit", "risk", "cybersecurity", "technology"]);
const SUBJECT_DETERMINERS = new Set(["the", "our", "its", "this", "each"]);

/**
 * Round 34: a sentence that opens with a participial clause ("Having amended its charter in 2023 to add
 * oversight of information security, data privacy and operational technology risks, the Audit and Risk
 * Committee receives …") has the main clause's subject as the participle's understood subject. When
 * that subject, right after the clause's comma, is a board body, the participle is tagged "@board", so a
 * remit the clause states ("oversight of …") is read with its body however long the clause is (the near
 * items pair a body and its remit within a window of words). Only the participle is tagged: linear.
 */
export function frontedParticiples(words: Word[], text: string): void {
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !words[i - 1].stop) continue;
    const w = words[i];
    if (!(w.word === "Having" || (/^[A-Z][a-z]+ed$/.test(w.word) && FRONTED_AGENT.has(words[i + 1]?.lower ?? "")))) continue;
    // the main clause's subject opens with a determiner after a comma ("…, the Audit and Risk Committee"); a comma before
    // a list's next item ("…, data privacy and …") or an aside's ("…, when it was formed in 2022, the oversight …") is passed
    for (let k = i + 1; k < words.length && k < i + FRONTED_WORDS && !words[k - 1].stop; k++) {
      if (!SUBJECT_DETERMINERS.has(words[k].lower) || !gapBefore(text, words, k).includes(",")) continue;
      const kind = subjectKind(words, k);
      if (kind === "@board") w.also = [...(w.also ?? []), "@board"];
      if (kind) break;
    }
  }
}

/** Whether the noun phrase from `k` (a few words, not past a stop) names a board body or a management one. */
function subjectKind(words: Word[], k: number): "@board" | "@management" | undefined {
  for (let j = k; j < words.length && j < k + FRONTED_SUBJECT_WORDS; j++) {
    const s = words[j];
    const kind = s.also?.find((t) => t === "@board" || t === "@management");
    if (kind) return kind as "@board" | "@management";
    if (BOARD_WORD.test(s.word) || (s.base === "committee" && BOARD_COMMITTEE_LEAD.has(words[j - 1]?.lower ?? ""))) return "@board";
    if (s.stop) return undefined;
  }
  return undefined;
}

// Round 36: verbs by which a manager keeps informed ("He stays informed of threats through …", "She learns of incidents
// from …"); not "reviews", "monitors" or "meets", which the role lexicons read as the role itself (tried in round 36: two
// more informed found, five more false role and positions).
const KEEPS_INFORMED = /^(?:stays|stayed|remains|remained|learns|learned|keeps)$/;
/** Whether the words from `k` (an adverb or "also" allowed first) open a verb of keeping informed. */
function keepsInformedNext(words: Word[], k: number): boolean {
  k = pastAdverb(words, k);
  return k < words.length && KEEPS_INFORMED.test(words[k].lower);
}

// A manager's title word ("Chief Information Officer", "Vice President", "CISO"); a board person ("director", "Chair")
const MANAGER_TITLE = /^(?:Officer|President|CISO|CIO|CTO|CSO|CRO|CTSO)$/;
export const BOARD_PERSON = /^(?:director|directors|Chair|Chairman|Chairwoman|Chairperson|Board)$/;

/** Whether a word is a manager's title word ("Officer" of "Chief Information Officer", "CISO", a manager's "Director"). */
export function namesManager(w: Word): boolean {
  return MANAGER_TITLE.test(w.word) || (w.word === "Director" && !!w.also?.includes("@management"));
}

/**
 * Round 34: "Our Vice President of Operational Technology has more than eighteen years of experience … She receives
 * daily reports from our managed detection and response provider, … and she briefs …": "He" / "She" stand for the
 * person the paragraph last named, so where that is a manager's title and the pronoun is the one told ("She receives",
 * "he is notified") it is tagged "@management" (read by the receiver lexicons as the manager; not where it chairs, leads
 * or reviews: round 29's "She chairs a Data Council …" after a Chief Data Officer is no cyber role). Round 36: also where
 * the pronoun keeps informed ("He stays informed of threats …", "She learns of incidents …"). A board person
 * named since ("one director", "the Chair") ends the reach. Linear in the words.
 */
export function personPronouns(words: Word[]): void {
  let person: "@management" | "@board" | undefined;
  // the manager's title word the paragraph last named ("officer", "ciso", "director")
  let title = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Round 49: a person's name the section gave a manager's title ("Ms. Whitcombe", named-parties.ts) is that manager,
    // read as "She" after the title is.
    const titled = w.also?.find((t) => t.startsWith(TITLED));
    if (titled) {
      person = "@management";
      title = titled.slice(TITLED.length);
    }
    if (namesManager(w)) {
      person = "@management";
      title = w.word === "Officer" ? officerAcronym(words, i) : w.base;
    } else if (BOARD_PERSON.test(w.word)) person = "@board";
    else if ((titled || w.lower === "he" || w.lower === "she") && person === "@management") {
      if (toldNext(words, i + 1) || keepsInformedNext(words, i + 1)) w.also = [...(w.also ?? []), "@management"];
      // Round 36: what the manager reviews or stays informed of: the pronoun reads as the title itself (a person, not a
      // management body: "@management" would make "He reviews …" a body's duty, management-role)
      else if (keptInformed(words, i + 1)) w.also = [...(w.also ?? []), title];
    }
  }
}

/** The acronym of the capitalised title that ends in "Officer" at `i` ("Chief Information Security Officer" → "ciso"), or "officer". */
function officerAcronym(words: Word[], i: number): string {
  let from = i;
  while (from > 0 && i - from < 4 && !words[from - 1].stop && /^[A-Z][a-z]/.test(words[from - 1].word) && !DETERMINERS.has(words[from - 1].word)) from--;
  // round 38: a prefix before "Chief" is no part of the acronym ("Group Chief Information Security Officer" → "ciso")
  for (let c = from + 1; c < i - 1; c++) if (words[c].word === "Chief") from = c;
  return i - from >= 2 ? words.slice(from, i + 1).map((x) => x.word[0].toLowerCase()).join("") : "officer";
}

// Round 36: what a manager reviews to be informed ("He reviews the security operations team's weekly incident report"),
// and "stays / keeps / remains informed" ("He stays informed of emerging threats through …"; labels README C8, C21).
const REVIEWS = /^(?:reviews|reviewed|examines|reads)$/;
const REVIEWED = new Set(["report", "summary", "dashboard", "digest", "alert", "briefing", "metric", "intelligence", "result", "finding", "log"]);
const STAYS = /^(?:stays|keeps|remains|stayed|kept|remained)$/;
const INFORMED = /^(?:informed|apprised|abreast|current|updated)$/;
/** The most words from "reviews" to the reviewed report's noun ("reviews the security operations team's weekly incident report"). */
const REVIEWED_WORDS = 8;

/** Whether the words from `k` (an adverb or "also" allowed first) say a person reviews a report or summary, or stays informed. */
function keptInformed(words: Word[], k: number): boolean {
  k = pastAdverb(words, k);
  if (k >= words.length) return false;
  if (STAYS.test(words[k].lower)) return k + 1 < words.length && INFORMED.test(words[k + 1].lower);
  if (!REVIEWS.test(words[k].lower)) return false;
  for (let j = k + 1; j < words.length && j <= k + REVIEWED_WORDS && !words[j - 1].stop; j++) if (REVIEWED.has(words[j].base)) return true;
  return false;
}

