/**
 * Roles in mutual TLS. A weft certificate names the one role its holder plays, in its subject's
 * organizational unit (`OU=relay`, `OU=driver`, `OU=attestor`, `OU=client`), and each port accepts only the
 * roles it serves: the CA that issued a certificate says which network it belongs to, the OU what it may do
 * there. Without the role, any certificate of a network's CA could act as any of its components (a driver's
 * could pose as the network's relay).
 */

import { X509Certificate } from 'node:crypto';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { WeftError } from '../common/errors.js';

export const ROLES = ['relay', 'driver', 'attestor', 'client'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The role a certificate names: its subject's one OU that is a weft role. None when it names no role or
 * more than one (a certificate is never two components at once), or is not a certificate.
 */
export function roleOf(certificate: Buffer | string | X509Certificate): Role | undefined {
  let subject: string;
  try {
    subject = (certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate))
      .subject;
  } catch {
    return undefined;
  }
  // One attribute a line, control characters escaped by OpenSSL: an OU value cannot forge another line.
  const roles = subject
    .split('\n')
    .filter((line) => line.startsWith('OU='))
    .map((line) => line.slice(3))
    .filter((value): value is Role => (ROLES as readonly string[]).includes(value));
  return roles.length === 1 ? roles[0] : undefined;
}

export interface Caller<T> {
  /** What the issuing CA stands for (a network, this relay's own network...). */
  readonly issuer: T;
  readonly role: Role | undefined;
}

/**
 * Tells which of the trusted CAs issued a caller's certificate and which role the certificate names;
 * results are cached per certificate.
 */
export function createCallerLookup<T>(cas: ReadonlyArray<{ readonly ca: Buffer; readonly value: T }>) {
  const parsed = cas.map((c) => ({ ca: new X509Certificate(c.ca), value: c.value }));
  const cache = new Map<string, Caller<T> | undefined>();
  return (raw: Buffer | undefined): Caller<T> | undefined => {
    if (!raw) return undefined;
    const key = raw.toString('base64');
    if (cache.has(key)) return cache.get(key);
    let found: Caller<T> | undefined;
    try {
      const certificate = new X509Certificate(raw);
      const issuer = parsed.find((c) => certificate.checkIssued(c.ca) && certificate.verify(c.ca.publicKey));
      found = issuer && { issuer: issuer.value, role: roleOf(certificate) };
    } catch {
      found = undefined;
    }
    if (cache.size > 1024) cache.clear();
    cache.set(key, found);
    return found;
  };
}

const withArticle = (role: Role) => `${role === 'attestor' ? 'an' : 'a'} ${role}`;
const named = (role: Role | undefined) =>
  role === undefined ? 'a certificate of no weft role' : `${withArticle(role)}'s certificate`;

/**
 * Refuses a caller (identified by its CA) whose certificate names another role than `role`.
 *
 * @throws {WeftError} WRONG_ROLE
 */
export function requireRole(actual: Role | undefined, role: Role, what: string): void {
  if (actual !== role) {
    throw new WeftError('WRONG_ROLE', `${named(actual)} may not ${what}; only ${withArticle(role)}'s may`, {
      role: actual ?? 'none',
      expected: role,
    });
  }
}

/**
 * gRPC reports a handshake refused by `serverRoleCheck` only as text (an UNAVAILABLE call, "No connection
 * established. Last error: <message> ..."): `serverRoleRefusal` finds the message there.
 */
const REFUSAL_PATTERN = /the server \S+ presents .+? where an? [a-z]+'s is expected/;

/**
 * A `checkServerIdentity` for grpc-js: the server's name as usual, then the role its certificate names.
 * A server that presents another role's certificate is refused before any message is sent to it.
 */
export function serverRoleCheck(
  role: Role,
): (host: string, certificate: PeerCertificate) => Error | undefined {
  return (host, certificate) => {
    const nameError = checkServerIdentity(host, certificate);
    if (nameError) return nameError;
    const actual = certificate.raw ? roleOf(certificate.raw) : undefined;
    if (actual === role) return undefined;
    return new WeftError(
      'WRONG_ROLE',
      `the server ${host} presents ${named(actual)} where ${withArticle(role)}'s is expected`,
      { role: actual ?? 'none', expected: role },
    );
  };
}

/**
 * The WRONG_ROLE error of a call that failed because its channel refused the server's role, if that is why
 * it failed (permanent: asking again reaches the same server).
 */
export function serverRoleRefusal(error: unknown): WeftError | undefined {
  const text = (error as { details?: unknown })?.details;
  const match = typeof text === 'string' ? REFUSAL_PATTERN.exec(text) : null;
  return match ? new WeftError('WRONG_ROLE', match[0]) : undefined;
}
