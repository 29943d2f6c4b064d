import type { ExportStyle } from './style';

/**
 * Word has no fallback list in a run, but its font table gives each face an alternate name that Word and WPS use
 * when the face is missing. Chaining them gives the fallbacks the 公文 practice expects:
 * 仿宋_GB2312 → 仿宋 → FangSong; 方正小标宋简体 → 华文中宋 → 宋体 → SimSun; 楷体_GB2312 → 楷体 → KaiTi; 黑体 → SimHei.
 * Charset 86 (GB2312) marks each as a Chinese face, so a substitute is chosen among Chinese ones.
 */
export const fontFallbacks = ({ fonts }: ExportStyle): readonly (readonly [face: string, alternate: string])[] => [
  [fonts.body, '仿宋'],
  ['仿宋', 'FangSong'],
  [fonts.title, '华文中宋'],
  ['华文中宋', '宋体'],
  ['宋体', 'SimSun'],
  [fonts.heading2, '楷体'],
  ['楷体', 'KaiTi'],
  [fonts.heading1, 'SimHei'],
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function fontTableXml(style: ExportStyle): string {
  const chinese = fontFallbacks(style)
    .map(
      ([face, alternate]) =>
        `<w:font w:name="${face}"><w:altName w:val="${alternate}"/><w:charset w:val="86"/>` +
        `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">` +
    `<w:font w:name="${style.fonts.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    chinese +
    `</w:fonts>`
  );
}
