// The learned second opinion on which Item 106 element a paragraph addresses: the model, its features and how it is
// combined with the lexicon judge live in src/text/element-model.ts (the linter applies it: rules/models/element-veto.json);
// the evaluation and the trainer import them from there. The schema is schemas/element-model.schema.json.

import { schemaValidator } from "../../src/schema-validators.js";

export * from "../../src/text/element-model.js";

/** A validator of a model file (schemas/element-model.schema.json). */
export function elementModelValidator() {
  return schemaValidator("element-model");
}
