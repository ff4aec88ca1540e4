// The sub-domains of src/domain and which of them each may import: the one table that
// eslint.config.js turns into lint zones, src/domain/README.md describes, and
// src/domain/domain-folders.test.ts holds against the tree. Lower folders never import higher ones.
export const DOMAIN_FOLDERS = {
  text: { holds: 'JSON and text helpers with no OIDC in them: parsing positions, limits, name suggestions, seeded randomness, time wording', imports: [] },
  site: { holds: "where the app lives: its base path, routes, and the files a static host needs", imports: [] },
  'scopes-and-claims': { holds: 'the vocabulary of the specs: the scope → claim catalogue, registered claims, claim types, scope lists, the claims request (OIDC Core §5.5) and how a policy resolves scopes', imports: ['text'] },
  tokens: { holds: 'one token at a time: decoding, at_hash, id_token claim checks, RFC 9207 iss, value warnings, pasted-token expectations', imports: ['text'] },
  provider: { holds: 'a provider as seen from outside: discovery, URL safety, templates, client authentication, the dev proxy rule', imports: ['text', 'scopes-and-claims'] },
  mock: { holds: "the mock provider's settings and rules: behaviour profiles, login policy, user profile, prepared users, faults, what it releases and why", imports: ['text', 'scopes-and-claims'] },
  protocols: { holds: 'the protocol switches (PAR, DPoP, request objects, client credentials, response mode): their rules, which a provider offers, and what each changed on the wire', imports: ['text', 'scopes-and-claims', 'tokens', 'provider'] },
  request: { holds: 'composing a request: the composed request, authorize parameters, its checks, URL parameters, permalinks, configuration files, history', imports: ['text', 'scopes-and-claims', 'provider', 'protocols', 'mock'] },
  flow: { holds: 'a recorded run: the run itself, its HTTP exchanges, error codes, verification of the token response, the sequence, curl and spec exports, run diffs', imports: ['text', 'scopes-and-claims', 'tokens', 'provider', 'protocols', 'mock', 'request'] },
  explain: { holds: 'explaining a run: scope and claim verdicts, access-token and error explanations, the per-run explanation a screen shows', imports: ['text', 'scopes-and-claims', 'tokens', 'provider', 'protocols', 'mock', 'request', 'flow'] },
  scenarios: { holds: 'one-click scenarios and how an outcome is checked against one', imports: ['text', 'scopes-and-claims', 'tokens', 'provider', 'protocols', 'mock', 'request', 'flow', 'explain'] },
  lessons: { holds: 'the Learn path: lessons as data (one file each), what a run answers to a prediction, grading and progress', imports: ['text', 'site', 'scopes-and-claims', 'tokens', 'provider', 'protocols', 'mock', 'request', 'flow', 'explain', 'scenarios'] },
  messages: { holds: 'every sentence an explanation shows, one catalogue over the codes the rule modules return', imports: ['text', 'scopes-and-claims', 'tokens', 'provider', 'protocols', 'mock', 'request', 'flow', 'explain', 'lessons'] },
};
