import type * as Sarif from "sarif";
import type { FileResult, Finding, ReportContext, Severity } from "../model/types.js";
import { findingHash } from "./fingerprint.js";
import { absolutePath, fileUri, isInside, relativeUri } from "./location.js";
import { messageWithFix } from "./text.js";
import { jsonText, oneLine } from "./untrusted.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/disclint/disclint";
const SRCROOT = "%SRCROOT%";

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0, one run. Files inside ctx.cwd are relative URIs under %SRCROOT% (declared in
 * originalUriBaseIds); a file outside it gets an absolute file: URI. Every rule of ctx.rules is in
 * tool.driver.rules, followed by any rule id that reported without being listed (sorted).
 * partialFingerprints.primaryLocationLineHash is `<hash>:<n>`: the hash of rule id + concept +
 * normalised evidence (see fingerprint.ts), and n counts equal hashes within a file, the way
 * GitHub's own line hashes do. Fatals are tool execution notifications; any fatal makes
 * executionSuccessful false. Columns are UTF-16 code units, as the model's positions are.
 */
export function toSarifLog(results: FileResult[], ctx: ReportContext): Sarif.Log {
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const locate = (file: string): Sarif.ArtifactLocation => {
    const inside = isInside(file, ctx.cwd);
    const uri = inside ? relativeUri(file, ctx.cwd) : fileUri(absolutePath(file, ctx.cwd));
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(uri, index);
      artifacts.push({ location: inside ? { uri, uriBaseId: SRCROOT } : { uri }, roles: ["analysisTarget"] });
    }
    return inside ? { uri, uriBaseId: SRCROOT, index } : { uri, index };
  };

  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of ctx.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    const full = [rule.description, rule.citation && `(${rule.citation})`].filter(Boolean).join(" ");
    const help = [full, rule.fix && `Fix: ${rule.fix}`, `Documentation: ${rule.docsUrl}`].filter(Boolean).join("\n\n");
    rules.push({
      id: rule.id,
      name: friendlyName(rule.id),
      shortDescription: { text: rule.description },
      fullDescription: { text: full },
      help: { text: help },
      helpUri: rule.docsUrl,
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { citation: rule.citation },
    });
  }
  // Rule ids that reported without being in ctx.rules (reader diagnostics, a custom rule…): the
  // first finding gives the level, the first docsUrl the help.
  const unlisted = new Map<string, Pick<Finding, "severity" | "docsUrl">>();
  for (const result of results) {
    for (const f of result.findings) {
      if (ruleIndex.has(f.ruleId)) continue;
      const seen = unlisted.get(f.ruleId);
      if (!seen) unlisted.set(f.ruleId, { severity: f.severity, docsUrl: f.docsUrl });
      else if (!seen.docsUrl && f.docsUrl) seen.docsUrl = f.docsUrl;
    }
  }
  for (const [id, { severity, docsUrl }] of [...unlisted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    ruleIndex.set(id, rules.length);
    rules.push({
      id,
      name: friendlyName(id),
      shortDescription: { text: id },
      fullDescription: { text: id },
      help: { text: docsUrl ? `Documentation: ${docsUrl}` : id },
      ...(docsUrl ? { helpUri: docsUrl } : {}),
      defaultConfiguration: { level: LEVEL[severity] },
    });
  }

  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    const fileLocation = locate(result.file);
    if (result.fatal) {
      const { line, column, message } = result.fatal;
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: fileLocation };
      if (line !== undefined && line >= 1) {
        physicalLocation.region = column !== undefined && column >= 1 ? { startLine: line, startColumn: column } : { startLine: line };
      }
      notifications.push({ level: "error", message: { text: oneLine(message) }, locations: [{ physicalLocation }] });
    }
    const occurrences = new Map<string, number>();
    for (const f of result.findings) {
      const hash = findingHash(f);
      const n = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, n);
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: locate(f.file), region: toRegion(f) };
      const properties: Sarif.PropertyBag = {};
      if (f.concept) properties.concept = f.concept;
      if (f.citation) properties.citation = f.citation;
      if (f.evidence) properties.evidence = f.evidence;
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: messageWithFix(f) },
        locations: [{ physicalLocation }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
        ...(Object.keys(properties).length ? { properties } : {}),
      });
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: "disclint",
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: notifications.length === 0,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: fileUri(absolutePath(ctx.cwd, ctx.cwd), true) } },
    artifacts,
    results: sarifResults,
    columnKind: "utf16CodeUnits",
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

/** A region SARIF accepts: line 1 when the line is unknown (< 1), no end when it precedes the start. */
function toRegion(f: Finding): Sarif.Region {
  if (!(f.line >= 1)) return { startLine: 1 };
  const region: Sarif.Region = { startLine: f.line };
  if (f.column >= 1) region.startColumn = f.column;
  const endValid = f.endLine > f.line || (f.endLine === f.line && f.endColumn >= (region.startColumn ?? 1));
  if (endValid) {
    region.endLine = f.endLine;
    if (f.endColumn >= 1) region.endColumn = f.endColumn;
  }
  return region;
}

/** "flag-text-third-party-oversight" → "FlagTextThirdPartyOversight" (SARIF's rule `name`). */
function friendlyName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

export function sarif(results: FileResult[], ctx: ReportContext): string {
  return `${jsonText(toSarifLog(results, ctx))}\n`;
}
