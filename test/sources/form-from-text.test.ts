// The form a filer's own words give when there is no dei:DocumentType and no --form.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formFromText } from "../../src/model/form.js";
import { loadDisclosure } from "../../src/sources/load.js";

describe("formFromText", () => {
  it("takes the form the text names as its own report before any item heading", () => {
    expect(formFromText([{ text: "Item 1C. Cybersecurity" }, { text: "as described in this annual report on Form 20-F" }])).toBe("20-F");
  });

  it("takes the form from a text that opens with its item heading, not from a mention", () => {
    expect(formFromText([{ text: "Item 16K. Cybersecurity\nRisk Management and Strategy" }])).toBe("20-F");
    expect(formFromText([{ text: "ITEM 1C. CYBERSECURITY" }])).toBe("10-K");
    expect(formFromText([{ text: "Unlike Item 1C of Form 10-K, Item 16K applies to us." }])).toBeUndefined();
    expect(formFromText([{ text: "Item 16K. Cybersecurity", kind: "flag" }])).toBeUndefined();
  });

  it("gives a 20-F R page whose text block opens with Item 16K the 20-F rules", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "disclint-form-")), "r9.txt");
    writeFileSync(
      file,
      [
        "|",
        "Cybersecurity Risk Management and Strategy Disclosure",
        "|12 Months Ended",
        "Dec. 31, 2025",
        "|Cybersecurity Risk Management, Strategy, and Governance [Line Items]",
        "|Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block]",
        "|",
        "Item 16K. Cybersecurity",
        "Harbor Pine Ltd. maintains a cybersecurity program to assess, identify and manage material risks from cybersecurity threats.",
        "",
      ].join("\n"),
    );
    const d = await loadDisclosure([file]);
    expect(d.documents[0].format).toBe("r-page-text");
    expect(d.form).toBe("20-F");
    expect(d.formSource).toBe("text");
  });
});
