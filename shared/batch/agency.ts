/**
 * Agencies are paired across years and told apart by name. Names are typed by hand, so full-width letters, spaces
 * and a stray 「」 must not make two names of one agency differ.
 */
export function agencyKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000「」“”"']/g, '')
    .toLowerCase();
}
