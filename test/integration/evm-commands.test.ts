/**
 * Command events on EVM networks (proofs/commands.ts), on a real anvil: WeftInterop ('evm-c') takes a command
 * of a Fabric source (views endorsed here as Fabric peers endorse them, real cryptogen identities) or of an
 * EVM source (a second WeftInterop, 'evm-d', on the same chain, its logs attested by hand), runs it once on
 * AssetStore, records its outcome and logs the confirmation; AssetStore as an issuer takes confirmations back
 * and compensates past the deadline. Every check is tried by an attacker and refused on chain, by code: a
 * replay, a changed payload, a non-member attestor, another destination or application, a record that is no
 * command, a command or confirmation proven by its network's members but from an application of it that is
 * none of its command sources (a rogue chaincode, contract or interop contract), a network with none, a
 * starved call, a confirmation for another network or from the wrong one, a second confirmation,
 * an early compensation, the module called directly, the applications called by anyone but the interop.
 */
import { randomUUID } from 'node:crypto';
import {
  Contract,
  getAddress,
  getBytes,
  getCreateAddress,
  hexlify,
  Interface,
  id,
  keccak256,
  randomBytes,
  type TransactionReceipt,
  toUtf8Bytes,
  Wallet,
} from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { balanceOf, commandOf, compensate, issueCommand, mint } from '../../ledgers/evm/destination.js';
import { decodeLogPayload, encodeLogPosition, logEventRecord } from '../../ledgers/evm/log-event.js';
import { parseAddress } from '../../proofs/address.js';
import {
  COMMAND_LOG,
  CONFIRMATION_LOG,
  type Command,
  decodeCommand,
  decodeConfirmation,
  encodeCommand,
  encodeConfirmation,
} from '../../proofs/commands.js';
import { encodeEventRecord } from '../../proofs/events.js';
import { msp } from '../../protos/index.js';
import {
  commandOutcome,
  commandSources,
  fabricViewArgs,
  localNetworkId,
  openStream,
  registerEvmNetwork,
  registerFabricNetwork,
  sendApplication,
  setCommandSources,
  setLocalNetwork,
  setPolicy,
  streamNext,
  submitEvmCommand,
  submitEvmConfirmation,
  submitEvmEvent,
  submitFabricCommand,
  submitFabricConfirmation,
} from '../../sdk/evm-interop.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import {
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
} from '../support/fabric-views.js';
import { calldataGas, printGas } from '../support/gas.js';

const LOCAL = 'evm-c';
const REMOTE = 'evm-d';
const FABRIC = 'fabric-a';
/** fabric-a's command source on evm-c: the chaincode `bank` of channel `mychannel`, its every event stream. */
const FABRIC_SOURCE = 'mychannel:bank:EventAt:';
const COMMANDS_TEXT = `mychannel:bank:EventAt:Command.${'evm-c'}`;
const CONFIRMATIONS_TEXT = `mychannel:bank:EventAt:CommandExecuted.${'evm-c'}`;
const fabricStream = (text: string, network = FABRIC) => `127.0.0.1:9080/${network}/${text}`;
const COMMAND_TOPIC = new Interface([`event ${COMMAND_LOG}`]).getEvent('CommandIssued')!.topicHash;
const CONFIRMATION_TOPIC = new Interface([`event ${CONFIRMATION_LOG}`]).getEvent(
  'CommandExecuted',
)!.topicHash;

let anvil: TestAnvil;
let orgs: Endorser[];
/** evm-c: its interop as owner (account 0) and subscriber (1), its AssetStore as deployer (0) and reader. */
let owner: Contract;
let interop: Contract;
let store: Contract;
let app: string;
/** evm-d: another interop and AssetStore on the same chain, an EVM source and destination of commands. */
let remote: Contract;
let remoteStore: Contract;
let remoteApp: string;
let subscriber: string;
/** The command sources of an EVM network whose applications are `store` (commands) and `interop` (confirmations). */
let evmSources: (store: string, interop: string) => string[];
const attestors = { a: Wallet.createRandom(), b: Wallet.createRandom(), outsider: Wallet.createRandom() };

const identity = (endorser: Endorser) =>
  msp.SerializedIdentity.encode(
    msp.SerializedIdentity.create({ mspid: endorser.mspId, id_bytes: Buffer.from(endorser.certificate) }),
  ).finish();

beforeAll(async () => {
  const [node, generated] = await Promise.all([
    startAnvil(),
    generateOrgs('commands.weft.test', ['Org1', 'Org2']),
  ]);
  anvil = node;
  orgs = [generated.Org1!, generated.Org2!];
  subscriber = anvil.wallets[1]!.address.toLowerCase();
  const deployed = await anvil.deploy('WeftInterop');
  const deployedStore = await anvil.deploy('AssetStore', [deployed.address]);
  const deployedRemote = await anvil.deploy('WeftInterop');
  const deployedRemoteStore = await anvil.deploy('AssetStore', [deployedRemote.address]);
  const abi = deployed.abi as never[];
  owner = new Contract(deployed.address, abi, anvil.signer(0));
  interop = new Contract(deployed.address, abi, anvil.signer(1));
  store = new Contract(deployedStore.address, deployedStore.abi as never[], anvil.signer(0));
  app = deployedStore.address;
  const remoteOwner = new Contract(deployedRemote.address, abi, anvil.signer(0));
  remote = new Contract(deployedRemote.address, abi, anvil.signer(1));
  remoteStore = new Contract(deployedRemoteStore.address, deployedStore.abi as never[], anvil.signer(0));
  remoteApp = deployedRemoteStore.address;

  expect(await localNetworkId(owner)).toBeUndefined();
  await setLocalNetwork(owner, LOCAL);
  await setLocalNetwork(remoteOwner, REMOTE);
  await registerFabricNetwork(owner, {
    networkId: FABRIC,
    interopChaincode: 'interop',
    orgs: { Org1MSP: [identity(orgs[0]!)], Org2MSP: [identity(orgs[1]!)] },
  });
  await setPolicy(owner, FABRIC, 2, ['Org1MSP', 'Org2MSP']);
  // Each interop records the other network: the same chain, under its own id, attested by A and B.
  for (const [on, other] of [
    [owner, REMOTE],
    [remoteOwner, LOCAL],
  ] as const) {
    await registerEvmNetwork(on, {
      networkId: other,
      chainId: anvil.chainId,
      orgs: { OrgA: [attestors.a.address], OrgB: [attestors.b.address] },
    });
    await setPolicy(on, other, 2, ['OrgA', 'OrgB']);
  }
  // Each records whose commands and confirmations it takes: fabric-a's bank chaincode, the other's AssetStore
  // (commands) and interop contract (confirmations).
  evmSources = (store, interop) => [
    `${anvil.chainId}:${store.toLowerCase()}:log:`,
    `${anvil.chainId}:${interop.toLowerCase()}:log:`,
  ];
  const fabricSources = await setCommandSources(owner, FABRIC, [FABRIC_SOURCE]);
  const evmSourcesSet = await setCommandSources(owner, REMOTE, evmSources(remoteApp, deployedRemote.address));
  await setCommandSources(remoteOwner, LOCAL, evmSources(app, deployed.address));
  printGas('setCommandSources, 1 Fabric prefix', fabricSources.gasUsed);
  printGas('setCommandSources, 2 EVM prefixes', evmSourcesSet.gasUsed);
}, 120_000);

afterAll(async () => {
  await anvil?.stop();
});

/** The code, contract error and its arguments of a refused call. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WeftError) {
      return { code: error.code, error: error.context.error, args: error.context.args };
    }
    throw error;
  }
  throw new Error('accepted, expected a refusal');
}

const nowMs = async () => Number((await anvil.provider.getBlock('latest'))!.timestamp) * 1000;

async function command(fields: Partial<Command> = {}): Promise<Command> {
  return {
    id: `cmd-${randomUUID()}`,
    destination: LOCAL,
    target: app,
    action: 'transfer',
    args: ['alice', 'bob', '30'],
    deadlineMs: (await nowMs()) + 600_000,
    ...fields,
  };
}

/** A Fabric view of event `sequence` (name, payload) of `text` for subscription `nonce`, both orgs endorsing. */
function fabricEvent(
  nonce: string,
  name: string,
  payload: Uint8Array,
  { text = COMMANDS_TEXT, sequence = 1n, network = FABRIC } = {},
): Uint8Array {
  const record = encodeEventRecord({
    stream: text,
    sequence,
    name,
    payload,
    txId: hexlify(randomBytes(32)).slice(2),
    blockNumber: 0n,
    sourceTimeMs: Date.now(),
  });
  const signed = responsePayload({
    address: fabricStream(text, network),
    nonce,
    requesterCertificate: subscriber,
    value: record,
  });
  return fabricView(orgs.map((org) => endorse(signed, org)));
}

/** A new subscription of `stream`, opened on `on` by the subscriber at `from`. */
async function subscribe(on: Contract, stream: string, from = 1n): Promise<string> {
  const nonce = `sub-${randomUUID()}`;
  await openStream(on, stream, nonce, from);
  return nonce;
}

/** A Fabric command's event on a new subscription of the commands stream. */
async function fabricCommand(c: Command) {
  const nonce = await subscribe(interop, fabricStream(COMMANDS_TEXT));
  return { nonce, view: fabricEvent(nonce, `Command.${LOCAL}`, encodeCommand(c)) };
}

/** An EVM log stream of `network` (`contract`'s logs of `topic`): the canonical address and its view text. */
function logStream(network: string, contract: string, topic: string) {
  const parsed = parseAddress(`127.0.0.1:9081/${network}/${anvil.chainId}:${contract}:log:${topic}`);
  return { address: parsed.text, text: parsed.viewText };
}

/** The statement that log `topic` of `receipt` (from `contract`) is event 1 of its stream on `network`. */
async function logEvent(
  network: string,
  receipt: TransactionReceipt,
  contract: string,
  topic: string,
  nonce: string,
): Promise<EvmStatement> {
  const logIndex = receipt.logs.findIndex(
    (log) => log.topics[0] === topic && log.address.toLowerCase() === contract,
  );
  expect(logIndex).toBeGreaterThanOrEqual(0);
  const log = receipt.logs[logIndex]!;
  const block = (await anvil.provider.getBlock(receipt.blockNumber))!;
  const stream = logStream(network, contract, topic);
  return {
    networkId: network,
    chainId: anvil.chainId,
    blockNumber: BigInt(receipt.blockNumber),
    blockHash: block.hash!,
    blockTimestamp: BigInt(block.timestamp),
    viewAddress: stream.address,
    target: contract,
    kind: 'log',
    callData: encodeLogPosition({ txIndex: receipt.index, logIndex }),
    result: logEventRecord({
      streamText: stream.text,
      sequence: 1n,
      log: { topics: [...log.topics], data: getBytes(log.data) },
      txHash: receipt.hash,
      blockNumber: BigInt(receipt.blockNumber),
      blockTimestamp: BigInt(block.timestamp),
    }),
    nonce,
    requester: subscriber,
  };
}

const sign = (s: EvmStatement, wallets: readonly { privateKey: string }[] = [attestors.a, attestors.b]) =>
  wallets.map((wallet) => signAttestation(s, wallet.privateKey));

/** `receipt`'s log of `topic` from `address`. */
function logOf(receipt: TransactionReceipt, address: string, topic: string) {
  const log = receipt.logs.find((l) => l.address.toLowerCase() === address && l.topics[0] === topic);
  if (!log) throw new Error(`no log ${topic} of ${address}`);
  return log;
}

const calldataOf = async (hash: string) => (await anvil.provider.getTransaction(hash))!.data;

describe('commands on an EVM destination', () => {
  it('runs a Fabric transfer once though its event comes three times; the confirmation is CONFIRMATION_LOG', async () => {
    await mint(store, 'alice', 100n);
    const c = await command();
    const { nonce, view } = await fabricCommand(c);
    const submitted = await submitFabricCommand(interop, view, app);
    expect(submitted.record).toMatchObject({ sequence: 1n, name: `Command.${LOCAL}`, stream: COMMANDS_TEXT });
    expect(submitted.executed).toEqual({ commandId: c.id, source: FABRIC, ok: true, result: '70' });
    expect(await balanceOf(store, 'alice')).toBe(70n);
    expect(await balanceOf(store, 'bob')).toBe(30n);

    // The log is CONFIRMATION_LOG: its topic0 and indexed source hash, and its data the confirmation's tuple.
    expect(owner.interface.getEvent('CommandExecuted')!.format('full')).toBe(`event ${CONFIRMATION_LOG}`);
    const log = logOf(submitted.receipt, owner.target as string, CONFIRMATION_TOPIC);
    expect(log.topics[1]).toBe(keccak256(toUtf8Bytes(FABRIC)));
    expect(decodeConfirmation(getBytes(log.data))).toEqual(submitted.executed);

    // The same event again on its subscription: a replay; on a second subscription: taken, not run again.
    expect(await refusal(submitFabricCommand(interop, view, app))).toMatchObject({
      code: 'EVENT_REPLAYED',
      error: 'EventReplayed',
    });
    const second = await subscribe(interop, fabricStream(COMMANDS_TEXT));
    const again = await submitFabricCommand(
      interop,
      fabricEvent(second, `Command.${LOCAL}`, encodeCommand(c)),
      app,
    );
    expect(again.executed).toBeUndefined();
    expect(await streamNext(interop, fabricStream(COMMANDS_TEXT), second)).toBe(2n);
    expect(await streamNext(interop, fabricStream(COMMANDS_TEXT), nonce)).toBe(2n);
    expect(await balanceOf(store, 'alice')).toBe(70n);
    expect(await balanceOf(store, 'bob')).toBe(30n);
    expect(await commandOutcome(interop, FABRIC, c.id)).toEqual({ ok: true, result: '70' });
    expect(await commandOutcome(interop, LOCAL, c.id)).toBeUndefined();

    const bytes = calldataGas(await calldataOf(submitted.receipt.hash), submitted.gasUsed);
    printGas(
      `submitFabricCommand, transfer, 2 endorsements, ${bytes.bytes} calldata bytes`,
      submitted.gasUsed,
    );
    printGas('submitFabricCommand, transfer run already (taken only)', again.gasUsed);
    console.log(`calldata: submitFabricCommand, transfer: ${bytes.bytes} bytes (${bytes.intrinsic} gas)`);
  }, 60_000);

  it('records a failing command as failed, with the destination’s reason; the stream moves on', async () => {
    const c = await command({ args: ['alice', 'mallory', '1000'] });
    const submitted = await submitFabricCommand(interop, (await fabricCommand(c)).view, app);
    expect(submitted.executed).toMatchObject({ commandId: c.id, ok: false });
    // A custom error's revert data, as 0x hex: decodable with the target's ABI.
    const reason = store.interface.parseError(submitted.executed!.result)!;
    expect(reason.name).toBe('InsufficientBalance');
    expect([...reason.args]).toEqual(['alice', 70n, 1000n]);
    expect(await balanceOf(store, 'alice')).toBe(70n);
    expect(await balanceOf(store, 'mallory')).toBe(0n);
    expect(await commandOutcome(interop, FABRIC, c.id)).toEqual({
      ok: false,
      result: submitted.executed!.result,
    });
    for (const [fields, error] of [
      [{ action: 'burn' }, 'UnknownAction'],
      [{ args: ['alice', 'bob', '-5'] }, 'InvalidAmount'],
      [{ args: ['alice', 'bob'] }, 'InvalidArguments'],
    ] as const) {
      const failed = await submitFabricCommand(
        interop,
        (await fabricCommand(await command(fields))).view,
        app,
      );
      expect(failed.executed?.ok).toBe(false);
      expect(store.interface.parseError(failed.executed!.result)?.name).toBe(error);
    }
    // A put runs as a put: the asset written, its key returned.
    const put = await command({ action: 'put', args: ['k-remote', 'v-remote'] });
    const written = await submitFabricCommand(interop, (await fabricCommand(put)).view, app);
    expect(written.executed).toMatchObject({ ok: true, result: 'k-remote' });
    expect(await store.getFunction('get')('k-remote')).toBe('v-remote');
  }, 60_000);

  it('refuses a changed payload, another destination or application, and a record that is no command', async () => {
    const c = await command({ args: ['alice', 'bob', '31337'] });
    const { nonce, view } = await fabricCommand(c);
    // The amount changed in every endorser's copy of the payload, after endorsement.
    const tampered = Buffer.from(view);
    const truth = Buffer.from('31337');
    for (let at = tampered.indexOf(truth); at >= 0; at = tampered.indexOf(truth, at + 1)) {
      tampered.write('99999', at);
    }
    expect(await refusal(submitFabricCommand(interop, tampered, app))).toMatchObject({
      code: 'VIEW_INVALID',
      error: 'BadSignature',
    });
    const refused = async (fields: Partial<Command>) =>
      refusal(submitFabricCommand(interop, (await fabricCommand(await command(fields))).view, app));
    expect(await refused({ destination: 'evm-z' })).toMatchObject({
      code: 'COMMAND_MISDIRECTED',
      error: 'CommandMisdirected',
    });
    // Another application, or this one spelled with a checksum: the target is one spelling of one address.
    for (const target of [remoteApp, getAddress(app)]) {
      expect(await refused({ target })).toMatchObject({
        code: 'COMMAND_MISDIRECTED',
        error: 'CommandTargetMismatch',
      });
    }
    // Right target, submitted for another application.
    expect(
      await refusal(submitFabricCommand(interop, (await fabricCommand(await command())).view, remoteApp)),
    ).toMatchObject({ code: 'COMMAND_MISDIRECTED', error: 'CommandTargetMismatch' });
    // Records that are no command: another event name, a confirmation's tuple named as a command.
    const put = Buffer.from(JSON.stringify({ key: 'k', value: 'v' }));
    const asPut = fabricEvent(await subscribe(interop, fabricStream(COMMANDS_TEXT)), 'AssetPut', put);
    expect(await refusal(submitFabricCommand(interop, asPut, app))).toMatchObject({
      code: 'COMMAND_INVALID',
      error: 'NotACommand',
    });
    // Named as a command, but its payload is a confirmation's tuple, or no ABI at all.
    for (const payload of [
      encodeConfirmation({ commandId: 'x', source: LOCAL, ok: true, result: '' }),
      randomBytes(200),
    ]) {
      const forged = fabricEvent(
        await subscribe(interop, fabricStream(COMMANDS_TEXT)),
        `Command.${LOCAL}`,
        payload,
      );
      expect(await refusal(submitFabricCommand(interop, forged, app))).toMatchObject({
        code: 'COMMAND_INVALID',
        error: 'CommandInvalid',
      });
    }
    // Nothing was taken or run: the honest command is still its stream's next, and runs.
    expect(await balanceOf(store, 'bob')).toBe(30n);
    const honest = await submitFabricCommand(interop, view, app);
    expect(honest.executed).toMatchObject({ ok: false });
    expect(await streamNext(interop, fabricStream(COMMANDS_TEXT), nonce)).toBe(2n);
  }, 60_000);

  it('refuses a submitter who would starve the command’s call of gas, and the module called directly', async () => {
    const { view } = await fabricCommand(await command());
    const { prp, endorsements } = fabricViewArgs(view);
    const starved = interop.getFunction('submitFabricCommand').staticCall(prp, endorsements, app, {
      gasLimit: 1_500_000,
    });
    const data = await starved.then(
      () => undefined,
      (error: { data?: string }) => error.data,
    );
    expect(owner.interface.parseError(data!)?.name).toBe('CommandGasTooLow');
    // The module is WeftInterop's first contract creation: called directly, it refuses.
    const module = new Contract(
      getCreateAddress({ from: owner.target as string, nonce: 1 }),
      [
        'function handle(uint256,string,bytes,bytes,bytes,address)',
        'function setLocalNetwork(string)',
        'function setCommandSources(string,string[])',
        'function commandSources(string) view returns (string[])',
      ],
      anvil.signer(2),
    );
    // Each call made when awaited: a rejection made earlier would go unhandled meanwhile.
    for (const call of [
      () => module.getFunction('setLocalNetwork').staticCall(LOCAL),
      () =>
        module
          .getFunction('handle')
          .staticCall(0, FABRIC, toUtf8Bytes(COMMANDS_TEXT), toUtf8Bytes('Command'), '0x', app),
      () => module.getFunction('setCommandSources').staticCall(FABRIC, []),
      () => module.getFunction('commandSources').staticCall(FABRIC),
    ]) {
      const reverted = await call().then(
        () => undefined,
        (error: { data?: string }) => error.data,
      );
      expect(owner.interface.parseError(reverted!)?.name).toBe('NotDelegated');
    }
    // Nor does AssetStore take a command or a confirmation from anyone but its interop contract.
    const attacker = store.connect(anvil.signer(2)) as Contract;
    expect(
      await refusal(
        sendApplication(attacker, 'executeCommand', FABRIC, 'x', 'transfer', ['alice', 'eve', '1']),
      ),
    ).toMatchObject({ code: 'ACCESS_DENIED', error: 'NotInterop' });
    expect(await refusal(sendApplication(attacker, 'onConfirmation', REMOTE, 'x', true, ''))).toMatchObject({
      code: 'ACCESS_DENIED',
      error: 'NotInterop',
    });
  }, 60_000);
});

describe('command sources: the applications of a network whose commands and confirmations are taken', () => {
  it('are recorded by the owner alone, in bounds, and read back; the fallback serves nothing else', async () => {
    expect(await commandSources(interop, FABRIC)).toEqual([FABRIC_SOURCE]);
    expect(await commandSources(interop, REMOTE)).toEqual(evmSources(remoteApp, remote.target as string));
    expect(await commandSources(remote, LOCAL)).toEqual(evmSources(app, owner.target as string));
    expect(await commandSources(interop, 'nowhere')).toEqual([]);
    // Anyone but the owner, even the subscriber.
    for (const stranger of [interop, owner.connect(anvil.signer(2)) as Contract]) {
      expect(await refusal(setCommandSources(stranger, FABRIC, ['mychannel:rogue:EventAt:']))).toMatchObject({
        code: 'REQUEST_INVALID',
        error: 'OwnableUnauthorizedAccount',
      });
      expect(await refusal(setLocalNetwork(stranger, 'evm-x'))).toMatchObject({
        error: 'OwnableUnauthorizedAccount',
      });
    }
    expect(await commandSources(interop, FABRIC)).toEqual([FABRIC_SOURCE]);
    expect(await localNetworkId(interop)).toBe(LOCAL);
    // Out of bounds: 9 prefixes, an empty one (it would begin every stream), one over 1,024 bytes.
    for (const prefixes of [
      Array.from({ length: 9 }, (_, i) => `mychannel:cc${i}:EventAt:`),
      [FABRIC_SOURCE, ''],
      ['x'.repeat(1025)],
    ]) {
      expect(await refusal(setCommandSources(owner, FABRIC, prefixes))).toMatchObject({
        code: 'REQUEST_INVALID',
        error: 'InvalidCommandSources',
      });
    }
    // The fallback reaches the module's configuration only: its handle is refused, even to the owner.
    const module = new Interface(['function handle(uint256,string,bytes,bytes,bytes,address)']);
    const data = module.encodeFunctionData('handle', [
      0,
      FABRIC,
      toUtf8Bytes(COMMANDS_TEXT),
      toUtf8Bytes(`Command.${LOCAL}`),
      encodeCommand(await command()),
      app,
    ]);
    for (const from of [anvil.signer(0), anvil.signer(2)]) {
      await expect(from.call({ to: owner.target as string, data })).rejects.toThrow();
    }
  }, 60_000);

  it('refuses a Fabric command proven by the source’s members from another chaincode or channel: nothing runs', async () => {
    await mint(store, 'carol', 50n);
    const c = await command({ args: ['carol', 'eve', '50'] });
    for (const text of [
      `mychannel:rogue:EventAt:Command.${LOCAL}`,
      // A chaincode whose name begins with the source's: the prefix ends with its segment's ':'.
      `mychannel:bank2:EventAt:Command.${LOCAL}`,
      `otherchannel:bank:EventAt:Command.${LOCAL}`,
      `mychannel:bank:Get:Command.${LOCAL}`,
    ]) {
      const nonce = await subscribe(interop, fabricStream(text));
      const view = fabricEvent(nonce, `Command.${LOCAL}`, encodeCommand(c), { text });
      expect(await refusal(submitFabricCommand(interop, view, app))).toMatchObject({
        code: 'COMMAND_SOURCE_UNTRUSTED',
        error: 'UntrustedCommandSource',
        args: [FABRIC, text].map((a) => JSON.stringify(a)),
      });
      expect(await streamNext(interop, fabricStream(text), nonce)).toBe(1n);
    }
    expect(await balanceOf(store, 'eve')).toBe(0n);
    expect(await commandOutcome(interop, FABRIC, c.id)).toBeUndefined();
    // The same command on the source's stream runs.
    const ran = await submitFabricCommand(interop, (await fabricCommand(c)).view, app);
    expect(ran.executed).toMatchObject({ ok: true, result: '0' });
    expect(await balanceOf(store, 'eve')).toBe(50n);
    printGas('submitFabricCommand, transfer, its source checked', ran.gasUsed);
  }, 60_000);

  it('refuses a Fabric confirmation from another chaincode of the destination', async () => {
    const c = await command({ destination: FABRIC, target: 'bank' });
    await issueCommand(store, c);
    const payload = encodeConfirmation({ commandId: c.id, source: LOCAL, ok: false, result: 'forged' });
    const text = `mychannel:rogue:EventAt:CommandExecuted.${LOCAL}`;
    const nonce = await subscribe(interop, fabricStream(text));
    const view = fabricEvent(nonce, `CommandExecuted.${LOCAL}`, payload, { text });
    expect(await refusal(submitFabricConfirmation(interop, view, app))).toMatchObject({
      code: 'COMMAND_SOURCE_UNTRUSTED',
      error: 'UntrustedCommandSource',
      args: [FABRIC, text].map((a) => JSON.stringify(a)),
    });
    expect(await commandOf(store, c.id)).toMatchObject({ status: 'pending' });
  }, 60_000);

  it('refuses an EVM command of a rogue contract of the source, and a confirmation of a rogue interop contract', async () => {
    const attacker = anvil.signer(2);
    // A rogue AssetStore on evm-d's chain: its deployer, the attacker, issues what it likes.
    const rogue = await anvil.deploy('AssetStore', [remote.target as string], 2);
    const rogueStore = new Contract(rogue.address, rogue.abi as never[], attacker);
    const rogueApp = rogue.address.toLowerCase();
    await mint(store, 'dave', 40n);
    const c = await command({ args: ['dave', 'mallory', '40'] });
    const issued = await issueCommand(rogueStore, c);
    const nonce = await subscribe(interop, logStream(REMOTE, rogueApp, COMMAND_TOPIC).address);
    const statement = await logEvent(REMOTE, issued.receipt, rogueApp, COMMAND_TOPIC, nonce);
    expect(await refusal(submitEvmCommand(interop, statement, sign(statement), app))).toMatchObject({
      code: 'COMMAND_SOURCE_UNTRUSTED',
      error: 'UntrustedCommandSource',
      args: [REMOTE, logStream(REMOTE, rogueApp, COMMAND_TOPIC).text].map((a) => JSON.stringify(a)),
    });
    expect(await balanceOf(store, 'mallory')).toBe(0n);
    expect(await commandOutcome(interop, REMOTE, c.id)).toBeUndefined();

    // A rogue interop contract on the chain that calls itself evm-d and runs evm-c's command for evm-d's
    // AssetStore (which refuses it: not its interop): its CommandExecuted names evm-c as the source.
    const rogueInterop = await anvil.deploy('WeftInterop', [], 2);
    const rogueOwner = new Contract(rogueInterop.address, rogueInterop.abi as never[], attacker);
    const rogueSubmitter = rogueOwner.connect(anvil.signer(1)) as Contract;
    await setLocalNetwork(rogueOwner, REMOTE);
    await registerEvmNetwork(rogueOwner, {
      networkId: LOCAL,
      chainId: anvil.chainId,
      orgs: { OrgA: [attestors.a.address], OrgB: [attestors.b.address] },
    });
    await setPolicy(rogueOwner, LOCAL, 2, ['OrgA', 'OrgB']);
    await setCommandSources(rogueOwner, LOCAL, evmSources(app, owner.target as string));
    const sent = await command({ destination: REMOTE, target: remoteApp, action: 'put', args: ['k', 'v'] });
    const real = await issueCommand(store, sent);
    const there = await subscribe(rogueSubmitter, logStream(LOCAL, app, COMMAND_TOPIC).address);
    const toRogue = await logEvent(LOCAL, real.receipt, app, COMMAND_TOPIC, there);
    const forged = await submitEvmCommand(rogueSubmitter, toRogue, sign(toRogue), remoteApp);
    expect(forged.executed).toMatchObject({ commandId: sent.id, source: LOCAL, ok: false });
    const rogueAddress = rogueInterop.address.toLowerCase();
    const back = await subscribe(interop, logStream(REMOTE, rogueAddress, CONFIRMATION_TOPIC).address);
    const confirmation = await logEvent(REMOTE, forged.receipt, rogueAddress, CONFIRMATION_TOPIC, back);
    expect(
      await refusal(submitEvmConfirmation(interop, confirmation, sign(confirmation), app)),
    ).toMatchObject({
      code: 'COMMAND_SOURCE_UNTRUSTED',
      error: 'UntrustedCommandSource',
    });
    expect(await commandOf(store, sent.id)).toMatchObject({ status: 'pending' });
  }, 60_000);

  it('takes nothing of a network with no command sources, nor of a source dropped or replaced', async () => {
    // fabric-b: registered, endorsed by the same orgs, no command source recorded.
    await registerFabricNetwork(owner, {
      networkId: 'fabric-b',
      interopChaincode: 'interop',
      orgs: { Org1MSP: [identity(orgs[0]!)], Org2MSP: [identity(orgs[1]!)] },
    });
    await setPolicy(owner, 'fabric-b', 2, ['Org1MSP', 'Org2MSP']);
    expect(await commandSources(interop, 'fabric-b')).toEqual([]);
    const c = await command({ action: 'put', args: ['k-b', 'v-b'] });
    const fromB = async () => {
      const nonce = await subscribe(interop, fabricStream(COMMANDS_TEXT, 'fabric-b'));
      return fabricEvent(nonce, `Command.${LOCAL}`, encodeCommand(c), { network: 'fabric-b' });
    };
    expect(await refusal(submitFabricCommand(interop, await fromB(), app))).toMatchObject({
      code: 'COMMAND_SOURCE_UNTRUSTED',
      args: ['fabric-b', COMMANDS_TEXT].map((a) => JSON.stringify(a)),
    });
    // fabric-a's sources replaced by another chaincode's, then dropped: its bank's commands lapse.
    for (const prefixes of [['mychannel:other:EventAt:'], []]) {
      await setCommandSources(owner, FABRIC, prefixes);
      expect(await commandSources(interop, FABRIC)).toEqual(prefixes);
      expect(await refusal(submitFabricCommand(interop, (await fabricCommand(c)).view, app))).toMatchObject({
        code: 'COMMAND_SOURCE_UNTRUSTED',
      });
    }
    await expect(store.getFunction('get')('k-b')).rejects.toThrow();
    // Recorded again, it is taken again: once.
    await setCommandSources(owner, FABRIC, [FABRIC_SOURCE]);
    await setCommandSources(owner, 'fabric-b', [FABRIC_SOURCE]);
    expect((await submitFabricCommand(interop, await fromB(), app)).executed).toMatchObject({ ok: true });
    expect(await store.getFunction('get')('k-b')).toBe('v-b');
  }, 60_000);
});

describe('commands between two EVM networks, and the issuer’s side', () => {
  it('issues a command (COMMAND_LOG), runs it on the other network (submitEvmCommand) and takes its confirmation back', async () => {
    const c = await command({ destination: REMOTE, target: remoteApp, action: 'put', args: ['k-d', 'v-d'] });
    const issued = await issueCommand(store, c);
    expect(store.interface.getEvent('CommandIssued')!.format('full')).toBe(`event ${COMMAND_LOG}`);
    const log = logOf(issued.receipt, app, COMMAND_TOPIC);
    expect(log.topics[1]).toBe(keccak256(toUtf8Bytes(REMOTE)));
    expect(decodeCommand(getBytes(log.data))).toEqual(c);
    expect(await commandOf(store, c.id)).toMatchObject({ status: 'pending', late: false });
    printGas(`issueCommand, put, ${c.args.join('').length}-byte args`, issued.gasUsed);

    // On evm-d: the command, an attested log of evm-c, is run on its AssetStore.
    const commands = logStream(LOCAL, app, COMMAND_TOPIC);
    const nonce = await subscribe(remote, commands.address);
    const statement = await logEvent(LOCAL, issued.receipt, app, COMMAND_TOPIC, nonce);
    // An attestor that is not a member of evm-c's.
    expect(
      await refusal(
        submitEvmCommand(remote, statement, sign(statement, [attestors.a, attestors.outsider]), remoteApp),
      ),
    ).toMatchObject({ code: 'VIEW_INVALID', error: 'UnknownAttestor' });
    // The record changed after attestation.
    const changed = { ...statement, result: Buffer.from(statement.result).fill(0x41, 40, 44) };
    expect((await refusal(submitEvmCommand(remote, changed, sign(statement), remoteApp))).code).toBe(
      'VIEW_INVALID',
    );
    const ran = await submitEvmCommand(remote, statement, sign(statement), remoteApp);
    expect(ran.executed).toEqual({ commandId: c.id, source: LOCAL, ok: true, result: 'k-d' });
    expect(await remoteStore.getFunction('get')('k-d')).toBe('v-d');
    const bytes = calldataGas(await calldataOf(ran.receipt.hash), ran.gasUsed);
    printGas(`submitEvmCommand, put, 2 attestations, ${bytes.bytes} calldata bytes`, ran.gasUsed);
    console.log(`calldata: submitEvmCommand, put: ${bytes.bytes} bytes (${bytes.intrinsic} gas)`);
    // evm-c never runs it: it is addressed to evm-d.
    const here = await subscribe(interop, logStream(REMOTE, app, COMMAND_TOPIC).address);
    const misdirected = {
      ...statement,
      networkId: REMOTE,
      viewAddress: logStream(REMOTE, app, COMMAND_TOPIC).address,
    };
    const relabelled = {
      ...misdirected,
      nonce: here,
      result: (await logEvent(REMOTE, issued.receipt, app, COMMAND_TOPIC, here)).result,
    };
    // Relabelled as evm-d's, it comes from evm-c's AssetStore: no command source of evm-d.
    expect(await refusal(submitEvmCommand(interop, relabelled, sign(relabelled), app))).toMatchObject({
      code: 'COMMAND_SOURCE_UNTRUSTED',
      error: 'UntrustedCommandSource',
    });
    // evm-d's AssetStore, a source of evm-d, issuing for another network.
    const elsewhere = await issueCommand(remoteStore, await command({ destination: 'evm-z' }));
    const fromRemote = await subscribe(interop, logStream(REMOTE, remoteApp, COMMAND_TOPIC).address);
    const misdirected2 = await logEvent(REMOTE, elsewhere.receipt, remoteApp, COMMAND_TOPIC, fromRemote);
    expect(await refusal(submitEvmCommand(interop, misdirected2, sign(misdirected2), app))).toMatchObject({
      code: 'COMMAND_MISDIRECTED',
      error: 'CommandMisdirected',
    });

    // Back on evm-c: the confirmation, an attested CommandExecuted log of evm-d's interop contract.
    const confirmations = logStream(REMOTE, remote.target as string, CONFIRMATION_TOPIC);
    const back = await subscribe(interop, confirmations.address);
    const confirmation = await logEvent(
      REMOTE,
      ran.receipt,
      remote.target as string,
      CONFIRMATION_TOPIC,
      back,
    );
    const taken = await submitEvmConfirmation(interop, confirmation, sign(confirmation), app);
    expect(taken.confirmation).toEqual(ran.executed);
    expect(decodeLogPayload(taken.record.payload).topics[0]).toBe(CONFIRMATION_TOPIC);
    expect(await commandOf(store, c.id)).toMatchObject({
      status: 'succeeded',
      ok: true,
      result: 'k-d',
      late: false,
    });
    printGas('submitEvmConfirmation, 2 attestations', taken.gasUsed);
    // The same confirmation on a second subscription: the issuer refuses a second one.
    const twice = await subscribe(interop, confirmations.address);
    const again = await logEvent(REMOTE, ran.receipt, remote.target as string, CONFIRMATION_TOPIC, twice);
    expect(await refusal(submitEvmConfirmation(interop, again, sign(again), app))).toMatchObject({
      code: 'COMMAND_ALREADY_CONFIRMED',
      error: 'CommandAlreadyConfirmed',
    });
    // An AssetPut log taken as a confirmation: no confirmation.
    const puts = logStream(REMOTE, remoteApp, id('AssetPut(string,string,address)'));
    const putNonce = await subscribe(interop, puts.address);
    const asPut = await logEvent(
      REMOTE,
      ran.receipt,
      remoteApp,
      id('AssetPut(string,string,address)'),
      putNonce,
    );
    expect(await refusal(submitEvmConfirmation(interop, asPut, sign(asPut), app))).toMatchObject({
      code: 'COMMAND_INVALID',
      error: 'NotAConfirmation',
    });
    // It is taken as a plain event all the same, and so the subscription moves on (app: none).
    await submitEvmEvent(interop, asPut, sign(asPut), '0x0000000000000000000000000000000000000000');
  }, 60_000);

  it('takes a Fabric confirmation, and refuses one changed, for another network or from the wrong one', async () => {
    const c = await command({ destination: FABRIC, target: 'bank' });
    await issueCommand(store, c);
    const confirmationOf = async (fields: Partial<Parameters<typeof encodeConfirmation>[0]> = {}) => {
      const nonce = await subscribe(interop, fabricStream(CONFIRMATIONS_TEXT));
      const payload = encodeConfirmation({
        commandId: c.id,
        source: LOCAL,
        ok: true,
        result: 'moved',
        ...fields,
      });
      return fabricEvent(nonce, `CommandExecuted.${LOCAL}`, payload, { text: CONFIRMATIONS_TEXT });
    };
    const honest = await confirmationOf();
    const tampered = Buffer.from(honest);
    const truth = Buffer.from('moved');
    for (let at = tampered.indexOf(truth); at >= 0; at = tampered.indexOf(truth, at + 1))
      tampered.write('stole', at);
    expect(await refusal(submitFabricConfirmation(interop, tampered, app))).toMatchObject({
      code: 'VIEW_INVALID',
      error: 'BadSignature',
    });
    // Confirming a command another network issued.
    expect(
      await refusal(submitFabricConfirmation(interop, await confirmationOf({ source: 'evm-x' }), app)),
    ).toMatchObject({
      code: 'CONFIRMATION_MISDIRECTED',
      error: 'ConfirmationMisdirected',
    });
    // A command never issued.
    expect(
      await refusal(
        submitFabricConfirmation(interop, await confirmationOf({ commandId: 'never-issued' }), app),
      ),
    ).toMatchObject({ code: 'COMMAND_NOT_FOUND', error: 'CommandNotFound' });
    // From fabric-a, for a command sent to evm-d.
    const elsewhere = await command({ destination: REMOTE, target: remoteApp });
    await issueCommand(store, elsewhere);
    expect(
      await refusal(
        submitFabricConfirmation(interop, await confirmationOf({ commandId: elsewhere.id }), app),
      ),
    ).toMatchObject({ code: 'CONFIRMATION_MISDIRECTED', error: 'ConfirmationMisdirected' });
    expect(await commandOf(store, elsewhere.id)).toMatchObject({ status: 'pending' });

    const taken = await submitFabricConfirmation(interop, honest, app);
    expect(taken.confirmation).toEqual({ commandId: c.id, source: LOCAL, ok: true, result: 'moved' });
    expect(await commandOf(store, c.id)).toMatchObject({ status: 'succeeded', result: 'moved' });
    printGas('submitFabricConfirmation, 2 endorsements', taken.gasUsed);
    // A failure confirmed as such.
    const failing = await command({ destination: FABRIC, target: 'bank' });
    await issueCommand(store, failing);
    await submitFabricConfirmation(
      interop,
      await confirmationOf({ commandId: failing.id, ok: false, result: 'no funds' }),
      app,
    );
    expect(await commandOf(store, failing.id)).toMatchObject({
      status: 'failed',
      ok: false,
      result: 'no funds',
    });
  }, 60_000);

  it('issues only from its deployer, once per id, and in bounds', async () => {
    const c = await command({ destination: FABRIC, target: 'bank' });
    const stranger = store.connect(anvil.signer(2)) as Contract;
    expect(await refusal(issueCommand(stranger, c))).toMatchObject({
      code: 'ACCESS_DENIED',
      error: 'NotDeployer',
    });
    await issueCommand(store, c);
    expect(await refusal(issueCommand(store, c))).toMatchObject({
      code: 'COMMAND_INVALID',
      error: 'CommandIdTaken',
    });
    expect(
      await refusal(sendApplication(store, 'issueCommand', 'id-x', FABRIC, 'bank', 'put', [], 0n)),
    ).toMatchObject({ code: 'COMMAND_INVALID', error: 'InvalidCommand' });
    expect(await refusal(commandOf(store, 'never-issued'))).toMatchObject({ code: 'COMMAND_NOT_FOUND' });
  });

  // Last: it moves the chain's clock.
  it('compensates past the deadline only; a later confirmation is recorded as late, never applied', async () => {
    const c = await command({ destination: FABRIC, target: 'bank', deadlineMs: (await nowMs()) + 60_000 });
    await issueCommand(store, c);
    expect(await refusal(compensate(store, c.id))).toMatchObject({
      code: 'COMMAND_NOT_DUE',
      error: 'CommandNotDue',
    });
    await anvil.provider.send('evm_increaseTime', [120]);
    await anvil.provider.send('evm_mine', []);
    const compensated = await compensate(store, c.id);
    expect(compensated.receipt.logs.map((l) => store.interface.parseLog(l)?.name)).toContain(
      'CommandCompensated',
    );
    expect(await commandOf(store, c.id)).toMatchObject({ status: 'compensated', late: false });
    expect(await refusal(compensate(store, c.id))).toMatchObject({ code: 'COMMAND_ALREADY_CONFIRMED' });

    const late = async (result: string) => {
      const nonce = await subscribe(interop, fabricStream(CONFIRMATIONS_TEXT));
      const payload = encodeConfirmation({ commandId: c.id, source: LOCAL, ok: true, result });
      return submitFabricConfirmation(
        interop,
        fabricEvent(nonce, `CommandExecuted.${LOCAL}`, payload, { text: CONFIRMATIONS_TEXT }),
        app,
      );
    };
    const recorded = await late('ran late');
    expect(recorded.receipt.logs.map((l) => store.interface.parseLog(l)?.name)).toContain('LateConfirmation');
    expect(await commandOf(store, c.id)).toMatchObject({
      status: 'compensated',
      late: true,
      ok: true,
      result: 'ran late',
    });
    expect(await refusal(late('again'))).toMatchObject({
      code: 'COMMAND_ALREADY_CONFIRMED',
      error: 'CommandAlreadyConfirmed',
    });
    expect(await commandOf(store, c.id)).toMatchObject({ status: 'compensated', result: 'ran late' });
  }, 60_000);
});
