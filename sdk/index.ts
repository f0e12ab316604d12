/**
 * weft's SDK: what a dApp uses to request a view of another network's state through its local relay,
 * verify it, and submit it to its own ledger. Everything else in the package is internal and may change.
 *
 * ```ts
 * import { createWeftClient, ledgerTrust, submitView } from 'weft';
 * const client = createWeftClient({ relay, networkId, identity, trust: ledgerTrust(interop) });
 * const view = await client.requestView('relay-host:9080/fabric-b/weft:assets:Get:k1');
 * await submitView(interop, view); // Fabric destination; submitViewToEvm for an EVM one
 *
 * const events = await client.subscribe('relay-host:9080/fabric-b/weft:assets:EventAt:AssetPut');
 * for await (const event of events) console.log(event.sequence, event.record.payload); // verified, in order
 * ```
 */

export {
  describeError,
  ERROR_CODES,
  type ErrorCode,
  type ErrorContext,
  isWeftError,
  WeftError,
} from '../common/errors.js';
export type { EvmCallView, EvmStorageView } from '../ledgers/evm/address.js';
export type { FabricView } from '../ledgers/fabric/address.js';
export {
  encodeArgument,
  formatAddress,
  parseAddress,
  type RelayLocation,
  type View,
  type ViewAddress,
} from '../proofs/address.js';
export {
  type Command,
  type CommandStatus,
  type Confirmation,
  decodeCommand,
  decodeConfirmation,
} from '../proofs/commands.js';
export { type EventRecord, FIRST_SEQUENCE } from '../proofs/events.js';
export { formatPolicy, type Policy, parsePolicy } from '../proofs/policy.js';
export {
  type CloudEvent,
  createWebhookDeduplicator,
  parseCloudEvent,
  verifyWebhook,
  WEBHOOK_HEADERS,
  type WebhookDeduplicator,
  type WebhookVerdict,
} from '../proofs/webhook.js';
export {
  type ClientIdentity,
  createWeftClient,
  type EvmClientIdentity,
  type FabricClientIdentity,
  INTEROP_CHAINCODE,
  type LedgerKind,
  type RequestViewOptions,
  type Submitted,
  submitView,
  type VerifiedView,
  type WeftClient,
  type WeftClientOptions,
} from './client.js';
export {
  type ChangeNotice,
  changeNotices,
  type EventSubscription,
  type SubscribeOptions,
  type VerifiedEvent,
  type WebhookSubscription,
} from './events.js';
export { submitViewToEvm } from './evm-destination.js';
export {
  commandOutcome,
  commandSources,
  type EvmNetworkRegistration,
  type FabricNetworkRegistration,
  localNetworkId,
  maxAgeOf,
  openStream,
  type RecordedTime,
  recordedTime,
  registerEvmNetwork,
  registerFabricEndorser,
  registerFabricNetwork,
  revokeAttestor,
  revokeFabricEndorser,
  type SentTransaction,
  type SubmittedCommand,
  type SubmittedConfirmation,
  type SubmittedView,
  setCommandSources,
  setLocalNetwork,
  setMaxAge,
  setPolicy,
  streamNext,
  submitEvmCommand,
  submitEvmConfirmation,
  submitEvmEvent,
  submitFabricCommand,
  submitFabricConfirmation,
  submitFabricEvent,
} from './evm-interop.js';
export {
  ledgerTrust,
  type SourceTrust,
  sourceTrust,
  staticTrust,
  type TrustSource,
  trustFromRecord,
} from './trust.js';
