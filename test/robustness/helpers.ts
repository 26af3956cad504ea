// Shared by the robustness tests: temp folders, generated inputs, and the CLI driven in-process.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

export const ROOT = PACKAGE_ROOT;
export const EXAMPLE_HTM = join(ROOT, "examples", "northwind-10k-fy2025.htm");
export const EXAMPLE_RPAGE = join(ROOT, "examples", "northwind-10k-fy2025.r-page.txt");
export const CORPUS = join(ROOT, "..", "shared", "corpus", "real");

export function tmpDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `disclint-robust-${tag}-`));
}

export function exampleHtm(): string {
  return readFileSync(EXAMPLE_HTM, "utf8");
}

/** An SEC viewer R page (text) with one text block holding `text`. */
export function rPage(text: string, concept = "Cybersecurity Risk Board of Directors Oversight"): string {
  return `|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nDec. 31, 2025\n|${concept} [Text Block]\n|${text}\n`;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** main(argv) in this process, with its output captured. */
export async function cli(args: string[], cwd = ROOT): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const t = performance.now();
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr, ms: performance.now() - t };
}

/** A stack frame as Node prints it ("    at fn (file.ts:1:2)"). */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;
