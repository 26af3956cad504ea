import { describe, expect, it } from "vitest";
import { maskMarkup } from "../../src/text/markup-mask.js";

describe("maskMarkup", () => {
  it("blanks tags, comments and entities with spaces of the same length, keeping newlines", () => {
    const src = '<p class="x">Item&#160;1C <!-- c -->is\n<b>incorporated</b> &amp; more</p>';
    const out = maskMarkup(src);
    expect(out).toHaveLength(src.length);
    expect(out.replace(/ +/g, " ").trim()).toBe("Item 1C is\n incorporated more");
    expect(out.indexOf("incorporated")).toBe(src.indexOf("incorporated"));
  });

  it("masks a window of the source; a lone '&' stays", () => {
    const src = "<a>AT&T</a><b>x</b>";
    expect(maskMarkup(src, 3, 7)).toBe("AT&T");
    expect(maskMarkup(src, 11)).toBe("   x    ");
  });
});
