/**
 * Which files a batch reads: every report-like file under the folders given (recursively), and the files named.
 * Only regular files are read; links, hidden files and Office lock files (~$…) are passed over, and other types are
 * counted so the user knows they were not looked at.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Drafts and every type the importer reads (published reports as .txt, web pages, .docx, .doc/.wps, .pdf). */
const REPORT_EXTENSIONS = new Set(['.json', '.txt', '.html', '.htm', '.docx', '.doc', '.pdf', '.wps']);

/** A county has a few hundred reports; far more means the wrong folder was chosen (a whole disk). */
export const MAX_BATCH_FILES = 5000;

export interface BatchFile {
  readonly path: string;
  /** As shown in the results: relative to where the command was typed when inside it. */
  readonly display: string;
}

export interface Collected {
  readonly files: BatchFile[];
  /** Inputs that do not exist or cannot be listed, in words. */
  readonly problems: string[];
  /** Files under the folders that are not reports by their type. */
  readonly skipped: number;
}

export class TooManyFilesError extends Error {}

function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}

export async function collectFiles(inputs: readonly string[], cwd: string): Promise<Collected> {
  const files: BatchFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (files.length >= MAX_BATCH_FILES) {
      throw new TooManyFilesError(`文件超过 ${MAX_BATCH_FILES} 个，请选择只放年度报告的文件夹`);
    }
    files.push({ path: file, display: display(cwd, file) });
  };

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push(
        `无法读取文件夹「${display(cwd, dir)}」：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        if (REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) add(full);
        else skipped++;
      }
    }
  }

  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat;
    try {
      stat = await lstat(full);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(
        code === 'ENOENT' ? `找不到「${input}」` : `无法读取「${input}」：${code ?? (err as Error).message}`,
      );
      continue;
    }
    if (stat.isDirectory()) await walk(full);
    else if (stat.isFile()) add(full);
    else problems.push(`「${input}」不是普通文件或文件夹，已跳过`);
  }
  return { files, problems, skipped };
}
