import type { FileResult, Finding, ReportContext, Severity } from "../model/types.js";
import { relativePath } from "./location.js";
import { messageWithFix } from "./text.js";
import { oneLine, xmlInvisibles } from "./untrusted.js";

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * XML 1.0 text: characters XML cannot carry even escaped (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD; markup characters become entities. In attributes, tab and line
 * breaks are written as character references too, since parsers would normalise them to spaces.
 */
export function escapeXml(text: string, attribute = false): string {
  const clean = text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
  const escaped = xmlInvisibles(clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  if (!attribute) return escaped;
  return escaped.replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

function attrs(values: Array<[string, string | number]>): string {
  return values.map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`).join("");
}

interface Suite {
  xml: string[];
  tests: number;
  failures: number;
  errors: number;
}

/**
 * JUnit XML: one <testsuite> per file, one <testcase> per rule that ran (ctx.rules, then any
 * other rule id that reported, sorted). A rule with findings fails: `<failure message type>` where
 * message is its first finding's message (+ how many more), type its highest severity, and the
 * body lists every finding as `line:column severity message Fix: hint`. A file that could not be
 * read is one testcase "fatal" with an <error>. No timings, so the output is deterministic.
 */
export function junit(results: FileResult[], ctx: ReportContext): string {
  const ruleIds = [...new Set(ctx.rules.map((r) => r.id))];
  const suites: Suite[] = [];

  for (const result of results) {
    const file = relativePath(result.file, ctx.cwd);
    const suite: Suite = { xml: [], tests: 0, failures: 0, errors: 0 };
    if (result.fatal) {
      const { line = 0, column = 0 } = result.fatal;
      const message = oneLine(result.fatal.message);
      suite.tests++;
      suite.errors++;
      suite.xml.push(
        `    <testcase${attrs([["name", "fatal"], ["classname", file]])}>`,
        `      <error${attrs([["message", message], ["type", "fatal"]])}>${escapeXml(`${line}:${column} ${message}`)}</error>`,
        "    </testcase>",
      );
    } else {
      const byRule = new Map<string, Finding[]>();
      for (const f of result.findings) {
        const list = byRule.get(f.ruleId);
        if (list) list.push(f);
        else byRule.set(f.ruleId, [f]);
      }
      const extra = [...byRule.keys()].filter((id) => !ruleIds.includes(id)).sort();
      for (const id of [...ruleIds, ...extra]) {
        suite.tests++;
        const open = `    <testcase${attrs([["name", id], ["classname", file]])}`;
        const findings = byRule.get(id);
        if (!findings) {
          suite.xml.push(`${open}/>`);
          continue;
        }
        suite.failures++;
        const worst = findings.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), findings[0].severity);
        const summary = findings[0].message + (findings.length > 1 ? ` (+${findings.length - 1} more)` : "");
        const body = findings.map((f) => `${f.line}:${f.column} ${f.severity} ${messageWithFix(f)}`).join("\n");
        suite.xml.push(
          `${open}>`,
          `      <failure${attrs([["message", summary], ["type", worst]])}>${escapeXml(body)}</failure>`,
          "    </testcase>",
        );
      }
    }
    const head = `  <testsuite${attrs([["name", file], ["tests", suite.tests], ["failures", suite.failures], ["errors", suite.errors], ["skipped", 0]])}`;
    suite.xml = suite.xml.length ? [`${head}>`, ...suite.xml, "  </testsuite>"] : [`${head}/>`];
    suites.push(suite);
  }

  const sum = (key: "tests" | "failures" | "errors") => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([["name", "disclint"], ["tests", sum("tests")], ["failures", sum("failures")], ["errors", sum("errors")]])}>`,
    ...suites.flatMap((s) => s.xml),
    "</testsuites>",
    "",
  ].join("\n");
}
