// One hidden class for the facts the tag readers make (Inline XBRL, XBRL instance; round 31).
// Built with conditional spreads, a fact's fields depended on which of period, format, id, html,
// problems and fragments it had, so each filing brought the engine's fact readers (fragmentsOf in
// innermostOver, innermostHolding, clipToBlock, findMismatchedBlocks) maps they had not seen, and
// V8 deoptimised and recompiled them while linting. Every field is now present, undefined when
// absent, in one order that keeps the order of the fields a reader sets (JSON omits the undefined).

import type { Fact, FactKind, Period, Position, SourceRange, TextMap } from "../model/types.js";

/** The fields a tag reader knows before the fact's value. */
export interface FactHead {
  concept: string;
  namespace: string | undefined;
  kind: FactKind;
  contextRef: string | undefined;
  period: Period | undefined;
  format: string | undefined;
  id: string | undefined;
  hidden: boolean | undefined;
  position: Position;
  offset: number;
  endOffset: number;
}

/** A fact with every field of `Fact` but `label`, in one order (see above). */
export function tagFact(
  h: FactHead,
  fragments: SourceRange[] | undefined,
  value: boolean | string | null,
  raw: string,
  text: string,
  textMap: TextMap,
  html: string | undefined,
  problems: string[] | undefined,
): Fact {
  return {
    concept: h.concept,
    namespace: h.namespace,
    kind: h.kind,
    contextRef: h.contextRef,
    period: h.period,
    format: h.format,
    id: h.id,
    hidden: h.hidden,
    position: h.position,
    offset: h.offset,
    endOffset: h.endOffset,
    fragments,
    value,
    raw,
    text,
    textMap,
    html,
    problems,
  };
}
