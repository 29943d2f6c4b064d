import type { FormatId } from '../../../shared/templates';

/** How the home screen and the editor's bar name a report format. */
export const FORMAT_LABEL: Record<FormatId, string> = { '2019': '2019年格式（试行）', '2021': '2021年格式' };
