import { join } from "node:path";
import { createLinter } from "../src/api.js";
import type { Linter, RuleSetting } from "../src/engine/linter.js";
import { PACKAGE_ROOT } from "../src/paths.js";

export const ROOT = PACKAGE_ROOT;
export const SHARED = join(ROOT, "..", "shared");
export const SAMPLE = join(SHARED, "examples", "r-page-20f-fy2024.txt");
export const FIXTURES = join(ROOT, "test", "fixtures");

const only = new Map<string, Linter>();

/** A linter running one rule alone, as ESLint's RuleTester does. */
export function linterFor(ruleId: string): Linter {
  let l = only.get(ruleId);
  if (!l) {
    const settings = new Map<string, RuleSetting>();
    for (const r of createLinter().rules) if (r.id !== ruleId) settings.set(r.id, "off");
    l = createLinter({ ruleSettings: settings });
    only.set(ruleId, l);
  }
  return l;
}
