// One suite for a reviewed set of realistic fixtures: every finding the CLI gives on each file is
// pinned as "line:column severity rule-id | words of its message", so a rule or lexicon change that
// adds, drops or moves a finding fails until the set's review (a doc) is redone.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api.js";
import { main } from "../../src/cli/main.js";
import { loadRuleSet } from "../../src/engine/rule-loader.js";
import { lintGroup } from "../../src/run/job.js";
import { loadDisclosure } from "../../src/sources/load.js";
import { ROOT } from "../helpers.js";

export interface PinnedSet {
  title: string;
  /** Folder of the fixtures; every file in it must be pinned. */
  dir: string;
  /** The review, under docs/, that must name every file. */
  review: string;
  /** Per file, in the linter's order: "line:column severity rule-id | words of its message". */
  pinned: Record<string, string[]>;
  /** The form each file is read as (undefined: no form found). */
  formOf: (name: string) => string | undefined;
  /** When given: the exit code of the CLI (`-f json`) on each file, and on the folder (which must give the same findings). */
  exits?: { files: Record<string, 0 | 1 | 2>; folder: 0 | 1 | 2 };
  /**
   * Files of the folder that are not disclosures to disclint, rightly by the key (a voluntary Item 8.01 report read as a user
   * would, with no --form): each is pinned as skipped ("not a disclosure", exit 2), the others are pinned from a copy of the
   * folder without them, and the whole folder must skip them and give the others their pins (with `exits.folder`).
   */
  notDisclosures?: string[];
}

/** The form a fixture named like "acme-20f.htm", "acme-8k.txt", "acme-6k.html" or "acme-10k.md" is written for. */
export function formByName(name: string): string {
  if (name.includes("-20f")) return "20-F";
  // an 8-K/A ("-8ka") is read as an 8-K: its "FORM 8-K/A" cover does not make it an amendment to the reader
  if (name.includes("-8k")) return "8-K";
  if (name.includes("-6k")) return "6-K";
  return "10-K";
}

/** The CLI in process, `-f json`: exit code, stderr and the parsed results. */
async function cliJson(target: string) {
  let stdout = "";
  let stderr = "";
  const code = await main([target, "-f", "json"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, env: {}, isTTY: false });
  const results = JSON.parse(stdout) as Array<{
    filePath: string;
    messages: Array<{ line: number; column: number; level: string; ruleId: string | null; fatal?: boolean; message: string }>;
  }>;
  return { code, stderr, results };
}

/** The findings of a folder's results, as pinned: every file's "line:column severity rule-id", by file name. */
function expectPinned(results: Awaited<ReturnType<typeof cliJson>>["results"], pinned: Record<string, string[]>): void {
  expect(results).toHaveLength(Object.keys(pinned).length);
  for (const r of results) {
    const name = r.filePath.split(/[\\/]/).pop() as string;
    expect(r.messages.map((m) => `${m.line}:${m.column} ${m.level} ${m.ruleId}`), name).toEqual(pinned[name].map((p) => p.split(" | ")[0]));
  }
}

export function pinnedSetSuite(pinnedSet: PinnedSet): void {
  const linter = createLinter();
  const rules = loadRuleSet();
  const skipped = pinnedSet.notDisclosures ?? [];
  // The files disclint reads, in a folder of their own when some of the set's are not disclosures.
  const set = skipped.length ? { ...pinnedSet, dir: copyWithout(pinnedSet.dir, skipped) } : pinnedSet;

  if (skipped.length)
    describe(`${set.title}: the files that are not disclosures`, () => {
      it.each(skipped)("%s is not a disclosure without --form (right by the key: no Item 1.05 content is asked of it), exit 2", async (name) => {
        const { code, results } = await cliJson(join(pinnedSet.dir, name));
        expect(code).toBe(2);
        expect(results).toHaveLength(1);
        expect(results[0].messages).toHaveLength(1);
        expect(results[0].messages[0].fatal).toBe(true);
        expect(results[0].messages[0].message).toContain("not a disclosure");
      });

      it("is skipped in the whole folder, which gives the other files their pinned findings", async () => {
        const { code, stderr, results } = await cliJson(pinnedSet.dir);
        expect(code).toBe(set.exits?.folder ?? 0);
        expect(stderr).toContain(`skipped ${skipped.length} file`);
        for (const name of skipped) expect(stderr).toContain(name);
        expectPinned(results, set.pinned);
      });
    });

  describe(set.title, () => {
    it("has every file pinned, and the review names every file", () => {
      const files = readdirSync(set.dir).sort();
      expect(files).toEqual(Object.keys(set.pinned).sort());
      const review = readFileSync(join(ROOT, "docs", set.review), "utf8");
      for (const name of [...files, ...skipped]) expect(review).toContain(name);
    });

    it.each(Object.keys(set.pinned))("%s", async (name) => {
      // The CLI's own path for one file: load, lint, place a draft's missing elements, suppress, sort.
      const [result] = await lintGroup([join(set.dir, name)], linter, { ruleSet: rules });
      expect(result.fatal).toBeUndefined();
      const pinned = set.pinned[name].map((p) => p.split(" | "));
      expect(result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual(pinned.map(([where]) => where));
      pinned.forEach(([, words], i) => expect(result.findings[i].message).toContain(words));
    });

    it("reads each file as the form it was written for", async () => {
      for (const name of Object.keys(set.pinned)) {
        const d = await loadDisclosure([join(set.dir, name)]);
        expect(d.form, name).toBe(set.formOf(name));
      }
    });

    const exits = set.exits;
    if (exits) {
      it("exits as pinned on each file, and on the folder with the same findings", async () => {
        for (const name of Object.keys(set.pinned)) expect((await cliJson(join(set.dir, name))).code, name).toBe(exits.files[name] ?? 0);
        const { code, stderr, results } = await cliJson(set.dir);
        expect(code).toBe(exits.folder);
        // every file the suite pins is a disclosure: none may be skipped
        expect(stderr).not.toContain("skipped");
        expectPinned(results, set.pinned);
      });
    }
  });
}

/** A copy of `dir` without the files named (in a temporary folder). */
function copyWithout(dir: string, names: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), "disclint-pinned-"));
  for (const name of readdirSync(dir)) if (!names.includes(name)) copyFileSync(join(dir, name), join(copy, name));
  return copy;
}
