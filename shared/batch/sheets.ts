/**
 * What a results workbook holds, as plain data: sheets of typed cells with their Chinese headers. The backend turns
 * this into .xlsx or .csv; nothing here knows about either.
 */
import type { BatchReport } from './report';

export type SheetValue = string | number | null;

export interface Sheet {
  /** Sheet tab name (.xlsx) or file-name suffix (.csv). */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetValue[])[];
}

export const ROWS_SHEET = '报告';
export const FINDINGS_SHEET = '问题';

export function batchSheets(report: BatchReport): Sheet[] {
  const rows: Sheet = {
    name: ROWS_SHEET,
    headers: [
      '文件',
      '状态',
      '来源',
      '机关',
      '年度',
      '格式',
      '机关类型',
      '找到单元格',
      '单元格总数',
      '疑点',
      '错误',
      '提醒',
      ...report.ruleIds,
      '公开期限',
      '上年报告',
      '备注',
    ],
    rows: report.rows.map((r) => [
      r.file,
      r.read ? '已检查' : `无法读取：${r.reason}`,
      r.source,
      r.agency,
      r.year,
      r.format,
      r.kind,
      r.cellsFound,
      r.cellsTotal,
      r.doubts,
      r.errors,
      r.warnings,
      ...report.ruleIds.map((id) => (r.read ? (r.byRule.get(id) ?? 0) : null)),
      r.deadline,
      r.previous,
      r.notes,
    ]),
  };
  const findings: Sheet = {
    name: FINDINGS_SHEET,
    headers: ['文件', '机关', '部分', '规则', '级别', '说明', '单元格', '单元格内容'],
    rows: report.findings.map((f) => [f.file, f.agency, f.part, f.rule, f.severity, f.message, f.cells, f.quoted]),
  };
  return [rows, findings];
}
