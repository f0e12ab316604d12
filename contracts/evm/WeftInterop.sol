// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {IWeftCommandEvents, WeftCommandStore, WeftCommands} from "./WeftCommands.sol";
import {WeftProtobuf} from "./WeftProtobuf.sol";

/// @title Receives the values of views the interop contract has verified.
interface IWeftReceiver {
    function onVerifiedView(string calldata sourceNetwork, string calldata viewAddress, bytes calldata value)
        external;
}

/// @title Receives the events of streams the interop contract has verified, each once and in order.
interface IWeftEventReceiver {
    function onVerifiedEvent(
        string calldata sourceNetwork,
        string calldata streamAddress,
        uint64 sequence,
        bytes calldata payload
    ) external;
}

/// @title weft's interop contract on an EVM destination.
/// @notice Verifies views of remote networks against memberships and policies recorded here by the owner:
/// Fabric views (peer endorsements, ECDSA P-256) and EVM views (k-of-n secp256k1 EIP-712 attestations).
/// A verified view is bound to its submitter (the requester it names); its nonce is spent, and the spent
/// nonce records a commitment to the view's address and value; the value is announced in an event and
/// handed to an application contract, which keeps what it needs. Recording the commitment in the nonce's own
/// slot keeps the ledger's cost of a view at one new storage slot, whatever the value's size.
/// @dev Calldata dominates the gas of a proof, so each byte is sent once: a Fabric view is one
/// ProposalResponsePayload plus (key id, r, s) per endorsement; the endorsers' identities and public keys
/// live here, as contract code (read with EXTCODECOPY, far cheaper than storage).
/// Freshness: every proven view carries the time its source vouches for (a Fabric transaction's timestamp,
/// an EVM block's timestamp and number). A view older than the owner's max age for its pattern is refused,
/// and so is a view older than the value already recorded for its address, so a kept view never rolls the
/// destination back.
/// Events (proofs/events.ts): a subscriber opens a stream (its address and subscription nonce) at a sequence
/// number; each event is a Fabric view of the stream for that nonce, or an EVM source's attested log event
/// (kind 2), verified as any view of its kind but for freshness (an event is history: its order is what
/// counts, however late it comes) and without spending the nonce (a subscription's every event carries it);
/// it is taken only at the stream's next sequence. An event's view may prove a run of a stream's events at
/// once (one endorsement or attestation for up to 64): each submission of it takes the run's record at the
/// stream's next sequence, so the same view is submitted once per event.
/// Batches (proofs/batch.ts): a Fabric source may answer many requests of one view with one endorsement of
/// a Merkle root over one leaf per request (keccak256(keccak256(salt ‖ InteropPayload)), OpenZeppelin's
/// sorted-pair tree). The batch's first view here is verified as a single view is, its endorsed result the
/// root and its own InteropPayload the leaf's, and records the root for its network's trust epoch; each
/// further view of the batch then proves its leaf under the recorded root alone, and is taken as any view.
/// The epoch changes with everything a recorded endorsement was checked against (the network's
/// registration, an endorser revoked or replaced, the policy): a root recorded before is no longer honoured.
/// Single-API mode, for comparison: the owner records one trusted party per network, and a value that party
/// signed is accepted as the view (nonce spent, value delivered), with no proof that it is on its ledger
/// and no source time.
/// Commands (proofs/commands.ts): a command is an event of another network addressed to this one
/// (setLocalNetwork), verified and taken as any event, then run once per (source network, id) by the
/// application it targets, its outcome recorded and logged as CommandExecuted, the confirmation its issuer
/// takes back; a confirmation is an event too, handed to the issuing application. Either is taken only from
/// a stream of one of its network's command sources (setCommandSources: the applications of that network
/// whose commands and confirmations this one takes). The logic is the module WeftCommands', run by
/// DELEGATECALL (this contract's size is near EIP-170's limit); its configuration is reached by fallback.
/// Ownership is OpenZeppelin's two-step transfer: a new owner governs once it has accepted, and the contract
/// is never left without one.
contract WeftInterop is Ownable2Step, IWeftCommandEvents {
    struct Endorsement {
        /// keccak256 of the endorser's serialized msp.SerializedIdentity.
        bytes32 keyId;
        bytes32 r;
        /// At most n/2 of P-256.
        bytes32 s;
    }

    /// @notice What the attestors of an EVM network sign (the fields of weft's EIP-712 `Attestation`), with
    /// the call data and result themselves: the contract hashes them, so the value is sent once.
    struct EvmViewInput {
        string networkId;
        uint256 chainId;
        uint64 blockNumber;
        bytes32 blockHash;
        /// The attested block's timestamp, in seconds.
        uint64 blockTimestamp;
        string viewAddress;
        address target;
        /// 0: a call (result = ABI return data); 1: a storage slot (call data = slot, result = value); 2: a log
        /// event (call data = ABI (uint64 txIndex, uint64 logIndexInReceipt), result = EventRecord).
        uint8 kind;
        bytes callData;
        bytes result;
        string nonce;
        string requester;
    }

    /// @dev One storage slot per network: everything a Fabric proof needs is read with one SLOAD.
    struct Network {
        uint8 kind;
        uint8 threshold;
        /// Bit i set: org i is listed in the policy.
        uint32 policyOrgs;
        /// Bumped by every registration: endorsers, attestors and org names of earlier ones lapse.
        uint32 generation;
        /// Fabric: the first 20 bytes of keccak256 of the interop chaincode's name.
        bytes20 chaincodeHash;
    }

    uint8 private constant FABRIC = 1;
    uint8 private constant EVM = 2;
    uint256 private constant MAX_ORGS = 32;
    uint8 private constant KIND_STORAGE = 1;
    /// A log event of an EVM source (ledgers/evm/log-event.ts): taken by submitEvmEvent, never as a view.
    uint8 private constant KIND_LOG = 2;
    /// weft.events.EventRecords.records: a view's value that is a run of events, not one EventRecord (whose
    /// fields are 1 to 7), starts with it.
    uint256 private constant RUN_FIELD = 16;
    /// The most records a run holds (proofs/events.ts MAX_RUN).
    uint256 private constant MAX_RUN = 64;
    /// What _recordOf picks: a value that is one record; of a run, the record at next's place, the first
    /// record (next before the run), the last (next after it).
    uint256 private constant PICKED_RECORD = 0;
    uint256 private constant PICKED_IN_RUN = 1;
    uint256 private constant PICKED_FIRST = 2;
    uint256 private constant PICKED_LAST = 3;
    /// Max-age patterns per network besides "": the check reads at most this many records.
    uint256 private constant MAX_AGE_PATTERNS = 8;
    /// Where ageRules keeps the max age of pattern "" (the rest: count and lengths of the other patterns).
    uint256 private constant DEFAULT_AGE_SHIFT = 192;
    uint256 private constant MAX_PATTERN_BYTES = 1024;
    /// A year: a bound beyond it bounds nothing a relay could hold back.
    uint256 private constant MAX_AGE_LIMIT_MS = 365 days * 1000;
    /// How far ahead of this chain's clock a source time may be (clocks drift); a time beyond it is refused,
    /// so that a bogus far-future time can never block later views of its address.
    uint256 private constant MAX_FUTURE_MS = 30_000;

    /// What a taken event is for (_takeFabricEvent, _takeEvmEvent): its payload handed to the application, or
    /// the module's mode + 1 (WeftCommands.handle: bit 0 an EVM source, bit 1 a confirmation).
    uint256 private constant TAKE_EVENT = 0;
    uint256 private constant TAKE_COMMAND = 1;
    uint256 private constant TAKE_CONFIRMATION = 3;

    /// weft.batch.EndorsedBatch (proofs/batch.ts): its scheme (field 16) and root (17, 32 bytes).
    uint256 private constant BATCH_SCHEME_FIELD = 16;
    uint256 private constant BATCH_ROOT_FIELD = 17;
    bytes32 private constant BATCH_SCHEME_HASH = keccak256("weft-batch-v1");
    /// The longest path a batch of MAX_BATCH (64) leaves has, with room for one more (proofs/batch.ts MAX_PATH).
    uint256 private constant MAX_BATCH_PATH = 7;
    /// Where ageRules keeps the network's trust epoch: 56 bits, between the pattern lengths (bits 8-135) and
    /// the max age of "" (192-255). In the slot every view reads anyway: a recorded root costs no extra read.
    uint256 private constant EPOCH_SHIFT = 136;
    uint256 private constant EPOCH_MASK = (1 << 56) - 1;

    uint256 private constant P256_HALF_N = 0x7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8;

    bytes32 private constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(string networkId,uint256 chainId,uint64 blockNumber,bytes32 blockHash,uint64 blockTimestamp,"
        "string viewAddress,address target,uint8 kind,bytes32 callDataHash,bytes32 resultHash,string nonce,"
        "string requester)"
    );
    /// @notice EIP-712 domain {name: "weft", version: "1"}: no chain id and no verifying contract, so one
    /// attestation is verified on any destination (the source chain id is part of the statement). Hence not
    /// OpenZeppelin's EIP712, whose domain always names this chain and this contract.
    bytes32 public immutable DOMAIN_SEPARATOR;
    /// The command module, deployed with this contract: its code runs on this contract's state.
    address private immutable COMMANDS;
    /// Code of this contract's that its size leaves no room for (WeftInteropAnnex), deployed with it.
    address private immutable ANNEX;

    mapping(bytes32 networkHash => Network) private networks;
    mapping(bytes32 networkHash => uint256) private chainIds;
    /// keccak256(networkHash, generation, keccak256(org)) => org index + 1.
    mapping(bytes32 => uint256) private orgIndexes;
    /// Fabric endorser record: code pointer (bits 0-159), org index (160-167), generation (168-199),
    /// identity length (200-223). The pointer's code is 0x00 ‖ serialized identity ‖ x ‖ y.
    mapping(bytes32 networkHash => mapping(bytes32 keyId => uint256)) private endorsers;
    /// Attestor record: org index (bits 0-7), generation (8-39).
    mapping(bytes32 networkHash => mapping(address attestor => uint256)) private attestors;
    /// keccak256(networkHash ‖ nonce) => keccak256(keccak256(view address) ‖ keccak256(value)) once spent.
    mapping(bytes32 => bytes32) private spent;
    /// Single-API mode: the one party whose signed answers are accepted as a network's views.
    mapping(bytes32 networkHash => address party) private trustedParties;
    /// keccak256("network-id/view") (the address without its relay, so every spelling of a view shares it) =>
    /// the recorded value's source time in ms (bits 0-63), height (64-127) and first 16 bytes of
    /// keccak256(value) (128-255): one slot per view, written by every view of it.
    mapping(bytes32 viewKey => uint256) private records;
    /// A network's max-age rules in one slot: the number of patterns other than "" (bits 0-7), their lengths,
    /// longest first (pattern i at bits 8 + 16i, 16 bits), and the max age of "" (bits 192-255), which
    /// matches every view and so needs no lookup: a network with that rule alone costs a view one SLOAD.
    /// Bits 136-191: the network's trust epoch (EPOCH_SHIFT), which outlives re-registrations as the rules do.
    mapping(bytes32 networkHash => uint256) private ageRules;
    /// keccak256(networkHash ‖ pattern) => max age in ms, for patterns other than "".
    mapping(bytes32 => uint256) private maxAges;
    /// keccak256(keccak256("network-id/view") ‖ nonce) => an open stream: its owner (bits 0-159) and the
    /// sequence it takes next (160-223); 0 while not open. One slot: an event reads and writes it once.
    mapping(bytes32 streamKey => uint256) private streams;
    /// keccak256(networkHash ‖ root) of a batch whose endorsements verified => the network's trust epoch
    /// then (never 0: a registration bumps it). Recorded only after the chaincode check, so a root is ever
    /// one of the network's interop chaincode, whose change (a registration) bumps the epoch.
    mapping(bytes32 batchKey => uint256) private batchRoots;

    event FabricNetworkRegistered(string networkId, string interopChaincode, string[] orgs);
    event FabricEndorserRegistered(string networkId, string mspId, bytes32 indexed keyId);
    event FabricEndorserRevoked(string networkId, bytes32 indexed keyId);
    event EvmNetworkRegistered(string networkId, uint256 chainId, string[] orgs);
    event AttestorRegistered(string networkId, string org, address indexed attestor);
    event AttestorRevoked(string networkId, address indexed attestor);
    event PolicySet(string networkId, uint8 threshold, string[] orgs);
    event ViewVerified(string indexed networkId, bytes32 indexed viewAddressHash, bytes value);
    event TrustedPartySet(string networkId, address indexed party);
    event MaxAgeSet(string networkId, string pattern, uint64 maxAgeMs);
    /// `streamHash`: keccak256("network-id/view") of the stream address, whatever relay it names.
    event StreamOpened(
        bytes32 indexed streamHash, string streamAddress, string nonce, address indexed owner, uint64 fromSequence
    );
    event EventVerified(bytes32 indexed streamHash, uint64 sequence, bytes record);
    event FabricBatchRecorded(string networkId, bytes32 indexed root);

    error InvalidRegistration();
    error InvalidKey();
    error InvalidPolicy();
    error UnknownNetwork(string networkId);
    error UnknownOrg(string org);
    error UnknownEndorser(bytes32 keyId);
    error UnknownAttestor(address attestor);
    error HighS(uint256 index);
    error BadSignature(uint256 index);
    error InvalidViewAddress();
    error MalformedView();
    error WrongChaincode();
    error ChaincodeFailed(int32 status);
    error ConfidentialNotSupported();
    error WrongChainId(uint256 expected, uint256 got);
    error NetworkMismatch();
    error WrongRequester();
    error PolicyNotSatisfied(uint256 orgsBitmap);
    error NonceReplayed();
    error InvalidNonce();
    error NoTrustedParty(string networkId);
    error UntrustedParty(address signer);
    error MissingSourceTime();
    error ViewExpired(uint256 ageMs, uint256 maxAgeMs);
    error ViewFromFuture(uint256 sourceTimeMs, uint256 nowMs);
    /// EVM views compare heights, Fabric views source times (ms).
    error ViewOutdated(uint256 recorded, uint256 submitted);
    error InvalidPattern();
    error InvalidMaxAge();
    error TooManyPatterns();
    error UnknownPattern(string pattern);
    error InvalidSequence();
    error StreamAlreadyOpen();
    error StreamNotOpen();
    error StreamNotOwned(address owner);
    error EventReplayed(uint64 next, uint64 got);
    error EventGap(uint64 next, uint64 got);
    error EventStreamMismatch();
    /// A run of more than MAX_RUN records, or whose records are not consecutive where this contract reads it.
    error EventRunInvalid();
    /// A batch view whose endorsed result is no weft.batch.EndorsedBatch (of scheme "weft-batch-v1").
    error NotABatch();
    /// The leaf's path does not lead to the batch's root.
    error NotInBatch();
    /// The root is not recorded for the network at its current trust epoch.
    error BatchNotRecorded();

    constructor() Ownable(msg.sender) {
        DOMAIN_SEPARATOR = keccak256(
            abi.encode(keccak256("EIP712Domain(string name,string version)"), keccak256("weft"), keccak256("1"))
        );
        COMMANDS = address(new WeftCommands());
        ANNEX = address(new WeftInteropAnnex());
    }

    // ---------------------------------------------------------------------------------------------------
    // Governance

    /// @notice Refused: without an owner, endorsers and attestors could never be revoked again.
    function renounceOwnership() public view override onlyOwner {
        revert OwnableInvalidOwner(address(0));
    }

    /// @notice Records (or replaces) a Fabric network: its interop chaincode and its orgs' MSP ids. Replacing
    /// drops the network's endorsers; the policy becomes "every org".
    function registerFabricNetwork(
        string calldata networkId,
        string calldata interopChaincode,
        string[] calldata orgs
    ) external onlyOwner {
        if (bytes(interopChaincode).length == 0) revert InvalidRegistration();
        bytes32 networkHash = _registerNetwork(networkId, FABRIC, orgs);
        networks[networkHash].chaincodeHash = bytes20(keccak256(bytes(interopChaincode)));
        emit FabricNetworkRegistered(networkId, interopChaincode, orgs);
    }

    /// @notice Records (or replaces) an EVM network: its chain id and the orgs its attestors belong to.
    /// Replacing drops the network's attestors; the policy becomes "every org".
    function registerEvmNetwork(string calldata networkId, uint256 chainId, string[] calldata orgs)
        external
        onlyOwner
    {
        bytes32 networkHash = _registerNetwork(networkId, EVM, orgs);
        chainIds[networkHash] = chainId;
        emit EvmNetworkRegistered(networkId, chainId, orgs);
    }

    /// @notice Registers the P-256 public key (x, y) of a Fabric identity (a serialized msp.SerializedIdentity
    /// whose MSP id is one of the network's orgs); its key id is keccak256(serializedIdentity).
    /// @dev The X.509 certificate is parsed off-chain by the owner, once; proofs never carry it.
    function registerFabricEndorser(
        string calldata networkId,
        bytes calldata serializedIdentity,
        bytes32 x,
        bytes32 y
    ) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        Network storage network = _network(networkHash, networkId, FABRIC);
        if (!WeftInteropAnnex(ANNEX).isValidPublicKey(x, y)) revert InvalidKey();
        WeftProtobuf.Fields memory identity;
        WeftProtobuf.scan(serializedIdentity, 1 << 1, 0, identity);
        string calldata mspId = string(msg.data[identity.start[1]:identity.end[1]]);
        uint256 org = _orgIndex(networkHash, network.generation, mspId);
        address pointer = _writeCode(abi.encodePacked(serializedIdentity, x, y));
        bytes32 keyId = keccak256(serializedIdentity);
        // Another key for the same identity replaces the one recorded batches were endorsed with.
        if (endorsers[networkHash][keyId] != 0) _bumpEpoch(networkHash);
        endorsers[networkHash][keyId] = uint256(uint160(pointer)) | (org << 160)
            | (uint256(network.generation) << 168) | (serializedIdentity.length << 200);
        emit FabricEndorserRegistered(networkId, mspId, keyId);
    }

    function revokeFabricEndorser(string calldata networkId, bytes32 keyId) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        if (endorsers[networkHash][keyId] == 0) revert UnknownEndorser(keyId);
        delete endorsers[networkHash][keyId];
        _bumpEpoch(networkHash);
        emit FabricEndorserRevoked(networkId, keyId);
    }

    function registerAttestor(string calldata networkId, string calldata org, address attestor) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        Network storage network = _network(networkHash, networkId, EVM);
        if (attestor == address(0)) revert InvalidKey();
        uint256 index = _orgIndex(networkHash, network.generation, org);
        attestors[networkHash][attestor] = index | (uint256(network.generation) << 8);
        emit AttestorRegistered(networkId, org, attestor);
    }

    function revokeAttestor(string calldata networkId, address attestor) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        if (attestors[networkHash][attestor] == 0) revert UnknownAttestor(attestor);
        delete attestors[networkHash][attestor];
        emit AttestorRevoked(networkId, attestor);
    }

    /// @notice A view of `networkId` is accepted when at least `threshold` of `orgs` have signed it:
    /// AND(a, b) is 2 of [a, b], OR(a, b) is 1 of [a, b], OutOf(k, ...) is k of [...].
    function setPolicy(string calldata networkId, uint8 threshold, string[] calldata orgs) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        Network storage network = networks[networkHash];
        if (network.kind == 0) revert UnknownNetwork(networkId);
        uint256 listed;
        for (uint256 i; i < orgs.length; ++i) {
            listed |= 1 << _orgIndex(networkHash, network.generation, orgs[i]);
        }
        if (threshold == 0 || threshold > _popcount(listed)) revert InvalidPolicy();
        network.threshold = threshold;
        network.policyOrgs = uint32(listed);
        // A recorded batch satisfied the policy it was verified under, not necessarily this one.
        _bumpEpoch(networkHash);
        emit PolicySet(networkId, threshold, orgs);
    }

    /// @notice Records the trusted party of `networkId` for single-API answers (address(0) removes it).
    /// @dev secp256k1 parties only: a Fabric party's P-256 key over these bytes is out of scope on an EVM
    /// destination (Fabric networks record such parties in their interop chaincode).
    function setTrustedParty(string calldata networkId, address party) external onlyOwner {
        bytes calldata id = bytes(networkId);
        if (id.length == 0) revert InvalidRegistration();
        for (uint256 i; i < id.length; ++i) {
            if (id[i] == "/") revert InvalidRegistration();
        }
        trustedParties[keccak256(id)] = party;
        emit TrustedPartySet(networkId, party);
    }

    /// @notice Views of `networkId` whose view text (the address after `relay/network-id/`) starts with
    /// `pattern` are refused once older than `maxAgeMs`; the longest matching pattern wins, "" matches
    /// every view, no match means no age bound. 0 removes the pattern; at most a year. At most 8 patterns
    /// per network besides ""; they outlive a re-registration of the network.
    function setMaxAge(string calldata networkId, string calldata pattern, uint64 maxAgeMs) external onlyOwner {
        bytes32 networkHash = keccak256(bytes(networkId));
        if (networks[networkHash].kind == 0) revert UnknownNetwork(networkId);
        if (bytes(pattern).length > MAX_PATTERN_BYTES) revert InvalidPattern();
        if (maxAgeMs > MAX_AGE_LIMIT_MS) revert InvalidMaxAge();
        uint256 rules = ageRules[networkHash];
        if (bytes(pattern).length == 0) {
            if (maxAgeMs == 0 && rules >> DEFAULT_AGE_SHIFT == 0) revert UnknownPattern(pattern);
            ageRules[networkHash] = (rules << 64 >> 64) | (uint256(maxAgeMs) << DEFAULT_AGE_SHIFT);
        } else {
            bytes32 key = _prefixedKey(networkHash, bytes(pattern));
            bool present = maxAges[key] != 0;
            if (maxAgeMs == 0 && !present) revert UnknownPattern(pattern);
            if (maxAgeMs == 0 || !present) {
                ageRules[networkHash] =
                    WeftInteropAnnex(ANNEX).withLength(rules, bytes(pattern).length, maxAgeMs != 0);
            }
            maxAges[key] = maxAgeMs;
        }
        emit MaxAgeSet(networkId, pattern, maxAgeMs);
    }

    // ---------------------------------------------------------------------------------------------------
    // Verification

    /// @notice Verifies a Fabric view: one ProposalResponsePayload `prp` that every endorsement signs,
    /// as Fabric peers do (ECDSA P-256 over sha256(prp ‖ serialized identity)). A batch's endorsed result has
    /// no field of an InteropPayload, and so no source time: it is refused here (MissingSourceTime), never
    /// read as one; submitFabricBatchView takes it.
    /// @return The InteropPayload's payload, also announced and handed to `app` (unless zero).
    function submitFabricView(bytes calldata prp, Endorsement[] calldata endorsements, address app)
        external
        returns (bytes memory)
    {
        FabricView memory view_ = _readFabricView(prp);
        bytes32 networkHash = _verifyFabricView(prp, endorsements, view_);
        return _acceptFabricView(view_, networkHash, ageRules[networkHash], app);
    }

    /// @notice Verifies a Fabric view of the batch form (proofs/batch.ts): `prp`, endorsed and checked as
    /// submitFabricView checks one, answers a weft.batch.EndorsedBatch of scheme "weft-batch-v1" (else
    /// NotABatch), whose root the leaf keccak256(keccak256(salt ‖ leafPayload)) reaches by `path`
    /// (OpenZeppelin's MerkleProof, sorted pairs; else NotInBatch). `leafPayload`, this request's
    /// InteropPayload, is then taken as submitFabricView takes its own. Records the root for the network's
    /// current trust epoch (FabricBatchRecorded), for the batch's further views (submitRecordedBatchView).
    /// @return The InteropPayload's payload, also announced and handed to `app` (unless zero).
    function submitFabricBatchView(
        bytes calldata prp,
        Endorsement[] calldata endorsements,
        bytes calldata leafPayload,
        bytes32 salt,
        bytes32[] calldata path,
        address app
    ) external returns (bytes memory) {
        (FabricView memory view_, bytes32 root) = _readFabricBatchView(prp, leafPayload, salt, path);
        bytes32 networkHash = _verifyFabricView(prp, endorsements, view_);
        bytes32 key = _batchKey(networkHash, root);
        uint256 rules = ageRules[networkHash];
        uint256 epoch = _epoch(rules);
        if (batchRoots[key] != epoch) {
            batchRoots[key] = epoch;
            emit FabricBatchRecorded(string(_slice(view_.networkStart, view_.networkEnd)), root);
        }
        return _acceptFabricView(view_, networkHash, rules, app);
    }

    /// @notice A further view of a batch whose root is recorded for `networkId` at the network's current trust
    /// epoch (else BatchNotRecorded): no endorsement, the leaf proven under the root (NotInBatch), and
    /// `leafPayload` taken as submitFabricView takes an InteropPayload: its address of `networkId`
    /// (NetworkMismatch), the sender its requester, fresh, its nonce spent once, its value recorded and
    /// delivered.
    /// @return The InteropPayload's payload, also announced and handed to `app` (unless zero).
    function submitRecordedBatchView(
        string calldata networkId,
        bytes32 root,
        bytes calldata leafPayload,
        bytes32 salt,
        bytes32[] calldata path,
        address app
    ) external returns (bytes memory) {
        bytes32 networkHash = _hash(bytes(networkId));
        uint256 rules = ageRules[networkHash];
        if (!_batchRecorded(networkHash, root, rules)) revert BatchNotRecorded();
        _checkInBatch(root, leafPayload, salt, path);
        FabricView memory view_;
        _readInteropPayload(_start(leafPayload), _end(leafPayload), view_);
        if (_hash(_slice(view_.networkStart, view_.networkEnd)) != networkHash) revert NetworkMismatch();
        _checkRequester(_slice(view_.requesterStart, view_.requesterEnd));
        return _acceptFabricView(view_, networkHash, rules, app);
    }

    /// @notice Whether the batch of `root` is recorded for `networkId` at the network's current trust epoch:
    /// whether its further views may be submitted by submitRecordedBatchView.
    function batchRootRecorded(string calldata networkId, bytes32 root) external view returns (bool) {
        bytes32 networkHash = keccak256(bytes(networkId));
        return _batchRecorded(networkHash, root, ageRules[networkHash]);
    }

    /// @notice Opens the stream at `streamAddress` (a view address of the source application's event function
    /// without its sequence argument) for the subscription `nonce` of the sender, who alone submits its
    /// events, from `fromSequence` on. A subscription's stream is opened once, whatever relay its address
    /// names.
    function openStream(string calldata streamAddress, string calldata nonce, uint64 fromSequence) external {
        (uint256 start, uint256 end) = _networkSegment(bytes(streamAddress));
        if (networks[keccak256(msg.data[start:end])].kind == 0) {
            revert UnknownNetwork(string(msg.data[start:end]));
        }
        if (bytes(nonce).length == 0 || bytes(nonce).length > 256) revert InvalidNonce();
        if (fromSequence == 0) revert InvalidSequence();
        bytes32 streamHash = keccak256(msg.data[start:_end(bytes(streamAddress))]);
        bytes32 key = _streamKey(streamHash, bytes(nonce));
        if (streams[key] != 0) revert StreamAlreadyOpen();
        streams[key] = uint256(uint160(msg.sender)) | (uint256(fromSequence) << 160);
        emit StreamOpened(streamHash, streamAddress, nonce, msg.sender, fromSequence);
    }

    /// @notice Takes the next event of an open stream: a Fabric view, verified as submitFabricView verifies
    /// one (endorsements, policy, chaincode, the sender as requester) but for freshness and the nonce, whose
    /// address and nonce are an open stream of the sender's, and whose value is a weft.events.EventRecord of
    /// that stream (its view text) at the stream's next sequence, or a run of records (EventRecords) that holds
    /// it. The event's payload goes to `app` (unless zero).
    /// @return record The EventRecord taken (of a run, that record's bytes alone), also announced.
    function submitFabricEvent(bytes calldata prp, Endorsement[] calldata endorsements, address app)
        external
        returns (bytes memory record)
    {
        record = _takeFabricEvent(prp, endorsements, app, TAKE_EVENT);
    }

    /// @notice Takes the next event of an open stream of an EVM source (a log stream): a statement of kind 2
    /// (call data: the log's position in its block; result: the weft.events.EventRecord, or a run of them),
    /// verified as submitEvmView verifies a view (recorded network and chain id, the sender as requester, the
    /// k-of-n attestors' EIP-712 signatures over the statement satisfying the network's policy) but for
    /// freshness and the nonce; then taken as submitFabricEvent takes an event. Of the log itself, this
    /// contract verifies the attestors' k-of-n signatures over the statement and its record, as it does for
    /// an EVM view; it does not verify the receipt's Merkle proof under the attested block (weft's TypeScript
    /// verifiers do, ledgers/evm/log-event.ts), so here the event rests on the attestors' word.
    /// @return record The EventRecord taken (of a run, that record's bytes alone), also announced.
    function submitEvmEvent(EvmViewInput calldata v, bytes[] calldata signatures, address app)
        external
        returns (bytes memory record)
    {
        record = _takeEvmEvent(v, signatures, app, TAKE_EVENT);
    }

    /// @notice This network's id; "" until the owner sets it.
    function localNetworkId() external view returns (string memory) {
        return WeftCommandStore.state().localNetwork;
    }

    /// @notice The command module's configuration, run on it (WeftCommands declares these, in this contract's
    /// context): the owner's setLocalNetwork(string networkId) and setCommandSources(string networkId,
    /// string[] prefixes), and the view commandSources(string networkId). A fallback, as this contract is at
    /// EIP-170's size limit; any other call is refused.
    /// - setLocalNetwork: the id other networks know this one by: a command is run here only if addressed to
    ///   it, a confirmation taken only if it names it as its command's source. 1 to 256 bytes, no '/'.
    /// - setCommandSources: replaces the streams of `networkId` whose commands and confirmations are taken
    ///   here: those whose view text (the stream's address after its network) starts with one of `prefixes`,
    ///   e.g. `mychannel:assets:EventAt:` (a chaincode's events) or `31001:0xabc...:log:` (a contract's logs,
    ///   lower-case hex). At most 8, each 1 to 1,024 bytes; none: nothing is taken of it, as before any is
    ///   set. Any other stream's event is refused (UntrustedCommandSource).
    fallback() external {
        bytes4 selector = msg.sig;
        if (
            selector == WeftCommands.setCommandSources.selector || selector == WeftCommands.setLocalNetwork.selector
        ) {
            _checkOwner();
        } else if (selector != WeftCommands.commandSources.selector) {
            revert();
        }
        address module = COMMANDS;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, 0, calldatasize())
            let ok := delegatecall(gas(), module, p, calldatasize(), 0, 0)
            returndatacopy(p, 0, returndatasize())
            if iszero(ok) { revert(p, returndatasize()) }
            return(p, returndatasize())
        }
    }

    /// @notice Takes a command of a Fabric source: an event verified and taken as submitFabricEvent takes
    /// one (its payload not handed to an application), whose record is named "Command.<this network>" and whose payload is
    /// the command's ABI tuple (proofs/commands.ts). Its stream must be one of its network's command sources
    /// (UntrustedCommandSource: another application of that network, or none recorded for it), the command
    /// addressed to this network
    /// (CommandMisdirected) and name `app` as its target, as 0x and 40 lower-case hex digits
    /// (CommandTargetMismatch). It runs once per (source network, id): `app.executeCommand` (IWeftCommandTarget)
    /// with WeftCommands.COMMAND_GAS, a revert or running out of gas recorded as a failure (its reason: an
    /// Error's text, else the revert data as 0x hex), the outcome recorded (commandOutcome) and logged as
    /// CommandExecuted, the confirmation. A command run already is taken for this subscription, not run again.
    /// @return record The EventRecord taken, also announced.
    function submitFabricCommand(bytes calldata prp, Endorsement[] calldata endorsements, address app)
        external
        returns (bytes memory record)
    {
        record = _takeFabricEvent(prp, endorsements, app, TAKE_COMMAND);
    }

    /// @notice submitFabricCommand for a command of an EVM source, taken as submitEvmEvent takes an event: a
    /// CommandIssued log (proofs/commands.ts COMMAND_LOG; the record's name is its topic0 as 0x hex), whose
    /// data is the command's tuple.
    function submitEvmCommand(EvmViewInput calldata v, bytes[] calldata signatures, address app)
        external
        returns (bytes memory record)
    {
        record = _takeEvmEvent(v, signatures, app, TAKE_COMMAND);
    }

    /// @notice Takes a confirmation of a Fabric destination, verified and taken as submitFabricEvent takes an
    /// event: a record named "CommandExecuted.<this network>" whose payload is the confirmation's tuple, of a
    /// stream of one of its network's command sources (UntrustedCommandSource). It must name this
    /// network as its command's source (ConfirmationMisdirected); it is handed to `app.onConfirmation`
    /// (IWeftCommandIssuer) with the network it came from, whose refusal reverts the submission.
    function submitFabricConfirmation(bytes calldata prp, Endorsement[] calldata endorsements, address app)
        external
        returns (bytes memory record)
    {
        record = _takeFabricEvent(prp, endorsements, app, TAKE_CONFIRMATION);
    }

    /// @notice submitFabricConfirmation for a confirmation of an EVM destination: a CommandExecuted log
    /// (proofs/commands.ts CONFIRMATION_LOG) of its interop contract, whose data is the confirmation's tuple.
    function submitEvmConfirmation(EvmViewInput calldata v, bytes[] calldata signatures, address app)
        external
        returns (bytes memory record)
    {
        record = _takeEvmEvent(v, signatures, app, TAKE_CONFIRMATION);
    }

    /// @notice Whether command `id` of `sourceNetwork` was run here, and how it ended: its result, or the
    /// reason it failed.
    function commandOutcome(string calldata sourceNetwork, string calldata id)
        external
        view
        returns (bool run, bool ok, string memory result)
    {
        WeftCommandStore.Outcome storage outcome = WeftCommandStore.state().outcomes[WeftCommandStore.outcomeKey(
            keccak256(bytes(sourceNetwork)), id
        )];
        return (outcome.state != 0, outcome.state == WeftCommandStore.SUCCEEDED, outcome.result);
    }

    /// @notice Verifies an EVM view: 65-byte signatures r ‖ s ‖ v (low s) by the network's attestors of the
    /// EIP-712 digest of `v`.
    /// @return value The call's ABI return data, or the storage slot's 32-byte value.
    function submitEvmView(EvmViewInput calldata v, bytes[] calldata signatures, address app)
        external
        returns (bytes memory value)
    {
        // Kind 2, a log event, is refused too: its nonce is a subscription's, never spent, and its result an
        // EventRecord, taken once and in order by submitEvmEvent alone.
        if (v.kind > KIND_STORAGE) revert MalformedView();
        if (v.kind == KIND_STORAGE && (v.callData.length != 32 || v.result.length != 32)) revert MalformedView();
        (bytes32 networkHash, uint256 start, uint256 end) = _verifyEvmStatement(v, signatures);
        value = v.result;
        bytes32 valueHash = keccak256(v.result);
        _checkEvmFreshness(v, networkHash, start, end, valueHash);
        _spend(keccak256(abi.encodePacked(networkHash, v.nonce)), _commitment(bytes(v.viewAddress), valueHash));
        _deliver(v.networkId, v.viewAddress, v.result, app);
    }

    /// @notice Single-API mode: accepts `value` as the view at `viewAddress` because the trusted party of the
    /// address's network signed it: an EIP-191 message of "weft-single-api-v1\n" ‖ address ‖ "\n" ‖ nonce ‖
    /// "\n" ‖ value, 65 bytes r ‖ s ‖ v with low s. Neither address nor nonce (1 to 256 bytes) may hold a
    /// line feed, so the bytes name one answer. Anyone may submit it; the nonce is spent and the value
    /// delivered as for any verified view.
    /// @return The value, also announced and handed to `app` (unless zero).
    function submitTrustedView(
        string calldata viewAddress,
        string calldata nonce,
        bytes calldata value,
        bytes calldata signature,
        address app
    ) external returns (bytes memory) {
        (uint256 start, uint256 end) = _acceptTrustedAnswer(viewAddress, nonce, value, signature);
        _deliver(string(msg.data[start:end]), viewAddress, value, app);
        return value;
    }

    /// @notice The trusted party recorded for `networkId`, or address(0).
    function trustedParty(string calldata networkId) external view returns (address) {
        return trustedParties[keccak256(bytes(networkId))];
    }

    /// @notice The EIP-712 digest attestors sign for `v`.
    function attestationDigest(EvmViewInput calldata v) external view returns (bytes32) {
        return _attestationDigest(v, keccak256(bytes(v.networkId)));
    }

    /// @notice Whether a view of `viewAddress` with value `value` was verified under this nonce.
    function verified(
        string calldata networkId,
        string calldata nonce,
        string calldata viewAddress,
        bytes calldata value
    ) external view returns (bool) {
        bytes32 key = keccak256(abi.encodePacked(keccak256(bytes(networkId)), nonce));
        return spent[key] == _commitment(bytes(viewAddress), keccak256(value));
    }

    /// @notice The source time (ms) and height (EVM block number; 0 for Fabric) of the value last recorded
    /// for the view at `viewAddress` (any relay), or zeros when none was.
    function recordedTime(string calldata viewAddress) external view returns (uint64 sourceTimeMs, uint64 height) {
        uint256 record = records[_viewKey(viewAddress)];
        return (uint64(record), uint64(record >> 64));
    }

    /// @notice recordedTime, when the value last recorded for the view is `value`; zeros otherwise (another
    /// value was recorded since, or `value` came without proof, from a trusted party), so an application
    /// never pairs a value with another value's time.
    function timeOfValue(string calldata viewAddress, bytes calldata value)
        external
        view
        returns (uint64 sourceTimeMs, uint64 height)
    {
        uint256 record = records[_viewKey(viewAddress)];
        if (bytes16(bytes32(record)) != bytes16(keccak256(value))) return (0, 0);
        return (uint64(record), uint64(record >> 64));
    }

    /// @notice The max age (ms) that applies to the view at `viewAddress`, 0 when none does.
    function maxAgeOf(string calldata viewAddress) external view returns (uint64) {
        (uint256 start, uint256 end) = _networkSegment(bytes(viewAddress));
        bytes32 networkHash = keccak256(msg.data[start:end]);
        return uint64(_maxAge(networkHash, ageRules[networkHash], msg.data[end + 1:_end(bytes(viewAddress))]));
    }

    /// @notice The sequence the stream at `streamAddress` (any relay) takes next for subscription `nonce`; 0
    /// when it is not open.
    function streamNext(string calldata streamAddress, string calldata nonce) external view returns (uint64) {
        return uint64(streams[_streamKey(_viewKey(streamAddress), bytes(nonce))] >> 160);
    }

    function nonceUsed(string calldata networkId, string calldata nonce) external view returns (bool) {
        return spent[keccak256(abi.encodePacked(keccak256(bytes(networkId)), nonce))] != 0;
    }

    function isFabricEndorser(string calldata networkId, bytes32 keyId) external view returns (bool) {
        bytes32 networkHash = keccak256(bytes(networkId));
        uint256 record = endorsers[networkHash][keyId];
        return record != 0 && uint32(record >> 168) == networks[networkHash].generation;
    }

    function isAttestor(string calldata networkId, address attestor) external view returns (bool) {
        bytes32 networkHash = keccak256(bytes(networkId));
        uint256 record = attestors[networkHash][attestor];
        return record != 0 && uint32(record >> 8) == networks[networkHash].generation;
    }

    // ---------------------------------------------------------------------------------------------------
    // Internals

    /// @dev Absolute calldata offsets of what a Fabric view states.
    struct FabricView {
        uint256 valueStart;
        uint256 valueEnd;
        uint256 addressStart;
        uint256 addressEnd;
        uint256 requesterStart;
        uint256 requesterEnd;
        uint256 nonceStart;
        uint256 nonceEnd;
        uint256 networkStart;
        uint256 networkEnd;
        uint256 sourceTimeMs;
        bytes20 chaincodeHash;
    }

    /// @dev A Fabric view's checks but for freshness and its nonce: its network is a recorded Fabric network,
    /// its chaincode that network's interop chaincode, its requester the sender, and its endorsements verify
    /// and satisfy the network's policy. Returns the network's hash.
    /// The caller reads the view (_readFabricView) and passes it: returned from here, the struct would be
    /// allocated twice (about 300 gas a view).
    function _verifyFabricView(bytes calldata prp, Endorsement[] calldata endorsements, FabricView memory view_)
        private
        view
        returns (bytes32 networkHash)
    {
        networkHash = _hash(_slice(view_.networkStart, view_.networkEnd));
        Network memory network = networks[networkHash];
        if (network.kind != FABRIC) {
            revert UnknownNetwork(string(_slice(view_.networkStart, view_.networkEnd)));
        }
        if (network.chaincodeHash != view_.chaincodeHash) revert WrongChaincode();
        _checkRequester(_slice(view_.requesterStart, view_.requesterEnd));
        _checkPolicy(network, _verifyEndorsements(prp, endorsements, networkHash, network.generation));
    }

    /// @dev What every verified Fabric view (`view_`, of the network `networkHash`) goes through last: its
    /// freshness checked and recorded, its nonce spent, its value announced and delivered to `app`.
    function _acceptFabricView(FabricView memory view_, bytes32 networkHash, uint256 rules, address app)
        private
        returns (bytes memory value)
    {
        bytes calldata viewAddress = _slice(view_.addressStart, view_.addressEnd);
        bytes calldata valueBytes = _slice(view_.valueStart, view_.valueEnd);
        value = valueBytes;
        bytes32 valueHash = keccak256(value);
        _checkAge(networkHash, rules, _slice(view_.networkEnd + 1, view_.addressEnd), view_.sourceTimeMs);
        _record(_slice(view_.networkStart, view_.addressEnd), view_.sourceTimeMs, 0, false, valueHash);
        _spend(
            _prefixedKey(networkHash, _slice(view_.nonceStart, view_.nonceEnd)), _commitment(viewAddress, valueHash)
        );
        _deliver(string(_slice(view_.networkStart, view_.networkEnd)), string(viewAddress), valueBytes, app);
    }

    /// @dev The calldata at [start, end): offsets a protobuf walk or _networkSegment returned, within the
    /// calldata and ordered, so the bounds checks of msg.data[start:end] (a few hundred gas a view) are spared.
    function _slice(uint256 start, uint256 end) private pure returns (bytes calldata data) {
        assembly ("memory-safe") {
            data.offset := start
            data.length := sub(end, start)
        }
    }

    function _batchKey(bytes32 networkHash, bytes32 root) private pure returns (bytes32 key) {
        assembly ("memory-safe") {
            mstore(0x00, networkHash)
            mstore(0x20, root)
            key := keccak256(0x00, 0x40)
        }
    }

    /// @dev Whether `root` is recorded for the network at its current trust epoch (a registered network's is
    /// never 0, an unrecorded root's record is).
    function _batchRecorded(bytes32 networkHash, bytes32 root, uint256 rules) private view returns (bool) {
        uint256 epoch = batchRoots[_batchKey(networkHash, root)];
        return epoch != 0 && epoch == _epoch(rules);
    }

    /// @dev Refuses a leaf (keccak256(keccak256(salt ‖ payload)), proofs/batch.ts) that `path` does not lead
    /// to `root`, or a path longer than any batch has.
    function _checkInBatch(bytes32 root, bytes calldata payload, bytes32 salt, bytes32[] calldata path)
        private
        pure
    {
        bytes32 leaf;
        assembly ("memory-safe") {
            // Scratch memory past the free pointer: salt ‖ payload.
            let buffer := mload(0x40)
            mstore(buffer, salt)
            calldatacopy(add(buffer, 32), payload.offset, payload.length)
            mstore(0x00, keccak256(buffer, add(32, payload.length)))
            leaf := keccak256(0x00, 0x20)
        }
        if (path.length > MAX_BATCH_PATH || !MerkleProof.verifyCalldata(path, root, leaf)) revert NotInBatch();
    }

    /// @dev An EVM statement's checks but for its kind, freshness and nonce: its network is a recorded EVM
    /// network of its chain id and the one its address names (at calldata [start, end)), its requester the
    /// sender, and its attestors registered, of the current generation, and satisfying the network's policy.
    function _verifyEvmStatement(EvmViewInput calldata v, bytes[] calldata signatures)
        private
        view
        returns (bytes32 networkHash, uint256 start, uint256 end)
    {
        networkHash = keccak256(bytes(v.networkId));
        Network memory network = networks[networkHash];
        if (network.kind != EVM) revert UnknownNetwork(v.networkId);
        {
            uint256 expectedChainId = chainIds[networkHash];
            if (v.chainId != expectedChainId) revert WrongChainId(expectedChainId, v.chainId);
        }
        (start, end) = _networkSegment(bytes(v.viewAddress));
        if (keccak256(msg.data[start:end]) != networkHash) revert NetworkMismatch();
        _checkRequester(bytes(v.requester));
        _checkPolicy(
            network,
            _verifyAttestations(_attestationDigest(v, networkHash), signatures, networkHash, network.generation)
        );
    }

    /// @dev Verifies a Fabric event (submitFabricEvent) and takes it: its payload handed to `app`
    /// (TAKE_EVENT), or its record to the command module.
    function _takeFabricEvent(bytes calldata prp, Endorsement[] calldata endorsements, address app, uint256 take)
        private
        returns (bytes memory record)
    {
        FabricView memory view_ = _readFabricView(prp);
        _verifyFabricView(prp, endorsements, view_);
        WeftProtobuf.Fields memory taken = _takeEvent(
            msg.data[view_.addressStart:view_.addressEnd],
            msg.data[view_.networkStart:view_.networkEnd],
            msg.data[view_.nonceStart:view_.nonceEnd],
            msg.data[view_.valueStart:view_.valueEnd],
            take == TAKE_EVENT ? app : address(0)
        );
        record = msg.data[taken.start[0]:taken.end[0]];
        if (take != TAKE_EVENT) _handOn(take - 1, view_.networkStart, view_.networkEnd, taken, app);
    }

    /// @dev Verifies an EVM source's log event (submitEvmEvent) and takes it, as _takeFabricEvent does.
    function _takeEvmEvent(EvmViewInput calldata v, bytes[] calldata signatures, address app, uint256 take)
        private
        returns (bytes memory record)
    {
        // A view's statement is not an event: its result is no EventRecord of the stream's.
        if (v.kind != KIND_LOG) revert MalformedView();
        (, uint256 start, uint256 end) = _verifyEvmStatement(v, signatures);
        WeftProtobuf.Fields memory taken = _takeEvent(
            bytes(v.viewAddress), msg.data[start:end], bytes(v.nonce), v.result, take == TAKE_EVENT ? app : address(0)
        );
        record = msg.data[taken.start[0]:taken.end[0]];
        if (take != TAKE_EVENT) _handOn((take - 1) | 1, start, end, taken, app);
    }

    /// @dev Hands a taken record's stream(1), name(3) and payload(4) to the command module, with the event's
    /// source network (calldata [start, end)).
    function _handOn(uint256 mode, uint256 start, uint256 end, WeftProtobuf.Fields memory taken, address app)
        private
    {
        _delegate(
            abi.encodeCall(
                WeftCommands.handle,
                (
                    mode,
                    string(msg.data[start:end]),
                    // The record's stream: the view text of the stream it was taken on (_takeEvent).
                    msg.data[taken.start[1]:taken.end[1]],
                    msg.data[taken.start[3]:taken.end[3]],
                    msg.data[taken.start[4]:taken.end[4]],
                    app
                )
            )
        );
    }

    /// @dev Runs `data` on the command module in this contract's context; its revert is this call's.
    function _delegate(bytes memory data) private {
        address module = COMMANDS;
        assembly ("memory-safe") {
            if iszero(delegatecall(gas(), module, add(data, 32), mload(data), 0, 0)) {
                let p := mload(0x40)
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
        }
    }

    /// @dev Takes an event of `value`, a view's value whose proof the caller verified, as the next event of
    /// the stream at `viewAddress` (its network id the calldata slice `networkId` of it) for subscription
    /// `nonce`: the stream must be open and the sender's, and the record taken (_recordOf) must name its view
    /// text and be at its next sequence. Advances the cursor, announces the record and hands its payload to
    /// `app` (unless zero). Returns the record's stream(1), sequence(2), name(3) and payload(4), and its own absolute
    /// calldata offsets as field 0's (which no message has).
    function _takeEvent(
        bytes calldata viewAddress,
        bytes calldata networkId,
        bytes calldata nonce,
        bytes calldata value,
        address app
    ) private returns (WeftProtobuf.Fields memory f) {
        // The stream's next sequence: the record's, once taken.
        uint64 sequence;
        // Scoped: what the application's call needs must stay within reach of the stack.
        {
            uint256 addressEnd = _end(viewAddress);
            bytes32 streamHash = keccak256(msg.data[_start(networkId):addressEnd]);
            bytes32 key = _streamKey(streamHash, nonce);
            {
                uint256 stream = streams[key];
                if (stream == 0) revert StreamNotOpen();
                if (address(uint160(stream)) != msg.sender) revert StreamNotOwned(address(uint160(stream)));
                sequence = uint64(stream >> 160);
            }
            uint256 picked;
            (value, picked) = _recordOf(value, sequence);
            WeftProtobuf.scan(value, (1 << 1) | (1 << 3) | (1 << 4), 1 << 2, f);
            if (keccak256(msg.data[f.start[1]:f.end[1]]) != keccak256(msg.data[_end(networkId) + 1:addressEnd])) {
                revert EventStreamMismatch();
            }
            // A varint of at most 64 bits (WeftProtobuf).
            if (uint64(f.start[2]) != sequence || picked > PICKED_IN_RUN) {
                _refuse(uint64(f.start[2]), sequence, picked);
            }
            // The owner is the sender. Checked: a stream's last event is of sequence 2^64 - 2.
            streams[key] = uint256(uint160(msg.sender)) | (uint256(sequence + 1) << 160);
            emit EventVerified(streamHash, sequence, value);
            (f.start[0], f.end[0]) = (_start(value), _end(value));
        }
        // Last: the application's call may re-enter, and everything this event changes is written.
        if (app != address(0)) {
            IWeftEventReceiver(app).onVerifiedEvent(
                string(networkId), string(viewAddress), sequence, msg.data[f.start[4]:f.end[4]]
            );
        }
    }

    /// @dev Refuses the record of sequence `got` that _recordOf picked (`picked`) for a stream at `next`.
    function _refuse(uint64 got, uint64 next, uint256 picked) private pure {
        // A run's record at next's place that is not next, or its last record at or after next while next
        // lies past the run's end: the run is not consecutive.
        if (picked == PICKED_IN_RUN || (picked == PICKED_LAST && got >= next)) revert EventRunInvalid();
        if (got < next) revert EventReplayed(next, got);
        revert EventGap(next, got);
    }

    /// @dev The record of `value` that decides what a stream at sequence `next` takes, and which it is
    /// (PICKED_*): `value` itself when it is one EventRecord; when it is a run (its first field is RUN_FIELD,
    /// no field of a record), the run's record at next's place, were the run consecutive (index next - the
    /// first record's sequence), or else its first record (next comes before the run: a gap) or its last
    /// (next comes after it: a replay), as proofs/events.ts nextOfRun picks it. The caller checks the
    /// record's stream and sequence; here: the run holds at most MAX_RUN records, well formed as its fields
    /// (each record is walked only where read).
    /// Sound without reading the other records: the whole value is proven, so each of its records is; the
    /// record taken is the one at next, of the stream's view text, and each other one is taken, if ever, by a
    /// submission of its own under the same checks. Checking every record's place and stream (what weft's
    /// off-chain decoder does) would cost a walk of each and decide nothing taken here.
    function _recordOf(bytes calldata value, uint64 next)
        private
        pure
        returns (bytes calldata record, uint256 picked)
    {
        bool run;
        // A first key of one byte is of a field below 16, a record's: only a longer one may be a run's.
        assembly ("memory-safe") {
            run := and(gt(value.length, 0), gt(byte(0, calldataload(value.offset)), 0x7f))
        }
        if (!run) return (value, PICKED_RECORD);
        (bool found, uint256 firstStart, uint256 firstEnd) = WeftProtobuf.head(value, RUN_FIELD);
        if (!found) return (value, PICKED_RECORD);
        // The first record's sequence places the record to take; that record is walked whole and checked.
        (, uint256 first) = WeftProtobuf.firstVarint(msg.data[firstStart:firstEnd], 2);
        uint256 index = next >= first ? next - first : type(uint256).max;
        (uint256 count, uint256 start, uint256 end) = WeftProtobuf.repeated(value, RUN_FIELD, index);
        if (count > MAX_RUN) revert EventRunInvalid();
        if (index < count) return (msg.data[start:end], PICKED_IN_RUN);
        if (next < first) return (msg.data[firstStart:firstEnd], PICKED_FIRST);
        (, start, end) = WeftProtobuf.repeated(value, RUN_FIELD, count - 1);
        return (msg.data[start:end], PICKED_LAST);
    }

    /// @dev ProposalResponsePayload.extension(2) = ChaincodeAction{response(3) = Response{status(1),
    /// payload(3) = InteropPayload{payload(1), address(2), confidential(3), requestor_certificate(4),
    /// nonce(5), source_time_ms(6)}}, chaincode_id(4) = ChaincodeID{name(2)}}.
    function _readFabricView(bytes calldata prp) internal pure returns (FabricView memory view_) {
        WeftProtobuf.Fields memory f;
        (uint256 start, uint256 end) = _readAction(prp, f, view_);
        _readInteropPayload(start, end, view_);
    }

    /// @dev A batch view's reading: its prp's ChaincodeAction as _readFabricView reads it, whose response
    /// payload is a weft.batch.EndorsedBatch{scheme(16) = "weft-batch-v1", root(17)}, each once, the root of
    /// 32 bytes; the leaf's path to that root; then the leaf's InteropPayload, as _readFabricView reads one.
    function _readFabricBatchView(
        bytes calldata prp,
        bytes calldata leafPayload,
        bytes32 salt,
        bytes32[] calldata path
    ) private pure returns (FabricView memory view_, bytes32 root) {
        WeftProtobuf.Fields memory f;
        (uint256 start, uint256 end) = _readAction(prp, f, view_);
        root = _batchRoot(msg.data[start:end]);
        _checkInBatch(root, leafPayload, salt, path);
        _readInteropPayload(_start(leafPayload), _end(leafPayload), view_);
    }

    /// @dev The root of an EndorsedBatch; NotABatch for any other message (an InteropPayload has neither field).
    function _batchRoot(bytes calldata batch) private pure returns (bytes32) {
        (uint256 count, uint256 start, uint256 end) = WeftProtobuf.repeated(batch, BATCH_SCHEME_FIELD, 0);
        if (count != 1 || keccak256(msg.data[start:end]) != BATCH_SCHEME_HASH) revert NotABatch();
        (count, start, end) = WeftProtobuf.repeated(batch, BATCH_ROOT_FIELD, 0);
        if (count != 1 || end - start != 32) revert NotABatch();
        return bytes32(msg.data[start:end]);
    }

    /// @dev The endorsed ChaincodeAction of `prp`: its chaincode's name hash (into `view_`), and the absolute
    /// calldata offsets of its response's payload, the response's status 200 (else ChaincodeFailed).
    function _readAction(bytes calldata prp, WeftProtobuf.Fields memory f, FabricView memory view_)
        private
        pure
        returns (uint256, uint256)
    {
        WeftProtobuf.scan(prp, 1 << 2, 0, f);
        WeftProtobuf.scan(msg.data[f.start[2]:f.end[2]], (1 << 3) | (1 << 4), 0, f);
        uint256 responseStart = f.start[3];
        uint256 responseEnd = f.end[3];
        WeftProtobuf.scan(msg.data[f.start[4]:f.end[4]], 1 << 2, 0, f);
        view_.chaincodeHash = bytes20(keccak256(msg.data[f.start[2]:f.end[2]]));
        WeftProtobuf.scan(msg.data[responseStart:responseEnd], 1 << 3, 1 << 1, f);
        int32 status = int32(uint32(f.start[1]));
        if (status != 200) revert ChaincodeFailed(status);
        return (f.start[3], f.end[3]);
    }

    /// @dev The InteropPayload at calldata [start, end) into `view_` (fresh: zeros): not confidential, with a
    /// source time, its address naming a network.
    function _readInteropPayload(uint256 start, uint256 end, FabricView memory view_) private pure {
        if (!_readCanonicalInterop(start, end, view_)) {
            WeftProtobuf.Fields memory f;
            WeftProtobuf.scan(
                msg.data[start:end], (1 << 1) | (1 << 2) | (1 << 4) | (1 << 5), (1 << 3) | (1 << 6), f
            );
            if (f.start[3] != 0) revert ConfidentialNotSupported();
            view_.sourceTimeMs = f.start[6];
            (view_.valueStart, view_.valueEnd) = (f.start[1], f.end[1]);
            (view_.addressStart, view_.addressEnd) = (f.start[2], f.end[2]);
            (view_.requesterStart, view_.requesterEnd) = (f.start[4], f.end[4]);
            (view_.nonceStart, view_.nonceEnd) = (f.start[5], f.end[5]);
        }
        if (view_.sourceTimeMs == 0) revert MissingSourceTime();
        (view_.networkStart, view_.networkEnd) = _networkSegment(_slice(view_.addressStart, view_.addressEnd));
    }

    /// @dev WeftProtobuf.scan's reading of an InteropPayload, for the bytes canonical encoders write: fields 1,
    /// 2, 4 and 5 (each optional, lengths of one or two bytes) then 6 (a varint of at most 8 bytes), in that
    /// order and nothing else, up to `end`. Those bytes scan reads the same; for any other (confidential,
    /// unknown, repeated or reordered fields, malformed bytes) this returns false and scan decides. A view's
    /// InteropPayload read here costs a sixth of scan's walk.
    function _readCanonicalInterop(uint256 start, uint256 end, FabricView memory view_)
        private
        pure
        returns (bool canonical)
    {
        assembly ("memory-safe") {
            // Field `key` (length-delimited) at i, when there: its content's offsets into the words at `at`,
            // `at` + 32. Returns the offset after it, i when it is absent, 0 when it is not as canonical.
            function field(i, e, key, at) -> next {
                next := i
                let w := calldataload(i)
                if and(lt(i, e), eq(byte(0, w), key)) {
                    let size := byte(1, w)
                    let content := add(i, 2)
                    if gt(size, 0x7f) {
                        let c := byte(2, w)
                        size := or(and(size, 0x7f), shl(7, c))
                        // A length of three bytes or more: not read here (the content pushed past e).
                        content := add(add(i, 3), mul(gt(c, 0x7f), e))
                    }
                    next := add(content, size)
                    mstore(at, content)
                    mstore(add(at, 0x20), next)
                    if gt(next, e) { next := 0 }
                }
            }
            // FabricView's words: value 0-1, address 2-3, requester 4-5, nonce 6-7, source time 10.
            let i := field(start, end, 0x0a, view_)
            if i { i := field(i, end, 0x12, add(view_, 0x40)) }
            if i { i := field(i, end, 0x22, add(view_, 0x80)) }
            if i { i := field(i, end, 0x2a, add(view_, 0xc0)) }
            let w := calldataload(i)
            // 0 < i < end: a field 6 follows a canonical run.
            if and(lt(sub(i, 1), sub(end, 1)), eq(byte(0, w), 0x30)) {
                // The varint's 8 first bytes, byte 0 highest; n: the index of the first without its high bit.
                w := and(shr(184, w), 0xffffffffffffffff)
                let stops := and(not(w), 0x8080808080808080)
                let n := 0
                if iszero(shr(32, stops)) {
                    n := 4
                    stops := shl(32, stops)
                }
                if iszero(shr(48, stops)) {
                    n := add(n, 2)
                    stops := shl(16, stops)
                }
                if iszero(shr(56, stops)) { n := add(n, 1) }
                // Past the message, or no end within 8 bytes: not here.
                i := mul(add(i, add(n, 2)), and(lt(add(i, add(n, 1)), end), iszero(iszero(stops))))
                // Bytes 0 to n, byte 0 lowest, then their 7-bit groups packed.
                w := or(shl(8, and(w, 0x00ff00ff00ff00ff)), and(shr(8, w), 0x00ff00ff00ff00ff))
                w := or(shl(16, and(w, 0x0000ffff0000ffff)), and(shr(16, w), 0x0000ffff0000ffff))
                w := or(shl(32, w), shr(32, w))
                w := and(w, and(sub(shl(shl(3, add(n, 1)), 1), 1), 0x7f7f7f7f7f7f7f7f))
                w := or(and(w, 0x007f007f007f007f), shr(1, and(w, 0x7f007f007f007f00)))
                w := or(and(w, 0x00003fff00003fff), shr(2, and(w, 0x3fff00003fff0000)))
                mstore(add(view_, 0x140), or(and(w, 0x000000000fffffff), shr(4, and(w, 0x0fffffff00000000))))
            }
            canonical := and(iszero(iszero(i)), eq(i, end))
        }
    }

    /// @dev Absolute calldata offsets of the network id in a view address `host:port/network-id/view`.
    function _networkSegment(bytes calldata viewAddress) internal pure returns (uint256 start, uint256 end) {
        bool malformed;
        assembly ("memory-safe") {
            // The offset of the first '/' in [p, e), else e; 32 bytes per step.
            function slash(p, e) -> q {
                q := e
                for {} lt(p, e) { p := add(p, 32) } {
                    let w := xor(calldataload(p), 0x2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f)
                    // The high bit of each byte that is zero in w (no carry crosses a byte).
                    let low7 := 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
                    let found := and(not(or(add(and(w, low7), low7), w)), not(low7))
                    if found {
                        // The first (most significant) flagged byte, by halving.
                        let index := 0
                        if iszero(shr(128, found)) {
                            index := 16
                            found := shl(128, found)
                        }
                        if iszero(shr(192, found)) {
                            index := add(index, 8)
                            found := shl(64, found)
                        }
                        if iszero(shr(224, found)) {
                            index := add(index, 4)
                            found := shl(32, found)
                        }
                        if iszero(shr(240, found)) {
                            index := add(index, 2)
                            found := shl(16, found)
                        }
                        if iszero(shr(248, found)) { index := add(index, 1) }
                        p := add(p, index)
                        if lt(p, e) { q := p }
                        leave
                    }
                }
            }
            let last := add(viewAddress.offset, viewAddress.length)
            start := add(slash(viewAddress.offset, last), 1)
            end := slash(start, last)
            malformed := iszero(and(lt(end, last), lt(start, end)))
        }
        if (malformed) revert InvalidViewAddress();
    }

    /// @dev The requester a view names must be its submitter, as a lower-case 0x address.
    function _checkRequester(bytes calldata requester) private view {
        bool matches;
        assembly ("memory-safe") {
            // The 32 lower-case hex digits of a 128-bit number: each nibble spread to its own byte, then
            // '0' added, and 'a' - '0' - 10 more where the nibble is above 9.
            function hex32(x) -> digits {
                x := and(or(shl(64, x), x), 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff)
                x := and(or(shl(32, x), x), 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff)
                x := and(or(shl(16, x), x), 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff)
                x := and(or(shl(8, x), x), 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
                x := and(or(shl(4, x), x), 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f)
                let above9 := and(
                    shr(4, add(x, 0x0606060606060606060606060606060606060606060606060606060606060606)),
                    0x0101010101010101010101010101010101010101010101010101010101010101
                )
                let zeros := 0x3030303030303030303030303030303030303030303030303030303030303030
                digits := add(add(x, zeros), mul(above9, 0x27))
            }
            let text := mload(0x40)
            let sender := caller()
            mstore(text, "0x")
            mstore(add(text, 2), shl(192, hex32(shr(128, sender))))
            mstore(add(text, 10), hex32(and(sender, 0xffffffffffffffffffffffffffffffff)))
            // Its 42 bytes compared as they are: a word, then the next one's first 10 bytes.
            let at := requester.offset
            matches := and(
                eq(requester.length, 42),
                and(
                    eq(calldataload(at), mload(text)),
                    eq(shr(176, calldataload(add(at, 32))), shr(176, mload(add(text, 32))))
                )
            )
        }
        if (!matches) revert WrongRequester();
    }

    /// @dev The orgs (bitmap of org indexes) whose endorsements verified; reverts on any that does not.
    function _verifyEndorsements(
        bytes calldata prp,
        Endorsement[] calldata endorsements,
        bytes32 networkHash,
        uint32 generation
    ) private view returns (uint256 orgs) {
        mapping(bytes32 => uint256) storage keys = endorsers[networkHash];
        for (uint256 i; i < endorsements.length; ++i) {
            Endorsement calldata endorsement = endorsements[i];
            uint256 record = keys[endorsement.keyId];
            if (record == 0 || uint32(record >> 168) != generation) revert UnknownEndorser(endorsement.keyId);
            if (uint256(endorsement.s) > P256_HALF_N) revert HighS(i);
            if (!_verifyEndorsement(prp, record, endorsement)) revert BadSignature(i);
            orgs |= 1 << uint8(record >> 160);
        }
    }

    /// @dev Checks one endorsement: ECDSA P-256 over sha256(prp ‖ identity), with the endorser's identity
    /// and key read from its code.
    function _verifyEndorsement(bytes calldata prp, uint256 record, Endorsement calldata endorsement)
        private
        view
        returns (bool)
    {
        address pointer = address(uint160(record));
        uint256 identityLength = uint24(record >> 200);
        bytes32 digest;
        bytes32 x;
        bytes32 y;
        assembly ("memory-safe") {
            // Scratch memory past the free pointer: prp ‖ identity ‖ x ‖ y.
            let buffer := mload(0x40)
            calldatacopy(buffer, prp.offset, prp.length)
            let tail := add(buffer, prp.length)
            extcodecopy(pointer, tail, 1, add(identityLength, 64))
            // sha256 is a precompile on every chain; it fails only when out of gas.
            if iszero(staticcall(gas(), 0x02, buffer, add(prp.length, identityLength), 0x00, 0x20)) {
                revert(0, 0)
            }
            digest := mload(0x00)
            x := mload(add(tail, identityLength))
            y := mload(add(tail, add(identityLength, 32)))
        }
        return _verifyP256(digest, endorsement.r, endorsement.s, x, y);
    }

    /// @dev OpenZeppelin's P256.verify: the precompile's yes is final (the key was checked when registered, s
    /// by the caller, r by the precompile); anything else is asked of the annex, which tells a missing
    /// precompile from a refusal and falls back to Solidity.
    function _verifyP256(bytes32 digest, bytes32 r, bytes32 s, bytes32 x, bytes32 y) private view returns (bool) {
        bool valid;
        assembly ("memory-safe") {
            let input := mload(0x40)
            mstore(input, digest)
            mstore(add(input, 0x20), r)
            mstore(add(input, 0x40), s)
            mstore(add(input, 0x60), x)
            mstore(add(input, 0x80), y)
            // A missing precompile, or a refusal, returns nothing: the scratch word stays 0.
            mstore(0x00, 0)
            if iszero(staticcall(gas(), 0x100, input, 0xa0, 0x00, 0x20)) { revert(0, 0) }
            valid := eq(mload(0x00), 1)
        }
        return valid || WeftInteropAnnex(ANNEX).verify(digest, r, s, x, y);
    }

    function _verifyAttestations(bytes32 digest, bytes[] calldata signatures, bytes32 networkHash, uint32 generation)
        private
        view
        returns (uint256 orgs)
    {
        mapping(address => uint256) storage members = attestors[networkHash];
        for (uint256 i; i < signatures.length; ++i) {
            address signer = _recover(digest, signatures[i], i);
            uint256 record = members[signer];
            if (record == 0 || uint32(record >> 8) != generation) revert UnknownAttestor(signer);
            orgs |= 1 << uint8(record);
        }
    }

    function _attestationDigest(EvmViewInput calldata v, bytes32 networkHash) private view returns (bytes32) {
        bytes32[13] memory words;
        words[0] = ATTESTATION_TYPEHASH;
        words[1] = networkHash;
        words[2] = bytes32(v.chainId);
        words[3] = bytes32(uint256(v.blockNumber));
        words[4] = v.blockHash;
        words[5] = bytes32(uint256(v.blockTimestamp));
        words[6] = keccak256(bytes(v.viewAddress));
        words[7] = bytes32(uint256(uint160(v.target)));
        words[8] = bytes32(uint256(v.kind));
        words[9] = keccak256(v.callData);
        words[10] = keccak256(v.result);
        words[11] = keccak256(bytes(v.nonce));
        words[12] = keccak256(bytes(v.requester));
        bytes32 structHash;
        assembly ("memory-safe") {
            structHash := keccak256(words, 416)
        }
        return MessageHashUtils.toTypedDataHash(DOMAIN_SEPARATOR, structHash);
    }

    /// @dev The signer of `digest` by a 65-byte signature r ‖ s ‖ v, the `index`th of its view: OpenZeppelin's
    /// recovery, which refuses the high-s twin of a signature (HighS) and any signature it cannot recover
    /// (BadSignature).
    function _recover(bytes32 digest, bytes calldata signature, uint256 index) private pure returns (address) {
        (address signer, ECDSA.RecoverError failure,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (failure == ECDSA.RecoverError.InvalidSignatureS) revert HighS(index);
        if (failure != ECDSA.RecoverError.NoError) revert BadSignature(index);
        return signer;
    }

    /// @dev Checks a single-API answer against its network's trusted party and spends its nonce; returns the
    /// calldata offsets of the network id.
    function _acceptTrustedAnswer(
        string calldata viewAddress,
        string calldata nonce,
        bytes calldata value,
        bytes calldata signature
    ) private returns (uint256 start, uint256 end) {
        (start, end) = _networkSegment(bytes(viewAddress));
        bytes32 networkHash = keccak256(msg.data[start:end]);
        address party = trustedParties[networkHash];
        if (party == address(0)) revert NoTrustedParty(string(msg.data[start:end]));
        address signer = _trustedAnswerSigner(viewAddress, nonce, value, signature);
        if (signer != party) revert UntrustedParty(signer);
        _spend(keccak256(abi.encodePacked(networkHash, nonce)), _commitment(bytes(viewAddress), keccak256(value)));
    }

    /// @dev The signer of a single-API answer; reverts on an ambiguous answer or a malformed or high-s signature.
    function _trustedAnswerSigner(
        string calldata viewAddress,
        string calldata nonce,
        bytes calldata value,
        bytes calldata signature
    ) private pure returns (address signer) {
        if (_hasLineFeed(bytes(viewAddress))) revert InvalidViewAddress();
        if (bytes(nonce).length == 0 || bytes(nonce).length > 256 || _hasLineFeed(bytes(nonce))) {
            revert InvalidNonce();
        }
        bytes32 digest = MessageHashUtils.toEthSignedMessageHash(
            abi.encodePacked("weft-single-api-v1\n", viewAddress, "\n", nonce, "\n", value)
        );
        signer = _recover(digest, signature, 0);
    }

    /// @dev Whether `data` holds a byte 0x0a; 32 bytes per step, bytes past its end ignored.
    function _hasLineFeed(bytes calldata data) private pure returns (bool found) {
        assembly ("memory-safe") {
            let low7 := 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
            let e := add(data.offset, data.length)
            for { let p := data.offset } lt(p, e) { p := add(p, 32) } {
                let w := xor(calldataload(p), 0x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a)
                // The high bit of each byte that is zero in w, i.e. 0x0a in the data (no carry crosses a byte).
                let zeros := and(not(or(add(and(w, low7), low7), w)), not(low7))
                let left := sub(e, p)
                if lt(left, 32) { zeros := and(zeros, not(shr(mul(left, 8), not(0)))) }
                if zeros {
                    found := 1
                    break
                }
            }
        }
    }

    function _checkPolicy(Network memory network, uint256 orgs) private pure {
        if (network.threshold == 0 || _popcount(orgs & network.policyOrgs) < network.threshold) {
            revert PolicyNotSatisfied(orgs);
        }
    }

    function _commitment(bytes calldata viewAddress, bytes32 valueHash) private pure returns (bytes32 commitment) {
        bytes32 addressHash = _hash(viewAddress);
        assembly ("memory-safe") {
            mstore(0x00, addressHash)
            mstore(0x20, valueHash)
            commitment := keccak256(0x00, 0x40)
        }
    }

    /// @dev keccak256(data), hashed where it is copied, past the free pointer: Solidity's keccak256 of calldata
    /// copies it as abi.encodePacked does first, at several times the cost (a view hashes a few).
    function _hash(bytes calldata data) private pure returns (bytes32 hash) {
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            calldatacopy(buffer, data.offset, data.length)
            hash := keccak256(buffer, data.length)
        }
    }

    /// @dev Refuses a view dated more than MAX_FUTURE_MS ahead of this chain's clock, or older than the max
    /// age of the longest pattern its view text (the address after `relay/network-id/`) matches.
    /// `rules`: the network's ageRules, which the caller read.
    function _checkAge(bytes32 networkHash, uint256 rules, bytes calldata text, uint256 sourceTimeMs) private view {
        uint256 nowMs = block.timestamp * 1000;
        if (sourceTimeMs > nowMs + MAX_FUTURE_MS) revert ViewFromFuture(sourceTimeMs, nowMs);
        uint256 maxAgeMs = _maxAge(networkHash, rules, text);
        if (maxAgeMs != 0 && nowMs > sourceTimeMs + maxAgeMs) revert ViewExpired(nowMs - sourceTimeMs, maxAgeMs);
    }

    /// @dev The max age of the longest pattern the view text matches: one lookup per pattern length, longest
    /// first, none past the first hit; "" last, from the rules' own slot.
    function _maxAge(bytes32 networkHash, uint256 rules, bytes calldata text) private view returns (uint256 maxAgeMs) {
        uint256 count = rules & 0xff;
        uint256 previous;
        for (uint256 i; i < count; ++i) {
            uint256 length = uint16(rules >> (8 + 16 * i));
            // Two patterns of one length cannot both match: one lookup serves both.
            if (length == previous || length > text.length) continue;
            previous = length;
            maxAgeMs = maxAges[_prefixedKey(networkHash, text[0:length])];
            if (maxAgeMs != 0) return maxAgeMs;
        }
        return rules >> DEFAULT_AGE_SHIFT;
    }

    /// @dev Refuses a view older than the value recorded for its address (`key`: "network-id/view"), by
    /// height (EVM) or source time (Fabric), an equal one accepted; then records this one.
    function _record(bytes calldata key, uint256 sourceTimeMs, uint64 height, bool byHeight, bytes32 valueHash)
        private
    {
        bytes32 viewKey = _hash(key);
        uint256 record = records[viewKey];
        if (byHeight) {
            if (height < uint64(record >> 64)) revert ViewOutdated(uint64(record >> 64), height);
        } else if (sourceTimeMs < uint64(record)) {
            revert ViewOutdated(uint64(record), sourceTimeMs);
        }
        // sourceTimeMs fits 64 bits: _checkAge bounds it by this chain's clock.
        records[viewKey] = sourceTimeMs | (uint256(height) << 64) | ((uint256(valueHash) >> 128) << 128);
    }

    /// @dev _checkAge and _record for an EVM view (network id at calldata [start, end) of its address): its
    /// source time is its block's, in ms, its height the block number.
    function _checkEvmFreshness(
        EvmViewInput calldata v,
        bytes32 networkHash,
        uint256 start,
        uint256 end,
        bytes32 valueHash
    ) private {
        uint256 sourceTimeMs = uint256(v.blockTimestamp) * 1000;
        uint256 addressEnd = _end(bytes(v.viewAddress));
        _checkAge(networkHash, ageRules[networkHash], msg.data[end + 1:addressEnd], sourceTimeMs);
        _record(msg.data[start:addressEnd], sourceTimeMs, v.blockNumber, true, valueHash);
    }

    /// @dev The key of `records` for a view address `relay/network-id/view`: keccak256 of "network-id/view".
    function _viewKey(string calldata viewAddress) private pure returns (bytes32) {
        (uint256 start,) = _networkSegment(bytes(viewAddress));
        return keccak256(msg.data[start:_end(bytes(viewAddress))]);
    }

    /// @dev keccak256(networkHash ‖ data): the key of a pattern (maxAges) or of a nonce (spent).
    function _prefixedKey(bytes32 networkHash, bytes calldata data) private pure returns (bytes32 key) {
        assembly ("memory-safe") {
            // Scratch memory past the free pointer: networkHash ‖ data.
            let buffer := mload(0x40)
            mstore(buffer, networkHash)
            calldatacopy(add(buffer, 32), data.offset, data.length)
            key := keccak256(buffer, add(32, data.length))
        }
    }

    /// @dev The absolute calldata offset of `data`.
    function _start(bytes calldata data) private pure returns (uint256 start) {
        assembly ("memory-safe") {
            start := data.offset
        }
    }

    /// @dev The absolute calldata offset just past `data`.
    function _end(bytes calldata data) private pure returns (uint256 end) {
        assembly ("memory-safe") {
            end := add(data.offset, data.length)
        }
    }

    /// @dev The key of `streams`: the stream's hash (keccak256 of "network-id/view"), a fixed 32 bytes, then
    /// the nonce, so no two (stream, nonce) pairs share one.
    function _streamKey(bytes32 streamHash, bytes calldata nonce) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(streamHash, nonce));
    }

    /// @dev Spends a nonce (`key`), recording what it was spent on.
    function _spend(bytes32 key, bytes32 commitment) private {
        if (spent[key] != 0) revert NonceReplayed();
        spent[key] = commitment;
    }

    /// @dev Announces the value and hands it to the application last (its call may re-enter; everything this
    /// view changes is already written).
    function _deliver(string calldata networkId, string calldata viewAddress, bytes calldata value, address app)
        private
    {
        emit ViewVerified(networkId, _hash(bytes(viewAddress)), value);
        if (app != address(0)) IWeftReceiver(app).onVerifiedView(networkId, viewAddress, value);
    }

    function _registerNetwork(string calldata networkId, uint8 kind, string[] calldata orgs)
        private
        returns (bytes32 networkHash)
    {
        bytes memory id = bytes(networkId);
        if (id.length == 0 || orgs.length == 0 || orgs.length > MAX_ORGS) revert InvalidRegistration();
        for (uint256 i; i < id.length; ++i) {
            if (id[i] == "/") revert InvalidRegistration();
        }
        networkHash = keccak256(id);
        Network storage network = networks[networkHash];
        uint32 generation = network.generation + 1;
        for (uint256 i; i < orgs.length; ++i) {
            bytes32 slot = _orgSlot(networkHash, generation, orgs[i]);
            if (bytes(orgs[i]).length == 0 || orgIndexes[slot] != 0) revert InvalidRegistration();
            orgIndexes[slot] = i + 1;
        }
        networks[networkHash] = Network({
            kind: kind,
            threshold: uint8(orgs.length),
            policyOrgs: uint32((uint256(1) << orgs.length) - 1),
            generation: generation,
            chaincodeHash: bytes20(0)
        });
        _bumpEpoch(networkHash);
    }

    /// @dev Lapses every batch root recorded for the network. 2^56 bumps would reach the max age of "": no
    /// owner sends that many transactions.
    function _bumpEpoch(bytes32 networkHash) private {
        ageRules[networkHash] += 1 << EPOCH_SHIFT;
    }

    /// @dev The trust epoch kept in `rules` (a network's ageRules).
    function _epoch(uint256 rules) private pure returns (uint256) {
        return (rules >> EPOCH_SHIFT) & EPOCH_MASK;
    }

    function _network(bytes32 networkHash, string calldata networkId, uint8 kind)
        private
        view
        returns (Network storage network)
    {
        network = networks[networkHash];
        if (network.kind != kind) revert UnknownNetwork(networkId);
    }

    function _orgSlot(bytes32 networkHash, uint32 generation, string calldata org) private pure returns (bytes32) {
        return keccak256(abi.encode(networkHash, generation, keccak256(bytes(org))));
    }

    function _orgIndex(bytes32 networkHash, uint32 generation, string calldata org) private view returns (uint256) {
        uint256 indexPlusOne = orgIndexes[_orgSlot(networkHash, generation, org)];
        if (indexPlusOne == 0) revert UnknownOrg(org);
        return indexPlusOne - 1;
    }

    function _popcount(uint256 bits) private pure returns (uint256 count) {
        for (; bits != 0; bits &= bits - 1) ++count;
    }

    /// @dev Deploys `data` as the code of a new contract, behind a STOP byte so that calling it does nothing.
    function _writeCode(bytes memory data) private returns (address pointer) {
        // PUSH4 size, DUP1, PUSH1 14, PUSH1 0, CODECOPY, PUSH1 0, RETURN: returns the 14 bytes' tail.
        bytes memory creation = abi.encodePacked(hex"63", uint32(data.length + 1), hex"80600e6000396000f300", data);
        assembly ("memory-safe") {
            pointer := create(0, add(creation, 32), mload(creation))
        }
        if (pointer == address(0)) revert InvalidRegistration();
    }
}

/// @title Code of WeftInterop's that its size (EIP-170) leaves no room for, deployed by it and called by it:
/// OpenZeppelin's P256 verification (its Solidity fallback for chains without the P256VERIFY precompile), and
/// the governance's pure steps. Stateless: any account may call it, to no effect on WeftInterop.
contract WeftInteropAnnex {
    /// As WeftInterop's.
    uint256 private constant MAX_AGE_PATTERNS = 8;
    uint256 private constant EPOCH_SHIFT = 136;

    function verify(bytes32 digest, bytes32 r, bytes32 s, bytes32 x, bytes32 y) external view returns (bool) {
        return P256.verify(digest, r, s, x, y);
    }

    function isValidPublicKey(bytes32 x, bytes32 y) external pure returns (bool) {
        return P256.isValidPublicKey(x, y);
    }

    /// @notice `rules` (WeftInterop.ageRules' layout) with one pattern length added (kept longest first) or removed.
    function withLength(uint256 rules, uint256 length, bool add) external pure returns (uint256 updated) {
        uint256 count = rules & 0xff;
        if (add && count == MAX_AGE_PATTERNS) revert WeftInterop.TooManyPatterns();
        // The max age of "" and the trust epoch are kept; the count and lengths rebuilt.
        updated = rules & (~uint256(0) << EPOCH_SHIFT);
        uint256 n;
        bool pending = true;
        for (uint256 i; i < count; ++i) {
            uint256 entry = uint16(rules >> (8 + 16 * i));
            if (pending && add && length >= entry) {
                updated |= length << (8 + 16 * n++);
                pending = false;
            } else if (pending && !add && length == entry) {
                pending = false;
                continue;
            }
            updated |= entry << (8 + 16 * n++);
        }
        if (pending && add) updated |= length << (8 + 16 * n++);
        updated |= n;
    }
}
