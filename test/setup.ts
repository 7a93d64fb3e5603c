import nock from 'nock';
import fc from 'fast-check';

// No test reaches the network: every outside call is intercepted or refused. Loopback stays open
// because the tests drive Vigie's own HTTP server, a Redis server and local stand-ins for Slack and Teams.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);

// Property tests: in CI (CI=true) a fixed seed, so the build is red only when the code is, and red the same way
// on a rerun; locally a fresh seed each run, so new counterexamples keep being looked for. fast-check prints the
// seed of a failure; FC_SEED=<that seed> npm test replays it.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI && process.env.CI !== 'false' ? 20_261_123 : undefined;
fc.configureGlobal(seed === undefined ? {} : { seed });
