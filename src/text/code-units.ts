// A text's UTF-16 code units in a typed array, copied by one native write. The loops that read a
// text character by character (trigrams, words, sentences) read them from here: `charCodeAt` in
// optimised code dispatches on the string's representation (sequential, sliced, cons; one-byte or
// two-byte) at every character, ~65 instructions a character in the trigram loop, where an element
// of a typed array is a load (round 26, callgrind).

/** A scratch array of code units and a Buffer over the same memory, grown when a text needs more. */
export interface CodeUnitScratch {
  units: Uint16Array;
  bytes: Buffer;
}

/** Texts longer than this get an array of their own (a whole filing's block must not stay allocated in a scratch). */
const MAX_SCRATCH = 1 << 16;

// Buffer's "utf16le" writes code units little-endian; a Uint16Array reads them in the platform's order.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function codeUnitScratch(): CodeUnitScratch {
  const units = new Uint16Array(256);
  return { units, bytes: Buffer.from(units.buffer, units.byteOffset, units.byteLength) };
}

/**
 * The code units of `text` (what text.charCodeAt(i) returns, lone surrogates included) in the first
 * text.length elements of the result: the scratch's array (valid until its next use), or an array
 * of its own for a long text.
 */
export function codeUnits(text: string, scratch: CodeUnitScratch): Uint16Array {
  const n = text.length;
  if (!LITTLE_ENDIAN) {
    const own = new Uint16Array(n);
    for (let i = 0; i < n; i++) own[i] = text.charCodeAt(i);
    return own;
  }
  if (n > MAX_SCRATCH) {
    const own = new Uint16Array(n);
    Buffer.from(own.buffer, own.byteOffset, own.byteLength).write(text, 0, "utf16le");
    return own;
  }
  if (scratch.units.length < n) {
    let size = scratch.units.length;
    while (size < n) size *= 2;
    scratch.units = new Uint16Array(size);
    scratch.bytes = Buffer.from(scratch.units.buffer, scratch.units.byteOffset, scratch.units.byteLength);
  }
  if (n > 0) scratch.bytes.write(text, 0, "utf16le");
  return scratch.units;
}
