/**
 * `detector: accessibility` — images on a draft post without alt text (`context.images`, given by the surface
 * that knows the attachments). No images known → nothing to say.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';

const params = z.object({}).strict();
type Params = z.infer<typeof params>;

export const accessibility: Detector<Params> = {
  name: 'accessibility',
  params,
  compile() {
    return ({ context }) => {
      const images = context.images ?? [];
      const missing = images.filter((i) => !i.altText || i.altText.trim() === '').length;
      if (missing === 0) return [];
      return [
        {
          span: [0, 0],
          detail: `${missing}/${images.length}`,
          note: {
            fr: `${missing} image${missing > 1 ? 's' : ''} sur ${images.length} sans texte alternatif`,
            en: `${missing} of ${images.length} image${images.length > 1 ? 's' : ''} without alt text`,
          },
        },
      ];
    };
  },
};
