/** One recognised character and the model's probability for it. */
export interface ReadChar {
  char: string;
  confidence: number;
  /** The output step it was read at (steps run left to right across the line image). */
  step: number;
}

/**
 * The dictionary of a PaddleOCR recognition model from its keys file: class 0 is the CTC blank,
 * classes 1..n are the file's lines, and class n + 1 is a space (use_space_char).
 */
export function parseDictionary(keys: string): string[] {
  const lines = keys.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new Error('ocr: the dictionary is empty');
  return ['', ...lines, ' '];
}

/**
 * Greedy CTC decoding of one line: `probs` holds `steps` × `classes` probabilities (softmax
 * output); at each step the likeliest class is read, repeats of the class just read are one
 * character, the blank (class 0) separates them and is dropped. Throws when the model's class
 * count is not the dictionary's.
 */
export function decodeCtc(probs: Float32Array, steps: number, classes: number, dictionary: string[]): ReadChar[] {
  if (classes !== dictionary.length) throw new Error(`ocr: the model has ${classes} classes, the dictionary ${dictionary.length}`);
  if (probs.length < steps * classes) throw new Error(`ocr: ${steps} steps of ${classes} classes need ${steps * classes} values, got ${probs.length}`);
  const chars: ReadChar[] = [];
  let previous = 0;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    let bestP = probs[row]!;
    for (let c = 1; c < classes; c++) {
      const p = probs[row + c]!;
      if (p > bestP) {
        best = c;
        bestP = p;
      }
    }
    if (best !== 0 && best !== previous) chars.push({ char: dictionary[best]!, confidence: bestP, step: t });
    previous = best;
  }
  return chars;
}
