import { entry } from './entry.js';

/** What the platform itself said (YouTube's reason and message), added in parentheses. */
type Detail = { detail?: string };
const said = (sentence: string, p: Detail) => (p.detail ? `${sentence} (${p.detail})` : sentence);

/**
 * YouTube's refusals, as a person reads them on the alert after pressing a button (adapters/youtube/youtubeError.ts),
 * and the digest's line when polling was paused for the day's quota.
 */
export const youtubeWords = {
  'platform.youtube-quota': entry<Detail>(
    (p) =>
      said(
        'Le quota quotidien de l’API YouTube est épuisé : réessayez après minuit, heure du Pacifique (3 h à Montréal), ou faites-le dans YouTube Studio.',
        p,
      ),
    (p) => said('The YouTube API daily quota is spent: try again after midnight Pacific time (3 a.m. in Toronto), or do it in YouTube Studio.', p),
  ),
  'platform.youtube-rate': entry<Detail>(
    (p) => said('YouTube limite le nombre d’appels ou est indisponible : réessayez dans quelques minutes.', p),
    (p) => said('YouTube is rate limiting or unavailable: try again in a few minutes.', p),
  ),
  'platform.youtube-auth': entry<Detail>(
    (p) => said('YouTube a refusé le jeton d’accès : vérifiez YOUTUBE_REFRESH_TOKEN et la portée youtube.force-ssl.', p),
    (p) => said('YouTube refused the access token: check YOUTUBE_REFRESH_TOKEN and the youtube.force-ssl scope.', p),
  ),
  'platform.youtube-token': entry<Detail>(
    (p) => said('Google refuse le jeton d’actualisation : générez-en un nouveau dans YOUTUBE_REFRESH_TOKEN (README, « YouTube »).', p),
    (p) => said('Google refuses the refresh token: generate a new one into YOUTUBE_REFRESH_TOKEN (README, "YouTube").', p),
  ),
  'platform.youtube-permission': entry<Detail>(
    (p) => said('Permission refusée par YouTube : le compte autorisé doit être propriétaire de la chaîne, avec la portée youtube.force-ssl.', p),
    (p) => said('YouTube refused the permission: the authorized account must own the channel, with the youtube.force-ssl scope.', p),
  ),
  'platform.youtube-not_found': entry<Detail>(
    (p) => said('Commentaire introuvable sur YouTube (déjà supprimé ?).', p),
    (p) => said('Comment not found on YouTube (already deleted?).', p),
  ),
  'platform.youtube-network': entry<Detail>(
    (p) => said('YouTube est injoignable : réessayez.', p),
    (p) => said('YouTube could not be reached: try again.', p),
  ),
  'platform.youtube-refused': entry<Detail>(
    (p) => said('YouTube a refusé l’action.', p),
    (p) => said('YouTube refused the action.', p),
  ),
  'platform.no-ban': entry<{ policy: string }>(
    (p) => `La politique ${p.policy} ne prévoit pas de bloquer un usager : le commentaire n’a pas été touché.`,
    (p) => `The ${p.policy} policy does not provide for blocking a user: the comment was left as it was.`,
  ),

  /** `from` and `until` come formatted in the reader's language by the surface. */
  'digest.source-paused': entry<{ source: string; account: string; from: string; until: string }>(
    (p) =>
      `Relevé ${p.source} suspendu sur ${p.account} du ${p.from} au ${p.until} : le quota quotidien de l’API était épuisé. ` +
      'Les commentaires de cette période ont été relevés à la reprise, avec leur heure de publication.',
    (p) =>
      `${p.source} polling paused on ${p.account} from ${p.from} until ${p.until}: the API's daily quota was spent. ` +
      'Comments from that period were collected when polling resumed, with their publication time.',
  ),
};
