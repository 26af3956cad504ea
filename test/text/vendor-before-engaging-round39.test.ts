// Round 39 (rules39, issue 10): vendor oversight told after a colon is not engaging a third party. Set 25's covenstead
// probe (docs/realistic-set25.md: every engaged firm and the MDR provider removed) still had third-party engagement
// answered by its vendor paragraph, "… are subject to our vendor risk management process: we assess their security
// controls before engaging them, …, and review their independent audit reports …". The vendor's own audit reports and the
// check made before engaging the vendor are oversight (labels/README.md: third-party-engaged is 106(b)(1)(ii), parties
// "engaged in connection with those processes" — C20: retained to do work for the registrant; the vendor is engaged for its
// service, and checking it is 106(b)(1)(iii)); the except lexicon sentence-third-party-engaged-vendor-audit says so but
// reads a bounded prefix of its clause, and the clause began 250 characters back, at the sentence's start. A colon followed
// by "we" now opens an independent clause (src/text/clauses.ts independentClauses), as ", and we" and "; we" did.
// Fictional sentences; the probe is built from the fictional set-25 file. The "now" cases fail at base 41c9844a.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { FIXTURES, paragraphElements } from "../helpers.js";

const LONG_LEAD =
  "Outside companies that store, host or process information for us, including our payroll and benefits administrators, our warehouse management and order routing software vendors, our cloud hosting and backup providers, the carriers and freight brokers that exchange shipment data with us and the agencies that run our loyalty program, are covered by our supplier security program: ";

describe("now: vendor oversight after a colon", () => {
  it("is third-party-oversight, not third-party-engaged: a check before engaging them, and their audit reports", () => {
    const got = paragraphElements(`${LONG_LEAD}we assess their security controls before engaging them, require them by contract to protect our data, and review their independent audit reports each year.`);
    expect(got).toContain("third-party-oversight");
    expect(got).not.toContain("third-party-engaged");
  });
});

describe("still", () => {
  it("the audit reports in a clause of their own after ', and we' (cut there at base too)", () => {
    const got = paragraphElements(
      `${LONG_LEAD}we require them by contract to protect our information and to notify us of security events and incidents, and we review their independent audit reports and questionnaires annually.`,
    );
    expect(got).toContain("third-party-oversight");
    expect(got).not.toContain("third-party-engaged");
  });
  it("a firm engaged after a colon is engaged", () => {
    expect(paragraphElements(`${LONG_LEAD}we engage an independent assessment firm to test their controls before we renew their contracts.`)).toContain("third-party-engaged");
  });
  it("a short vendor sentence with no colon is oversight only", () => {
    const got = paragraphElements("We assess the security controls of our vendors before engaging them and review their independent audit reports each year.");
    expect(got).toContain("third-party-oversight");
    expect(got).not.toContain("third-party-engaged");
  });
});

describe("set 25's covenstead probe: the engaged firms and the MDR provider removed", () => {
  it("third-party engagement is no longer answered by the vendor paragraph: #4 true with no text engaging anyone is told", async () => {
    const lines = readFileSync(join(FIXTURES, "realistic-set25", "covenstead-insurance-10k.htm"), "utf8").split("\n");
    expect(lines[17]).toMatch(/>We engage third parties in the program:/);
    lines[17] = lines[17].replace(/>We engage third parties.*?<\/p>/, "></p>");
    expect(lines[42]).toContain(" and a managed detection and response provider");
    lines[42] = lines[42].replace(" and a managed detection and response provider", "");
    const dir = mkdtempSync(join(tmpdir(), "rules39-vendor-"));
    const file = join(dir, "covenstead-insurance-10k.htm");
    writeFileSync(file, lines.join("\n"));
    const got = (await createLinter().lint(await loadDisclosure([file]))).map((f) => `${f.severity} ${f.ruleId} | ${f.message}`);
    expect(got.filter((f) => / flag-text-third-party-engaged \| .*is true, but no text/.test(f))).toHaveLength(1);
  });
});
