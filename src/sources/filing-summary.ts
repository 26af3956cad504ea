import { basename, dirname, join } from "node:path";
import { decodeXML } from "entities";
import { InputError } from "../model/errors.js";
import { readInput } from "./decode.js";
import { realpathOf } from "./fs-async.js";

/** The role of the cyd taxonomy's "Cybersecurity Risk Management and Strategy Disclosure" page. */
export const CYBER_ROLE = "http://xbrl.sec.gov/cyd/role/CybersecurityRiskManagementAndStrategyDisclosure";

/** One <Report> of EDGAR's FilingSummary.xml (the index of the viewer's R pages). */
export interface FilingSummaryReport {
  htmlFileName?: string;
  xmlFileName?: string;
  longName?: string;
  shortName?: string;
  role?: string;
  reportType?: string;
  menuCategory?: string;
  position?: number;
}

const FIELDS: Record<string, keyof FilingSummaryReport> = {
  HtmlFileName: "htmlFileName",
  XmlFileName: "xmlFileName",
  LongName: "longName",
  ShortName: "shortName",
  Role: "role",
  ReportType: "reportType",
  MenuCategory: "menuCategory",
  Position: "position",
};

/**
 * The reports a FilingSummary.xml lists, in document order. A machine-written flat format, so a
 * scan of <Report> blocks is enough; no DTD or external entity is ever looked at.
 */
export function parseFilingSummary(xml: string): FilingSummaryReport[] {
  const reports: FilingSummaryReport[] = [];
  // Each <Report> runs to the next <Report> (or the end): one pass, even when the closing tags are
  // missing (a lazy "[\s\S]*?</Report>" per block would rescan the rest of the file each time).
  const starts = [...xml.matchAll(/<Report\b/g)].map((m) => m.index);
  for (let k = 0; k < starts.length; k++) {
    const tagEnd = xml.indexOf(">", starts[k]);
    const limit = k + 1 < starts.length ? starts[k + 1] : xml.length;
    if (tagEnd === -1 || tagEnd >= limit) continue;
    let body: string | undefined;
    if (xml.charCodeAt(tagEnd - 1) !== 0x2f /* / */) {
      const close = xml.slice(tagEnd + 1, limit).search(/<\/Report\s*>/);
      if (close === -1) continue; // never closed before the next report: not a report
      body = xml.slice(tagEnd + 1, tagEnd + 1 + close);
    }
    const report: FilingSummaryReport = {};
    for (const field of (body ?? "").matchAll(/<(\w+)\s*>([^<]*)<\/\1\s*>/g)) {
      const key = Object.hasOwn(FIELDS, field[1]) ? FIELDS[field[1]] : undefined;
      if (!key) continue;
      const value = decodeXML(field[2]).trim();
      if (value === "") continue;
      if (key === "position") report.position = Number(value);
      else report[key] = value;
    }
    reports.push(report);
  }
  return reports;
}

/** The cyd role, or a page the filer titled "…Cybersecurity…" (custom roles, 20-F variants). */
export function isCyberReport(report: FilingSummaryReport): boolean {
  if (report.reportType === "Book") return false; // "All Reports"
  if (report.role === CYBER_ROLE) return true;
  return /cybersecurity/i.test(report.shortName ?? "");
}

export interface CyberPages {
  /** Absolute paths of the cyber R pages, in the summary's order. */
  files: string[];
  /** One-line problems (no cyber page listed, a listed page missing…). */
  errors: string[];
}

/**
 * The cyber R page(s) a FilingSummary.xml names, resolved in its folder. `display` renders paths
 * in messages (e.g. relative to the working directory). A listed page that is a symbolic link out
 * of the folder is refused unless `followSymlinks`.
 */
export async function cyberPages(summaryPath: string, display: (p: string) => string = (p) => p, followSymlinks = false): Promise<CyberPages> {
  const shown = display(summaryPath);
  let reports: FilingSummaryReport[];
  try {
    reports = parseFilingSummary((await readInput(summaryPath)).text);
  } catch (err) {
    if (err instanceof InputError) return { files: [], errors: [`${shown}: ${err.message}`] };
    throw err;
  }
  const cyber = reports.filter(isCyberReport);
  if (cyber.length === 0) return { files: [], errors: [`no cybersecurity report listed in ${shown}`] };

  const dir = dirname(summaryPath);
  const files: string[] = [];
  const errors: string[] = [];
  for (const report of cyber) {
    const name = report.htmlFileName;
    if (!name) {
      const only = report.xmlFileName ? ` (only ${report.xmlFileName}, which disclint does not read)` : "";
      errors.push(`${shown} lists the cybersecurity report "${report.shortName ?? report.longName ?? "?"}" without an HTML page${only}`);
      continue;
    }
    // The summary is input like any other: never let it point outside its own folder.
    if (name !== basename(name) || name === "." || name === ".." || name.includes("\\")) {
      errors.push(`${shown} lists "${name}", which is not a file in its folder`);
      continue;
    }
    const file = join(dir, name);
    try {
      const [real, dirReal] = await Promise.all([realpathOf(file), realpathOf(dir)]);
      if (!followSymlinks && dirname(real) !== dirReal) {
        errors.push(`${display(file)} (listed in ${shown}) is a symbolic link out of its folder; not read`);
        continue;
      }
      files.push(file);
    } catch {
      errors.push(`${display(file)} is listed in ${shown} but missing`);
    }
  }
  return { files, errors };
}
