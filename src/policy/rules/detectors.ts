import type { Detector } from './Detector.js';
import { lexicon } from './lexicon.js';
import { pattern } from './pattern.js';
import { personalInfo } from './personalInfo.js';
import { shouting } from './shouting.js';
import { link } from './link.js';
import { language } from './language.js';
import { frequency } from './frequency.js';
import { repetition } from './repetition.js';
import { accessibility } from './accessibility.js';
import { offTopic } from './offTopic.js';
import { defamation } from './defamation.js';
import { learned } from './learned.js';

/** Every detector a policy rule may name (`detector:` in YAML). */
// Each detector has its own params type; Detector<unknown> would refuse their compile(params: P), and the loader
// parses params with the detector's own schema before compile sees them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const detectors: Record<string, Detector<any>> = Object.fromEntries(
  [lexicon, pattern, personalInfo, shouting, link, language, frequency, repetition, accessibility, offTopic, defamation, learned].map((d) => [
    d.name,
    d,
  ]),
);
