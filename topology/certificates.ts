/**
 * A network's relay CA and its role certificates (transport/roles.ts): ECDSA P-256 X.509 certificates issued
 * with @peculiar/x509 over Node's WebCrypto. cryptogen cannot put a role in a TLS certificate; the role is
 * the subject's OU, and OpenSSL checks these certificates wherever they are used (the TLS handshake,
 * X509Certificate).
 */
import 'reflect-metadata';
import { createPrivateKey, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';
import type { Role } from '../transport/roles.js';

// Node's WebCrypto is the standard Crypto; the DOM type the library names is not in this build's lib.
x509.cryptoProvider.set(webcrypto as never);

const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface IssuedKeyPair {
  /** PEM */
  readonly cert: string;
  /** PKCS #8 PEM */
  readonly key: string;
}

const generateKeys = () =>
  webcrypto.subtle.generateKey(P256, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;

async function pkcs8(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

/** A few minutes back: clocks of the machines that check a certificate may lag. */
function validity(days: number): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  return { notBefore: new Date(now - 5 * 60_000), notAfter: new Date(now + days * 86_400_000) };
}

/** A positive serial number of 16 random bytes. */
function serialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return Buffer.from(bytes).toString('hex');
}

/** Subject attributes in order, each an RDN of its own: `[['O', ...], ['OU', ...], ['CN', ...]]`. */
const distinguishedName = (attributes: ReadonlyArray<readonly [string, string]>) =>
  new x509.Name(attributes.map(([type, value]) => ({ [type]: [value] })));

/** A self-signed CA named `commonName` of `organization`. */
export async function createCertificateAuthority(
  organization: string,
  commonName: string,
  validDays = 365,
): Promise<IssuedKeyPair> {
  const keys = await generateKeys();
  const name = distinguishedName([
    ['O', organization],
    ['CN', commonName],
  ]);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: name,
    issuer: name,
    ...validity(validDays),
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: certificate.toString('pem'), key: await pkcs8(keys.privateKey) };
}

export interface LeafRequest {
  readonly commonName: string;
  /** The role the certificate names (its OU); `units` replaces it, to issue certificates that break the rule. */
  readonly role?: Role;
  readonly units?: readonly string[];
  /** DNS names and IPv4 addresses the holder serves on, besides `commonName`. */
  readonly altNames: readonly string[];
  readonly validDays?: number;
}

/** A certificate for TLS servers and clients, issued by `ca`. */
export async function issueCertificate(ca: IssuedKeyPair, request: LeafRequest): Promise<IssuedKeyPair> {
  const issuer = new x509.X509Certificate(ca.cert);
  const caKey = await webcrypto.subtle.importKey(
    'pkcs8',
    createPrivateKey(ca.key).export({ type: 'pkcs8', format: 'der' }),
    P256,
    false,
    ['sign'],
  );
  const keys = await generateKeys();
  const units = request.units ?? (request.role ? [request.role] : []);
  const names = [request.commonName, ...request.altNames].map((n) => {
    if (isIP(n) === 0) return { type: 'dns' as const, value: n };
    if (isIP(n) === 4) return { type: 'ip' as const, value: n };
    throw new TypeError(`only IPv4 addresses are supported: ${n}`);
  });
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: distinguishedName([...units.map((unit) => ['OU', unit] as const), ['CN', request.commonName]]),
    // Byte for byte the CA's subject: a leaf's issuer must equal it exactly.
    issuer: issuer.subjectName,
    ...validity(request.validDays ?? 365),
    signingAlgorithm: SIGNING,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      // digitalSignature: ECDHE-ECDSA signs the handshake, it never encrypts to this key.
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([
        x509.ExtendedKeyUsage.serverAuth,
        x509.ExtendedKeyUsage.clientAuth,
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(issuer),
      new x509.SubjectAlternativeNameExtension(names),
    ],
  });
  return { cert: certificate.toString('pem'), key: await pkcs8(keys.privateKey) };
}
