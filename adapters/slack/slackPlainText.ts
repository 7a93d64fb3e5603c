/**
 * The text a person sees in a Slack message, from its markup: `<https://x|label>` → `label (https://x)`,
 * `<@U123>` → `@U123`, entities decoded. The policy checks what readers read, not Slack's encoding.
 */
export function slackPlainText(text: string): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_m, target: string, label: string) =>
      /^[@#!]/.test(target) ? `${target[0] === '#' ? '#' : '@'}${label}` : `${label} (${target})`,
    )
    .replace(/<([@#!])([^<>]+)>/g, (_m, sigil: string, id: string) => `${sigil === '!' ? '@' : sigil}${id}`)
    .replace(/<([^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
