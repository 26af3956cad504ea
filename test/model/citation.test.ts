import { describe, expect, it } from "vitest";
import { citationForForm } from "../../src/model/citation.js";

describe("citationForForm", () => {
  const both = "Reg S-K 106(b)(2); Form 20-F Item 16K(b)(2)";

  it("cites the part that governs a known form", () => {
    expect(citationForForm(both, "10-K")).toBe("Reg S-K 106(b)(2)");
    expect(citationForForm(both, "10-K/A")).toBe("Reg S-K 106(b)(2)");
    expect(citationForForm(both, "20-F")).toBe("Form 20-F Item 16K(b)(2)");
    expect(citationForForm("Form 8-K Item 1.05; Form 6-K; Form 20-F General Instructions", "8-K")).toBe("Form 8-K Item 1.05");
  });

  it("keeps Item 106 for a 20-F when no part names a Form 20-F item", () => {
    expect(citationForForm("Reg S-K 106(b)-(c); Form 8-K Item 1.05; Form 6-K", "20-F")).toBe("Reg S-K 106(b)-(c); Form 6-K");
  });

  it("leaves the citation whole when the form is unknown or the parts govern any form", () => {
    expect(citationForForm(both, undefined)).toBe(both);
    expect(citationForForm(both, "S-1")).toBe(both);
    expect(citationForForm("EFM 6.5.20 (text blocks)", "10-K")).toBe("EFM 6.5.20 (text blocks)");
    expect(citationForForm("Reg S-K 106; Form 20-F Item 16K; EFM 6.5.20 (cyd text blocks)", "10-K")).toBe("Reg S-K 106; EFM 6.5.20 (cyd text blocks)");
  });
});
