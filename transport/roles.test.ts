import { X509Certificate } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import {
  createCertificateAuthority,
  type IssuedKeyPair,
  issueCertificate,
} from '../topology/certificates.js';
import { clientConstructor, fromServiceError, serverDefinition, unary } from './grpc.js';
import {
  createCallerLookup,
  ROLES,
  requireRole,
  roleOf,
  serverRoleCheck,
  serverRoleRefusal,
} from './roles.js';
import { channelArgs, serverCredentials } from './tls.js';

const ca = await createCertificateAuthority('net relays', 'ca.relays.net');
const other = await createCertificateAuthority('other relays', 'ca.relays.other');
const leaf = async (units: readonly string[], from: IssuedKeyPair = ca, commonName = 'host.relays.net') =>
  issueCertificate(from, { commonName, units, altNames: ['127.0.0.1', 'localhost'] });
const raw = (pair: IssuedKeyPair) => Buffer.from(new X509Certificate(pair.cert).raw);
const peer = (pair: IssuedKeyPair) =>
  ({ raw: raw(pair), subjectaltname: new X509Certificate(pair.cert).subjectAltName }) as never;

describe('the role a certificate names', () => {
  it('is its one OU that is a weft role', async () => {
    for (const role of ROLES) expect(roleOf(Buffer.from((await leaf([role])).cert))).toBe(role);
    // Other OUs of the issuer's own naming are not roles and do not matter.
    expect(roleOf((await leaf(['engineering', 'driver', 'eu-west'])).cert)).toBe('driver');
  });

  it('is none when the certificate names no role, several, or a near miss', async () => {
    expect(roleOf((await leaf([])).cert)).toBeUndefined();
    expect(roleOf((await leaf(['relay', 'driver'])).cert)).toBeUndefined();
    expect(roleOf((await leaf(['Relay'])).cert)).toBeUndefined();
    expect(roleOf((await leaf(['relay '])).cert)).toBeUndefined();
    expect(roleOf((await leaf(['weft-relay'])).cert)).toBeUndefined();
    expect(roleOf(Buffer.from('not a certificate'))).toBeUndefined();
  });

  it('cannot be smuggled in another attribute: an OU value holding a line break, a CN "OU=relay"', async () => {
    expect(roleOf((await leaf(['client\nOU=relay'])).cert)).toBeUndefined();
    expect(roleOf((await leaf(['x\nOU=relay', 'client'])).cert)).toBe('client');
    expect(roleOf((await leaf(['driver'], ca, 'OU=relay')).cert)).toBe('driver');
    expect(roleOf((await leaf([], ca, 'x\nOU=relay')).cert)).toBeUndefined();
  });
});

describe('a caller', () => {
  const lookup = createCallerLookup([
    { ca: Buffer.from(ca.cert), value: 'self' },
    { ca: Buffer.from(other.cert), value: 'other' },
  ]);

  it('is known by its issuing CA, with the role its certificate names', async () => {
    expect(lookup(raw(await leaf(['driver'])))).toEqual({ issuer: 'self', role: 'driver' });
    expect(lookup(raw(await leaf(['relay'], other)))).toEqual({ issuer: 'other', role: 'relay' });
    expect(lookup(raw(await leaf([], other)))).toEqual({ issuer: 'other', role: undefined });
  });

  it('is unknown with a certificate of another CA, self-signed, or none', async () => {
    const stranger = await createCertificateAuthority('x', 'ca.x');
    expect(lookup(raw(await leaf(['relay'], stranger)))).toBeUndefined();
    expect(lookup(raw(stranger))).toBeUndefined();
    expect(lookup(undefined)).toBeUndefined();
    expect(lookup(Buffer.from('garbage'))).toBeUndefined();
  });

  it('in another role is refused with WRONG_ROLE', async () => {
    expect(() => requireRole('relay', 'relay', 'ask for state')).not.toThrow();
    for (const actual of ['driver', 'attestor', 'client', undefined] as const) {
      let error: unknown;
      try {
        requireRole(actual, 'relay', 'ask for state');
      } catch (e) {
        error = e;
      }
      expect(isWeftError(error, 'WRONG_ROLE')).toBe(true);
      expect(error).toMatchObject({ context: { role: actual ?? 'none', expected: 'relay' } });
    }
  });
});

describe('a server, as its clients check it', () => {
  it('must have the expected name first, then the expected role', async () => {
    const driver = await leaf(['driver'], ca, 'driver.relays.net');
    expect(serverRoleCheck('driver')('driver.relays.net', peer(driver))).toBeUndefined();
    expect(serverRoleCheck('driver')('relay.relays.net', peer(driver))?.message).toContain(
      "Hostname/IP does not match certificate's altnames",
    );
    const refused = serverRoleCheck('relay')('driver.relays.net', peer(driver));
    expect(isWeftError(refused, 'WRONG_ROLE')).toBe(true);
    expect(refused?.message).toBe(
      "the server driver.relays.net presents a driver's certificate where a relay's is expected",
    );
    const none = serverRoleCheck('attestor')(
      'driver.relays.net',
      peer(await leaf([], ca, 'driver.relays.net')),
    );
    expect(none?.message).toBe(
      "the server driver.relays.net presents a certificate of no weft role where an attestor's is expected",
    );
  });

  it('in another role fails the call with WRONG_ROLE, before any message reaches it', async () => {
    const relay = await leaf(['relay'], ca, 'driver.relays.net');
    let served = 0;
    const server = new grpc.Server();
    server.addService(serverDefinition('driver.driver.DriverCommunication'), {
      RequestDriverState: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
        served++;
        callback(null, { status: 0, request_id: 'x', message: '' });
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(
        '127.0.0.1:0',
        serverCredentials({ cert: Buffer.from(relay.cert), key: Buffer.from(relay.key) }),
        (error, bound) => (error ? reject(error) : resolve(bound)),
      ),
    );
    const connect = (serverRole: 'driver' | 'relay') => {
      const { credentials, args } = channelArgs({
        address: `127.0.0.1:${port}`,
        serverName: 'driver.relays.net',
        serverRole,
        ca: Buffer.from(ca.cert),
        maxMessageBytes: 1024 * 1024,
      });
      return new (clientConstructor('driver.driver.DriverCommunication'))(
        `127.0.0.1:${port}`,
        credentials,
        args,
      );
    };
    const asDriver = connect('driver');
    try {
      const error = await unary(asDriver, 'RequestDriverState', { request_id: 'x' }, 5_000).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as grpc.ServiceError).code).toBe(grpc.status.UNAVAILABLE);
      expect(serverRoleRefusal(error)?.message).toBe(
        "the server driver.relays.net presents a relay's certificate where a driver's is expected",
      );
      const typed = fromServiceError(error, 'the driver');
      expect(typed.code).toBe('WRONG_ROLE');
      expect(served).toBe(0);
      // The same server, expected as what it is, answers.
      const asRelay = connect('relay');
      await unary(asRelay, 'RequestDriverState', { request_id: 'x' }, 5_000);
      asRelay.close();
      expect(served).toBe(1);
    } finally {
      asDriver.close();
      server.forceShutdown();
    }
  });

  it('refusal is not read into errors that merely resemble it', async () => {
    expect(
      serverRoleRefusal({ details: 'No connection established. Last error: ECONNREFUSED' }),
    ).toBeUndefined();
    expect(serverRoleRefusal(new Error('x'))).toBeUndefined();
    expect(serverRoleRefusal(undefined)).toBeUndefined();
  });
});
