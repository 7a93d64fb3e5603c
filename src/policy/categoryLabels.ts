import type { Bilingual, Category } from './types.js';

/** How each category reads to a person, in both languages (surfaces and the CLI share these; verdicts are in the message catalogue). */
export const CATEGORY_LABELS: Record<Category, Bilingual> = {
  insult: { fr: 'Insulte', en: 'Insult' },
  hate: { fr: 'Propos haineux ou discriminatoires', en: 'Hate or discrimination' },
  obscene: { fr: 'Grossièreté ou contenu sexuel', en: 'Obscenity or sexual content' },
  threat: { fr: 'Menace', en: 'Threat' },
  defamation: { fr: 'Diffamation', en: 'Defamation' },
  commercial: { fr: 'Promotion commerciale', en: 'Commercial promotion' },
  political: { fr: 'Propos partisans', en: 'Partisan politics' },
  personal_info: { fr: 'Renseignements personnels', en: 'Personal information' },
  shouting: { fr: 'Majuscules (cri)', en: 'Shouting in capitals' },
  repetition: { fr: 'Répétition', en: 'Repetition' },
  off_topic: { fr: 'Hors sujet', en: 'Off topic' },
  complaint: { fr: 'Plainte', en: 'Complaint' },
  emergency: { fr: 'Urgence', en: 'Emergency' },
  media: { fr: 'Demande des médias', en: 'Media request' },
  language: { fr: 'Langue de communication', en: 'Language' },
  frequency: { fr: 'Fréquence de publication', en: 'Posting frequency' },
  signature: { fr: 'Signature', en: 'Signature' },
  accessibility: { fr: 'Accessibilité', en: 'Accessibility' },
  conduct: { fr: 'Éthique et conduite', en: 'Conduct' },
  confidential: { fr: 'Renseignements confidentiels', en: 'Confidential information' },
  copyright: { fr: "Droits d'auteur", en: 'Copyright' },
  link: { fr: 'Hyperlien', en: 'Link' },
  too_long: { fr: 'Texte trop long', en: 'Text too long' },
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** The category a person typed: its id (`insult`, `personal_info`) or its label in either language (« insulte »). */
export function categoryNamed(typed: string): Category | undefined {
  const t = fold(typed);
  if (!t) return undefined;
  for (const [id, label] of Object.entries(CATEGORY_LABELS) as [Category, Bilingual][]) {
    if (fold(id) === t || fold(label.fr) === t || fold(label.en) === t) return id;
  }
  return undefined;
}
