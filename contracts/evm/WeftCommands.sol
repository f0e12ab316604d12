// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @title An application that runs commands of other networks (proofs/commands.ts), verified by WeftInterop.
interface IWeftCommandTarget {
    /// @notice Runs command `id` of `sourceNetwork`; called once per (source network, id), with a bounded gas.
    /// @return result What the issuer is told back (at most 4,096 bytes are kept).
    function executeCommand(
        string calldata sourceNetwork,
        string calldata id,
        string calldata action,
        string[] calldata args
    ) external returns (string memory result);
}

/// @title An application that issues commands and takes their confirmations, verified by WeftInterop.
interface IWeftCommandIssuer {
    /// @notice The outcome of command `commandId`, as `destinationNetwork` (the network of the stream the
    /// confirmation came on) ran it.
    function onConfirmation(
        string calldata destinationNetwork,
        string calldata commandId,
        bool ok,
        string calldata result
    ) external;
}

/// @title The events and errors of commands, shared by WeftInterop (whose ABI must name them: the module's
/// logs are WeftInterop's and its reverts bubble through it) and its module WeftCommands.
interface IWeftCommandEvents {
    event LocalNetworkSet(string networkId);
    /// @notice The streams whose commands and confirmations are taken of `networkId` from now on: those whose
    /// view text starts with one of `prefixes` (none: nothing is taken of it).
    event CommandSourcesSet(string networkId, string[] prefixes);
    /// @notice A command run: exactly proofs/commands.ts CONFIRMATION_LOG, so its data is the confirmation's
    /// ABI tuple and a log stream can filter on `sourceHash` = keccak256(bytes(source)).
    event CommandExecuted(bytes32 indexed sourceHash, string commandId, string source, bool ok, string result);

    error InvalidNetworkId();
    error LocalNetworkUnset();
    /// The record is not a command (or not a confirmation): another event name, or payload.
    error NotACommand();
    error NotAConfirmation();
    /// Not the canonical ABI tuple, or a field out of proofs/commands.ts bounds.
    error CommandInvalid();
    error CommandMisdirected(string destination);
    error CommandTargetMismatch(string target);
    error ConfirmationMisdirected(string source);
    /// Less gas left than the command's bounded call needs: the submitter may not starve it into a failure.
    error CommandGasTooLow(uint256 gasLeft);
    error NotDelegated();
    /// More than MAX_COMMAND_SOURCES prefixes, or one empty or over 1,024 bytes.
    error InvalidCommandSources();
    /// The event came on a stream of `network` (its view text `stream`) that no command source of that
    /// network's recorded (setCommandSources) begins: another application of it, or none recorded.
    error UntrustedCommandSource(string network, string stream);
}

/// @title Where WeftInterop keeps the state of commands: an ERC-7201 namespace, which its module writes by
/// DELEGATECALL and its views read, so neither collides with WeftInterop's own slots.
library WeftCommandStore {
    uint8 internal constant NOT_RUN = 0;
    /// Marked before the application is called: a re-entrant submission of the same command runs nothing.
    uint8 internal constant RUNNING = 1;
    uint8 internal constant SUCCEEDED = 2;
    uint8 internal constant FAILED = 3;

    struct Outcome {
        uint8 state;
        string result;
    }

    /// The command sources of one remote network (WeftCommands.setCommandSources).
    struct Sources {
        /// The distinct lengths of its prefixes, in one slot: their number (bits 0-7), the generation of the
        /// list (8-39, bumped by every set, so the prefixes of earlier lists lapse) and the lengths (16 bits
        /// each from bit 40): a command's check reads this slot, then one per length tried.
        uint256 lengths;
        /// A code pointer (0x00, then the ABI encoding of the prefixes as set, string[]): what commandSources
        /// returns, never read on a command's path.
        address list;
    }

    /// @custom:storage-location erc7201:weft.storage.commands
    struct Layout {
        /// This network's id, as other networks name it; "" until the owner sets it.
        string localNetwork;
        /// keccak256(keccak256(source network) ‖ command id) => the outcome.
        mapping(bytes32 => Outcome) outcomes;
        /// keccak256(remote network) => its command sources.
        mapping(bytes32 => Sources) sources;
        /// sourceKey(keccak256(remote network), generation, keccak256(prefix)) => whether it is a prefix of the
        /// network's list of that generation.
        mapping(bytes32 => bool) sourcePrefixes;
    }

    /// keccak256(abi.encode(uint256(keccak256("weft.storage.commands")) - 1)) & ~bytes32(uint256(0xff)).
    bytes32 private constant SLOT = 0xe06ac7abe21e3a4f32d718e473b994d08d0f3515371106fb6ab9c7b8d0c2b500;

    function state() internal pure returns (Layout storage l) {
        assembly ("memory-safe") {
            l.slot := SLOT
        }
    }

    function outcomeKey(bytes32 sourceHash, string memory id) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(sourceHash, id));
    }

    function sourceKey(bytes32 networkHash, uint256 generation, bytes32 prefixHash) internal pure returns (bytes32) {
        return keccak256(abi.encode(networkHash, generation, prefixHash));
    }
}

/// @title The command logic of WeftInterop, run by DELEGATECALL in WeftInterop's context.
/// @notice WeftInterop verifies a command's or a confirmation's event and takes it for its subscription, then
/// hands the record's name and payload here: the application's calls come from WeftInterop, the logs are
/// WeftInterop's, and the state lives in WeftInterop's storage (WeftCommandStore).
/// @dev A module of its own because WeftInterop alone is within 2 KB of EIP-170's 24 KiB: WeftInterop deploys
/// it in its constructor (no library linking for deployers), and keeps only thin entry points.
contract WeftCommands is IWeftCommandEvents {
    /// Gas the target application's call gets: a transfer, or a put of about 2 KB, fits.
    uint256 public constant COMMAND_GAS = 2_000_000;
    /// proofs/commands.ts bounds.
    uint256 private constant MAX_ID_BYTES = 128;
    uint256 private constant MAX_NETWORK_BYTES = 256;
    uint256 private constant MAX_ACTION_BYTES = 64;
    uint256 private constant MAX_ARGS = 16;
    uint256 private constant MAX_TEXT_BYTES = 4096;
    uint256 private constant MAX_DEADLINE_MS = 2 ** 53 - 1;
    /// The most command sources (stream prefixes) of one remote network, and the longest prefix, in bytes.
    uint256 public constant MAX_COMMAND_SOURCES = 8;
    uint256 private constant MAX_PREFIX_BYTES = 1024;
    /// What handle's `mode` says: bit 0, the event came from an EVM source (else Fabric); bit 1, it is a
    /// confirmation (else a command).
    uint256 internal constant FROM_EVM = 1;
    uint256 internal constant CONFIRMATION = 2;

    bytes32 private constant COMMAND_TOPIC =
        keccak256("CommandIssued(bytes32,string,string,string,string,string[],uint64)");
    bytes32 private constant CONFIRMATION_TOPIC = keccak256("CommandExecuted(bytes32,string,string,bool,string)");
    /// What an EVM log record is named: its topic0 as lower-case 0x hex (ledgers/evm/log-event.ts); hashed once.
    bytes32 private immutable COMMAND_NAME_HASH;
    bytes32 private immutable CONFIRMATION_NAME_HASH;
    address private immutable SELF;

    constructor() {
        COMMAND_NAME_HASH = keccak256(bytes(Strings.toHexString(uint256(COMMAND_TOPIC), 32)));
        CONFIRMATION_NAME_HASH = keccak256(bytes(Strings.toHexString(uint256(CONFIRMATION_TOPIC), 32)));
        SELF = address(this);
    }

    /// @dev Called directly, the module would act on its own storage, where no application trusts it; refused.
    modifier onlyDelegated() {
        if (address(this) == SELF) revert NotDelegated();
        _;
    }

    /// @notice WeftInterop's setLocalNetwork, past its owner check: 1 to 256 bytes, no '/'.
    function setLocalNetwork(string calldata networkId) external onlyDelegated {
        bytes calldata id = bytes(networkId);
        if (id.length == 0 || id.length > MAX_NETWORK_BYTES) revert InvalidNetworkId();
        for (uint256 i; i < id.length; ++i) {
            if (id[i] == "/") revert InvalidNetworkId();
        }
        WeftCommandStore.state().localNetwork = networkId;
        emit LocalNetworkSet(networkId);
    }

    /// @notice WeftInterop's setCommandSources, past its owner check: replaces the command sources of
    /// `networkId` with `prefixes` (at most MAX_COMMAND_SOURCES, each 1 to 1,024 bytes; none: nothing is
    /// taken of it).
    function setCommandSources(string calldata networkId, string[] calldata prefixes) external onlyDelegated {
        if (bytes(networkId).length == 0 || bytes(networkId).length > MAX_NETWORK_BYTES) revert InvalidNetworkId();
        if (prefixes.length > MAX_COMMAND_SOURCES) revert InvalidCommandSources();
        bytes32 networkHash = keccak256(bytes(networkId));
        WeftCommandStore.Layout storage s = WeftCommandStore.state();
        WeftCommandStore.Sources storage sources = s.sources[networkHash];
        uint256 generation = uint32((sources.lengths >> 8) + 1);
        // The distinct lengths: a command's check hashes its stream's beginning once per length.
        uint256[] memory lengths = new uint256[](prefixes.length);
        uint256 count;
        for (uint256 i; i < prefixes.length; ++i) {
            uint256 length = bytes(prefixes[i]).length;
            if (length == 0 || length > MAX_PREFIX_BYTES) revert InvalidCommandSources();
            s.sourcePrefixes[WeftCommandStore.sourceKey(networkHash, generation, keccak256(bytes(prefixes[i])))] =
                true;
            uint256 j;
            while (j < count && lengths[j] != length) ++j;
            if (j == count) lengths[count++] = length;
        }
        uint256 packed = count | (generation << 8);
        for (uint256 i; i < count; ++i) {
            packed |= lengths[i] << (40 + 16 * i);
        }
        sources.lengths = packed;
        sources.list = _writeCode(abi.encode(prefixes));
        emit CommandSourcesSet(networkId, prefixes);
    }

    /// @notice The command sources of `networkId`, as last set (none before); WeftInterop's, by its fallback.
    function commandSources(string calldata networkId) external view onlyDelegated returns (string[] memory) {
        address list = WeftCommandStore.state().sources[keccak256(bytes(networkId))].list;
        if (list == address(0)) return new string[](0);
        // The list's ABI encoding as set is this call's return data: the pointer's code past its 0x00.
        assembly ("memory-safe") {
            let size := sub(extcodesize(list), 1)
            let p := mload(0x40)
            extcodecopy(list, p, 1, size)
            return(p, size)
        }
    }

    /// @dev A new contract whose code is 0x00 (STOP: it runs nothing) then `data`, as WeftInterop's endorser
    /// records are written.
    function _writeCode(bytes memory data) private returns (address pointer) {
        // PUSH4 size, DUP1, PUSH1 14, PUSH1 0, CODECOPY, PUSH1 0, RETURN: returns the 14 bytes' tail.
        bytes memory creation = abi.encodePacked(hex"63", uint32(data.length + 1), hex"80600e6000396000f300", data);
        assembly ("memory-safe") {
            pointer := create(0, add(creation, 32), mload(creation))
        }
        if (pointer == address(0)) revert InvalidCommandSources();
    }

    /// @dev Refuses an event of `network` whose stream (its view text) no command source of that network
    /// begins (UntrustedCommandSource): one SLOAD, then a hash and an SLOAD per distinct prefix length tried.
    function _checkSource(string calldata network, bytes calldata stream) private view {
        bytes32 networkHash = keccak256(bytes(network));
        WeftCommandStore.Layout storage s = WeftCommandStore.state();
        uint256 packed = s.sources[networkHash].lengths;
        uint256 generation = uint32(packed >> 8);
        for (uint256 i; i < (packed & 0xff); ++i) {
            uint256 length = uint16(packed >> (40 + 16 * i));
            if (
                length <= stream.length
                    && s.sourcePrefixes[WeftCommandStore.sourceKey(networkHash, generation, keccak256(stream[:length]))]
            ) return;
        }
        revert UntrustedCommandSource(network, string(stream));
    }

    /// @notice Runs a command or delivers a confirmation whose event WeftInterop verified and took: `network`
    /// is the event's source network, `stream` the view text of the stream it came on (which must be one of
    /// the network's command sources), `name` and `payload` its record's.
    function handle(
        uint256 mode,
        string calldata network,
        bytes calldata stream,
        bytes calldata name,
        bytes calldata payload,
        address app
    ) external onlyDelegated {
        _checkSource(network, stream);
        bool confirmation = mode & CONFIRMATION != 0;
        bytes memory tuple;
        // The network the tuple is addressed to, as the log's indexed topic hashes it (EVM sources only).
        bytes32 addressedHash;
        if (mode & FROM_EVM != 0) {
            (tuple, addressedHash) = _logData(name, payload, confirmation);
        } else {
            // A Fabric outbox's stream is per peer network (proofs/commands.ts): `Command.<this network>`,
            // `CommandExecuted.<this network>`; another network's is not this one's to take.
            bytes memory expected = abi.encodePacked(
                confirmation ? "CommandExecuted." : "Command.", WeftCommandStore.state().localNetwork
            );
            if (keccak256(name) != keccak256(expected)) _notOne(confirmation);
            tuple = payload;
        }
        if (confirmation) _confirm(network, tuple, addressedHash, app);
        else _run(network, tuple, addressedHash, app);
    }

    /// @dev An EVM record is named by its topic0 and its payload is ABI (bytes32[] topics, bytes data): the
    /// topics must be the log's (topic0, then the hash of the network it is addressed to), the data the tuple.
    function _logData(bytes calldata name, bytes calldata payload, bool confirmation)
        private
        view
        returns (bytes memory data, bytes32 addressedHash)
    {
        if (keccak256(name) != (confirmation ? CONFIRMATION_NAME_HASH : COMMAND_NAME_HASH)) _notOne(confirmation);
        bytes32[] memory topics;
        (topics, data) = abi.decode(payload, (bytes32[], bytes));
        if (topics.length != 2 || topics[0] != (confirmation ? CONFIRMATION_TOPIC : COMMAND_TOPIC)) {
            _notOne(confirmation);
        }
        addressedHash = topics[1];
    }

    function _notOne(bool confirmation) private pure {
        if (confirmation) revert NotAConfirmation();
        revert NotACommand();
    }

    /// @dev This network's id, hashed; LocalNetworkUnset until the owner sets it.
    function _localHash() private view returns (bytes32) {
        string storage local = WeftCommandStore.state().localNetwork;
        if (bytes(local).length == 0) revert LocalNetworkUnset();
        return keccak256(bytes(local));
    }

    struct Command {
        string id;
        string destination;
        string target;
        string action;
        string[] args;
        uint64 deadlineMs;
    }

    /// @notice The command of `tuple`, canonical only, as proofs/commands.ts decodes it: no other bytes pass
    /// for the same command, and none pass here that weft's other verifiers refuse.
    /// @dev External, and called by the module on itself (STATICCALL, its address warm already): abi.decode
    /// reverts without data on malformed bytes, and a call's failure can be caught as CommandInvalid.
    function decodeCommand(bytes calldata tuple) external pure returns (Command memory c) {
        (c.id, c.destination, c.target, c.action, c.args, c.deadlineMs) =
            abi.decode(tuple, (string, string, string, string, string[], uint64));
        if (
            keccak256(abi.encode(c.id, c.destination, c.target, c.action, c.args, c.deadlineMs))
                != keccak256(tuple)
        ) {
            revert CommandInvalid();
        }
        _checkCommand(c);
    }

    /// @dev `target` names `app` when it is app's address as 0x and 40 lower-case hex digits (OpenZeppelin's
    /// Strings.toHexString(address)): one spelling, so one command never names an app two ways.
    function _run(string calldata source, bytes memory tuple, bytes32 addressedHash, address app) private {
        Command memory c;
        try WeftCommands(SELF).decodeCommand(tuple) returns (Command memory decoded) {
            c = decoded;
        } catch {
            revert CommandInvalid();
        }
        bytes32 destinationHash = keccak256(bytes(c.destination));
        if (addressedHash != 0 && addressedHash != destinationHash) revert CommandInvalid();
        if (destinationHash != _localHash()) revert CommandMisdirected(c.destination);
        if (keccak256(bytes(c.target)) != keccak256(bytes(Strings.toHexString(app)))) {
            revert CommandTargetMismatch(c.target);
        }
        bytes32 sourceHash = keccak256(bytes(source));
        WeftCommandStore.Outcome storage outcome =
            WeftCommandStore.state().outcomes[WeftCommandStore.outcomeKey(sourceHash, c.id)];
        // Run once per (source network, id): another subscription's copy of the event is taken, not run.
        if (outcome.state != WeftCommandStore.NOT_RUN) return;
        // Marked first: the application's call may re-enter.
        outcome.state = WeftCommandStore.RUNNING;
        (bool ok, string memory result) =
            _execute(app, abi.encodeCall(IWeftCommandTarget.executeCommand, (source, c.id, c.action, c.args)));
        outcome.state = ok ? WeftCommandStore.SUCCEEDED : WeftCommandStore.FAILED;
        outcome.result = result;
        emit CommandExecuted(sourceHash, c.id, source, ok, result);
    }

    function _checkCommand(Command memory c) private pure {
        bool bad = !_inBounds(c.id, MAX_ID_BYTES) || !_inBounds(c.destination, MAX_NETWORK_BYTES)
            || !_inBounds(c.target, MAX_NETWORK_BYTES) || !_inBounds(c.action, MAX_ACTION_BYTES)
            || c.args.length > MAX_ARGS || c.deadlineMs == 0 || c.deadlineMs > MAX_DEADLINE_MS;
        for (uint256 i; i < c.args.length && !bad; ++i) {
            bad = bytes(c.args[i]).length > MAX_TEXT_BYTES;
        }
        if (bad) revert CommandInvalid();
    }

    function _inBounds(string memory text, uint256 max) private pure returns (bool) {
        return bytes(text).length != 0 && bytes(text).length <= max;
    }

    /// @dev Calls the application with COMMAND_GAS, after checking that it gets it (all but 1/64 of what is
    /// left goes to a call: below this, a submitter could starve the call into a failure it then proves).
    /// Copies at most what a confirmation may hold of its return data, so an application cannot make the
    /// submission run out of gas on it. The outcome: its result string, or its revert reason: the text of an
    /// Error(string), else the revert data as 0x hex ("0x" for none, e.g. out of gas). Truncated to 4,096
    /// bytes (a cut may split a UTF-8 character); no code at `app` is a failure.
    function _execute(address app, bytes memory data) private returns (bool ok, string memory result) {
        if (app.code.length == 0) return (false, "no contract at the target");
        if (gasleft() < COMMAND_GAS + COMMAND_GAS / 63 + 10_000) revert CommandGasTooLow(gasleft());
        bytes memory returned;
        uint256 cap = MAX_TEXT_BYTES + 68;
        assembly ("memory-safe") {
            ok := call(COMMAND_GAS, app, 0, add(data, 32), mload(data), 0, 0)
            let size := returndatasize()
            if gt(size, cap) { size := cap }
            returned := mload(0x40)
            mstore(returned, size)
            returndatacopy(add(returned, 32), 0, size)
            mstore(0x40, add(add(returned, 32), and(add(size, 31), not(31))))
        }
        if (ok) return (true, _abiString(returned, 0));
        if (returned.length >= 4 && bytes4(returned) == bytes4(0x08c379a0)) {
            string memory reason = _abiString(returned, 4);
            if (bytes(reason).length != 0) return (false, reason);
        }
        if (returned.length > MAX_TEXT_BYTES / 2 - 1) {
            assembly ("memory-safe") {
                mstore(returned, 2047)
            }
        }
        return (false, Strings.toHexString(returned));
    }

    /// @dev The ABI string at `from` of `data` (offset word, length word, bytes), as much of it as `data` holds,
    /// at most MAX_TEXT_BYTES; "" when the words are not an ABI string's head.
    function _abiString(bytes memory data, uint256 from) private pure returns (string memory text) {
        if (data.length < from + 64) return "";
        uint256 offset;
        uint256 length;
        assembly ("memory-safe") {
            offset := mload(add(add(data, 32), from))
            length := mload(add(add(data, 64), from))
        }
        if (offset != 32) return "";
        uint256 available = data.length - from - 64;
        if (length > available) length = available;
        if (length > MAX_TEXT_BYTES) length = MAX_TEXT_BYTES;
        text = new string(length);
        assembly ("memory-safe") {
            mcopy(add(text, 32), add(add(data, 96), from), length)
        }
    }

    struct Confirmation {
        string commandId;
        string source;
        bool ok;
        string result;
    }

    /// @notice The confirmation of `tuple`, canonical and in bounds only (decodeCommand's reasons).
    function decodeConfirmation(bytes calldata tuple) external pure returns (Confirmation memory c) {
        (c.commandId, c.source, c.ok, c.result) = abi.decode(tuple, (string, string, bool, string));
        if (keccak256(abi.encode(c.commandId, c.source, c.ok, c.result)) != keccak256(tuple)) revert CommandInvalid();
        if (
            !_inBounds(c.commandId, MAX_ID_BYTES) || !_inBounds(c.source, MAX_NETWORK_BYTES)
                || bytes(c.result).length > MAX_TEXT_BYTES
        ) revert CommandInvalid();
    }

    /// @dev A confirmation's `source` must be this network; the issuer application decides the rest (which
    /// command, from which destination, in what state).
    function _confirm(string calldata destination, bytes memory tuple, bytes32 addressedHash, address app) private {
        Confirmation memory c;
        try WeftCommands(SELF).decodeConfirmation(tuple) returns (Confirmation memory decoded) {
            c = decoded;
        } catch {
            revert CommandInvalid();
        }
        (string memory commandId, string memory source, bool ok, string memory result) =
            (c.commandId, c.source, c.ok, c.result);
        bytes32 sourceHash = keccak256(bytes(source));
        if (addressedHash != 0 && addressedHash != sourceHash) revert CommandInvalid();
        if (sourceHash != _localHash()) revert ConfirmationMisdirected(source);
        IWeftCommandIssuer(app).onConfirmation(destination, commandId, ok, result);
    }
}
