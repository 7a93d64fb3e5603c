import nock from 'nock';

// No test reaches the network: every outside call is intercepted or refused. Loopback stays open
// because the tests drive Vigie's own HTTP server, a Redis server and local stand-ins for Slack and Teams.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
