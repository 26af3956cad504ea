// Shared by the engine-shape tests (rounds 30-31): what a paragraph addresses, and who informs whom about what.
import { expect } from "vitest";
import { findInforming } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/lexicon.js";
import { paragraphElements as elements } from "../helpers.js";

/** The paragraph addresses every one of `yes` and none of `no`. */
export function both(text: string, yes: string[], no: string[]): void {
  const found = elements(text);
  expect(found).toEqual(expect.arrayContaining(yes));
  for (const id of no) expect(found).not.toContain(id);
}

/** The informing clauses of a text as "verb: giver -> receiver [topics]". */
export function told(text: string): string[] {
  const at = (x?: { start: number; end: number }) => (x ? text.slice(x.start, x.end) : "-");
  return findInforming(text, tokenize(text)).map((inf) => `${at(inf.verb)}: ${at(inf.giver)} -> ${at(inf.receiver)} [${inf.topics.map(at).join(" | ")}]`);
}
