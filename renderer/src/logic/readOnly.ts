/** The read-only banner's text. The backend's reason already says 只读 ("…导出为…，只读"); only a bare one gets the prefix. */
export const readOnlyText = (reason: string | null): string =>
  reason?.includes('只读') ? reason : `只读：${reason ?? '此版本不能修改'}`;
