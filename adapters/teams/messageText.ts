/**
 * The plain text of a Teams message: tags dropped (message payloads come as HTML), the few entities Teams uses
 * decoded, spaces tidied. Line breaks are kept: they matter to the checks (repetition, shouting, signatures).
 */
export function messageText(content: string, html = /<\/?[a-z][^>]*>/i.test(content)): string {
  let s = content;
  if (html) {
    s = s
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li)>/gi, '\n')
      .replace(/<[^>]*>/g, '');
  }
  s = s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
  return s
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
