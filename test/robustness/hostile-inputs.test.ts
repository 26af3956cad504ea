// Hostile and broken input (issue 6). Every input is generated here. The contract for each case:
// exit 0/1/2 as output.md says; a one-line message naming the file and the problem, no stack
// trace; done within 20 s; the other file of the same run still linted and reported; the JSON and
// SARIF reports still valid documents.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growthOver4x, growthSizes } from "../helpers.js";
import { cli, exampleHtm, ROOT, rPage, STACK_FRAME, tmpDir } from "./helpers.js";

interface JsonMessage {
  fatal?: boolean;
  ruleId: string | null;
  message: string;
  line?: number;
  column?: number;
  evidence?: string | null;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  fatalErrorCount: number;
}

/** A file that lints with one error (a placeholder), to show the rest of a run is still linted. */
function goodFile(dir: string): string {
  const f = join(dir, "good.txt");
  writeFileSync(f, rPage("Our Board oversees cybersecurity risk through the [TBD] Committee."));
  return f;
}

/**
 * Lints `hostile` next to a good file in every report format and checks the contract. `fatal`: the
 * expected one-line problem, or null when the file must lint without a fatal. Returns the JSON result.
 */
async function contract(dir: string, hostile: string, fatal: RegExp | null, extra: string[] = []): Promise<JsonResult> {
  const good = goodFile(dir);
  const json = await cli([hostile, good, "-f", "json", ...extra], dir);
  expect(json.stderr).not.toMatch(STACK_FRAME);
  const results = JSON.parse(json.stdout) as JsonResult[];
  const mine = results.find((r) => r.filePath === hostile);
  const other = results.find((r) => r.filePath === good);
  expect(mine, `no result for ${hostile}`).toBeDefined();
  expect(other?.messages.map((m) => m.ruleId)).toContain("draft-placeholder");
  if (fatal) {
    expect(json.code).toBe(2);
    expect(mine!.fatalErrorCount).toBe(1);
    const [m] = mine!.messages;
    expect(m.fatal).toBe(true);
    expect(m.message).toMatch(fatal);
    expect(m.message).not.toMatch(/\n/);
    expect(m.message).not.toMatch(/^internal error/);
  } else {
    expect(json.code).toBe(1);
    expect(mine!.fatalErrorCount).toBe(0);
    expect(mine!.messages.filter((m) => m.fatal)).toEqual([]);
  }

  const sarif = await cli([hostile, good, "-f", "sarif", ...extra], dir);
  expect(sarif.code).toBe(json.code);
  const log = JSON.parse(sarif.stdout);
  expect(log.version).toBe("2.1.0");
  const run = log.runs[0];
  expect(run.results.some((r: { ruleId: string }) => r.ruleId === "draft-placeholder")).toBe(true);
  expect(run.invocations[0].executionSuccessful).toBe(!fatal);
  if (fatal) {
    const notes = run.invocations[0].toolExecutionNotifications as Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    const note = notes.find((n) => hostile.endsWith(n.locations[0].physicalLocation.artifactLocation.uri));
    expect(note?.message.text).toMatch(fatal);
  }

  const stylish = await cli([hostile, good, ...extra], dir);
  expect(stylish.code).toBe(json.code);
  expect(stylish.stdout + stylish.stderr).not.toMatch(STACK_FRAME);
  if (fatal) {
    // The file's name heads its block, and the problem is on the next line.
    const name = hostile.slice(dir.length + 1);
    const block = stylish.stdout.slice(stylish.stdout.indexOf(`${name}\n`));
    const unanchored = new RegExp(fatal.source.replace(/^\^/, "").replace(/\$$/, ""));
    expect(block.split("\n")[1]).toMatch(unanchored);
  }
  return mine!;
}

/** The example iXBRL filing with `edit` applied. */
function ixbrl(edit: (s: string) => string = (s) => s): string {
  return edit(exampleHtm());
}

describe("unreadable and non-disclosure input", () => {
  const dir = tmpDir("bad");
  const write = (name: string, data: string | Uint8Array) => {
    const f = join(dir, name);
    writeFileSync(f, data);
    return f;
  };

  it("an empty file", async () => {
    await contract(dir, write("empty.htm", ""), /^file is empty$/);
    await contract(dir, write("blank.htm", " \n\t\n"), /^file contains only whitespace$/);
  });

  it("binary files, with and without a known signature", async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    await contract(dir, write("image.htm", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise])), /^binary file \(PNG image\), not a disclosure$/);
    await contract(dir, write("noise.htm", noise), /^binary file, not a disclosure$/);
    await contract(dir, write("archive.htm", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise])), /^binary file \(zip archive\), not a disclosure$/);
  });

  it("files that are not a disclosure at all", async () => {
    await contract(dir, write("package.json", JSON.stringify({ name: "x", version: "1.0.0" })), /^not a disclosure/);
    await contract(dir, write("summary.xml", '<?xml version="1.0"?><FilingSummary><MyReports/></FilingSummary>'), /^not a disclosure/);
    await contract(dir, write("data.csv", "a,b,c\n1,2,3\n"), /^not a disclosure/);
  });

  it("NUL bytes in a text file: where, not just 'binary'", async () => {
    await contract(dir, write("nul.htm", ixbrl((s) => s.replace("Northwind Ledger maintains", "Northwind\u0000Ledger maintains"))), /^NUL byte at line \d+, column \d+: a corrupted or binary file, not a disclosure$/);
    await contract(dir, write("nul16.htm", Buffer.from(`\ufeff${rPage("Board\u0000oversight.")}`, "utf16le")), /^NUL byte at line 6, column 7/);
  });
});

describe("broken Inline XBRL", () => {
  const dir = tmpDir("ix");
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it("truncated in the middle of a fact", async () => {
    const s = ixbrl();
    const r = await contract(dir, write("truncated.htm", s.slice(0, s.indexOf("NIST Cybersecurity Framework") + 10)), /^<ix:nonNumeric> is never closed \(file truncated\?\)$/);
    const factLine = s.slice(0, s.indexOf('<ix:nonNumeric contextRef="c-1" name="cyd:CybersecurityRiskManagementProcessesForAssessing')).split("\n").length;
    expect(r.messages[0]).toMatchObject({ line: factLine, column: 1 });
    await contract(dir, write("cut-in-tag.htm", s.slice(0, s.indexOf('name="cyd:CybersecurityRiskRoleOfManagementTextBlock"'))), /start tag is not closed with ">" \(file truncated\?\)$/);
  });

  it("unclosed, mismatched and stray ix tags", async () => {
    await contract(dir, write("unclosed.htm", ixbrl((s) => s.replace("</ix:nonNumeric>", ""))), /^<\/ix:hidden> does not match <ix:nonNumeric> opened at line 7, column 1$/);
    await contract(dir, write("mismatched.htm", ixbrl((s) => s.replace("</ix:continuation>", "</ix:nonNumeric>"))), /^<\/ix:nonNumeric> does not match <ix:continuation> opened at line 18, column 1$/);
    await contract(dir, write("stray.htm", ixbrl((s) => s.replace("<h2>Item 2. Properties</h2>", "</ix:nonNumeric><h2>Item 2. Properties</h2>"))), /^<\/ix:nonNumeric> has no matching start tag$/);
    await contract(dir, write("comment.htm", ixbrl((s) => s.replace("<h2>Item 2.", "<!-- <ix:nonNumeric> <h2>Item 2."))), /^comment is never closed \(file truncated\?\)$/);
  });

  it("an ix tag left open in a fragment that declares no namespaces is malformed, not 'not a disclosure'", async () => {
    const fact = '<ix:nonNumeric name="cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock" contextRef="c1">';
    const text = "Our Board of Directors at Larkspur Mills Inc. oversees cybersecurity risk.";
    const html = await contract(dir, write("open-fragment.htm", `<html><body>\n<p>${fact}${text}\n</body></html>\n`), /^<ix:nonNumeric> is never closed \(file truncated\?\)$/);
    expect(html.messages[0]).toMatchObject({ line: 2, column: 4 });
    const bare = await contract(dir, write("open-fragment.xml", `${fact}${text}\n`), /^<ix:nonNumeric> is never closed \(file truncated\?\)$/);
    expect(bare.messages[0]).toMatchObject({ line: 1, column: 1 });
    // Closed, but its cyd prefix is bound to nothing: a namespace error, not a fact skipped in silence.
    const unbound = await contract(dir, write("unbound-prefix.htm", `<html><body>\n<p>${fact}${text}</ix:nonNumeric></p>\n</body></html>\n`), /^name="cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock": namespace prefix "cyd" is not declared/);
    expect(unbound.messages[0]).toMatchObject({ line: 2, column: 4 });
  });

  it("continuation cycles, self-references and dangling continuedAt are findings", async () => {
    const s = ixbrl((x) =>
      x
        .replace('id="f-3" escape="true"', 'id="f-3" escape="true" continuedAt="self"')
        .replace('id="f-8" escape="true"', 'id="f-8" escape="true" continuedAt="ring-a"')
        .replace('id="f-9" escape="true"', 'id="f-9" escape="true" continuedAt="nowhere"')
        .replace(
          "<h2>Item 2. Properties</h2>",
          '<ix:continuation id="self" continuedAt="self"><p>Me again.</p></ix:continuation>' +
            '<ix:continuation id="ring-a" continuedAt="ring-b"><p>A.</p></ix:continuation>' +
            '<ix:continuation id="ring-b" continuedAt="ring-a"><p>B.</p></ix:continuation>' +
            "<h2>Item 2. Properties</h2>",
        ),
    );
    const r = await contract(dir, write("chains.htm", s), null);
    const broken = r.messages.filter((m) => m.ruleId === "broken-continuation");
    expect(broken.length).toBeGreaterThanOrEqual(3);
    expect(broken.map((m) => m.message).join("\n")).toMatch(/Circular[\s\S]*Circular|names no ix:continuation/);
  });

  it("a 20,000-piece chain and 5,000 facts sharing one continuation stay fast (no quadratic work, no text amplification)", async () => {
    let chain = "";
    for (let i = 0; i < 20_000; i++) chain += `<ix:continuation id="k${i}"${i + 1 < 20_000 ? ` continuedAt="k${i + 1}"` : ""}><p>Part ${i}.</p></ix:continuation>\n`;
    // No time budget: 20,000 paragraphs take ~20 s a run alone, and on a loaded CI machine the default 60 s budget
    // would turn the contract's clean lint into a timeout; quadratic work would still show as a test timeout.
    await contract(dir, write("long-chain.htm", ixbrl((s) => s.replace('continuedAt="f-1-cont"', 'continuedAt="k0"').replace("<h2>Item 2.", `${chain}<h2>Item 2.`))), null, ["--timeout", "0"]);
    const { readDisclosure } = await import("../../src/api.js");
    const sharersFile = (n: number): string => {
      let sharers = "";
      for (let i = 0; i < n; i++) sharers += `<ix:nonNumeric contextRef="c-1" name="cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock" id="s${i}" continuedAt="f-1-cont">x</ix:nonNumeric>\n`;
      return write(`sharers-${n}.htm`, ixbrl((s) => s.replace("<h2>Item 2.", `${sharers}<h2>Item 2.`)));
    };
    const files = new Map(growthSizes(5_000).map((n) => [n, sharersFile(n)]));
    // No quadratic work: 4x the sharers costs well under 16x the time (about 4x).
    expect(await growthOver4x((n) => readDisclosure([files.get(n) as string]), 5_000)).toBeLessThan(12);
    const d = await readDisclosure([files.get(5_000) as string]);
    // The shared piece is read once, into the first chain that reaches it.
    const withPiece = d.facts.filter((x) => x.text.includes("third-party risk management team"));
    expect(withPiece).toHaveLength(1);
    expect(d.diagnostics.filter((x) => x.code === "broken-continuation")).toHaveLength(5_001);
  });

  it("thousands of nested text blocks are refused, not expanded quadratically", async () => {
    const n = 4000;
    const open = Array.from({ length: n }, (_, i) => `<ix:nonNumeric contextRef="c-1" name="cyd:CybersecurityRiskRoleOfManagementTextBlock" id="n${i}" escape="true"><p>Level ${i}.</p>`).join("");
    await contract(dir, write("nested-facts.htm", ixbrl((s) => s.replace("<h2>Item 2.", `${open}${"</ix:nonNumeric>".repeat(n)}<h2>Item 2.`))), /nest or repeat so much that their text would be over \d+ million characters/);
  });

  it("10,000 facts that each name a different context load in linear time", async () => {
    const { readDisclosure } = await import("../../src/api.js");
    const files = new Map(
      growthSizes(10_000).map((n) => {
        let flags = "";
        for (let i = 0; i < n; i++) flags += `<ix:nonNumeric contextRef="ctx${i}" name="cyd:CybersecurityRiskManagementProcessesIntegratedFlag" id="g${i}" format="ixt:fixed-true">x</ix:nonNumeric>\n`;
        return [n, write(`contexts-${n}.htm`, ixbrl((s) => s.replace("<h2>Item 2.", `${flags}<h2>Item 2.`)))] as const;
      }),
    );
    expect(await growthOver4x((n) => readDisclosure([files.get(n) as string]), 10_000)).toBeLessThan(12);
  });
});

describe("encodings", () => {
  const dir = tmpDir("enc");
  // Curly quotes, an apostrophe and a dash before the placeholder on the same line: columns are
  // UTF-16 code units of the decoded text, whatever the bytes were.
  const ixText = ixbrl((s) => s.replace("<p>Audit and Risk Committee</p>", "<p>The “Audit” — Risk Committee’s charter is [TBD].</p>"));
  const rText = rPage("Our Board’s “Audit” Committee — chaired by [TBD] — oversees cybersecurity risk.");

  const utf16 = (text: string, endian: "le" | "be"): Buffer => {
    const le = Buffer.from(`\ufeff${text}`, "utf16le");
    if (endian === "le") return le;
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    return be;
  };
  const CP1252: Record<string, number> = { "“": 0x93, "”": 0x94, "’": 0x92, "—": 0x97 };
  const cp1252 = (text: string): Buffer =>
    Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) return code;
        if (CP1252[ch] === undefined) throw new Error(`no cp1252 byte for ${ch}`);
        return CP1252[ch];
      }),
    );

  async function messages(name: string, bytes: Uint8Array): Promise<{ code: number; messages: JsonMessage[]; raw: string }> {
    const f = join(dir, name);
    writeFileSync(f, bytes);
    const r = await cli([f, "-f", "json"], dir);
    expect(r.stderr).toBe("");
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    return { code: r.code, messages: result.messages, raw: r.stdout };
  }

  it.each([
    ["Inline XBRL", ixText, "htm"],
    ["an R page", rText, "txt"],
  ])("%s lints the same in UTF-8, UTF-8 with a BOM, UTF-16 LE and UTF-16 BE", async (_kind, text, ext) => {
    const base = await messages(`utf8.${ext}`, Buffer.from(text, "utf8"));
    expect(base.messages.some((m) => m.ruleId === "draft-placeholder")).toBe(true);
    for (const [name, bytes] of [
      [`bom.${ext}`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
      [`le.${ext}`, utf16(text, "le")],
      [`be.${ext}`, utf16(text, "be")],
    ] as const) {
      const other = await messages(name, bytes);
      expect(other.code, name).toBe(base.code);
      expect(other.messages, name).toEqual(base.messages);
    }
  });

  it("Windows-1252: curly quotes decoded right, findings as for UTF-8, never mojibake", async () => {
    const base = await messages("cp-utf8.txt", Buffer.from(rText, "utf8"));
    const cp = await messages("cp1252.txt", cp1252(rText));
    expect(cp.messages).toEqual(base.messages);
    const declared = await messages("cp1252.htm", cp1252(ixText.replace('encoding="utf-8"', 'encoding="windows-1252"')));
    const ixBase = await messages("cp-utf8.htm", Buffer.from(ixText, "utf8"));
    expect(declared.messages).toEqual(ixBase.messages);
    for (const out of [cp.raw, declared.raw]) {
      expect(out).not.toMatch(/â€|Ã|\uFFFD/);
    }
    expect(cp.raw).toContain("Board’s “Audit” Committee");
  });

  it("bytes that are neither UTF-8 nor Windows-1252: a clear error, not mojibake", async () => {
    const bad = Buffer.concat([Buffer.from(rText.slice(0, 120), "utf8"), Buffer.from([0x81, 0x8d]), Buffer.from(rText.slice(120), "utf8")]);
    const f = join(dir, "mixed.txt");
    writeFileSync(f, bad);
    await contract(dir, f, /^(mixed encodings|not valid UTF-8)/);
    const declared = join(dir, "declared.htm");
    const cpBytes = cp1252(ixText.replace('encoding="utf-8"', 'encoding="windows-1252"'));
    writeFileSync(declared, Buffer.concat([cpBytes.subarray(0, 3000), Buffer.from([0x81]), cpBytes.subarray(3000)]));
    await contract(dir, declared, /^not valid windows-1252 \(byte 0x81 at line \d+, column \d+\), although the file declares it$/);
  });
});

describe("DOCTYPE tricks", () => {
  const dir = tmpDir("dtd");
  const secret = `SECRET-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const secretFile = join(dir, "secret.txt");
  writeFileSync(secretFile, `${secret}\n`);
  let server: Server;
  let port = 0;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end(`<!ENTITY leak "${secret}">${secret}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("an internal entity bomb stays inert", async () => {
    const defs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`)].join("\n");
    const s = ixbrl((x) =>
      x
        .replace('<?xml version="1.0" encoding="utf-8"?>', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [\n${defs}\n]>`)
        .replace("<p>Audit and Risk Committee</p>", "<p>Audit &lol9; and Risk Committee [TBD]</p>")
        .replace('id="f-9"', 'id="f-9" title="&lol9;"'),
    );
    const f = join(dir, "bomb.htm");
    writeFileSync(f, s);
    await contract(dir, f, null);
    for (const args of [[f, "-f", "json"], ["facts", f]]) {
      const r = await cli(args, dir);
      expect(r.stdout.length).toBeLessThan(200_000);
      expect(r.stdout).not.toContain("lollollol");
    }
  });

  it("external entities, external DTDs and XInclude are never fetched, read or expanded", async () => {
    const base = `http://127.0.0.1:${port}`;
    const subset = `<!ENTITY abs SYSTEM "file://${secretFile}"><!ENTITY rel SYSTEM "secret.txt"><!ENTITY web SYSTEM "${base}/entity"><!ENTITY % pe SYSTEM "${base}/pe"> %pe;`;
    const refs = "&abs; &rel; &web; &leak;";
    const xinclude = `<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="secret.txt" parse="text"/><img src="${base}/img"/><a href="file://${secretFile}">x</a>`;
    const inputs: Record<string, string> = {
      "xxe.htm": ixbrl((x) =>
        x
          .replace('<?xml version="1.0" encoding="utf-8"?>', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html SYSTEM "${base}/ext.dtd" [${subset}]>`)
          .replace("<p>Audit and Risk Committee</p>", `<p>Audit ${refs} Committee [TBD]</p>${xinclude}`)
          .replace("<head>", `<head><link rel="stylesheet" href="${base}/css"/>`),
      ),
      "xxe-instance.xml":
        `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE xbrli:xbrl SYSTEM "${base}/ext.dtd" [${subset}]>\n` +
        `<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024">` +
        `<dei:DocumentType contextRef="c">10-K &abs;</dei:DocumentType>` +
        `<cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock contextRef="c">&lt;p&gt;Audit ${refs} Committee [TBD]&lt;/p&gt;</cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock></xbrli:xbrl>\n`,
      "xxe-rpage.htm":
        `<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "${base}/ext.dtd" [${subset}]>\n<html><body><table class="report">` +
        `<tr><th class="tl">Cyber</th><th>Dec. 31, 2025</th></tr>` +
        `<tr><td class="pl"><a onclick="Show.showAR(this, 'defref_cyd_CybersecurityRiskBoardOfDirectorsOversightTextBlock')">Board Oversight [Text Block]</a></td><td class="text">Audit ${refs} [TBD] ${xinclude}</td></tr></table></body></html>\n`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const f = join(dir, name);
      writeFileSync(f, text);
      await contract(dir, f, null);
      for (const args of [[f, "-f", "json"], [f, "-f", "sarif"], [f], ["facts", f]]) {
        const r = await cli(args, dir);
        expect(r.stdout + r.stderr, `${name} ${args.join(" ")}`).not.toContain(secret);
      }
    }
    expect(requests).toBe(0);
  });
});

describe("200,000-deep nesting inside a text block", () => {
  const dir = tmpDir("deep");
  const N = 200_000;
  const nest = (open: string, close: string) => `${open.repeat(N)}deep text${close.repeat(N)}`;
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it("HTML inside an Inline XBRL text block", async () => {
    await contract(dir, write("deep-div.htm", ixbrl((s) => s.replace("<p>Audit and Risk Committee</p>", `<p>Audit and Risk Committee</p>${nest("<div>", "</div>")}`))), null);
  });

  it("ix:exclude inside ix:exclude", async () => {
    await contract(dir, write("deep-exclude.htm", ixbrl((s) => s.replace("<p>Audit and Risk Committee</p>", `<p>Audit and Risk Committee</p>${nest("<ix:exclude>", "</ix:exclude>")}`))), null);
  });

  it("unclosed elements, and escaped HTML in an XBRL instance", async () => {
    await contract(dir, write("deep-unclosed.htm", ixbrl((s) => s.replace("<p>Audit and Risk Committee</p>", `<p>Audit and Risk Committee</p>${"<span><b>".repeat(N / 2)}`))), null);
    const instance =
      `<?xml version="1.0" encoding="utf-8"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024">` +
      `<cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock contextRef="c">${nest("&lt;div&gt;", "&lt;/div&gt;")}</cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock></xbrli:xbrl>\n`;
    await contract(dir, write("deep-instance.xml", instance), null);
  });

  it("tables inside an R page cell", async () => {
    const page =
      `<html><body><table class="report"><tr><th class="tl">Cyber</th><th>Dec. 31, 2025</th></tr>` +
      `<tr><td class="pl"><a onclick="Show.showAR(this, 'defref_cyd_CybersecurityRiskBoardOfDirectorsOversightTextBlock')">Board Oversight [Text Block]</a></td>` +
      `<td class="text">${nest("<table><tr><td>", "</td></tr></table>")}</td></tr></table></body></html>\n`;
    await contract(dir, write("deep-rpage.htm", page), null);
  });
});

describe("names that are Object.prototype keys", () => {
  const dir = tmpDir("proto");
  const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it.each(NAMES)("%s as concept, id, contextRef, continuedAt target, attribute, format, namespace and charset", async (n) => {
    const s = ixbrl((x) =>
      x
        .replace('name="cyd:CybersecurityRiskRoleOfManagementTextBlock"', `name="cyd:${n}"`)
        .replaceAll('contextRef="c-1"', `contextRef="${n}"`)
        .replace('<xbrli:context id="c-1">', `<xbrli:context id="${n}">`)
        .replaceAll("f-1-cont", n)
        .replace('id="f-8"', `id="${n}x" ${n}="1"`)
        .replace('format="ixt:fixed-true"', `format="ixt:${n}"`)
        .replace('format="ixt-sec:boolballotbox"', `format="${n}:boolballotbox"`)
        .replace("<head>", `<head><meta charset="${n}"/>`)
        .replace("<p>Audit and Risk Committee</p>", "<p>Audit and Risk Committee [TBD]</p>"),
    );
    const r = await contract(dir, write(`ix-${n}.htm`, s), null);
    expect(r.messages.map((m) => m.message).join("\n")).toMatch(new RegExp(`format "ixt:${n}"`));
    await contract(dir, write(`ns-${n}.htm`, ixbrl((x) => x.replace('xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"', `xmlns:ixt="${n}"`))), null);
    // An undeclared-looking charset with bytes that are not UTF-8: the label is named as written.
    const bytes = Buffer.from(ixbrl((x) => x.replace('<?xml version="1.0" encoding="utf-8"?>', "").replace("<head>", `<head><meta charset="${n}"/>`)), "latin1");
    const withHigh = Buffer.concat([bytes.subarray(0, 800), Buffer.from([0x92]), bytes.subarray(800)]);
    const cs = join(dir, `cs-${n}.htm`);
    writeFileSync(cs, withHigh);
    await contract(dir, cs, new RegExp(`^unsupported encoding "${n.toLowerCase()}" declared in the file`));
    // An R page whose label is the name, and an instance whose element is.
    await contract(dir, write(`rp-${n}.txt`, rPage("Text.", n)), null);
    const instance =
      `<?xml version="1.0"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024">` +
      `<xbrli:context id="${n}"><xbrli:period><xbrli:instant>2025-12-31</xbrli:instant></xbrli:period></xbrli:context>` +
      `<cyd:${n} contextRef="${n}" ${n}="x">v</cyd:${n}></xbrli:xbrl>\n`;
    await contract(dir, write(`inst-${n}.xml`, instance), null);
  });

  it("as rule keys on the command line, in a config file and in a rule's facts and operators", async () => {
    const good = goodFile(dir);
    for (const n of NAMES) {
      // Turning an unknown rule off is harmless (or, for an id that is not an id, a usage error);
      // giving it a severity is a usage error.
      const off = await cli([good, "--rule", `${n}:off`], dir);
      expect([1, 2]).toContain(off.code);
      expect(off.stderr).not.toMatch(/internal error/);
      expect(off.stderr).not.toMatch(STACK_FRAME);
      const flag = await cli([good, "--rule", `${n}:error`], dir);
      expect(flag.code).toBe(2);
      expect(flag.stderr).toMatch(/^disclint: .*--rule/);
      expect(flag.stderr).not.toMatch(STACK_FRAME);
    }
    const cfgDir = join(dir, "cfg");
    mkdirSync(cfgDir, { recursive: true });
    writeFileSync(join(cfgDir, ".disclintrc.json"), JSON.stringify({ rules: Object.fromEntries(NAMES.map((n) => [n, "off"])) }));
    const cfgGood = goodFile(cfgDir);
    const cfg = await cli([cfgGood, "-f", "json"], cfgDir);
    expect([1, 2]).toContain(cfg.code);
    expect(cfg.stderr).not.toMatch(STACK_FRAME);
    expect(cfg.stdout + cfg.stderr).not.toMatch(/internal error/);
    if (cfg.code === 2) expect(cfg.stderr).toMatch(/\.disclintrc\.json/);

    for (const n of NAMES) {
      for (const [where, condition] of [
        ["fact", { fact: n, operator: "equal", value: true }],
        ["operator", { fact: "form", operator: n, value: "10-K" }],
      ] as const) {
        const rules = join(dir, `rules-${where}-${n.replace(/_/g, "u")}`);
        mkdirSync(rules, { recursive: true });
        writeFileSync(join(rules, "my-rule.json"), JSON.stringify({ id: "my-rule", severity: "error", description: "d", citation: "c", requirement: "r", checks: [{ message: "m", conditions: { all: [condition] } }] }));
        const r = await cli([good, "--rules-dir", rules], dir);
        expect(r.code, `${where} ${n}`).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`my-rule\\.json: .*unknown ${where} "${n}"`));
        expect(r.stderr).not.toMatch(STACK_FRAME);
      }
    }
  });
});

describe("folders, rules and config", () => {
  it("a folder with symbolic-link loops is walked once", async () => {
    const dir = tmpDir("loop");
    const good = goodFile(dir);
    mkdirSync(join(dir, "sub"));
    symlinkSync(dir, join(dir, "loop"));
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync("self", join(dir, "self")); // a link to itself: ELOOP
    const r = await cli([dir, "-f", "json"], dir);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.filter((x) => x.filePath === good)).toHaveLength(1);
    expect(results.filter((x) => x.messages.some((m) => m.ruleId === "draft-placeholder"))).toHaveLength(1);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it("invalid rule JSON in a --rules-dir: exit 2, one line naming the file", async () => {
    const dir = tmpDir("rules");
    const good = goodFile(dir);
    const rules = join(dir, "my-rules");
    mkdirSync(join(rules, "lexicons"), { recursive: true });
    writeFileSync(join(rules, "broken.json"), '{ "id": "broken", ');
    const r = await cli([good, "--rules-dir", rules], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^disclint: my-rules\/broken\.json: invalid JSON: .+\n$/);
    writeFileSync(join(rules, "broken.json"), "{}");
    writeFileSync(join(rules, "lexicons", "words.json"), "[1, 2");
    const lex = await cli([good, "--rules-dir", rules], dir);
    expect(lex.code).toBe(2);
    expect(lex.stderr).toMatch(/^disclint: my-rules\/lexicons\/words\.json: invalid JSON: .+\n$/);
  });

  it("a catastrophic lexicon pattern is refused at load, naming the file and the pattern", async () => {
    const dir = tmpDir("redos");
    const good = goodFile(dir);
    const rules = join(dir, "my-rules");
    mkdirSync(join(rules, "lexicons"), { recursive: true });
    // Replaces the built-in lexicon of the same name, which draft-placeholder uses.
    writeFileSync(join(rules, "lexicons", "placeholders.json"), JSON.stringify({ description: "x", patterns: ["(a+)+$"] }));
    writeFileSync(join(dir, "long.txt"), rPage(`${"a".repeat(50_000)}!`));
    const r = await cli([good, join(dir, "long.txt"), "--rules-dir", rules], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'disclint: my-rules/lexicons/placeholders.json: pattern "(a+)+$" can take exponential time on some texts (the repetition "a+" can match the same text in more than one way); ' +
        "rewrite it so that each part of a text can be matched in only one way, or bound the repetition (e.g. {1,5})\n",
    );
  });

  it("an invalid config file: exit 2, one line naming it", async () => {
    const dir = tmpDir("config");
    const good = goodFile(dir);
    writeFileSync(join(dir, ".disclintrc.json"), '{ "rules": ');
    const r = await cli([good], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.disclintrc\.json/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    writeFileSync(join(dir, ".disclintrc.json"), JSON.stringify({ rules: { "draft-placeholder": "loud" }, unknownKey: 1 }));
    const r2 = await cli([good], dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/\.disclintrc\.json/);
    expect(r2.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("hostile shapes the readers once took quadratic time on", () => {
  const dir = tmpDir("shapes");
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it("an R page line of 200,000 '[' characters", async () => {
    await contract(dir, write("brackets.txt", `${rPage("ok")}|${"[a".repeat(100_000)}\n`), null);
  });

  it("a start tag with 10,000 class= attributes, 5,000 unclosed <table class=", async () => {
    await contract(dir, write("classes.htm", `<html><body><table ${"class=".repeat(10_000)}\n${"x".repeat(60_000)}`), /^not a disclosure/);
    await contract(dir, write("tables.htm", `<html><body>${"<table class=".repeat(5_000)}`), /^not a disclosure/);
  });

  it("an R page with 5,000 rows pointing at pop-ups", async () => {
    const { readDisclosure } = await import("../../src/api.js");
    const rowsFile = (n: number): string => {
      const rows = Array.from({ length: n }, (_, i) => `<tr><td class="pl"><a onclick="Show.showAR(this, 'defref_cyd_Row${i}TextBlock')">Row ${i} [Text Block]</a></td><td class="text">Text ${i}.</td></tr>`).join("");
      const popups = Array.from({ length: n }, (_, i) => `<table class="authRefData" id="defref_cyd_Row${i}TextBlock"><tr><td><strong>Namespace Prefix:</strong></td><td>cyd_</td></tr></table>`).join("");
      return write(`rows-${n}.htm`, `<html><body><table class="report"><tr><th class="tl">Cyber</th><th>Dec. 31, 2025</th></tr>${rows}</table>${popups}</body></html>`);
    };
    const files = new Map(growthSizes(5_000).map((n) => [n, rowsFile(n)]));
    expect(await growthOver4x((n) => readDisclosure([files.get(n) as string]), 5_000)).toBeLessThan(12);
    const d = await readDisclosure([files.get(5_000) as string]);
    expect(d.facts).toHaveLength(5_000);
  });

  it("a FilingSummary.xml with 100,000 unclosed <Report> tags", async () => {
    const sub = join(dir, "filing");
    mkdirSync(sub);
    writeFileSync(join(sub, "FilingSummary.xml"), `<?xml version="1.0"?><FilingSummary><MyReports>${"<Report>".repeat(100_000)}</MyReports></FilingSummary>`);
    const r = await cli([sub, goodFile(dir), "-f", "json"], dir);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.find((x) => x.filePath === sub)?.messages[0].message).toMatch(/no cybersecurity report listed in filing\/FilingSummary\.xml/);
  });
});

describe("the installed binary", () => {
  it("hostile inputs in one run: exit 2, valid JSON, no stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    const dir = tmpDir("bin");
    const good = goodFile(dir);
    writeFileSync(join(dir, "empty.htm"), "");
    writeFileSync(join(dir, "truncated.htm"), exampleHtm().slice(0, 3000));
    writeFileSync(join(dir, "nul.htm"), exampleHtm().replace("Northwind Ledger", "Northwind\u0000Ledger"));
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "disclint.js"), dir, "-f", "json"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => x.filePath.split("/").pop())).toEqual(["empty.htm", "good.txt", "nul.htm", "truncated.htm"]);
    expect(results.filter((x) => x.fatalErrorCount === 1)).toHaveLength(3);
    expect(results.find((x) => x.filePath === good)?.messages.map((m) => m.ruleId)).toContain("draft-placeholder");
  });
});
