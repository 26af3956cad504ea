// A table of drafting shapes for one element each: sentences the judge must read as the element and near misses it must
// leave, each judged alone as the one paragraph of an Item 1C draft (the accuracy branches' shape tests, round 26 on:
// third-shapes-round26, third-shapes-round27, incident-shapes-round27).
import { describe, expect, it } from "vitest";
import { paragraphElements as elements } from "../helpers.js";

export interface Shape {
  element: string;
  shape: string;
  yes: string[];
  no: string[];
}

/** One describe per shape: "reads" each positive, "leaves" each near miss. */
export function testShapes(shapes: Shape[]): void {
  for (const { element, shape, yes, no } of shapes) {
    describe(`${element}: ${shape}`, () => {
      it.each(yes)("reads %s", (text) => expect(elements(text)).toContain(element));
      it.each(no)("leaves %s", (text) => expect(elements(text)).not.toContain(element));
    });
  }
}
