/** How people write the name of a comment source ('youtube' → YouTube); an unknown one is shown as its id. */
const NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', youtube: 'YouTube' };

export function sourceName(source: string): string {
  return NAMES[source] ?? source;
}
