import { Packer } from 'docx';
import type { File } from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/**
 * docx's own Packer stamps every zip entry and the document properties with the current time, so the same draft
 * would give different bytes each time, and the drafts store records a SHA-256 of the export. We therefore let docx
 * write the XML parts (its compiler), replace the parts we own, and zip them ourselves with fflate, with the draft's
 * time on every entry. docx is pinned to an exact version; the compiler check below fails loudly if it moves.
 */
interface DocxCompiler {
  compile(
    file: File,
    prettify?: undefined,
    overrides?: readonly { path: string; data: string }[],
  ): Map<string, string | Uint8Array>;
}

function compiler(): DocxCompiler {
  const candidate = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof candidate?.compile !== 'function') throw new Error('docx 的内部编译器不可用（docx 版本已变化），无法导出');
  return candidate as DocxCompiler;
}

/** Deflate level: 6 is zlib's default; higher levels cost more time than the bytes they save on XML this small. */
const LEVEL = 6;

/**
 * Zip time fields are local time; building the Date from the UTC fields makes the stored fields equal the UTC time
 * whatever the machine's time zone, so the bytes don't depend on where the export ran. Zip dates start in 1980.
 */
function zipTime(iso: string): Date {
  const t = new Date(iso);
  const year = Math.min(2099, Math.max(1980, t.getUTCFullYear()));
  return new Date(year, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/** Every part of the package as docx writes it, by path. */
export function compileParts(file: File): Map<string, string | Uint8Array> {
  return compiler().compile(file);
}

export function packDocx(
  parts: ReadonlyMap<string, Uint8Array>,
  replacements: Readonly<Record<string, string>>,
  timestamp: string,
): Uint8Array {
  const zippable: Zippable = {};
  // [Content_Types].xml first, as Word writes it: some tools sniff the type from the first entry.
  const contentTypes = parts.get('[Content_Types].xml');
  if (contentTypes) zippable['[Content_Types].xml'] = contentTypes;
  for (const [path, data] of Object.entries(replacements)) zippable[path] = strToU8(data);
  for (const [path, data] of parts) if (!(path in zippable)) zippable[path] = data;
  return zipSync(zippable, { level: LEVEL, mtime: zipTime(timestamp) });
}
