// Inputs the review report tests share: a draft with hostile text, under a hostile file name.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

export async function runCli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

/** A file name that tries to close an attribute, open an element and reverse the text after it. */
export const HOSTILE_NAME = `x"><img src=x onerror=alert(1)>\u202Eldm.<script>alert(2)<\\script>.txt`.replace(/\\/g, "");

/** A draft whose text tries markup, a style break-out, a script and a javascript: link; [TBD] makes a finding. */
export const HOSTILE_DRAFT = `Item 1C. Cybersecurity

Risk management and strategy

We maintain a cybersecurity risk management program to assess, identify and manage material risks from cybersecurity threats, led by [TBD] </style><script>alert(3)</script> "><img src=x onerror=alert(4)> [click](javascript:alert(5)) <a href="javascript:alert(6)">here</a> \u202Egnp.exe.

Governance

Our Board of Directors oversees cybersecurity risk through its Audit Committee, which receives a report from our Chief Information Security Officer each quarter.
`;

/** A folder with the hostile draft in it; returns the folder and the file's path. */
export function hostileDraft(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "disclint-report-"));
  const file = join(dir, HOSTILE_NAME);
  writeFileSync(file, HOSTILE_DRAFT);
  return { dir, file };
}
