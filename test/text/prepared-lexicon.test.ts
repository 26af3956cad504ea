// The bundles compile the built-in lexicons from their prepared form (prepareLexicon, worked out and
// embedded as JSON by scripts/build.mjs): it must match exactly what compiling the definition at run
// time matches, with the required strings found on first use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLexicon, prepareLexicon, type LexiconDefinition } from "../../src/text/lexicon.js";
import { tokenize } from "../../src/text/tokens.js";
import { ROOT, SAMPLE } from "../helpers.js";

const LEXICONS = join(ROOT, "rules", "lexicons");
const EXAMPLES = join(ROOT, "examples");
const texts = [
  readFileSync(SAMPLE, "utf8"),
  ...readdirSync(EXAMPLES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(EXAMPLES, f), "utf8")),
  // Each paragraph alone too: the patterns' prefilter skips a text without their strings.
].flatMap((t) => [t, ...t.split(/\n\s*\n/)]);

describe("a built-in lexicon compiled from its prepared form", () => {
  for (const file of readdirSync(LEXICONS).filter((f) => f.endsWith(".json"))) {
    it(`matches what ${file} compiled from its definition matches`, () => {
      const def = JSON.parse(readFileSync(join(LEXICONS, file), "utf8")) as LexiconDefinition;
      const prepared = JSON.parse(JSON.stringify(prepareLexicon(def, true)));
      const fromDefinition = compileLexicon(file, def);
      const fromPrepared = compileLexicon(file, def, prepared);
      for (const text of texts) {
        const words = tokenize(text);
        expect(fromPrepared.matchAll(text, words)).toEqual(fromDefinition.matchAll(text, words));
      }
    });
  }
});
