// Text from the network, one rule for every field: it must be well-formed Unicode. A lone UTF-16
// surrogate (half of an emoji or of 𠮷) is valid in a JS string but not in UTF-8, so the CSV,
// XLSX and PDF writers would fail on it long after it was accepted; it is refused at the door.
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const wellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/** A string schema that refuses ill-formed Unicode; chain .trim(), .min(), .max() as usual. */
export const text = () => z.string().refine(wellFormed, '含有不完整的字符 (ill-formed Unicode: a lone surrogate)');
