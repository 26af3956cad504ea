// Findings → GitHub annotations, within what GitHub shows.
import type { FileResult, Severity } from "../model/types.js";
import { relativePath } from "../report/location.js";
import { messageWithFix } from "../report/text.js";

export type AnnotationLevel = "error" | "warning" | "notice";

/** @actions/core's AnnotationProperties, the fields we use. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

/** GitHub shows at most this many annotations of each level per step… */
export const ANNOTATIONS_PER_LEVEL = 10;
/** …and this many per job, all steps together. */
export const ANNOTATIONS_PER_JOB = 50;

export const LEVEL_OF: Record<Severity, AnnotationLevel> = { error: "error", warning: "warning", info: "notice" };
export const LEVELS: readonly AnnotationLevel[] = ["error", "warning", "notice"];

/** The title of the annotation for a file that could not be read or parsed. */
export const UNREADABLE_TITLE = "unreadable input";

/**
 * One annotation per finding and per unreadable input, in report order except that unreadable
 * inputs come first (an input that was not linted at all matters more than one more finding).
 * The file is relative to the workspace, "/"-separated. GitHub rejects columns on an annotation
 * that spans lines, so columns are sent only when it stays on one line; an unknown position (< 1)
 * is left out. `noFile` holds results that stand for a pattern rather than a file (a glob that
 * matched nothing): their annotation names no file.
 */
export function toAnnotations(results: FileResult[], workspace: string, noFile: ReadonlySet<FileResult> = new Set()): Annotation[] {
  const fatals: Annotation[] = [];
  const findings: Annotation[] = [];
  for (const result of results) {
    if (result.fatal) {
      const { line, column, message } = result.fatal;
      const known = line !== undefined && line >= 1;
      fatals.push({
        level: "error",
        message,
        properties: {
          title: UNREADABLE_TITLE,
          file: noFile.has(result) ? undefined : relativePath(result.file, workspace),
          startLine: known ? line : undefined,
          startColumn: known && column !== undefined && column >= 1 ? column : undefined,
        },
      });
    }
    for (const f of result.findings) {
      const known = f.line >= 1;
      const oneLine = known && f.endLine === f.line;
      findings.push({
        level: LEVEL_OF[f.severity],
        message: messageWithFix(f),
        properties: {
          title: f.ruleId,
          file: relativePath(f.file, workspace),
          startLine: known ? f.line : undefined,
          endLine: known && f.endLine >= f.line ? f.endLine : undefined,
          startColumn: oneLine && f.column >= 1 ? f.column : undefined,
          endColumn: oneLine && f.endColumn >= 1 ? f.endColumn : undefined,
        },
      });
    }
  }
  return [...fatals, ...findings];
}

export type LevelCounts = Record<AnnotationLevel, number>;

export interface CappedAnnotations {
  /** What to send, in order. */
  shown: Annotation[];
  /** Annotations of each level GitHub would not show, so they are not sent. */
  left: LevelCounts;
  /** All annotations of each level. */
  total: LevelCounts;
}

/**
 * Keeps the first ANNOTATIONS_PER_LEVEL annotations of each level, less `reserved` slots the step
 * needs for its own messages (core.setFailed is an error annotation too).
 */
export function capAnnotations(all: Annotation[], reserved: Partial<LevelCounts> = {}): CappedAnnotations {
  const shown: Annotation[] = [];
  const used: LevelCounts = { error: 0, warning: 0, notice: 0 };
  const left: LevelCounts = { error: 0, warning: 0, notice: 0 };
  const total: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const a of all) {
    total[a.level]++;
    if (used[a.level] < Math.max(0, ANNOTATIONS_PER_LEVEL - (reserved[a.level] ?? 0))) {
      used[a.level]++;
      shown.push(a);
    } else {
      left[a.level]++;
    }
  }
  return { shown, left, total };
}

const LEVEL_WORDS: Record<AnnotationLevel, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  notice: ["notice", "notices"],
};

/**
 * The note for the log and the job summary when some annotations were left out, e.g. "3 of 12
 * errors and 1 of 11 warnings are not annotated: GitHub shows at most 10 annotations of each level
 * per step (and 50 per job)." Undefined when nothing was left out.
 */
export function cappedNote(capped: CappedAnnotations): string | undefined {
  const parts = LEVELS.filter((l) => capped.left[l] > 0).map(
    (l) => `${capped.left[l]} of ${capped.total[l]} ${LEVEL_WORDS[l][capped.total[l] === 1 ? 0 : 1]}`,
  );
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  const verb = parts.length === 1 && capped.left[LEVELS.find((l) => capped.left[l] > 0)!] === 1 ? "is" : "are";
  return `${list} ${verb} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step (and ${ANNOTATIONS_PER_JOB} per job).`;
}
