// A party's own activity told in a relative clause of its name (round 40, acc40-released): "Our Director of
// IT is responsible for … and is supported by a managed security services provider that monitors our network";
// "… works with an outside firm that tests our firewall rules". The sentence is a position's responsibility (an
// `except` shape of processes), but its relative clause states what the party does to our systems. So, for
// management-role, does an officer's or management body's own clause inside a board sentence ("The Board oversees our
// program, which is led by our CISO"). An element with `partyClause` reads its `except` shapes, for a match inside such a
// clause, in that clause alone (rules/lexicons/party-activity.json says which clauses).
import type { Lexicon } from "./lexicon.js";
import type { Sentence } from "./sentences.js";
import type { Word } from "./tokens.js";

/** The party clauses (`clause`'s matches) of the text, in order and not overlapping. */
export function partyClauses(text: string, words: Word[], clause: Lexicon): Sentence[] {
  const spans = clause.matchRange(text, words, 0, text.length).sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1].end) out.push({ start: s.start, end: s.end });
  return out;
}

/** The party clause that holds the match, if one does. */
export function partyClauseOf(clauses: readonly Sentence[], m: { start: number; end: number }): Sentence | undefined {
  return clauses.find((c) => m.start >= c.start && m.end <= c.end);
}
