/** XBRL xs:boolean lexical space (after whitespace collapse): true/false/1/0. */
export function flagValue(lexical: string): boolean | null {
  const v = lexical.trim();
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return null;
}
