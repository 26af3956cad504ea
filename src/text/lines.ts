/** A line of a text without its line break ("\n" or "\r\n"), and where it starts. */
export interface Line {
  text: string;
  start: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, start });
    start = end + 1;
  }
  return lines;
}
