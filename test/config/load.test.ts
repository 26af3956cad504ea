import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigFinder } from "../../src/config/discover.js";
import { dottedPath, readConfigFile } from "../../src/config/load.js";
import { UsageError } from "../../src/model/errors.js";

/** A temporary folder holding these files (paths relative to it). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("readConfigFile", () => {
  it("reads .disclintrc.json, .disclintrc.yaml and the disclint key of package.json to the same config", () => {
    const dir = tree({
      "json/.disclintrc.json": JSON.stringify({ rules: { "text-spacing": "off", "draft-placeholder": ["warning", { note: "drafts" }] }, form: "20-F" }),
      "yaml/.disclintrc.yaml": "# house settings\nrules:\n  text-spacing: off\n  draft-placeholder: [warning, { note: drafts }]\nform: 20-F\n",
      "pkg/package.json": JSON.stringify({ name: "filings", disclint: { rules: { "text-spacing": "off", "draft-placeholder": ["warning", { note: "drafts" }] }, form: "20-F" } }),
    });
    const expected = { rules: { "text-spacing": "off", "draft-placeholder": ["warning", { note: "drafts" }] }, form: "20-F" };
    for (const f of ["json/.disclintrc.json", "yaml/.disclintrc.yaml", "pkg/package.json"]) {
      const c = readConfigFile(f, dir)!;
      expect(c.data).toEqual(expected);
      expect(c.dir).toBe(join(dir, dirname(f)));
      expect(c.shown).toBe(f);
    }
  });

  it("makes rulesDirs absolute from the config's folder and checks they exist", () => {
    const dir = tree({ "p/house/x.txt": "", "p/.disclintrc.json": '{ "rulesDirs": ["house", "./house/"] }' });
    expect(readConfigFile("p/.disclintrc.json", dir)!.rulesDirs).toEqual([join(dir, "p", "house"), join(dir, "p", "house")]);
    const bad = tree({ ".disclintrc.json": '{ "rulesDirs": ["house-rules"] }' });
    expect(errorOf(() => readConfigFile(".disclintrc.json", bad))).toBe(".disclintrc.json: rulesDirs[0]: folder not found: house-rules");
  });

  it("names the file, the place inside it and what is wrong", () => {
    const cases: [string, string, string][] = [
      [".disclintrc.json", '{ "rules": { "text-spacing": "warnings" } }', '.disclintrc.json: rules.text-spacing: must be "off", "info", "warning" (or "warn"), "error" or [severity, { options }]'],
      [".disclintrc.json", '{ "rules": { "text-spacing": ["warning", "strict"] } }', ".disclintrc.json: rules.text-spacing[1]: rule options must be an object"],
      [".disclintrc.json", '{ "rules": { "Text_Spacing": "off" } }', ".disclintrc.json: rules.Text_Spacing: not a rule id (lower-case words joined by hyphens)"],
      [".disclintrc.json", '{ "form": "10-Q" }', '.disclintrc.json: form: must be one of "10-K", "10-K/A", "20-F", "20-F/A", "8-K", "8-K/A", "6-K", "6-K/A"'],
      [".disclintrc.json", '{ "rulez": {} }', ".disclintrc.json: rulez: unknown property"],
      [".disclintrc.json", '{ "overrides": [{ "rules": {} }] }', ".disclintrc.json: overrides[0]: must have required property 'files'"],
      [".disclintrc.json", '{ "overrides": [{ "files": "*.htm" }] }', ".disclintrc.json: overrides[0].files: must be array"],
      [".disclintrc.json", '{ "lexicons": { "placeholders": { "add": "NTD" } } }', ".disclintrc.json: lexicons.placeholders.add: must be array"],
      [".disclintrc.json", '{ "rules": ', ".disclintrc.json: invalid JSON: "],
      [".disclintrc.json", "[]", ".disclintrc.json: must be object"],
      [".disclintrc.yaml", "rules:\n  text-spacing: [warning\n", ".disclintrc.yaml: invalid YAML at "],
      [".disclintrc.yaml", "ignorePatterns: drafts/\n", ".disclintrc.yaml: ignorePatterns: must be array"],
      ["package.json", '{ "disclint": { "rules": { "text-spacing": 1 } } }', 'package.json: disclint.rules.text-spacing: must be "off", "info", "warning" (or "warn"), "error" or [severity, { options }]'],
    ];
    for (const [name, text, message] of cases) {
      const dir = tree({ [name]: text });
      expect(errorOf(() => readConfigFile(name, dir))).toContain(message);
    }
  });

  it("a package.json without a disclint key holds no config, unless --config names it", () => {
    const dir = tree({ "package.json": '{ "name": "x" }' });
    expect(readConfigFile("package.json", dir)).toBeUndefined();
    expect(errorOf(() => readConfigFile("package.json", dir, true))).toBe('package.json: no "disclint" key');
    expect(errorOf(() => readConfigFile("nope.json", dir, true))).toBe("nope.json: cannot read config: no such file");
  });

  it("dottedPath turns JSON pointers into what a user reads", () => {
    expect(dottedPath("")).toBe("");
    expect(dottedPath("/overrides/0/rules/text-spacing/1")).toBe("overrides[0].rules.text-spacing[1]");
    expect(dottedPath("/lexicons/a~1b")).toBe("lexicons.a/b");
  });
});

describe("ConfigFinder", () => {
  it("takes the nearest folder's config, from the file's folder up; configs do not cascade", () => {
    const dir = tree({
      ".disclintrc.json": '{ "form": "10-K" }',
      "a/.disclintrc.yaml": "form: 20-F\n",
      "a/b/c/x.htm": "",
      "d/package.json": '{ "name": "no-config-here" }',
      "d/e/x.htm": "",
      "f/package.json": '{ "disclint": { "form": "6-K" } }',
    });
    const finder = new ConfigFinder(dir);
    expect(finder.find(join(dir, "a", "b", "c"))!.file).toBe(join(dir, "a", ".disclintrc.yaml"));
    expect(finder.find(join(dir, "a", "b"))!.data).toEqual({ form: "20-F" });
    // A package.json without the key is passed over.
    expect(finder.find(join(dir, "d", "e"))!.file).toBe(join(dir, ".disclintrc.json"));
    expect(finder.find(join(dir, "f"))!.data).toEqual({ form: "6-K" });
  });

  it("in one folder, .disclintrc.json comes before .disclintrc.yaml and package.json", () => {
    const dir = tree({ ".disclintrc.yaml": "form: 20-F\n", ".disclintrc.json": '{ "form": "10-K" }', "package.json": '{ "disclint": { "form": "6-K" } }' });
    expect(new ConfigFinder(dir).find(dir)!.data.form).toBe("10-K");
  });

  it("finds nothing where there is no config up to the root", () => {
    const dir = tree({ "x/y.htm": "" });
    expect(new ConfigFinder(dir).find(join(dir, "x"))).toBeUndefined();
  });
});
