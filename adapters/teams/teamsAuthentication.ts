import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { consoleAside } from './consoleAside.js';

export interface TeamsCredentials {
  appId?: string;
  appPassword?: string;
  appType?: string;
  tenantId?: string;
}

/**
 * botbuilder's own authentication, from MicrosoftAppId & co. Without an app id it takes unauthenticated local
 * traffic (the Bot Framework's local-testing convention); with one, every request needs a Bot Connector token.
 * botbuilder answers a token with a bad signature or a wrong audience format with a 500 (jsonwebtoken's error
 * escapes its checks); here every refused token is a 401, as the Connector expects. What the check writes to the
 * console (the signing key, a stack trace) is dropped: it repeats the error thrown, which the route answers and
 * counts in one rate-limited warning line, and a stranger could otherwise fill stderr with one request after another.
 */
class TeamsAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await consoleAside(
        () => undefined,
        () => super.authenticateRequest(activity, authHeader),
      );
    } catch (err) {
      if (err instanceof AuthenticationError) throw err;
      if (err instanceof Error && /^(JsonWebTokenError|NotBeforeError|TokenExpiredError)$/.test(err.name)) {
        throw new AuthenticationError(`Unauthorized: ${err.message}`, 401);
      }
      throw err;
    }
  }
}

export function teamsAuthentication(c: TeamsCredentials): ConfigurationBotFrameworkAuthentication {
  const appId = c.appId ?? '';
  const tenantId = c.tenantId ?? '';
  return new TeamsAuthentication(
    { MicrosoftAppId: appId, MicrosoftAppTenantId: tenantId },
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: c.appPassword ?? '',
      MicrosoftAppType: c.appType ?? 'MultiTenant',
      MicrosoftAppTenantId: tenantId,
    }),
  );
}
