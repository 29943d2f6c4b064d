import { describe, expect, it } from 'vitest';
import { readOnlyText } from '../../renderer/src/logic/readOnly';

describe('the read-only banner', () => {
  it('shows the backend’s reason as it is when it already says 只读', () => {
    expect(readOnlyText('2025-01-10 导出为 年报.docx，只读')).toBe('2025-01-10 导出为 年报.docx，只读');
  });

  it('prefixes a bare reason with 只读', () => {
    expect(readOnlyText('由较新版本的程序保存')).toBe('只读：由较新版本的程序保存');
  });

  it('says the version cannot be changed when there is no reason', () => {
    expect(readOnlyText(null)).toBe('只读：此版本不能修改');
  });
});
