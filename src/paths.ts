import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The same code runs from src/ (tests), build/ and the dist/ bundle: find the package root by walking up.
function findRoot(): string {
  // A bundle run from elsewhere (the benchmark) says where the package is.
  if (process.env.DISCLINT_ROOT) return process.env.DISCLINT_ROOT.replace(/\/$/, "");
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "disclint") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("disclint: cannot find its package root");
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot();
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, "rules");
export const SCHEMAS_DIR = join(PACKAGE_ROOT, "schemas");
export const VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
export const DOCS_BASE_URL = "https://github.com/disclint/disclint/blob/main/docs/rules/";
