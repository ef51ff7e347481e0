// Makes the web fonts for the rare characters of real place and person names (𠮷, 𬌗…): the CJK
// extension ideographs outside the BMP, which no font of a venue laptop, projector PC or phone
// may have, so a name on the big screen showed an empty box. The PDFs already embed Noto Sans SC
// with Noto Sans JP behind it (server/report/fonts.ts); these are the same two fonts cut down to
// those characters, SC first and JP for what SC lacks, the rule the PDFs follow. The pages name
// them first in the font list (client/common/theme.css) with a unicode-range of exactly their
// characters: every other character falls through to the system fonts, and a browser downloads
// one only for a page that shows such a character.
//
//   npx tsx scripts/rare-han-fonts.ts    (writes client/common/fonts/; the output is committed)
//
// Noto fonts are under the SIL Open Font License 1.1 (client/common/fonts/OFL.txt).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const out = path.resolve(import.meta.dirname, '../client/common/fonts');
const SOURCES = {
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  jp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
} as const;

/**
 * The ideographs of the supplementary and tertiary planes (U+20000–3FFFF) that the font draws.
 * Not the rest of what lies outside the BMP: the fonts also draw enclosed letters and squared
 * ideographs (🈚), which must stay with the device's colour emoji.
 */
const rare = (font: fontkit.Font) => font.characterSet.filter((cp) => cp >= 0x20000 && cp <= 0x3ffff).sort((a, b) => a - b);

/** "U+20BB7, U+2A6A5-2A6A6": consecutive code points as one range. */
function unicodeRange(cps: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

fs.mkdirSync(out, { recursive: true });
const read = (key: keyof typeof SOURCES) => fs.readFileSync(require.resolve(SOURCES[key]));
const [scBytes, jpBytes] = [read('sc'), read('jp')];
const scCps = rare(fontkit.create(scBytes));
const inSc = new Set(scCps);
const jpCps = rare(fontkit.create(jpBytes)).filter((cp) => !inSc.has(cp));

const faces: string[] = [];
for (const [key, bytes, cps] of [
  ['sc', scBytes, scCps],
  ['jp', jpBytes, jpCps],
] as const) {
  const file = `leitai-rare-${key}.woff2`;
  const woff2 = await subsetFont(bytes, String.fromCodePoint(...cps), { targetFormat: 'woff2' });
  fs.writeFileSync(path.join(out, file), woff2);
  faces.push(`@font-face {
  font-family: 'Leitai Rare ${key.toUpperCase()}';
  src: url('./${file}') format('woff2');
  font-display: swap;
  unicode-range: ${unicodeRange(cps)};
}`);
  console.log(`${file}: ${cps.length} characters, ${(woff2.length / 1024).toFixed(1)} KB`);
}
// The fonts' licence goes with them (the same text in both packages).
fs.copyFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/LICENSE_FONT'), path.join(out, 'OFL.txt'));
fs.writeFileSync(
  path.join(out, 'rare-han.css'),
  `/* Made by scripts/rare-han-fonts.ts (do not edit): the rare characters of names, from Noto Sans SC
   and, for what SC lacks, Noto Sans JP (SIL Open Font License 1.1, OFL.txt). theme.css lists them
   first; a browser fetches one only for a page that shows one of its characters. */
${faces.join('\n')}
`,
);
