/**
 * A network's relay CA and its role certificates (protos/roles.ts): ECDSA P-256 X.509 certificates written
 * as DER by hand and signed with node:crypto. cryptogen cannot put a role in a TLS certificate, and no
 * certificate library is a dependency; what is encoded here is small and fixed (no parsing: OpenSSL reads
 * these certificates wherever they are checked, in the TLS handshake and in X509Certificate).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
} from 'node:crypto';
import { isIP } from 'node:net';
import type { Role } from '../protos/roles.js';

// ------------------------------------------------------------------------------------------------ DER

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const sequence = (...items: Buffer[]) => tlv(0x30, ...items);
const set = (...items: Buffer[]) => tlv(0x31, ...items);
const explicit = (n: number, item: Buffer) => tlv(0xa0 | n, item);
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
const octets = (bytes: Buffer) => tlv(0x04, bytes);
const bits = (bytes: Buffer, unused = 0) => tlv(0x03, Buffer.from([unused]), bytes);
const TRUE = tlv(0x01, Buffer.from([0xff]));

/** A non-negative integer, minimally encoded. */
function integer(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && bytes[start + 1]! < 0x80) start++;
  const value = bytes.subarray(start);
  return tlv(0x02, value[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

function oid(text: string): Buffer {
  const [first, second, ...rest] = text.split('.').map(Number);
  const out = [40 * first! + second!];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let n = arc >>> 7; n > 0; n >>>= 7) groups.unshift(0x80 | (n & 0x7f));
    out.push(...groups);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280, 4.1.2.5). */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return date.getUTCFullYear() < 2050
    ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : tlv(0x18, Buffer.from(`${iso}Z`));
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  commonName: '2.5.4.3',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

interface Name {
  readonly organization?: string;
  /** Each an OU attribute of its own; a role certificate has one. */
  readonly units?: readonly string[];
  readonly commonName: string;
}

const name = (n: Name) =>
  sequence(
    ...(n.organization ? [set(sequence(oid(OID.organization), utf8(n.organization)))] : []),
    ...(n.units ?? []).map((unit) => set(sequence(oid(OID.organizationalUnit), utf8(unit)))),
    set(sequence(oid(OID.commonName), utf8(n.commonName))),
  );

/** The element of DER `bytes` at `offset`: where it starts and ends, and where its content starts. */
function element(bytes: Buffer, offset: number): { readonly content: number; readonly end: number } {
  const first = bytes[offset + 1]!;
  const size = first < 0x80 ? 1 : 1 + (first & 0x7f);
  const n = first < 0x80 ? first : bytes.subarray(offset + 2, offset + size + 1).readUIntBE(0, first & 0x7f);
  return { content: offset + 1 + size, end: offset + 1 + size + n };
}

/** The subject Name of a certificate, byte for byte: a leaf's issuer must equal it exactly. */
function subjectOf(der: Buffer): Buffer {
  const tbs = element(der, element(der, 0).content);
  let at = tbs.content;
  // version [0], serialNumber, signature, issuer, validity: then the subject.
  for (let i = 0; i < 5; i++) at = element(der, at).end;
  return der.subarray(at, element(der, at).end);
}

const extension = (id: string, value: Buffer, critical = false) =>
  sequence(oid(id), ...(critical ? [TRUE] : []), octets(value));

/** SHA-1 of the subject public key's bits (RFC 5280, 4.2.1.2, method 1). */
function keyId(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // An EC SubjectPublicKeyInfo ends with its BIT STRING: 65 bytes of point after the unused-bits byte.
  return createHash('sha1')
    .update(spki.subarray(spki.length - 65))
    .digest();
}

/** Subject alternative names: DNS names and IP addresses. */
function altNames(names: readonly string[]): Buffer {
  return sequence(
    ...names.map((n) => {
      if (isIP(n) === 4) return tlv(0x87, Buffer.from(n.split('.').map(Number)));
      if (isIP(n) !== 0) throw new TypeError(`only IPv4 addresses are supported: ${n}`);
      return tlv(0x82, Buffer.from(n, 'ascii'));
    }),
  );
}

// -------------------------------------------------------------------------------------------- issuing

export interface IssuedKeyPair {
  /** PEM */
  readonly cert: string;
  /** PKCS #8 PEM */
  readonly key: string;
}

interface Issue {
  readonly subject: Buffer;
  readonly publicKey: KeyObject;
  readonly issuer: { readonly subject: Buffer; readonly key: KeyObject; readonly publicKey: KeyObject };
  readonly ca: boolean;
  readonly altNames?: readonly string[];
  readonly validDays: number;
}

function certificate(issue: Issue): string {
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const extensions = issue.ca
    ? [
        extension(OID.basicConstraints, sequence(TRUE), true),
        // keyCertSign and cRLSign
        extension(OID.keyUsage, bits(Buffer.from([0x06]), 1), true),
        extension(OID.subjectKeyIdentifier, octets(keyId(issue.publicKey))),
      ]
    : [
        extension(OID.basicConstraints, sequence(), true),
        // digitalSignature: ECDHE-ECDSA signs the handshake, it never encrypts to this key.
        extension(OID.keyUsage, bits(Buffer.from([0x80]), 7), true),
        extension(OID.extKeyUsage, sequence(oid(OID.serverAuth), oid(OID.clientAuth))),
        extension(OID.authorityKeyIdentifier, sequence(tlv(0x80, keyId(issue.issuer.publicKey)))),
        ...(issue.altNames?.length ? [extension(OID.subjectAltName, altNames(issue.altNames))] : []),
      ];
  const algorithm = sequence(oid(OID.ecdsaWithSha256));
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    algorithm,
    issue.issuer.subject,
    // A few minutes back: clocks of the machines that check it may lag.
    sequence(time(new Date(now - 5 * 60_000)), time(new Date(now + issue.validDays * 86_400_000))),
    issue.subject,
    issue.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', tbs, { key: issue.issuer.key, dsaEncoding: 'der' });
  const encoded = sequence(tbs, algorithm, bits(signature));
  return `-----BEGIN CERTIFICATE-----\n${encoded.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
}

const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();
const der = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');

/** A self-signed CA named `commonName` of `organization`. */
export function createCertificateAuthority(
  organization: string,
  commonName: string,
  validDays = 365,
): IssuedKeyPair {
  const { privateKey, publicKey } = p256();
  const subject = name({ organization, commonName });
  const cert = certificate({
    subject,
    publicKey,
    issuer: { subject, key: privateKey, publicKey },
    ca: true,
    validDays,
  });
  return { cert, key: pkcs8(privateKey) };
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
export function issueCertificate(ca: IssuedKeyPair, request: LeafRequest): IssuedKeyPair {
  const { privateKey, publicKey } = p256();
  const caKey = createPrivateKey(ca.key);
  const cert = certificate({
    subject: name({
      units: request.units ?? (request.role ? [request.role] : []),
      commonName: request.commonName,
    }),
    publicKey,
    issuer: { subject: subjectOf(der(ca.cert)), key: caKey, publicKey: createPublicKey(caKey) },
    ca: false,
    altNames: [request.commonName, ...request.altNames],
    validDays: request.validDays ?? 365,
  });
  return { cert, key: pkcs8(privateKey) };
}
