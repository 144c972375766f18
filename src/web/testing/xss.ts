/**
 * A corpus of script-injection payloads, written for our tests: each, if it ever ran, would set
 * window.__xss. Used in titles, text, URLs, entity names, quotes and attributes of stored records.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  '\'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<details open ontoggle="window.__xss=1">',
  '</title><script>window.__xss=1</script>',
  '<style>@import "javascript:window.__xss=1";</style>',
];

export const XSS_URLS: readonly string[] = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
];
