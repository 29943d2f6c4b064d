import { z } from 'zod';
import { cellIndex, FORMAT_IDS, MONEY_UNITS, NARRATIVE_PART_IDS, unknownCellReason } from '../templates';
import type { FormatId, NarrativePartId } from '../templates';

/** Bump with a step in ./migrations.ts whenever the stored shape changes. */
export const SCHEMA_VERSION = 3;

export const AGENCY_KINDS = ['government', 'department'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
/** 人民政府 publish by 3月31日, 政府部门 by 1月31日 (条例第四十九条). */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = { government: '人民政府', department: '政府部门' };

/** The kind an agency's name implies when nobody said: a 人民政府 by its name, else a 政府部门. */
export const agencyKindOf = (name: string): AgencyKind => (/人民政府$/.test(name.trim()) ? 'government' : 'department');

export const agencyProfileSchema = z.object({
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  address: z.string(),
  postcode: z.string(),
  phone: z.string(),
  fax: z.string(),
  email: z.string(),
  website: z.string(),
});
export type AgencyProfile = z.infer<typeof agencyProfileSchema>;

export const sectionSchema = z.object({
  /** Stable within the draft, so the editor and findings can point at a sub-section. */
  id: z.string().min(1),
  heading: z.string(),
  paragraphs: z.array(z.string()),
});
export type Section = z.infer<typeof sectionSchema>;

export { NARRATIVE_PART_IDS };

const nullableNumber = z.number().finite().nullable();

/**
 * A record keyed by cell address. JSON.parse keeps a `"__proto__"` key as an own entry, but zod copies a record into
 * a plain object, where that key sets the prototype instead: the entry would vanish without a word. It is refused
 * here, by name, like any other address the format does not have.
 */
const addressRecord = <T extends z.ZodType>(value: T, refusal: (address: string) => string) =>
  z.preprocess(
    (raw, ctx) => {
      if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, '__proto__')) {
        ctx.addIssue({ code: 'custom', path: ['__proto__'], message: refusal('__proto__'), input: raw });
      }
      return raw;
    },
    z.record(z.string(), value),
  );

export const processingFeesSchema = z.object({
  /** 发出收费通知的件数 */
  noticeCount: nullableNumber,
  /** 收费通知总金额（元） */
  noticeAmount: nullableNumber,
  /** 实际收取金额（元） */
  collectedAmount: nullableNumber,
  /** The printed sentence once the user edited it; null → generated from the figures. */
  sentence: z.string().nullable(),
});
export type ProcessingFees = z.infer<typeof processingFeesSchema>;

export const previousLinkSchema = z.object({
  id: z.string().min(1),
  year: z.number().int(),
  title: z.string(),
});

/** 成文日期 as an ISO calendar date (2025-01-20); printed 2025年1月20日. */
export const signatureDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '成文日期应为 年-月-日（如 2025-01-20）' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    },
    { message: '成文日期不是有效的日期' },
  );

/** 落款: the agency's name and the date of issue, printed right-aligned at the end of the report. */
export const signatureSchema = z.object({
  /** null → the agency's name from the profile; '' → no name printed. */
  agency: z.string().nullable(),
  /** null → not chosen yet (a warning before export). */
  date: signatureDateSchema.nullable(),
});
export type Signature = z.infer<typeof signatureSchema>;

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: '不是有效的时间' });

/**
 * A finding the user marked 已核实 with a reason. It matches a finding by its stable `key` (rule, cells, numbers and
 * quoted text), so it holds while the finding stays the same and stops applying when the figures or the words change.
 */
export const confirmationSchema = z.object({
  key: z.string().min(1).max(4000),
  reason: z.string().max(200),
  confirmedAt: isoTime,
});
export type Confirmation = z.infer<typeof confirmationSchema>;

const draftShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  format: z.enum(FORMAT_IDS as [FormatId, ...FormatId[]]),
  year: z.number().int().min(2000).max(2200),
  agency: agencyProfileSchema,
  /** The draft's name in the list (重命名, 复制); null → the title. Never printed: the report prints `title`. */
  name: z.string().max(200).nullable(),
  /** null → the default <机关名称><年份>年政府信息公开工作年度报告. */
  title: z.string().nullable(),
  /** null → generated from the profile and year until the user edits it. */
  opening: z.string().nullable(),
  /** One list of sections per narrative part of PARTS (the type check fails here if the parts change). */
  narrative: z.object({
    overview: z.array(sectionSchema),
    problems: z.array(sectionSchema),
    other: z.array(sectionSchema),
  } satisfies Record<NarrativePartId, z.ZodType>),
  /**
   * Entered table cells by address (`table.row.col`). null or missing = empty (not zero). Derived totals are never
   * stored. Any finite number is accepted here so the rule engine, not the parser, reports out-of-range values.
   */
  values: addressRecord(nullableNumber, (address) => `没有这个单元格：${address}`),
  /** Units chosen for money cells that offer a choice (2019 采购总金额). */
  units: addressRecord(z.enum(MONEY_UNITS as ['元', '万元']), (address) => `${address} 不是可选单位的金额单元格`),
  /** 2021 format only (null in 2019 drafts). */
  processingFees: processingFeesSchema.nullable(),
  signature: signatureSchema,
  /** The previous year's draft this one was carried over from; cross-year rules run against it. */
  previous: previousLinkSchema.nullable(),
  /** Findings marked 已核实, see confirmationSchema. */
  confirmations: z.array(confirmationSchema).max(2000),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const draftSchema = draftShape.superRefine((draft, ctx) => {
  const index = cellIndex(draft.format);
  for (const address of Object.keys(draft.values)) {
    const cell = index.byAddress.get(address);
    if (!cell) {
      ctx.addIssue({ code: 'custom', path: ['values', address], message: unknownCellReason(draft.format, address) });
    } else if (cell.sumOf) {
      ctx.addIssue({ code: 'custom', path: ['values', address], message: `${address} 是合计，由程序计算，不能存储` });
    }
  }
  for (const address of Object.keys(draft.units)) {
    if (!index.byAddress.get(address)?.unitChoice) {
      ctx.addIssue({ code: 'custom', path: ['units', address], message: `${address} 不是可选单位的金额单元格` });
    }
  }
  if (draft.format === '2021' && draft.processingFees === null) {
    ctx.addIssue({ code: 'custom', path: ['processingFees'], message: '2021年格式的草稿缺少信息处理费字段' });
  }
});

export type Draft = z.infer<typeof draftShape>;
