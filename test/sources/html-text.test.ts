import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { encodeXML } from "entities";
import { sourceOffset } from "../../src/model/position.js";
import { HtmlTextRenderer, htmlToText, textContent } from "../../src/sources/html-text.js";
import { decodeEntities } from "../../src/sources/xml-scan.js";
import { growthOver4x, growthSizes } from "../helpers.js";

/** Render the whole string. */
const render = (s: string, escaped = false) => htmlToText(s, 0, s.length, { escaped });

/** Source character each text character maps to. */
const mappedChars = (src: string, r: { text: string; map: Array<[number, number]> }) =>
  [...r.text].map((_, t) => src[sourceOffset(r.map, t)]);

describe("htmlToText", () => {
  it("turns block elements into paragraph breaks and collapses whitespace", () => {
    const src = "<div>\n  <p>Northwind   Ledger <b>Corp.</b>\n\t keeps  books.</p><p> Second </p><ul><li>one</li><li>two</li></ul></div>";
    expect(render(src).text).toBe("Northwind Ledger Corp. keeps books.\nSecond\none\ntwo");
  });

  it("keeps inline elements inside words and separates table cells", () => {
    expect(render("<p>risk<b>-based</b> <i>program</i></p>").text).toBe("risk-based program");
    expect(render("<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>").text).toBe("A B\nC");
    expect(render("line one<br/>line two<br>three").text).toBe("line one\nline two\nthree");
    expect(render("<h1>Title</h1>Body<h6>End</h6>").text).toBe("Title\nBody\nEnd");
  });

  it("decodes named, decimal and hex references; &nbsp; is a space", () => {
    const r = render("<p>A &amp; B&#8217;s&nbsp;&nbsp;&#160;C &#x2612; &lt;tag&gt; &copy; &quot;q&quot;</p>");
    expect(r.text).toBe("A & B’s C ☒ <tag> © \"q\"");
  });

  it("drops soft hyphens (U+00AD, &shy;, &#173;), which a word processor leaves inside words: \"Cyber&shy;security\" reads as one word (realistic set 24)", () => {
    const src = "<h2>Cyber&shy;security</h2><p>Our infor\u00admation security team and our cyber&#173;security program; risk\u00ad based</p>";
    const r = render(src);
    expect(r.text).toBe("Cybersecurity\nOur information security team and our cybersecurity program; risk based");
    // Every character still maps to itself in the source: the words around a dropped hyphen keep their offsets.
    const chars = mappedChars(src, r);
    [...r.text].forEach((ch, t) => {
      if (ch !== " " && ch !== "\n") expect(chars[t]).toBe(ch);
    });
    expect(sourceOffset(r.map, r.text.indexOf("mation"))).toBe(src.indexOf("mation"));
    expect(sourceOffset(r.map, r.text.indexOf("program"))).toBe(src.indexOf("program"));
    // Escaped HTML (an iXBRL text block's content) too.
    expect(render("&lt;p&gt;Cyber&amp;shy;security&lt;/p&gt;", true).text).toBe("Cybersecurity");
  });

  it("leaves unknown and DOCTYPE-defined entities unexpanded (no entity bombs)", () => {
    expect(render("<p>&lol9; &amp &bogus;</p>").text).toBe("&lol9; &amp &bogus;");
  });

  it("drops comments, script, style, and ix:exclude content; unwraps other ix tags", () => {
    const src =
      '<p>Keep<!-- hidden --> this <script>var x = "<p>no</p>";</script><style>p{}</style>' +
      '<ix:nonNumeric name="cyd:X">nested <ix:exclude>Page 3 <ix:exclude>inner</ix:exclude> still out</ix:exclude>text</ix:nonNumeric></p>';
    const r = render(src);
    expect(r.text).toBe("Keep this nested text");
    expect(r.html).not.toContain("ix:");
    expect(r.html).not.toContain("Page 3");
    expect(r.html).toContain("<p>Keep");
  });

  it("drops a tracked deletion (<del>, as Word's \"Save as Web Page\" writes one) and keeps a tracked insertion (realistic set 24)", () => {
    const src =
      '<p>We test it <span class=msoDel><del cite="mailto:J" datetime="2026-02-03T10:14">twice a year</del></span><span class=msoIns><ins cite="mailto:J">each\nyear</ins></span>.</p>' +
      "<p><DEL>In 2025 we had [&#9679;] incidents. </DEL>He has <del>[&#9679;]</del><ins>19</ins> years.</p>";
    const r = render(src);
    expect(r.text).toBe("We test it each year.\nHe has 19 years.");
    expect(mappedChars(src, r).join("")).toBe("We test it each\nyear.<He has 19 years.");
  });

  it("drops a word processor's comments: Google Docs' [a] anchors and comment divs, Word's [JO1] anchors and comment list (realistic set 24)", () => {
    const google =
      '<p class="c1"><span>Reviewed each quarter</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span>, with the Board.</span></p>' +
      '<h2>Governance</h2><p>The committee is briefed.</p>' +
      '<div class="c4"><p class="c3"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Is the Audit Committee informed annually?</span></p><p>Reply: yes.</p></div>';
    expect(render(google).text).toBe("Reviewed each quarter, with the Board.\nGovernance\nThe committee is briefed.");
    const word =
      "<p class=MsoNormal>Each quarter<span\nclass=MsoCommentReference><![if !supportAnnotations]><a class=msocomanchor id=\"_anchor_1\"\n" +
      'href="#_msocom_1" name="_msoanchor_1">[JO1]</a><![endif]><span style=\'mso-special-character:comment\'>&nbsp;</span></span>.</p>\n' +
      "<div style='mso-element:comment-list'><hr class=msocomoff><div style='mso-element:comment'><div id=\"_com_1\" class=msocomtxt>" +
      "<p class=MsoCommentText><a href=\"#_msoanchor_1\" class=msocomoff>[JO1]</a>Ask the CFO whether the Board is informed.</p></div></div></div><p>After.</p>";
    expect(render(word).text).toBe("Each quarter.\nAfter.");
    // an ordinary link stays text
    expect(render('<p>See <a href="#item1a">Item 1A</a>.</p>').text).toBe("See Item 1A.");
  });

  it("uses a custom ix prefix, or none", () => {
    const src = "<p><inline:exclude>gone</inline:exclude>kept <ix:exclude>kept too</ix:exclude></p>";
    expect(htmlToText(src, 0, src.length, { ixPrefix: "inline" }).text).toBe("kept kept too");
    expect(htmlToText(src, 0, src.length, { ixPrefix: null }).text).toBe("gonekept kept too");
  });

  it("maps every character back to its source offset", () => {
    const src = "<div><p>Alpha   beta&#8217;s\n<b>gamma</b> &amp; delta</p><p>epsilon</p></div>";
    const r = render(src);
    expect(r.text).toBe("Alpha beta’s gamma & delta\nepsilon");
    const chars = mappedChars(src, r);
    [...r.text].forEach((ch, t) => {
      if (ch === "’" || ch === "&") expect(chars[t]).toBe("&"); // an entity maps to its "&"
      else if (ch === " ") expect(src[sourceOffset(r.map, t)]).toMatch(/\s/);
      else if (ch === "\n") expect(chars[t]).toBe("<");
      else expect(chars[t]).toBe(ch);
    });
    expect(sourceOffset(r.map, r.text.indexOf("epsilon"))).toBe(src.indexOf("epsilon"));
    expect(sourceOffset(r.map, r.text.indexOf("delta"))).toBe(src.indexOf("delta"));
  });

  it("maps a single space to itself and a collapsed run to its first character, in every range", () => {
    // Words and their single spaces go into the text as one run: the map must still give each
    // character its own source offset, also where the range cuts a run short.
    const src = "<p>one two  three\tfour\u00a0five &#160;six seven </p>eight nine <b>ten</b> x";
    const isWs = (c: string | undefined) => c !== undefined && /[ \t\n\r\f\u00a0]/.test(c);
    for (let hi = 3; hi <= src.length; hi++) {
      const r = htmlToText(src, 0, hi);
      let last = -1;
      [...r.text].forEach((ch, t) => {
        const at = sourceOffset(r.map, t);
        expect(at).toBeGreaterThan(last);
        last = at;
        if (ch === "\n") expect(src[at]).toBe("<");
        else if (ch !== " ") expect(src[at]).toBe(ch);
        else expect((isWs(src[at]) || src[at] === "&") && !isWs(src[at - 1])).toBe(true);
      });
    }
    expect(htmlToText(src, 0, src.length).text).toBe("one two three four five six seven\neight nine ten x");
  });

  it("renders only the requested range, with offsets into the whole source", () => {
    const src = "<p>before</p><div id=x><p>inside text</p></div><p>after</p>";
    const start = src.indexOf("<div");
    const end = src.indexOf("</div>") + 6;
    const r = htmlToText(src, start, end);
    expect(r.text).toBe("inside text");
    expect(sourceOffset(r.map, 0)).toBe(src.indexOf("inside"));
    expect(r.html).toBe('<div id=x><p>inside text</p></div>');
  });

  it("decodes escaped HTML first and maps through both levels of escaping", () => {
    const src = "<tb>&lt;p&gt;Risk &amp;amp; reward&amp;nbsp;today&lt;/p&gt;&lt;p&gt;Next&amp;#8217;s&lt;/p&gt;</tb>";
    const start = 4;
    const end = src.length - 5;
    const r = htmlToText(src, start, end, { escaped: true });
    expect(r.text).toBe("Risk & reward today\nNext’s");
    expect(r.html).toBe("<p>Risk &amp; reward&nbsp;today</p><p>Next&#8217;s</p>");
    expect(sourceOffset(r.map, r.text.indexOf("reward"))).toBe(src.indexOf("reward"));
    expect(sourceOffset(r.map, r.text.indexOf("today"))).toBe(src.indexOf("today"));
    expect(sourceOffset(r.map, r.text.indexOf("Next"))).toBe(src.indexOf("Next"));
    // "&" came from "&amp;amp;": it maps to the outer reference.
    expect(sourceOffset(r.map, r.text.indexOf("&"))).toBe(src.indexOf("&amp;amp;"));
  });

  it("joins several ranges (a continuation chain) into one text", () => {
    const src = "<p>Head ends here</p>xx<div><p>continued text</p></div>yy<span>tail</span>";
    const r = new HtmlTextRenderer();
    r.add(src, 0, src.indexOf("xx"));
    const c1 = src.indexOf("<div>");
    r.separate(c1);
    r.add(src, c1, src.indexOf("yy"));
    const c2 = src.indexOf("<span>");
    r.separate(c2);
    r.add(src, c2, src.length);
    const out = r.finish();
    // The block end tag closing the second range still breaks the paragraph before "tail".
    expect(out.text).toBe("Head ends here\ncontinued text\ntail");
    expect(sourceOffset(out.map, out.text.indexOf("tail"))).toBe(src.indexOf("tail"));
  });

  it("separates inline ranges with a space so words never glue together", () => {
    const src = "<span>we have a</span>...<span>third-party program</span>";
    const r = new HtmlTextRenderer();
    r.add(src, 0, src.indexOf("..."));
    r.separate(src.lastIndexOf("<span>"));
    r.add(src, src.lastIndexOf("<span>"), src.length);
    expect(r.finish().text).toBe("we have a third-party program");
  });

  it("survives 200,000-deep nesting in linear time", async () => {
    const nested = (depth: number): string => "<div><span>".repeat(depth) + "deep" + "</span></div>".repeat(depth);
    expect(render(nested(200_000)).text).toBe("deep");
    const sources = new Map(growthSizes(200_000).map((n) => [n, nested(n)]));
    expect(await growthOver4x((n) => render(sources.get(n) as string), 200_000)).toBeLessThan(12);
  });

  it("reads a run of words in linear time whatever its spaces (round 42: the run's regex)", async () => {
    // A million single-spaced words (past the regex's bound of 64 a match), words two spaces apart, 200,000 spaces
    // between two words, and a run cut by the range's end: each ends where text()'s loop ends it.
    expect(htmlToText("a b  c\u00a0d", 0, 12).text).toBe("a b c d");
    expect(htmlToText("<p>a b c d</p>", 0, 9).text).toBe("a b c");
    const shapes: Record<string, (n: number) => string> = {
      single: (n) => "ab ".repeat(n),
      double: (n) => "ab  ".repeat(n),
      spaces: (n) => `a${" ".repeat(n)}b`,
    };
    for (const [name, shape] of Object.entries(shapes)) {
      const big = shape(1_000_000);
      expect(render(big).text.length, name).toBe(big.replace(/ +/g, " ").trim().length);
      const sources = new Map(growthSizes(400_000).map((n) => [n, shape(n)]));
      expect(await growthOver4x((n) => render(sources.get(n) as string), 400_000), name).toBeLessThan(12);
    }
  });

  it("treats a stray '<' and a tag cut off by the range end sanely", () => {
    expect(render("a < b and c<d").text).toBe("a < b and c");
    expect(render("<p>ok</p><p class='x").text).toBe("ok");
  });

  it("property: escaped plain text renders as its whitespace-collapsed self, mapped to its references", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
        const plain = (a + "\u00a0" + b).replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "x");
        const src = encodeXML(plain);
        const r = render(src);
        const expected = plain.replace(/[ \t\n\r\f\u00a0]+/g, " ").trim();
        expect(r.text).toBe(expected);
        for (let t = 0; t < r.text.length; t++) {
          const ch = r.text[t];
          if (ch === " ") continue;
          const at = sourceOffset(r.map, t);
          expect(src[at] === ch || src[at] === "&").toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("textContent", () => {
  it("keeps whitespace exactly, decodes references, drops tags, comments and ix:exclude", () => {
    const src = "<span> &#160;\u2612 </span><!-- c --><ix:exclude>x</ix:exclude><b>&amp;</b>";
    expect(textContent(src, 0, src.length)).toBe(" \u00a0\u2612 &");
    expect(textContent(src, 0, src.length, null)).toBe(" \u00a0\u2612 x&");
  });
});

describe("references found once per window (the next '&' carried between text segments)", () => {
  // Text pieces with and without references, between tags and comments (which may hold an "&" of
  // their own): every segment's references must be decoded, however far the previous "&" was.
  const pieces = ["<b>", "</b>", "<p>", "<!-- & -->", "a", "word ", "&amp;", "&#160;", "&bogus;", "& ", "x&lt;y", "\n"];
  const isText = (p: string) => !p.startsWith("<");
  const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 });

  it("textContent decodes each segment's references as a segment on its own would", () => {
    fc.assert(
      fc.property(arb, (parts) => {
        const src = parts.join("");
        const expected = parts.map((p) => (isText(p) ? p : "\u0001")).join("").split("\u0001").map(decodeEntities).join("");
        expect(textContent(src, 0, src.length)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a partial render shows the watch the same text textContent reads, references decoded", () => {
    fc.assert(
      fc.property(arb, fc.nat(), (parts, cut) => {
        const src = parts.join("");
        let seen = "";
        const from = src.length ? cut % src.length : 0;
        const r = new HtmlTextRenderer(false, { from, to: src.length, watch: { read: (s, a, b) => void (seen += s.slice(a, b)) } });
        r.add(src, 0, src.length);
        expect(seen).toBe(textContent(src, 0, src.length));
      }),
      { numRuns: 300 },
    );
  });
});
