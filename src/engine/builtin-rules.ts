// The built-in rule, lexicon and requirement files (rules/*.json, rules/lexicons/*.json,
// rules/requirements/requirements.json). From src/ (tests) they
// are read and validated at run time like any rules folder: undefined here. scripts/build.mjs
// replaces this module in the bundles with the files' contents, after loading them through the
// rule loader with every check on, so a bundle neither reads nor re-validates them at start-up (the
// CLI's bundles read them from dist/builtins.dat beside them, written by the same build: see
// builtins-file.ts, which reads the lexicons' definitions only when one is asked for).

/**
 * Each file's JSON text by file name, for the rules folder and its lexicons/ folder; each lexicon
 * prepared (prepareLexicon: start-up then folds no word and checks no pattern), as the JSON text of
 * file name → PreparedLexicon; undefined: read the files. Texts, not objects: JSON.parse builds a
 * fresh copy faster than V8 creates an object literal and structuredClone copies it. `model`: the learned element veto
 * (rules/models/element-veto.json) with its features numbered (PreparedModelData, src/text/element-model.ts), parsed only
 * when a paragraph is first judged (the CLI's bundles read it from dist/element-model.bin, `modelBytes`, when they can).
 */
export const EMBEDDED_BUILTINS:
  | {
      rules: Record<string, string>;
      lexicons: Record<string, string>;
      prepared: string;
      requirements: string;
      model?: string;
      tables?: Uint8Array;
      /** The CLI's bundles: the model's numbered form as dist/element-model.bin's bytes (src/engine/model-file.ts), undefined without that file. */
      modelBytes?: () => Uint8Array | undefined;
    }
  | undefined = undefined;
