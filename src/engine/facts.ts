import type { Fact } from "../model/types.js";
import { collapseSpaces } from "../text/spaces.js";
import type { Answer, DocumentContext, MentionQuery, Polarity, TextScope } from "./document.js";
import type { Hit } from "./hit.js";

/**
 * The generic facts rules can ask for. Each declares a JSON Schema for its params (checked when a
 * rule is loaded) and computes its value from one DocumentContext. Nothing here knows a rule.
 */
export interface FactDefinition {
  description: string;
  params: Record<string, unknown>;
  /** Higher runs first: cheap facts short-circuit expensive text conditions. */
  priority: number;
  /** Returns a list of Hits (locatable) or a scalar. */
  compute(ctx: DocumentContext, params: Record<string, unknown>): unknown;
}

const concept = { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_]*$" };
const scopeProps = {
  concepts: { type: "array", items: concept, minItems: 1 },
  firstPresent: { type: "boolean" },
};
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  additionalProperties: false,
  properties,
  required,
});

function scopeOf(p: Record<string, unknown>): TextScope {
  return { concepts: p.concepts as string[] | undefined, firstPresent: p.firstPresent as boolean | undefined };
}

function sameValue(a: Fact, b: Fact): boolean {
  return a.kind === "text" ? collapseSpaces(a.text) === collapseSpaces(b.text) : a.value === b.value;
}

export const FACTS: Record<string, FactDefinition> = {
  form: {
    description: "The document's form (10-K, 20-F, 8-K, 6-K …, amendments without /A), or null when unknown.",
    params: obj({}),
    priority: 100,
    compute: (ctx) => ctx.disclosure.form?.replace(/\/A$/, "") ?? null,
  },
  document: {
    description:
      "A document-level value: documentType, periodEndDate (YYYY-MM-DD), transitionReport, inputFormat, inputClass (what it is read as: tagged, structured, prose, or untagged: a filing whose cybersecurity section carries no cyd fact).",
    params: obj({ field: { enum: ["documentType", "periodEndDate", "transitionReport", "inputFormat", "inputClass"] } }, ["field"]),
    priority: 100,
    compute: (ctx, p) => {
      const d = ctx.disclosure;
      switch (p.field) {
        case "documentType":
          return d.formSource === "dei" ? d.form ?? null : null;
        case "periodEndDate":
          return d.periodEndDate ?? null;
        case "transitionReport":
          return d.transitionReport ?? false;
        case "inputClass":
          return ctx.inputClass ?? null;
        default:
          return ctx.inputFormat ?? null;
      }
    },
  },
  flag: {
    description: "A flag's value: true or false; null when the flag is absent or not a valid boolean.",
    params: obj({ concept }, ["concept"]),
    priority: 90,
    compute: (ctx, p) => {
      const f = (ctx.byConcept.get(p.concept as string) ?? []).find((x) => typeof x.value === "boolean");
      return f ? f.value : null;
    },
  },
  present: {
    description: "Whether any fact of the concept is present (empty or not).",
    params: obj({ concept }, ["concept"]),
    priority: 90,
    compute: (ctx, p) => (ctx.byConcept.get(p.concept as string) ?? []).length > 0,
  },
  text: {
    description: "Plain text of the text blocks in scope, joined by blank lines ('' when none).",
    params: obj(scopeProps),
    priority: 50,
    compute: (ctx, p) => ctx.text(scopeOf(p)),
  },
  mentions: {
    description:
      "Sentences of the text blocks in scope where a lexicon matches, filtered by polarity (affirmed: not negated, not hypothetical); with: another lexicon that must match in the same sentence; without: one that must not; notWithin: one whose match holding the whole match makes that match not count (a team's name, not a position); prefer: lexicons in order of preference, the hits whose clause (rules/lexicons/clause-break.json) one of them matches first (a locate quotes the first hit). A list of hits.",
    params: obj(
      {
        lexicon: { type: "string" },
        ...scopeProps,
        polarity: { enum: ["affirmed", "any", "not-negated", "negated", "hypothetical", "negated-or-hypothetical"] },
        with: { type: "string" },
        without: { type: "string" },
        notWithin: { type: "string" },
        prefer: { type: "array", items: { type: "string" } },
      },
      ["lexicon"],
    ),
    priority: 10,
    compute: (ctx, p) => {
      const q: MentionQuery = {
        lexicon: p.lexicon as string,
        scope: scopeOf(p),
        polarity: (p.polarity as Polarity | undefined) ?? "affirmed",
        with: p.with as string | undefined,
        without: p.without as string | undefined,
        notWithin: p.notWithin as string | undefined,
        prefer: p.prefer as string[] | undefined,
      };
      return ctx.mentions(q);
    },
  },
  element: {
    description:
      "Where the section addresses an Item 106 element (rules/requirements/requirements.json): sentence hits from the element's own block, then the other cyd blocks, then the untagged section text; answer: any, affirmed (a yes: not negated, not hypothetical), negative (an explicit no), reference (a cross-reference only); part: one of the element's parts (with answer affirmed or negative: its sentences that say yes, or no, to that part); ownBlock: its own block only; concepts: only these cyd blocks; clauseHas / clauseLacks: lexicons each of which must match, or none of which may match, in the clause of a hit (between the clause breaks of the clause-break lexicon: whose effect it states, a question, a class of incidents); topicHas: lexicons each of which must match in the sentence of a hit or the sentence before it in its paragraph (the topic its clause continues); sentenceLacks: lexicons none of which may match in the sentence of a hit (what qualifies its clause from elsewhere in the sentence: a fronted exception, an effect stated beside a denial).",
    params: obj(
      {
        id: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
        answer: { enum: ["any", "affirmed", "negative", "reference"] },
        part: { type: "string" },
        ownBlock: { type: "boolean" },
        concepts: { type: "array", items: { type: "string" }, minItems: 1 },
        clauseHas: { type: "array", items: { type: "string" }, minItems: 1 },
        clauseLacks: { type: "array", items: { type: "string" }, minItems: 1 },
        topicHas: { type: "array", items: { type: "string" }, minItems: 1 },
        sentenceLacks: { type: "array", items: { type: "string" }, minItems: 1 },
      },
      ["id"],
    ),
    priority: 10,
    compute: (ctx, p) =>
      ctx.elementHits({ id: p.id as string, answer: (p.answer as Answer | undefined) ?? "any", part: p.part as string | undefined, ownBlock: p.ownBlock as boolean | undefined,
        concepts: p.concepts as string[] | undefined,
        clauseHas: p.clauseHas as string[] | undefined,
        clauseLacks: p.clauseLacks as string[] | undefined,
        topicHas: p.topicHas as string[] | undefined,
        sentenceLacks: p.sentenceLacks as string[] | undefined,
      }),
  },
  absenceSeverity: {
    description:
      "The severity an absence of an Item 106 element is reported at: the catalog's `severity`, which is calibrated on the element detector's measured recall (`tuneRecall`; below 90% on the tune split an absence is info, since a miss is then likely the detector's); a warning is info where the section uses the element's own words (lexicon `hint-<id>`) that the judge did not read as an answer. null for an unknown id.",
    params: obj({ id: { type: "string", pattern: "^[a-z][a-z0-9-]*$" } }, ["id"]),
    // Below `element`: an absence rule asks whether the element is absent first, and reads the
    // element's hint lexicon over the whole text only when it is.
    priority: 9,
    compute: (ctx, p) => ctx.absenceSeverity(p.id as string),
  },
  unaddressed: {
    description:
      "Elements no paragraph of the section answers, as hits at the section heading (detail: what and where it is required): severity filters by the absence severity (absenceSeverity); referenced: true only those a paragraph merely refers elsewhere for, false only the others; parts: instead, the parts an answered element leaves out; element: only that element (a flag's own element); flagLabel (with parts): a part the visible label of the element's flag names (its question written out beside the value, \"… reasonably likely to materially affect us: false\", a table row's caption beside ☐) is answered by the flag; together: groups of element ids one sentence would answer together (106(c)(1)'s board informed and 106(c)(2)(iii)'s managers reporting to it): when every element of a group is unaddressed alike (each only referred elsewhere, or none), they are one hit at the group's first, its detail naming each (\"…, nor …\"), at the most severe of their absence severities.",
    params: obj({
      severity: { enum: ["warning", "info"] },
      referenced: { type: "boolean" },
      parts: { type: "boolean" },
      flagLabel: { type: "boolean" },
      element: { type: "string" },
      together: { type: "array", items: { type: "array", minItems: 2, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" } } },
    }),
    priority: 10,
    compute: (ctx, p) =>
      ctx.unaddressed({
        severity: p.severity as string | undefined,
        referenced: p.referenced as boolean | undefined,
        parts: p.parts as boolean | undefined,
        flagLabel: p.flagLabel as boolean | undefined,
        element: p.element as string | undefined,
        together: p.together as string[][] | undefined,
      }),
  },
  untaggedText: {
    description:
      "Paragraphs of a tagged filing's Item 1C / 16K section that lie in no cyd block yet address an element (detail: the element ids). gap: true only those that address an element Item 106 requires (the catalog's `item106` is a paragraph of Item 106) and that no cyd text block addresses or uses the words of (lexicon `hint-<id>`), a gap in the tagged data (detail: those ids); false only the others. A list of hits.",
    params: obj({ gap: { type: "boolean" } }),
    priority: 10,
    compute: (ctx, p) => ctx.untaggedAddressing(p.gap as boolean | undefined),
  },
  mismatchedBlocks: {
    description:
      "Text blocks that are some element's own block but whose text addresses only other elements (detail: what it addresses instead; hint: where the section has the text of its own elements). loose: true only those whose matched words say more of the elements of the block's paragraph of Item 106 (that of the first element it is the block of, the catalog's `item106` cut to its paragraph: 106(c)(2) for 106(c)(2)(i)) than of other paragraphs', a loose tag; false only the others, text about another paragraph.. concepts: only the blocks of these concepts; exceptConcepts: not those (a block another rule speaks for, such as the positions block management-position-named reports when it names no position). A list of hits.",
    params: obj({ loose: { type: "boolean" }, concepts: scopeProps.concepts, exceptConcepts: scopeProps.concepts }),
    priority: 10,
    compute: (ctx, p) => ctx.mismatchedBlocks(p.loose as boolean | undefined, p.concepts as string[] | undefined, p.exceptConcepts as string[] | undefined),
  },
  documentMentions: {
    description:
      "Matches of a lexicon in the whole text of the documents (markup masked out), not only in cyd facts: for what sits outside the tags, such as an Item 1C incorporated by reference. A list of hits.",
    params: obj({ lexicon: { type: "string" } }, ["lexicon"]),
    priority: 5,
    compute: (ctx, p) => ctx.documentMentions(p.lexicon as string),
  },
  facts: {
    description:
      "Facts that meet every given filter (concepts, or only the first present of them with firstPresent; kind; empty text: a text block with no text and no image; invalid value; hidden). A list of hits.",
    params: obj({
      concepts: scopeProps.concepts,
      firstPresent: scopeProps.firstPresent,
      kind: { enum: ["flag", "text", "other"] },
      empty: { type: "boolean" },
      invalid: { type: "boolean" },
      hidden: { type: "boolean" },
    }),
    priority: 80,
    compute: (ctx, p) => {
      let concepts = p.concepts as string[] | undefined;
      if (concepts && p.firstPresent) concepts = concepts.filter((c) => ctx.byConcept.has(c)).slice(0, 1);
      const wanted = concepts ? new Set(concepts) : undefined;
      return ctx.disclosure.facts
        .filter((f) => !wanted || wanted.has(f.concept))
        .filter((f) => p.kind === undefined || f.kind === p.kind)
        .filter((f) => p.empty === undefined || isEmptyText(f) === p.empty)
        .filter((f) => p.invalid === undefined || (f.value === null || (f.problems?.length ?? 0) > 0) === p.invalid)
        .filter((f) => p.hidden === undefined || Boolean(f.hidden) === p.hidden)
        .map((f) => ctx.factHit(f, f.problems?.join("; ")));
    },
  },
  missing: {
    description: "Concepts of the list that have no fact. A list of hits at the section's first fact (or the file start).",
    params: obj({ concepts: scopeProps.concepts }, ["concepts"]),
    priority: 80,
    compute: (ctx, p) => (p.concepts as string[]).filter((c) => !ctx.byConcept.has(c)).map((c) => ctx.anchorHit(c)),
  },
  duplicates: {
    description:
      "Facts that repeat a concept in the same context (and document period): conflicting: true lists those whose value differs from the first, false identical repeats. A list of hits.",
    params: obj({ conflicting: { type: "boolean" } }, ["conflicting"]),
    priority: 80,
    compute: (ctx, p) => {
      const hits: Hit[] = [];
      for (const [, facts] of ctx.byConcept) {
        const groups = new Map<string, Fact[]>();
        for (const f of facts) {
          const key = f.contextRef ?? "";
          const group = groups.get(key);
          if (group) group.push(f);
          else groups.set(key, [f]);
        }
        for (const group of groups.values()) {
          const first = group[0];
          for (const f of group.slice(1)) {
            if (sameValue(first, f) !== p.conflicting) {
              hits.push(ctx.factHit(f, `${first.position.line}:${first.position.column}`));
            }
          }
        }
      }
      return hits;
    },
  },
  diagnostics: {
    description: "Problems the reader reported with this code (e.g. broken-continuation, unknown-label). A list of hits.",
    params: obj({ code: { type: "string" } }, ["code"]),
    priority: 80,
    compute: (ctx, p) =>
      ctx.disclosure.diagnostics
        .filter((d) => d.code === p.code)
        .map((d) => ({ position: d.position, concept: d.concept, evidence: d.evidence, detail: d.message })),
  },
  cydNamespaces: {
    description: "The distinct http://xbrl.sec.gov/cyd/YYYY namespaces the document set's cyd facts use (a list of strings; a declared but unused namespace does not count).",
    params: obj({}),
    priority: 100,
    compute: (ctx) => [...new Set(ctx.disclosure.facts.map((f) => f.namespace).filter((n): n is string => Boolean(n)))].sort(),
  },
  cydFactCount: {
    description: "How many facts in a cyd namespace (any concept, hidden or not) the document set has.",
    params: obj({}),
    priority: 100,
    compute: (ctx) => ctx.cydFacts.length,
  },
};

/** A text block with no text once markup is removed, and no image either (an image of a table or chart is content). */
function isEmptyText(f: Fact): boolean {
  return f.kind === "text" && f.text.trim() === "" && !/<img\b/i.test(f.raw);
}
