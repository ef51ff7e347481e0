// The seal (公章) a host uploads for certificates: a PNG, checked before it is stored — the magic
// bytes (a JPEG renamed .png is refused, not mis-drawn), the size in bytes, sane pixel dimensions
// (a 1×1 dot or a 20 000-pixel scan would print as nothing or take seconds), and a pixel stream
// that inflates to exactly the size its header promises. That last check matters: pdfkit decodes
// an alpha PNG in a callback that throws on a corrupt stream, which would end the whole server in
// the middle of a download; so a seal that is stored is one pdfkit can draw.
import zlib from 'node:zlib';
import { SEAL_LIMITS } from '../../shared/honours/schema.ts';

const MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per colour type: gray, RGB, palette, gray+alpha, RGBA. */
const CHANNELS: Partial<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export type SealCheck =
  | { ok: true; width: number; height: number }
  | { ok: false; status: 400 | 413; code: 'not_png' | 'too_large' | 'bad_dimensions'; message: string };

interface Header {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlace: number;
}

/** The IHDR fields, which must come first; null if the bytes do not start like a PNG. */
export function pngHeader(png: Buffer): Header | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(MAGIC) || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24]!, colorType: png[25]!, interlace: png[28]! };
}

/** The concatenated IDAT data, or null when a chunk runs past the end of the file. */
function idat(png: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) return null;
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') return Buffer.concat(parts);
    at += 12 + length;
  }
  return null;
}

const notPng = (detail: string): SealCheck => ({ ok: false, status: 400, code: 'not_png', message: `印章图片须为可读取的 PNG 图片 (the seal must be a readable PNG: ${detail})` });

export function checkSeal(png: Buffer): SealCheck {
  const { maxBytes, minSide, maxSide } = SEAL_LIMITS;
  if (png.length > maxBytes) return { ok: false, status: 413, code: 'too_large', message: `印章图片不能超过 ${maxBytes / 1024} KB (seal image larger than ${maxBytes / 1024} KB)` };
  const h = pngHeader(png);
  if (!h) return notPng('not a PNG file');
  if (Math.min(h.width, h.height) < minSide || Math.max(h.width, h.height) > maxSide)
    return { ok: false, status: 400, code: 'bad_dimensions', message: `印章图片尺寸应在 ${minSide}–${maxSide} 像素之间，现为 ${h.width}×${h.height} (the seal must be ${minSide}–${maxSide} px a side)` };
  const channels = CHANNELS[h.colorType];
  if (channels === undefined || h.depth !== 8 || h.interlace !== 0) return notPng('8-bit, not interlaced');
  const data = idat(png);
  if (!data) return notPng('truncated');
  let pixels: Buffer;
  try {
    pixels = zlib.inflateSync(data);
  } catch {
    return notPng('corrupt image data');
  }
  // One filter byte per row, then the row's samples.
  if (pixels.length !== h.height * (1 + h.width * channels)) return notPng('image data of the wrong size');
  return { ok: true, width: h.width, height: h.height };
}
