import { useState } from 'react';
import type { AgencyProfile } from '../../../shared/model';
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from '../../../shared/model';

const FIELDS: readonly { key: Exclude<keyof AgencyProfile, 'kind'>; label: string }[] = [
  { key: 'name', label: '机关名称' },
  { key: 'address', label: '地址' },
  { key: 'postcode', label: '邮编' },
  { key: 'phone', label: '电话' },
  { key: 'fax', label: '传真' },
  { key: 'email', label: '电子邮箱' },
  { key: 'website', label: '网址' },
];

/** The agency profile: edited once, it prefills every new draft's agency and opening paragraph. */
export function AgencyProfileForm(props: { profile: AgencyProfile; onSave: (p: AgencyProfile) => Promise<void> }) {
  const [value, setValue] = useState(props.profile);
  const [busy, setBusy] = useState(false);
  const changed = JSON.stringify(value) !== JSON.stringify(props.profile);
  return (
    <form
      className="profile"
      aria-label="机关信息"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void props.onSave(value).finally(() => setBusy(false));
      }}
    >
      <div className="profile-grid">
        {FIELDS.map((f) => (
          <label key={f.key} className={f.key === 'name' || f.key === 'address' ? 'wide' : undefined}>
            <span>{f.label}</span>
            <input value={value[f.key]} onChange={(e) => setValue({ ...value, [f.key]: e.target.value })} />
          </label>
        ))}
        <label>
          <span>机关层级</span>
          <select
            value={value.kind}
            onChange={(e) => setValue({ ...value, kind: e.target.value as AgencyProfile['kind'] })}
          >
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KIND_LABELS[k]}（{k === 'government' ? '3月31日前发布' : '1月31日前发布'}）
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row-actions">
        <button type="submit" disabled={!changed || busy}>
          保存机关信息
        </button>
        <span className="hint">新建草稿时自动填入机关信息和引言</span>
      </div>
    </form>
  );
}
