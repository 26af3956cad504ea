import { describe, expect, it } from "vitest";
import { markdownBlocks, textBlocks } from "../../src/sources/prose.js";
import { findSection, headingPaths, isNoise, ItemMentionWatch, looksLikeHeading, normaliseBlocks } from "../../src/text/sections.js";

const texts = (s: string) => normaliseBlocks(textBlocks(s)).map((b) => `${b.kind === "heading" ? "# " : ""}${b.text}`);

describe("looksLikeHeading", () => {
  it.each([
    "Item 1C. Cybersecurity",
    "ITEM 1C.CYBERSECURITY.",
    "Item 16K. Cybersecurity",
    "Cybersecurity Risk Management and Strategy",
    "Risk management and strategy",
    "Material cybersecurity risks, threats, and incidents",
    "GOVERNANCE",
    "Governance.",
    "Board of Director Oversight of Cybersecurity Risks",
  ])("heading: %s", (t) => expect(looksLikeHeading(t)).toBe(true));

  it.each([
    "We maintain a cybersecurity program based on the NIST framework.",
    "Key elements of our program include:",
    "•risk assessments designed to help identify material risks",
    "our CISO is responsible for the program",
    "The Board of Directors oversees cybersecurity risk through the Audit Committee and receives quarterly reports from the CISO and the CIO",
  ])("not a heading: %s", (t) => expect(looksLikeHeading(t)).toBe(false));
});

describe("isNoise", () => {
  it.each(["48", "- 37 -", "Table of Contents", "Molina Healthcare, Inc. 2025 Form 10-K | 36", "--- ITEM 1C ---", "\u200b", "Index to Financial Statements"])(
    "page furniture: %s",
    (t) => expect(isNoise(t)).toBe(true),
  );
  it("keeps text", () => expect(isNoise("None.")).toBe(false));
});

describe("normaliseBlocks", () => {
  it("drops page furniture, joins a lone bullet to its text and a page-broken paragraph across a running header", () => {
    const s = "Governance\n\nThe Audit Committee of our Board of Directors receives detailed written reports on threats, incidents and the program\n\n21\n\nNorthwind Ledger Corp.\n\nfrom our CISO.\n\n●\n\nannual training;\n\nTable of Contents\n\nNext paragraph.\n";
    expect(texts(s)).toEqual(["# Governance", "The Audit Committee of our Board of Directors receives detailed written reports on threats, incidents and the program from our CISO.", "● annual training;", "Next paragraph."]);
  });

  it("does not join a paragraph that ended with closing punctuation", () => {
    expect(texts("First paragraph ends here.\n\nsecond starts lower case.\n")).toEqual(["First paragraph ends here.", "second starts lower case."]);
  });

  it("keeps lettered list items apart although each ends open and starts in lower case; an e.g. still joins", () => {
    const s = "Key elements of our program include:\n\na.risk assessments of our critical systems;\n\nb.a security team that manages testing;\n\n(c) cybersecurity awareness training;\n\nii. an incident response plan; and\n\nOur program relies on a number of outside vendors and advisers that work with us\n\ne.g., managed detection providers.\n";
    expect(texts(s)).toEqual([
      "Key elements of our program include:",
      "a.risk assessments of our critical systems;",
      "b.a security team that manages testing;",
      "(c) cybersecurity awareness training;",
      "ii. an incident response plan; and",
      "Our program relies on a number of outside vendors and advisers that work with us e.g., managed detection providers.",
    ]);
  });
});

describe("findSection", () => {
  it("skips the table of contents: the Item 1C heading that holds the most text wins", () => {
    const s = "Item 1C. Cybersecurity 11\n\nItem 2. Properties 12\n\nItem 1A. Risk Factors\n\nA cybersecurity incident could hurt us.\n\nItem 1C. Cybersecurity\n\nWe assess risks.\n\nOur Board oversees them.\n\nItem 2. Properties\n\nWe lease offices.\n";
    const section = findSection(normaliseBlocks(textBlocks(s)))!;
    expect(section.heading.text).toBe("Item 1C. Cybersecurity");
    expect(section.item).toBe("1C");
    expect(section.blocks.map((b) => b.text)).toEqual(["We assess risks.", "Our Board oversees them."]);
  });

  it("reads on past a page's running header (PART I over ITEM 1C again), and still ends at the next part", () => {
    const page = "Item 1C. Cybersecurity\n\nRisk management\n\nWe assess risks with quarterly scans and annual penetration tests.\n\nNORTHWIND LEDGER 2025 FORM 10-K 39\n\nPART I\n\nITEM 1C. CYBERSECURITY\n\nOur Board oversees them through the Audit Committee.\n\n";
    const section = findSection(normaliseBlocks(textBlocks(`${page}PART II\n\nItem 5. Market for Common Equity\n\nOur shares trade on Nasdaq.\n`)))!;
    expect(section.heading.text).toBe("Item 1C. Cybersecurity");
    const paragraphs = section.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    expect(paragraphs).toEqual(["We assess risks with quarterly scans and annual penetration tests.", "Our Board oversees them through the Audit Committee."]);
    // "PART I" over another item is a part boundary, as before.
    const other = findSection(normaliseBlocks(textBlocks("Item 1C. Cybersecurity\n\nWe assess risks with quarterly scans.\n\nPART II\n\nItem 5. Market\n\nOur shares trade on Nasdaq.\n")))!;
    expect(other.blocks.map((b) => b.text)).toEqual(["We assess risks with quarterly scans."]);
  });

  it("finds a Cybersecurity heading inside a longer Markdown document and ends at a heading of the same level", () => {
    const md = "# Annual report\n\n## Risk factors\n\nRisks.\n\n## Cybersecurity\n\n### Governance\n\nOur Board oversees it.\n\n## Properties\n\nOffices.\n";
    const section = findSection(normaliseBlocks(markdownBlocks(md)))!;
    expect(section.heading.text).toBe("Cybersecurity");
    expect(section.item).toBeUndefined();
    expect(section.blocks.map((b) => b.text)).toEqual(["Governance", "Our Board oversees it."]);
  });

  it("keeps Item 106's part headings styled like the Item heading inside the item (a Word draft with all in Heading 2), and still ends at another heading", () => {
    const md = "## Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\nWe assess risks.\n\n## Governance\n\nOur Board oversees them.\n\n## Properties\n\nOffices.\n";
    const section = findSection(normaliseBlocks(markdownBlocks(md)))!;
    expect(section.blocks.map((b) => b.text)).toEqual(["Risk Management and Strategy", "We assess risks.", "Governance", "Our Board oversees them."]);
    // Only under the Item heading: a bare "Cybersecurity" heading in Item 1A still ends at the next risk-factor heading.
    const risk = findSection(normaliseBlocks(markdownBlocks("## Cybersecurity\n\nA breach could hurt us.\n\n## Risks Related to Our Governance\n\nOur charter.\n")))!;
    expect(risk.blocks.map((b) => b.text)).toEqual(["A breach could hurt us."]);
  });

  it("prefers Item 16K, and starts at the first sub-heading when there is no section heading", () => {
    expect(findSection(normaliseBlocks(markdownBlocks("## ITEM 16K. CYBERSECURITY\n\nText.\n")))!.item).toBe("16K");
    const section = findSection(normaliseBlocks(textBlocks("Cybersecurity Risk Management and Strategy\n\nWe assess risks.\n\nCybersecurity Governance\n\nOur Board oversees them.\n")))!;
    expect(section.heading.text).toBe("Cybersecurity Risk Management and Strategy");
    expect(section.blocks.map((b) => b.text)).toEqual(["Cybersecurity Risk Management and Strategy", "We assess risks.", "Cybersecurity Governance", "Our Board oversees them."]);
  });

  it("takes a labelled sub-heading ('SECTION: Cybersecurity Risk Management …', as R-page exports write it) over a table row", () => {
    const md = "## SECTION: Insider Trading\n\nText.\n\n## SECTION: Cybersecurity Risk Management and Strategy Disclosure\n\nWe maintain a program.\n\n| Cybersecurity Risk Management, Strategy, and Governance [Line Items] |  |\n| --- | --- |\n| Flag | true |\n";
    const section = findSection(normaliseBlocks(markdownBlocks(md)))!;
    expect(section.heading.text).toBe("SECTION: Cybersecurity Risk Management and Strategy Disclosure");
    expect(section.blocks.map((b) => b.text)).toContain("We maintain a program.");
  });

  it("reads only the window around the tagged text of an HTML filing, and its Item 1C heading", async () => {
    const { sectionAround } = await import("../../src/sources/prose.js");
    const html = `<p>Item 1B. Unresolved Staff Comments</p><p>None.</p><h2>Item 1C. Cybersecurity</h2><p>We keep a program.</p><p>Our Board oversees it.</p><h2>Item 2. Properties</h2><p>We lease offices.</p>`;
    const at = html.indexOf("Our Board");
    const section = sectionAround({ file: "f.htm", format: "ixbrl", text: html, encoding: "utf-8" }, at, at + 10, null)!;
    expect(section.heading?.text).toBe("Item 1C. Cybersecurity");
    expect(section.paragraphs.map((p) => p.text)).toEqual(["We keep a program.", "Our Board oversees it."]);
  });

  it("finds nothing in a document without a cybersecurity heading", () => {
    expect(findSection(normaliseBlocks(textBlocks("Item 1A. Risk Factors\n\nCybersecurity incidents could hurt us.\n")))).toBeUndefined();
  });
});

describe("headingPaths", () => {
  it("gives each block the headings above it, outermost first", () => {
    const blocks = normaliseBlocks(markdownBlocks("## Governance\n\n### Board oversight\n\nA.\n\n### Management\n\nB.\n"));
    expect(headingPaths(blocks).map((p) => p.map((h) => h.text))).toEqual([[], ["Governance"], ["Governance", "Board oversight"], ["Governance"], ["Governance", "Management"]]);
  });
});

describe("ItemMentionWatch", () => {
  const hits = (...pieces: string[]) => {
    const w = new ItemMentionWatch();
    let at = 0;
    for (const p of pieces) {
      w.read(p, 0, p.length, at, false);
      at += p.length;
    }
    return w.hits;
  };
  it("finds item 1c / 16k across pieces, spaces and case, at the last character", () => {
    expect(hits("ITEM 1C. Cybersecurity")).toEqual([6]);
    expect(hits("It", "em", "\u00a0", "1", "c")).toEqual([6]);
    expect(hits("Item 16 K")).toEqual([8]);
    expect(hits("see iitem1c and Item 16k")).toEqual([10, 23]);
    expect(hits("x I", "tem 1c", "i", "", "tem", "16K")).toEqual([8, 15]);
  });
  it("carries a piece with no \"1\" over to the next by the piece's last characters (round 35)", () => {
    expect(hits("see item ", "1c")).toEqual([10]);
    expect(hits("see ITEM\u00a0 \n", "16K")).toEqual([13]);
    expect(hits("see item", " 1c")).toEqual([10]);
    expect(hits("x ite", "m 16k")).toEqual([9]);
    expect(hits("x it", "em 1C")).toEqual([8]);
    expect(hits("x I", "tem 1c")).toEqual([8]);
    expect(hits("   ", "item 1c")).toEqual([9]);
    expect(hits("item x ", "1c")).toEqual([]);
    expect(hits("items ", "1c")).toEqual([]);
    expect(hits("tem ", "1c")).toEqual([]);
    expect(hits("it ", "em 1c")).toEqual([]);
    // Parts of one string, as a render reads its source (the next "1" is looked for once).
    const w = new ItemMentionWatch();
    const s = "see item \u00a0 1c; item 1b; the item, 16k";
    for (const [a, b] of [[0, 9], [9, 15], [15, 18], [18, 35], [35, s.length]]) w.read(s, a, b, a, false);
    expect(w.hits).toEqual([12]);
  });
  it("does not stop at other items", () => {
    expect(hits("Item 1A. Risk Factors", "Item 1B", "Item 2", "item 11c", "itm 1c")).toEqual([]);
  });
  it("places a decoded reference at the reference", () => {
    const w = new ItemMentionWatch();
    w.read("Item 1", 0, 6, 100, false);
    w.read("C", 0, 1, 200, true);
    expect(w.hits).toEqual([200]);
  });
  it("finds what a character-by-character reading finds, over pieces of random text", () => {
    // The watch skips to the next "i" / "I" while it has nothing; the reference reads every character.
    const reference = (pieces: string[]): number[] => {
      const out: number[] = [];
      let text = "";
      for (const p of pieces) text += p;
      let state = 0;
      for (let k = 0; k < text.length; k++) {
        const c = text[k];
        const l = c.toLowerCase();
        if (state >= 4 && /\s/.test(c)) continue;
        if (state === 5 && (l === "c" || c === "6")) {
          if (c === "6") state = 6;
          else (out.push(k), (state = 0));
          continue;
        }
        if (state === 6 && l === "k") {
          out.push(k);
          state = 0;
          continue;
        }
        if (state === 4 && c === "1") state = 5;
        else if (state === 3 && l === "m") state = 4;
        else if (state === 2 && l === "e") state = 3;
        else if (state === 1 && l === "t") state = 2;
        else state = l === "i" ? 1 : 0;
      }
      return out;
    };
    const alphabet = ["i", "I", "t", "T", "e", "E", "m", "M", "1", "6", "c", "C", "k", "K", " ", "\u00a0", "\n", "x", "\u0130"];
    let seed = 7;
    // A linear congruential generator's high bits (its low ones repeat with a short period).
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    for (let round = 0; round < 2000; round++) {
      const pieces: string[] = [];
      for (let p = next(5); p >= 0; p--) {
        let piece = "";
        for (let k = next(12); k > 0; k--) {
          // A mention (or the start of one), each letter in either case, or one random character.
          const mention = [...(next(2) ? "item 1c" : "item 16k").slice(0, next(9))].map((c) => (next(2) ? c.toUpperCase() : c)).join("");
          piece += next(3) === 0 ? mention : alphabet[next(alphabet.length)];
        }
        pieces.push(piece);
      }
      expect(hits(...pieces)).toEqual(reference(pieces));
      // The same pieces as parts of one string, as a render reads its source: the watch remembers
      // where that string's next "1" is (round 35: a part with none is read by its end alone).
      const w = new ItemMentionWatch();
      const whole = pieces.join("");
      let at = 0;
      for (const p of pieces) {
        w.read(whole, at, at + p.length, at, false);
        at += p.length;
      }
      expect(w.hits).toEqual(reference(pieces));
    }
  });
});
