// The shared form of the precision rounds' tests (test/text/precision-round38.test.ts, precision-round39.test.ts): cases of
// [class, paragraph, element] that the engine must no longer find, must now find, or must still find (guards).
import { describe, expect, it } from "vitest";
import { findInforming } from "../../src/text/clauses.js";
import { tokenize } from "../../src/text/tokens.js";
import { paragraphElements as elements } from "../helpers.js";

/** The receiver of the informing verb written `verb` in `text`, as written (rounds 40-41: what an object pronoun stands for). */
export function receiverOf(text: string, verb: string): string | undefined {
  const inf = findInforming(text, tokenize(text)).find((r) => text.slice(r.verb.start, r.verb.end) === verb);
  return inf?.receiver ? text.slice(inf.receiver.start, inf.receiver.end) : undefined;
}

/** [class, paragraph, element]. */
export type ClassCase = [string, string, string];

/** One describe block: each case of `notAnyMore` must not find its element; each of `nowFound` and `still` must. */
export function checkClasses(title: string, cases: { notAnyMore: ClassCase[]; nowFound: ClassCase[]; still: ClassCase[] }): void {
  describe(title, () => {
    it.each(cases.notAnyMore)("%s", (_what, paragraph, element) => {
      expect(elements(paragraph)).not.toContain(element);
    });
    if (cases.nowFound.length)
      it.each(cases.nowFound)("now found: %s", (_what, paragraph, element) => {
        expect(elements(paragraph)).toContain(element);
      });
    it.each(cases.still)("guard: %s", (_what, paragraph, element) => {
      expect(elements(paragraph)).toContain(element);
    });
  });
}
