import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/model/types.js";
import { escapeXml, junit } from "../../src/report/junit.js";
import { ACME, RESULTS, context, finding } from "./fixtures.js";

// htmlEntities: fast-xml-parser leaves numeric character references (&#10;) undecoded otherwise.
const parser = new XMLParser({ htmlEntities: true, ignoreAttributes: false, attributeNamePrefix: "", textNodeName: "text", isArray: (name) => ["testsuite", "testcase"].includes(name) });

describe("junit", () => {
  it("has one testsuite per file and one testcase per rule, failures carrying the findings", () => {
    expect(junit(RESULTS, context())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="disclint" tests="7" failures="3" errors="1">',
        '  <testsuite name="filings/acme 10-K.htm" tests="3" failures="3" errors="0" skipped="0">',
        '    <testcase name="flag-text-third-party-oversight" classname="filings/acme 10-K.htm">',
        '      <failure message="Third-party oversight flag is false, but the text describes vendors." type="warning">12:5 warning Third-party oversight flag is false, but the text describes vendors. Fix: Set the flag to true.</failure>',
        "    </testcase>",
        '    <testcase name="governance-board-oversight" classname="filings/acme 10-K.htm">',
        '      <failure message="CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing." type="error">3:1 error CybersecurityRiskBoardOfDirectorsOversightTextBlock is missing.</failure>',
        "    </testcase>",
        '    <testcase name="style-hypothetical-incident" classname="filings/acme 10-K.htm">',
        '      <failure message="Incidents are described only as hypothetical." type="info">120:17 info Incidents are described only as hypothetical.</failure>',
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="drafts/b.md" tests="1" failures="0" errors="1" skipped="0">',
        '    <testcase name="fatal" classname="drafts/b.md">',
        '      <error message="Cannot read file: EACCES" type="fatal">0:0 Cannot read file: EACCES</error>',
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="clean.txt" tests="3" failures="0" errors="0" skipped="0">',
        '    <testcase name="flag-text-third-party-oversight" classname="clean.txt"/>',
        '    <testcase name="governance-board-oversight" classname="clean.txt"/>',
        '    <testcase name="style-hypothetical-incident" classname="clean.txt"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it("puts several findings of one rule in one failure, typed by the worst severity", () => {
    const results: FileResult[] = [
      {
        file: ACME,
        findings: [
          finding({ ruleId: "governance-board-oversight", file: ACME, severity: "info", message: "First.", line: 2, column: 4 }),
          finding({ ruleId: "governance-board-oversight", file: ACME, severity: "error", message: "Second.", line: 9, column: 1, fix: "Do it." }),
        ],
      },
    ];
    const out = junit(results, context());
    expect(out).toContain(
      '<failure message="First. (+1 more)" type="error">2:4 info First.\n9:1 error Second. Fix: Do it.</failure>',
    );
    expect(out).toContain('<testsuite name="filings/acme 10-K.htm" tests="3" failures="1" errors="0" skipped="0">');
  });

  it("adds a testcase for a rule id that reported without being listed", () => {
    const results: FileResult[] = [{ file: ACME, findings: [finding({ ruleId: "zz-custom", file: ACME })] }];
    const out = junit(results, context({ rules: [] }));
    expect(out).toContain('<testcase name="zz-custom" classname="filings/acme 10-K.htm">');
    expect(out).toContain('<testsuites name="disclint" tests="1" failures="1" errors="0">');
  });

  it("escapes markup, quotes, line breaks in attributes and characters XML cannot carry", () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe(`a&lt;b&gt;&amp;"c"'d'`);
    expect(escapeXml(`a<b>&"c"'d'\n\t\r`, true)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;&#9;&#13;");
    expect(escapeXml("bell\u0007 nul\u0000 lone\ud800 ok\ud83d\ude00 \ufffe")).toBe("bell\ufffd nul\ufffd lone\ufffd ok\ud83d\ude00 \ufffd");

    const nasty = `Say "no" & <mean> it's\nnot\u0007 ]]> fine`;
    const file = "/repo/a&b <c>.htm";
    const results: FileResult[] = [
      { file, findings: [finding({ ruleId: "r<&>", file, message: nasty })] },
      { file: "/repo/bad.xml", findings: [], fatal: { file: "/repo/bad.xml", message: nasty } },
    ];
    const out = junit(results, context({ rules: [] }));
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = parser.parse(out);
    const [suite, fatalSuite] = doc.testsuites.testsuite;
    expect(suite.name).toBe("a&b <c>.htm");
    expect(suite.testcase[0].name).toBe("r<&>");
    expect(suite.testcase[0].failure.message).toBe(`Say "no" & <mean> it's\nnot\ufffd ]]> fine`);
    expect(suite.testcase[0].failure.text).toBe(`1:1 warning Say "no" & <mean> it's\nnot\ufffd ]]> fine`);
    // A fatal is one line, whatever the input put in it.
    expect(fatalSuite.testcase[0].error.message).toBe(`Say "no" & <mean> it's not  ]]> fine`);
  });

  it("is well-formed and deterministic for the fixture and for no files", () => {
    expect(XMLValidator.validate(junit(RESULTS, context()))).toBe(true);
    expect(junit([], context())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="disclint" tests="0" failures="0" errors="0">\n</testsuites>\n');
    expect(junit(RESULTS, context())).toBe(junit(structuredClone(RESULTS), context()));
  });
});
