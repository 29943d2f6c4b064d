import { useState } from 'react';

/**
 * 汇总 of the selected reports: the agency the total is published by (e.g. 某某县人民政府) is asked here; the sum
 * itself, and its refusals (mixed years or formats, the same agency twice), are the backend's.
 */
export function SumForm(props: { count: number; busy: boolean; onSum: (agency: string) => void }) {
  const [agency, setAgency] = useState('');
  const ready = props.count >= 2 && agency.trim() !== '' && !props.busy;
  return (
    <form
      className="batch-sum"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) props.onSum(agency.trim());
      }}
    >
      <span>已选 {props.count} 份</span>
      <label>
        汇总机关
        <input
          value={agency}
          maxLength={200}
          placeholder="某某县人民政府"
          onChange={(e) => setAgency(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!ready}>
        {props.busy ? '正在汇总…' : '汇总为新草稿'}
      </button>
      {props.count < 2 && <span className="hint">勾选两份以上同一年度、同一格式的报告</span>}
    </form>
  );
}
