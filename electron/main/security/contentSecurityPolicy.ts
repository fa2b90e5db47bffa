// The Content-Security-Policy of every page the app serves. The protocol handler sends it as a
// response header; renderer/index.html carries the same directives in a <meta> tag (which also
// covers the web build). A test checks that each meta directive equals the header's, so the two
// cannot drift apart. The header adds what a meta tag cannot express (frame-ancestors).

/**
 * Why each source is allowed: scripts and workers only from the app's own files (the sim worker is
 * a module worker; `blob:` for workers libraries spin up), inline styles because React and uPlot set
 * style attributes, images from data:/blob: for canvas snapshots. Nothing remote, ever.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** Directives that browsers ignore in a <meta> tag, so only the header carries them. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Serialises directives as a policy string: "name value; name value". */
export function serializeCsp(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ');
}

/** Parses a policy string into directive name -> value (sources normalised to single spaces). */
export function parseCsp(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.join(' '));
  }
  return directives;
}

/** The policy the app:// protocol sends with every response. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

/**
 * Differences between a meta policy and the header policy, one line each; empty when they agree.
 * Every directive in either must be in the other with the same sources (header-only ones aside).
 */
export function diffCsp(metaPolicy: string, headerPolicy: string = CONTENT_SECURITY_POLICY): string[] {
  const meta = parseCsp(metaPolicy);
  const header = parseCsp(headerPolicy);
  const problems: string[] = [];
  for (const [name, sources] of meta) {
    const expected = header.get(name);
    if (expected === undefined) problems.push(`${name}: in the meta tag only ("${sources}")`);
    else if (expected !== sources) problems.push(`${name}: meta "${sources}", header "${expected}"`);
  }
  for (const [name, sources] of header) {
    if (!meta.has(name) && !HEADER_ONLY_DIRECTIVES.includes(name)) {
      problems.push(`${name}: in the header only ("${sources}")`);
    }
  }
  return problems;
}
