/**
 * ECharts tooltip formatters return HTML. Any text that came from data (a district, department,
 * officer or category name) goes through escapeHtml before it is put into that HTML.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
