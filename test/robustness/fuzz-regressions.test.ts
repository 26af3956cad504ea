// Cases the fuzz campaign (scripts/fuzz.mjs) found, rebuilt here as generated inputs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseContext, checkCase } from "./fuzz-harness.js";
import { cli, exampleHtm, ROOT, tmpDir } from "./helpers.js";

const example = (name: string) => readFileSync(join(ROOT, "examples", name), "utf8");

describe("fuzz regressions: a fatal message is one line", () => {
  const ctx = caseContext(tmpDir("regress"));
  const enc = (s: string) => new TextEncoder().encode(s);

  // seed 20261127 path 545, seed 20261126 path 3257: Node's JSON.parse message quotes the text
  // around the error, line break included.
  it.each([
    ["a bad literal", (s: string) => s.replace(/: true,/, ": tr$e,")],
    ["a control character", (s: string) => s.replace(/: true,/, ":\u001ftrue,")],
  ])("invalid JSON draft: %s", async (_what, edit) => {
    const text = edit(example("northwind-item1c-draft.json"));
    expect(await checkCase(ctx, enc(text), ".json")).toBeNull();
    const f = join(ctx.dir, "draft.json");
    writeFileSync(f, text);
    const r = await cli([f, "-f", "json"], ctx.dir);
    expect(r.code).toBe(2);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages[0].message).toMatch(/^invalid JSON: [^\n]+$/);
  });

  // seed 20261127 path 273: a YAML key with a carriage return in it, quoted by the schema check.
  it("a YAML draft key with a line break", async () => {
    const text = example("northwind-item1c-draft.yaml").replace("\n  CybersecurityRiskRoleOfManagementTextBlock:", '\n  "\\r  CybersecurityRiskRoleOfManagementTextBlock":');
    expect(await checkCase(ctx, enc(text), ".yaml")).toBeNull();
  });

  // seed 20261127 path 4306: a byte flip put a line break inside an end tag's name, which the
  // mismatch message quotes.
  it("an ix end tag with a line break in its name", async () => {
    const text = exampleHtm().replace("</ix:continuation>", "</ix:continuat\non>");
    expect(await checkCase(ctx, enc(text), ".htm")).toBeNull();
    const f = join(ctx.dir, "tag.htm");
    writeFileSync(f, text);
    const [result] = JSON.parse((await cli([f, "-f", "json"], ctx.dir)).stdout);
    expect(result.messages[0].message).toBe("</ix:continuat on> does not match <ix:continuation> opened at line 18, column 1");
  });

  it("invalid rule JSON whose excerpt has a line break", async () => {
    const dir = tmpDir("regress-rules");
    writeFileSync(join(dir, "bad.json"), '{\n  "id": "bad",\n  "severity": tr$e,\n  "x": 1\n}\n');
    const good = join(dir, "good.txt");
    writeFileSync(good, "|\nCybersecurity Risk Management and Strategy Disclosure\n|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Text.\n");
    const r = await cli([good, "--rules-dir", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^disclint: bad\.json: invalid JSON: [^\n]+\n$/);
  });
});
