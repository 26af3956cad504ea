// The harness of the section-level reading tests (aliases-round49, context-round50, clause-round51): documents written to
// a scratch folder and judged as the linter judges them, each paragraph's elements in order. Fictional filers only.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocumentContext } from "../../src/engine/document.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { loadDisclosure } from "../../src/sources/load.js";

const RULES = loadRuleSet();

/** Drafts and Inline XBRL filings written under a scratch folder named from `prefix`; the CIK goes in the filings' context. */
export function sectionDrafts(prefix: string, cik: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;

  /** The elements of each paragraph of a document, as the linter judges them. */
  async function paragraphs(file: string): Promise<string[][]> {
    const ctx = new DocumentContext(await loadDisclosure([file], {}), RULES.lexicons, RULES.cues, RULES.elements);
    return ctx.describeParagraphs().map((p) => [...p.elements]);
  }

  /** An Item 1C draft of these paragraphs. */
  async function draft(...texts: string[]): Promise<string[][]> {
    const file = join(dir, `draft-${n++}.md`);
    writeFileSync(file, `# Item 1C. Cybersecurity\n\n${texts.join("\n\n")}\n`);
    return paragraphs(file);
  }

  /** An Inline XBRL 10-K whose two cyd text blocks (`concepts`, local names) hold these paragraphs (the alias table is the document's). */
  async function ixbrl(first: string, second: string, concepts: [string, string]): Promise<string[][]> {
    const file = join(dir, `filing-${n++}.htm`);
    const block = (name: string, id: string, text: string) => `<ix:nonNumeric contextRef="c-1" name="cyd:${name}" id="${id}" escape="true"><p>${text}</p></ix:nonNumeric>`;
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2025" xmlns:cyd="http://xbrl.sec.gov/cyd/2025">
<head><title>Fictional 10-K</title></head>
<body>
<div style="display:none"><ix:header><ix:hidden><ix:nonNumeric contextRef="c-1" name="dei:DocumentType" id="h-1">10-K</ix:nonNumeric></ix:hidden>
<ix:resources><xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">${cik}</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-12-31</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header></div>
<p>Item 1C. Cybersecurity</p>
${block(concepts[0], "f-1", first)}
${block(concepts[1], "f-2", second)}
</body>
</html>
`,
    );
    return paragraphs(file);
  }

  return { draft, ixbrl };
}
