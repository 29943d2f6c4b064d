export { buildReportHtml, reportArticleHtml } from './report';
export { escapeHtml } from './escape';
