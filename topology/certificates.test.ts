import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCertificateAuthority, issueCertificate } from './certificates.js';

const ca = await createCertificateAuthority('fabric-a relays', 'ca.relays.fabric-a');
const caCert = new X509Certificate(ca.cert);

describe('role certificates issued by a relay CA', () => {
  it('a CA that signs only certificates, self-signed', async () => {
    expect(caCert.ca).toBe(true);
    expect(caCert.subject).toBe('O=fabric-a relays\nCN=ca.relays.fabric-a');
    expect(caCert.checkIssued(caCert)).toBe(true);
    expect(caCert.verify(caCert.publicKey)).toBe(true);
    expect(caCert.keyUsage).toBeUndefined(); // Node lists extended key usages only: none on the CA.
  });

  it('a leaf for TLS servers and clients, naming its role and the names it serves on', async () => {
    const relay = await issueCertificate(ca, {
      commonName: 'relay.relays.fabric-a',
      role: 'relay',
      altNames: ['127.0.0.1', 'localhost'],
      validDays: 30,
    });
    const cert = new X509Certificate(relay.cert);
    expect(cert.ca).toBe(false);
    expect(cert.subject).toBe('OU=relay\nCN=relay.relays.fabric-a');
    expect(cert.issuer).toBe(caCert.subject);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.checkHost('relay.relays.fabric-a')).toBe('relay.relays.fabric-a');
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkHost('driver.relays.fabric-a')).toBeUndefined();
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(30.01);
    // The key is the certificate's.
    expect(createPublicKey(createPrivateKey(relay.key)).export({ type: 'spki', format: 'der' })).toEqual(
      cert.publicKey.export({ type: 'spki', format: 'der' }),
    );
    expect(relay.key).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('each with its own key and serial number', async () => {
    const request = { commonName: 'driver.relays.fabric-a', role: 'driver' as const, altNames: [] };
    const one = new X509Certificate((await issueCertificate(ca, request)).cert);
    const two = new X509Certificate((await issueCertificate(ca, request)).cert);
    expect(one.serialNumber).not.toBe(two.serialNumber);
    expect(one.publicKey.equals(two.publicKey)).toBe(false);
  });

  it('not valid under another CA', async () => {
    const other = new X509Certificate(
      (await createCertificateAuthority('fabric-a relays', 'ca.relays.fabric-a')).cert,
    );
    const cert = new X509Certificate(
      (await issueCertificate(ca, { commonName: 'relay.relays.fabric-a', role: 'relay', altNames: [] })).cert,
    );
    // Same name, other key: the signature decides.
    expect(cert.verify(other.publicKey)).toBe(false);
  });
});
