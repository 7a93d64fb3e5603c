// Someone else's work posted without its source, on the specialist accounts: found or grabbed somewhere, a
// watermark cropped, a textbook copied. Written from general knowledge after blind rounds 1–3 (none of them a
// round's text), with the posts that share the words and are fine: « proud to share that », content shared from a
// named source, a photo shared with the person's permission.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const post = (text: string) => ({ text, kind: 'post' as const });

describe('staff posts: copyright', () => {
  ruleTable(P, 'ontario-specialist-accounts', 'copyright', {
    valid: [
      post('Proud to share that the Kenora crews contained fire KEN-51 overnight.'),
      post('Thanks to the Elders of Moose Cree for sharing their knowledge of the spring breakup with our team.'),
      post('Reposting from the Ministry: the burn permit season opens April 1.'),
      post('Sharing the Globe’s coverage of the new drought monitoring network.'),
      post('Photo of the field crew at Kapuskasing, shared with their permission.'),
      post('Je partage la mise à jour du ministère sur la saison des sucres : ontario.ca/sucres'),
    ],
    invalid: [
      post('Amazing drone shot of the Nipigon ice jam (found it on Reddit, not mine 😅)'),
      post('Grabbed this off a news site, too good not to post 📸 Sudbury smoke this afternoon'),
      post('Super carte des zones inondables trouvée sur un forum, j’ai coupé le filigrane pour que ce soit plus clair.'),
      post('Here is the full chapter on peat soils from the new edition of the textbook, saves you a trip to the bookstore.'),
      post('Screenshot of the paywalled article on wolf counts, since most of you can’t read it 🙃'),
    ],
  });
});
