/**
 * Data version 1 → 2: drafts gain the signature (落款: agency name and 成文日期), printed at the end of the report.
 * A version-1 draft had none, so it gets the agency's own name and no date — the export then warns about the date.
 * Pure and standalone, so that the drafts store's chain and the plain parser share the one step.
 */
type Json = Record<string, unknown>;

export const V2_SIGNATURE_DESCRIPTION = '数据版本 1 → 2：增加落款（机关署名、成文日期）';

export function addSignature(data: Json): Json {
  const kept = data.signature;
  const valid = typeof kept === 'object' && kept !== null && !Array.isArray(kept);
  return { ...data, schemaVersion: 2, signature: valid ? kept : { agency: null, date: null } };
}
