// dist/element-model.bin (round 52): the learned element veto's numbered model (PreparedModelData, src/text/element-model.ts)
// as scripts/build.mjs writes it for the CLI's bundles, beside builtins.dat. As JSON (~178 KB) its ~35,000 numbers were
// parsed from text when a paragraph was first judged (JSON.parse, ~11 M instructions of one R page's cold run); here they
// are typed-array views over the file's bytes, and only the small rest is JSON.
//
// The file: a 32-bit length (little-endian), then that many bytes of ASCII JSON (a header: the model's fields that are not
// number lists, the lists' lengths, each element's id, bias and feature count, the byte order the lists were written in),
// then, each from an offset that is a multiple of 8, the 32-bit integers (words, headings, bigrams, then each element's
// features) and the 64-bit doubles (each element's weights, the same doubles the JSON text reads back).
import type { PreparedModelData } from "../text/element-model.js";
import { ascii } from "./builtins-file.js";

const MAGIC = "disclint-model 1";
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Rest = Omit<PreparedModelData, "words" | "headings" | "bigrams" | "elements">;

interface Header {
  magic: string;
  littleEndian: boolean;
  rest: Rest;
  /** The lengths of words, headings and bigrams. */
  lists: [number, number, number];
  /** Each element's id, bias and number of features (and weights), in the model's order. */
  elements: [string, number, number][];
}

const align8 = (n: number) => (n + 7) & ~7;

/** The file's bytes for the model. */
export function modelFileBytes(data: PreparedModelData): Uint8Array {
  const { words, headings, bigrams, elements, ...rest } = data;
  const ids = Object.keys(elements);
  const header: Header = {
    magic: MAGIC,
    littleEndian: LITTLE_ENDIAN,
    rest,
    lists: [words.length, headings.length, bigrams.length],
    elements: ids.map((id) => [id, elements[id].bias, elements[id].features.length]),
  };
  const text = Buffer.from(ascii(JSON.stringify(header)), "latin1");
  const intsAt = align8(4 + text.length);
  const ints = [words, headings, bigrams, ...ids.map((id) => elements[id].features)];
  const intCount = ints.reduce((n, list) => n + list.length, 0);
  const floatsAt = align8(intsAt + 4 * intCount);
  const floatCount = ids.reduce((n, id) => n + elements[id].weights.length, 0);
  const bytes = new Uint8Array(floatsAt + 8 * floatCount);
  new DataView(bytes.buffer).setUint32(0, text.length, true);
  bytes.set(text, 4);
  const intView = new Int32Array(bytes.buffer, intsAt, intCount);
  let at = 0;
  for (const list of ints) for (let i = 0; i < list.length; i++) intView[at++] = list[i];
  const floatView = new Float64Array(bytes.buffer, floatsAt, floatCount);
  at = 0;
  for (const id of ids) for (const w of elements[id].weights) floatView[at++] = w;
  return bytes;
}

/**
 * The model read from the file's bytes, its number lists views over them (copied once where the bytes are not 8-byte
 * aligned); undefined for bytes that are not such a file of this version and byte order, or shorter than the header says.
 */
export function modelFromFileBytes(bytes: Uint8Array): PreparedModelData | undefined {
  if (bytes.byteLength < 4) return undefined;
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(own.buffer, own.byteOffset, 4).getUint32(0, true);
  if (4 + length > own.byteLength) return undefined;
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(own.buffer, own.byteOffset + 4, length).toString("latin1")) as Header;
  } catch {
    return undefined;
  }
  if (header?.magic !== MAGIC || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  const [wordCount, headingCount, bigramCount] = header.lists;
  const intCount = wordCount + headingCount + bigramCount + header.elements.reduce((n, e) => n + e[2], 0);
  const intsAt = align8(4 + length);
  const floatsAt = align8(intsAt + 4 * intCount);
  const floatCount = intCount - wordCount - headingCount - bigramCount;
  if (floatsAt + 8 * floatCount > own.byteLength) return undefined;
  const ints = new Int32Array(own.buffer, own.byteOffset + intsAt, intCount);
  const floats = new Float64Array(own.buffer, own.byteOffset + floatsAt, floatCount);
  let at = 0;
  const take = (n: number) => ints.subarray(at, (at += n));
  const words = take(wordCount);
  const headings = take(headingCount);
  const bigrams = take(bigramCount);
  const elements: PreparedModelData["elements"] = {};
  let w = 0;
  for (const [id, bias, n] of header.elements) elements[id] = { bias, features: take(n), weights: floats.subarray(w, (w += n)) };
  return { ...header.rest, words, headings, bigrams, elements };
}
