import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { sourceRange } from "../../src/model/position.js";
import type { SourceDocument } from "../../src/model/types.js";
import { rPageHtmlReader } from "../../src/sources/r-page-html.js";

const FIXTURE = "test/fixtures/r-page-html/filing/R2.htm";
const fixtureText = readFileSync(fileURLToPath(new URL("../fixtures/r-page-html/filing/R2.htm", import.meta.url)), "utf8");

const doc = (text: string, file = "R2.htm"): SourceDocument => ({ file, text, encoding: "utf-8", format: "r-page-html" });
const read = (text: string) => rPageHtmlReader.read(doc(text));

/** A minimal page in the compact form formats.md shows. */
function page(rows: string, header = '<tr><th class="tl" colspan="1" rowspan="2"><div><strong>Cybersecurity<br></strong></div></th><th class="th" colspan="1">12 Months Ended</th></tr><tr><th class="th"><div>Dec. 31, 2024</div></th></tr>') {
  return `<html><body><table class="report" border="0" cellspacing="2">\n${header}\n${rows}\n</table></body></html>`;
}
const row = (id: string, label: string, ...values: string[]) =>
  `<tr class="re"><td class="pl"><a onclick="Show.showAR(this,'defref_${id}',window)">${label}</a></td>${values.map((v) => `<td class="text">${v}</td>`).join("")}</tr>\n`;

describe("rPageHtmlReader on the Northwind R2.htm fixture", () => {
  const result = rPageHtmlReader.read(doc(fixtureText, FIXTURE));

  it("reads one fact per concept row, skipping the [Line Items] row and the authRefData pop-ups", () => {
    expect(result.facts.map((f) => [f.concept, f.kind, f.kind === "flag" ? f.value : "…"])).toEqual([
      ["CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock", "text", "…"],
      ["CybersecurityRiskManagementProcessesIntegratedFlag", "flag", true],
      ["CybersecurityRiskManagementThirdPartyEngagedFlag", "flag", true],
      ["CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag", "flag", true],
      ["CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag", "flag", false],
      ["CybersecurityRiskBoardOfDirectorsOversightTextBlock", "text", "…"],
      ["CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag", "flag", true],
      ["CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock", "text", "…"],
      ["CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag", "flag", true],
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.cydNamespaces).toEqual([]);
  });

  it("takes the period from the column header", () => {
    expect(result.info).toEqual({ periodEndDate: "2024-12-31" });
    expect(result.facts.every((f) => f.period?.endDate === "2024-12-31")).toBe(true);
  });

  it("gives a flag its label, raw value and exact position", () => {
    const flag = result.facts[1];
    expect(flag).toMatchObject({
      label: "Cybersecurity Risk Management Processes Integrated [Flag]",
      value: true,
      raw: "true",
      text: "",
      textMap: [],
      position: { file: FIXTURE, line: 40, column: 26, endLine: 40, endColumn: 30 },
    });
    expect(fixtureText.slice(flag.offset, flag.endOffset)).toBe("true");
  });

  it("renders a text block as plain text (paragraphs, entities, a nested table's cells) and keeps its HTML", () => {
    const block = result.facts[0];
    expect(block.text).toBe(
      "Risk Management and Strategy\n" +
        "Northwind Ledger Corp. (“Northwind”) maintains a cybersecurity program designed to assess, identify and manage material risks from cybersecurity threats to our ledger\u2011hosting platform & corporate systems.\n" +
        "The program is part of our enterprise risk management framework. We engage third\u2011party assessors to test our controls annually.\n" +
        "Program element Owner\nVendor risk reviews Procurement",
    );
    expect(block.value).toBe(block.text);
    expect(block.html).toMatch(/^<div style="font-family:Times New Roman;font-size:10pt;"><p /);
    expect(block.html).toMatch(/<\/table><\/div><span><\/span>$/);
    expect(block.raw).toBe(block.html);
    expect(block.position).toEqual({ file: FIXTURE, line: 33, column: 161, endLine: 35, endColumn: 181 });
    expect(fixtureText.slice(block.offset, block.offset + 28)).toBe("Risk Management and Strategy");
  });

  it("maps text offsets back to the file through entities", () => {
    const block = result.facts[0];
    const quoted = "“Northwind”) maintains";
    const t = block.text.indexOf(quoted);
    const [s, e] = sourceRange(block.textMap, t, t + quoted.length);
    expect(fixtureText.slice(s, e)).toBe("&#8220;Northwind&#8221;) maintains");
    const h = block.text.indexOf("third\u2011party");
    const [hs, he] = sourceRange(block.textMap, h, h + "third\u2011party".length);
    expect(fixtureText.slice(hs, he)).toBe("third&#8209;party");
  });

  it("gives the same lines and columns with CRLF line ends", () => {
    const crlf = rPageHtmlReader.read(doc(fixtureText.replace(/\n/g, "\r\n"), FIXTURE));
    expect(crlf.facts.map((f) => f.position)).toEqual(result.facts.map((f) => f.position));
    expect(crlf.facts[0].text).toBe(result.facts[0].text);
  });
});

describe("rPageHtmlReader: the page's variations", () => {
  it("takes the concept from the defref id, not the label", () => {
    const r = read(page(row("cyd_CybersecurityRiskRoleOfManagementTextBlock", "Role of management (as the filer labelled it)", "<p>Our CISO leads.</p>")));
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ concept: "CybersecurityRiskRoleOfManagementTextBlock", kind: "text", value: "Our CISO leads.", label: "Role of management (as the filer labelled it)" });
    expect(r.diagnostics).toEqual([]);
  });

  it("reads a filer's own concept and settles an underscored prefix from the pop-up", () => {
    const popup = `<table class="authRefData" style="display: none;" id="defref_nw_lc_CyberTabletopExercisesTextBlock"><tr><td><strong> Namespace Prefix:</strong></td><td>nw_lc_</td></tr></table>`;
    const r = read(page(row("nw_lc_CyberTabletopExercisesTextBlock", "Cyber Tabletop Exercises [Text Block]", "Twice a year.")) + popup);
    expect(r.facts.map((f) => [f.concept, f.kind, f.value])).toEqual([["CyberTabletopExercisesTextBlock", "text", "Twice a year."]]);
  });

  it("falls back to the label when a row has no defref, and says so for unknown labels", () => {
    const rows =
      `<tr><td class="pl"><a>Cybersecurity Risk Management Third Party Engaged [Flag]</a></td><td class="text">true</td></tr>\n` +
      `<tr><td class="pl"><a>Cyber Insurance Maintained [Flag]</a></td><td class="text">false</td></tr>`;
    const r = read(page(rows));
    expect(r.facts.map((f) => [f.concept, f.value])).toEqual([
      ["CybersecurityRiskManagementThirdPartyEngagedFlag", true],
      ["CyberInsuranceMaintainedFlag", false],
    ]);
    expect(r.diagnostics).toEqual([
      {
        code: "unknown-label",
        message: 'Label "Cyber Insurance Maintained [Flag]" has no concept id and is not in the cyd concept table; read as CyberInsuranceMaintainedFlag.',
        position: { file: "R2.htm", line: 4, column: 23, endLine: 4, endColumn: 56 },
        concept: "CyberInsuranceMaintainedFlag",
      },
    ]);
  });

  it("flags an invalid boolean and keeps an empty row at its label", () => {
    const text = page(
      row("cyd_CybersecurityRiskManagementProcessesIntegratedFlag", "Cybersecurity Risk Management Processes Integrated [Flag]", " Yes ") +
        row("cyd_CybersecurityRiskRoleOfManagementTextBlock", "Cybersecurity Risk Role of Management [Text Block]", "&#160;<span></span>"),
    );
    const r = read(text);
    expect(r.facts[0]).toMatchObject({ kind: "flag", value: null, raw: "Yes", problems: ['"Yes" is not a valid XBRL boolean'] });
    expect(r.facts[1]).toMatchObject({ kind: "text", value: "", text: "", textMap: [] });
    const line4 = text.split("\n")[3];
    const column = line4.indexOf("Cybersecurity Risk Role") + 1;
    expect(r.facts[1].position).toEqual({ file: "R2.htm", line: 4, column, endLine: 4, endColumn: column + "Cybersecurity Risk Role of Management [Text Block]".length });
  });

  it("reads several columns with their own periods and skips footnote cells", () => {
    const header =
      '<tr><th class="tl" rowspan="2">Cyber</th><th class="th" colspan="2">12 Months Ended</th><th class="th">3 Months Ended</th></tr>' +
      '<tr><th class="th">Dec. 31, 2024</th><th class="th">Dec. 31, 2023</th><th class="th">Mar. 31, 2025</th></tr>';
    const rows = `<tr><td class="pl"><a onclick="top.Show.showAR( this, 'defref_cyd_CybersecurityRiskManagementThirdPartyEngagedFlag', window );">Engaged [Flag]</a></td><td class="fn"><sup>[1]</sup></td><td class="text">true</td><td class="text">false</td><td class="text">&#160;</td></tr>`;
    const r = read(page(rows, header));
    expect(r.info.periodEndDate).toBe("2024-12-31");
    expect(r.facts.map((f) => [f.value, f.period])).toEqual([
      [true, { endDate: "2024-12-31" }],
      [false, { endDate: "2023-12-31" }],
    ]);
  });

  it("reads the cover page (R1) as document information, not facts", () => {
    const r = read(
      page(
        row("dei_DocumentType", "Document Type", "10-K") +
          row("dei_DocumentPeriodEndDate", "Document Period End Date", "Dec. 31, 2024") +
          row("dei_DocumentTransitionReport", "Document Transition Report", "false"),
      ),
    );
    expect(r.facts).toEqual([]);
    expect(r.info).toEqual({ documentType: "10-K", periodEndDate: "2024-12-31", transitionReport: false });
  });

  it("ignores markup outside the report table and inside scripts and comments", () => {
    const text =
      `<html><head><script>var s = '<table class="report"><tr><td class="pl">defref_cyd_X</td></tr>';</script></head><body>` +
      `<!-- <table class="report"> -->` +
      page(row("cyd_CybersecurityRiskManagementThirdPartyEngagedFlag", "Engaged [Flag]", "true")).replace(/^<html><body>/, "");
    expect(read(text).facts.map((f) => f.concept)).toEqual(["CybersecurityRiskManagementThirdPartyEngagedFlag"]);
  });

  it("fails clearly when there is no report table", () => {
    expect(() => read("<html><body><p>Item 1C</p></body></html>")).toThrow(new InputError('no <table class="report"> found: not an SEC viewer R page'));
  });
});
