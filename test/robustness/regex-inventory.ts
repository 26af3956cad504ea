// Every regular expression in src/, found by the TypeScript compiler (its program and checker, not a hand regex over
// source text): regex literals, and `new RegExp(x, flags)` / `RegExp(x, flags)` whose arguments fold to constants -
// string literals, templates, `+`, String.raw, const bindings (followed through imports), a regex's `.source`, a
// property of an imported JSON file. A constructed pattern whose source does not fold (a user's lexicon, an escaped
// term) is listed as unresolved, with its expression, for the inventory test to account for.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { SyntaxKind, type Node } from "typescript/unstable/ast";
import { API, type Checker, type Program, type Project } from "typescript/unstable/sync";

export interface FoundRegex {
  /** Path from the package root, "src/sources/prose.ts". */
  file: string;
  line: number;
  source: string;
  flags: string;
  kind: "literal" | "constructed";
}

export interface UnresolvedRegex {
  file: string;
  line: number;
  /** The constructor call as written. */
  expression: string;
}

export interface RegexInventory {
  regexes: FoundRegex[];
  unresolved: UnresolvedRegex[];
  files: number;
}

// Nodes as the unstable API decodes them: the fields this walk reads.
type AnyNode = Node & Record<string, any>;

type Folded = { kind: "string"; value: string } | { kind: "regex"; source: string; flags: string } | { kind: "json"; value: unknown };

export function regexInventory(root: string): RegexInventory {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: join(root, "tsconfig.json") });
    const project = snapshot.getProjects()[0] as Project;
    const program = project.program;
    const files = program.getSourceFileNames().filter((f) => f.startsWith(join(root, "src") + "/") && f.endsWith(".ts"));
    const out: RegexInventory = { regexes: [], unresolved: [], files: files.length };
    for (const name of files) collect(program, project.checker, root, name, out);
    return out;
  } finally {
    api.close();
  }
}

function collect(program: Program, checker: Checker, root: string, fileName: string, out: RegexInventory): void {
  const sf = program.getSourceFile(fileName) as AnyNode | undefined;
  if (!sf) return;
  const file = relative(root, fileName);
  const lineOf = (n: AnyNode) => sf.getLineAndCharacterOfPosition(startOf(sf, n)).line + 1;
  const folder = new Folder(program, checker);
  const visit = (n: AnyNode): void => {
    if (n.kind === SyntaxKind.RegularExpressionLiteral) {
      const text = n.text as string;
      const slash = text.lastIndexOf("/");
      out.regexes.push({ file, line: lineOf(n), source: text.slice(1, slash), flags: text.slice(slash + 1), kind: "literal" });
    } else if ((n.kind === SyntaxKind.NewExpression || n.kind === SyntaxKind.CallExpression) && n.expression?.kind === SyntaxKind.Identifier && n.expression.text === "RegExp") {
      const args = (n.arguments ?? []) as AnyNode[];
      const source = args[0] ? folder.fold(args[0]) : { kind: "string" as const, value: "(?:)" };
      const flags = args[1] ? folder.fold(args[1]) : undefined;
      const sourceText = source?.kind === "string" ? source.value : source?.kind === "regex" ? source.source : undefined;
      const flagText = args[1] === undefined ? (source?.kind === "regex" ? source.flags : "") : flags?.kind === "string" ? flags.value : undefined;
      if (sourceText !== undefined && flagText !== undefined) out.regexes.push({ file, line: lineOf(n), source: sourceText, flags: flagText, kind: "constructed" });
      else out.unresolved.push({ file, line: lineOf(n), expression: sf.text.slice(startOf(sf, n), n.end).replace(/\s*\n\s*/g, " ") });
    }
    n.forEachChild((c) => void visit(c as AnyNode));
  };
  visit(sf);
}

/** A node's start without its leading trivia. */
function startOf(sf: AnyNode, n: AnyNode): number {
  let i = n.pos as number;
  const t = sf.text as string;
  for (;;) {
    while (i < n.end && /\s/.test(t[i])) i++;
    if (t.startsWith("//", i)) i = t.indexOf("\n", i) === -1 ? n.end : t.indexOf("\n", i);
    else if (t.startsWith("/*", i)) i = t.indexOf("*/", i) + 2;
    else return i;
  }
}

class Folder {
  private depth = 0;
  constructor(
    private readonly program: Program,
    private readonly checker: Checker,
  ) {}

  fold(n: AnyNode): Folded | undefined {
    if (this.depth > 20) return undefined;
    this.depth++;
    try {
      return this.foldNode(n);
    } finally {
      this.depth--;
    }
  }

  private str(n: AnyNode): string | undefined {
    const f = this.fold(n);
    return f?.kind === "string" ? f.value : undefined;
  }

  private foldNode(n: AnyNode): Folded | undefined {
    switch (n.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        return { kind: "string", value: n.text };
      case SyntaxKind.RegularExpressionLiteral: {
        const slash = (n.text as string).lastIndexOf("/");
        return { kind: "regex", source: n.text.slice(1, slash), flags: n.text.slice(slash + 1) };
      }
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.SatisfiesExpression:
      case SyntaxKind.NonNullExpression:
        return this.fold(n.expression);
      case SyntaxKind.TemplateExpression:
        return this.template(n, false);
      case SyntaxKind.TaggedTemplateExpression: {
        const tag = n.tag as AnyNode;
        if (tag.kind !== SyntaxKind.PropertyAccessExpression || tag.expression.text !== "String" || tag.name.text !== "raw") return undefined;
        const t = n.template as AnyNode;
        if (t.kind === SyntaxKind.NoSubstitutionTemplateLiteral) return { kind: "string", value: t.rawText ?? t.text };
        return this.template(t, true);
      }
      case SyntaxKind.BinaryExpression: {
        if (n.operatorToken.kind !== SyntaxKind.PlusToken) return undefined;
        const [a, b] = [this.str(n.left), this.str(n.right)];
        return a === undefined || b === undefined ? undefined : { kind: "string", value: a + b };
      }
      case SyntaxKind.Identifier:
        return this.identifier(n);
      case SyntaxKind.PropertyAccessExpression: {
        const base = this.fold(n.expression);
        const name = n.name.text as string;
        if (base?.kind === "regex" && name === "source") return { kind: "string", value: base.source };
        if (base?.kind === "regex" && name === "flags") return { kind: "string", value: base.flags };
        if (base?.kind === "json" && base.value && typeof base.value === "object" && Object.hasOwn(base.value, name)) {
          const v = (base.value as Record<string, unknown>)[name];
          return typeof v === "string" ? { kind: "string", value: v } : { kind: "json", value: v };
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private template(n: AnyNode, raw: boolean): Folded | undefined {
    let s: string = raw ? (n.head.rawText ?? n.head.text) : n.head.text;
    for (const span of n.templateSpans as AnyNode[]) {
      const v = this.str(span.expression);
      if (v === undefined) return undefined;
      s += v + (raw ? (span.literal.rawText ?? span.literal.text) : span.literal.text);
    }
    return { kind: "string", value: s };
  }

  /** A const binding's initializer, or an imported JSON file's value. */
  private identifier(n: AnyNode): Folded | undefined {
    let symbol = this.checker.getSymbolAtLocation(n);
    if (!symbol) return undefined;
    const alias = symbol.declarations.find((d) => d.kind === SyntaxKind.ImportClause || d.kind === SyntaxKind.ImportSpecifier);
    if (alias?.kind === SyntaxKind.ImportClause) {
      // import x from "./file.json" with { type: "json" }
      const clause = alias.resolve() as AnyNode | undefined;
      const decl = clause?.parent as AnyNode | undefined;
      const spec = decl?.moduleSpecifier?.text as string | undefined;
      if (spec?.endsWith(".json")) return { kind: "json", value: JSON.parse(readFileSync(join(dirname(alias.path), spec), "utf8")) };
    }
    if (alias) symbol = this.checker.getAliasedSymbol(symbol);
    const handle = symbol.valueDeclaration;
    const decl = handle?.resolve() as AnyNode | undefined;
    if (!decl || decl.kind !== SyntaxKind.VariableDeclaration || !decl.initializer) return undefined;
    const list = decl.parent as AnyNode;
    // Only a const binding holds the value it was declared with.
    if (!list || list.kind !== SyntaxKind.VariableDeclarationList || !(list.flags & 2)) return undefined;
    return this.fold(decl.initializer);
  }
}
