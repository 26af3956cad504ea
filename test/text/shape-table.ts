// A table of drafting shapes for one element each: sentences the judge must read as addressing it and near misses it
// must leave, each checked alone as the one paragraph of an Item 1C draft (test/helpers.ts paragraphElements). Shared by
// the round-by-round shape tests (third-shapes-round26, incident-shapes-round27).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

export interface Shape {
  element: string;
  shape: string;
  yes: string[];
  no: string[];
}

/** One describe block per shape: "reads" each yes sentence, "leaves" each no sentence. */
export function describeShapes(shapes: Shape[]): void {
  for (const { element, shape, yes, no } of shapes) {
    describe(`${element}: ${shape}`, () => {
      it.each(yes)("reads %s", (text) => expect(elements(text)).toContain(element));
      it.each(no)("leaves %s", (text) => expect(elements(text)).not.toContain(element));
    });
  }
}
