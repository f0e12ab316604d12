// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IWeftCommandIssuer, IWeftCommandTarget} from "./WeftCommands.sol";

/// @notice What AssetStore reads of its interop contract (WeftInterop).
interface IWeftRecords {
    function timeOfValue(string calldata viewAddress, bytes calldata value)
        external
        view
        returns (uint64 sourceTimeMs, uint64 height);
}

/// @title Sample application contract: a key/value asset store.
/// @notice Keys and values are UTF-8 strings, as in the Fabric sample chaincode `assets`. It also keeps the
/// values of remote views that its interop contract (WeftInterop) has verified and handed on, and the events of
/// remote streams it took, each once and in order: the payload as its source emitted it (for the Fabric
/// sample application, the JSON `{"key":"...","value":"..."}` of a write), read and decoded off chain, so
/// that the store parses nothing on chain.
/// Commands (proofs/commands.ts): as a target, it runs the `put` [key, value] and `transfer` [from, to,
/// amount] commands its interop contract verified (units between string-named accounts); as an issuer, its
/// deployer issues commands to other networks, their confirmations come back through the interop contract,
/// and a command unconfirmed past its deadline may be compensated, after which a confirmation is only
/// recorded as late. The transitions are proofs/commands.ts confirmationStep and checkCompensation.
contract AssetStore is IWeftCommandTarget, IWeftCommandIssuer {
    uint256 public constant MAX_KEY_BYTES = 256;
    uint256 public constant MAX_VALUE_BYTES = 64 * 1024;
    /// proofs/commands.ts bounds: a command issued here is one every verifier decodes.
    uint256 private constant MAX_COMMAND_ID_BYTES = 128;
    uint256 private constant MAX_NETWORK_BYTES = 256;
    uint256 private constant MAX_ACTION_BYTES = 64;
    uint256 private constant MAX_COMMAND_ARGS = 16;
    uint256 private constant MAX_COMMAND_TEXT_BYTES = 4096;
    uint256 private constant MAX_DEADLINE_MS = 2 ** 53 - 1;

    /// As proofs/commands.ts CommandStatus, with None for an id never issued.
    enum CommandStatus {
        None,
        Pending,
        Succeeded,
        Failed,
        Compensated
    }

    struct IssuedCommand {
        CommandStatus status;
        uint64 deadlineMs;
        /// The outcome confirmed; for a compensated command, its late confirmation's (never applied).
        bool ok;
        bool late;
        bytes32 destinationHash;
        string result;
    }

    /// @notice The only sender of verified remote values; address(0): this store takes none.
    address public immutable interop;
    /// @notice Who mints units and issues and compensates commands: the sample's one operator (otherwise
    /// anyone could have this store issue a transfer of anyone's units elsewhere).
    address public immutable deployer;

    mapping(string key => string value) private values;
    mapping(string viewAddress => bytes value) private remote;
    /// By stream address (as the events came: one relay's spelling), then sequence: a stream's sequences are
    /// its own, so two streams of one network never share an entry.
    mapping(string streamAddress => mapping(uint64 sequence => bytes payload)) private remoteEvents;
    mapping(string streamAddress => uint64 sequence) private latestEvents;
    mapping(string account => uint256 units) private balances;
    mapping(string id => IssuedCommand) private issued;

    /// @dev The key is not indexed: an indexed string is logged as its hash alone, and a copy of the event on
    /// another network (a log stream's payload: topics and data) must carry the key itself.
    event AssetPut(string key, string value, address indexed writer);
    event Minted(string account, uint256 amount);
    event Transferred(string from, string to, uint256 amount);
    /// @notice Exactly proofs/commands.ts COMMAND_LOG: the data is the command's ABI tuple, and a log stream
    /// can take only the commands of one destination by `destinationHash` = keccak256(bytes(destination)).
    event CommandIssued(
        bytes32 indexed destinationHash,
        string id,
        string destination,
        string target,
        string action,
        string[] args,
        uint64 deadlineMs
    );
    event CommandConfirmed(string id, bool ok, string result);
    event CommandCompensated(string id);
    /// A confirmation of a command compensated already: recorded, never applied.
    event LateConfirmation(string id, bool ok, string result);

    error InvalidKey();
    error InvalidValue();
    error AssetNotFound(string key);
    error NotInterop();
    error RemoteNotFound(string viewAddress);
    error RemoteEventNotFound(string streamAddress, uint64 sequence);
    error NotDeployer();
    error UnknownAction(string action);
    error InvalidArguments(uint256 count);
    error InvalidAmount();
    error InsufficientBalance(string account, uint256 balance, uint256 amount);
    error InvalidCommand();
    error CommandIdTaken(string id);
    error CommandNotFound(string id);
    error ConfirmationMisdirected(string destination);
    error CommandAlreadyConfirmed(string id);
    error CommandNotDue(uint64 deadlineMs, uint256 nowMs);

    constructor(address interop_) {
        interop = interop_;
        deployer = msg.sender;
    }

    /// @dev No sender matches when `interop` is address(0).
    modifier onlyInterop() {
        if (msg.sender != interop) revert NotInterop();
        _;
    }

    modifier onlyDeployer() {
        if (msg.sender != deployer) revert NotDeployer();
        _;
    }

    /// @notice Creates or replaces the asset `key`.
    function put(string calldata key, string calldata value) external {
        _put(key, value);
    }

    function _put(string calldata key, string calldata value) private {
        if (bytes(key).length == 0 || bytes(key).length > MAX_KEY_BYTES) revert InvalidKey();
        if (bytes(value).length > MAX_VALUE_BYTES) revert InvalidValue();
        values[key] = value;
        emit AssetPut(key, value, msg.sender);
    }

    /// @notice The value of asset `key`; reverts with AssetNotFound when there is none.
    function get(string calldata key) external view returns (string memory) {
        string storage value = values[key];
        if (bytes(value).length == 0) revert AssetNotFound(key);
        return value;
    }

    /// @notice Called by the interop contract with the value of a view it has just verified (the view's
    /// address names its source network). No sender matches when `interop` is address(0).
    function onVerifiedView(string calldata, /* sourceNetwork */ string calldata viewAddress, bytes calldata value)
        external
        onlyInterop
    {
        remote[viewAddress] = value;
    }

    /// @notice Called by the interop contract with the payload of the event `sequence` of the stream at
    /// `streamAddress`, just verified and taken in order by one subscription.
    /// @dev Another subscription of the stream may bring an event again, later: its payload is the same (the
    /// source's event of that sequence), and the latest sequence never goes back.
    function onVerifiedEvent(
        string calldata, /* sourceNetwork */
        string calldata streamAddress,
        uint64 sequence,
        bytes calldata payload
    ) external onlyInterop {
        remoteEvents[streamAddress][sequence] = payload;
        if (sequence > latestEvents[streamAddress]) latestEvents[streamAddress] = sequence;
    }

    /// @notice The payload of the event `sequence` of the remote stream at `streamAddress`; reverts with
    /// RemoteEventNotFound when none was taken (or its payload was empty).
    function getRemoteEvent(string calldata streamAddress, uint64 sequence) external view returns (bytes memory) {
        bytes storage payload = remoteEvents[streamAddress][sequence];
        if (payload.length == 0) revert RemoteEventNotFound(streamAddress, sequence);
        return payload;
    }

    /// @notice The sequence of the latest event taken of the remote stream at `streamAddress`; 0 before any.
    function latestRemoteEvent(string calldata streamAddress) external view returns (uint64) {
        return latestEvents[streamAddress];
    }

    /// @notice The latest verified value of the remote view `viewAddress`; reverts with RemoteNotFound when
    /// there is none.
    function getRemote(string calldata viewAddress) external view returns (bytes memory) {
        bytes storage value = remote[viewAddress];
        if (value.length == 0) revert RemoteNotFound(viewAddress);
        return value;
    }

    /// @notice getRemote, with the time (ms since the epoch) and height (EVM block number; 0 for Fabric) at
    /// which the source vouched for the value. Both are 0 when the interop contract's latest record of the
    /// view is of another value, or the value came from a trusted party without proof.
    /// @dev The interop contract keeps the time of every view it records; reading it here costs a view
    /// nothing more on submission.
    function getRemoteWithTime(string calldata viewAddress)
        external
        view
        returns (bytes memory value, uint64 sourceTimeMs, uint64 height)
    {
        value = remote[viewAddress];
        if (value.length == 0) revert RemoteNotFound(viewAddress);
        (sourceTimeMs, height) = IWeftRecords(interop).timeOfValue(viewAddress, value);
    }

    // ---------------------------------------------------------------------------------------------------
    // Commands, as their target

    /// @notice Runs a verified command (once: the interop contract sees to it). `put` [key, value] writes the
    /// asset as put does (the writer logged is the interop contract) and returns the key; `transfer` [from,
    /// to, amount] (decimal, above 0) moves units and returns what is left to `from`. A revert is the
    /// command's failure, confirmed with its reason.
    function executeCommand(
        string calldata, /* sourceNetwork */
        string calldata, /* id */
        string calldata action,
        string[] calldata args
    ) external onlyInterop returns (string memory) {
        bytes32 actionHash = keccak256(bytes(action));
        if (actionHash == keccak256("put")) {
            if (args.length != 2) revert InvalidArguments(args.length);
            _put(args[0], args[1]);
            return args[0];
        }
        if (actionHash == keccak256("transfer")) {
            if (args.length != 3) revert InvalidArguments(args.length);
            return Strings.toString(_transfer(args[0], args[1], _amount(args[2])));
        }
        revert UnknownAction(action);
    }

    /// @notice Gives `amount` new units to `account`: how the sample's balances begin.
    function mint(string calldata account, uint256 amount) external onlyDeployer {
        if (amount == 0) revert InvalidAmount();
        balances[account] += amount;
        emit Minted(account, amount);
    }

    function balanceOf(string calldata account) external view returns (uint256) {
        return balances[account];
    }

    /// @dev Returns what is left to `from`.
    function _transfer(string calldata from, string calldata to, uint256 amount) private returns (uint256 left) {
        uint256 balance = balances[from];
        if (balance < amount) revert InsufficientBalance(from, balance, amount);
        left = balance - amount;
        balances[from] = left;
        balances[to] += amount;
        emit Transferred(from, to, amount);
    }

    /// @dev A decimal amount: 1 to 78 digits, nothing else, above 0; 2^256 or more reverts (checked
    /// arithmetic: a Panic, confirmed as its revert data in hex).
    function _amount(string calldata text) private pure returns (uint256 amount) {
        bytes calldata digits = bytes(text);
        if (digits.length == 0 || digits.length > 78) revert InvalidAmount();
        for (uint256 i; i < digits.length; ++i) {
            uint8 char = uint8(digits[i]);
            if (char < 0x30 || char > 0x39) revert InvalidAmount();
            amount = amount * 10 + (char - 0x30);
        }
        if (amount == 0) revert InvalidAmount();
    }

    // ---------------------------------------------------------------------------------------------------
    // Commands, as their issuer

    /// @notice Issues command `id` (unique here: CommandIdTaken) for `destination`'s application `target`,
    /// pending until its confirmation comes back or it is compensated past `deadlineMs` (ms since the epoch).
    /// Refused out of proofs/commands.ts bounds (InvalidCommand), so that every verifier decodes its log.
    function issueCommand(
        string calldata id,
        string calldata destination,
        string calldata target,
        string calldata action,
        string[] calldata args,
        uint64 deadlineMs
    ) external onlyDeployer {
        bool bad = !_inBounds(id, MAX_COMMAND_ID_BYTES) || !_inBounds(destination, MAX_NETWORK_BYTES)
            || !_inBounds(target, MAX_NETWORK_BYTES) || !_inBounds(action, MAX_ACTION_BYTES)
            || args.length > MAX_COMMAND_ARGS || deadlineMs == 0 || deadlineMs > MAX_DEADLINE_MS;
        for (uint256 i; i < args.length && !bad; ++i) {
            bad = bytes(args[i]).length > MAX_COMMAND_TEXT_BYTES;
        }
        if (bad) revert InvalidCommand();
        IssuedCommand storage command = issued[id];
        if (command.status != CommandStatus.None) revert CommandIdTaken(id);
        bytes32 destinationHash = keccak256(bytes(destination));
        command.status = CommandStatus.Pending;
        command.deadlineMs = deadlineMs;
        command.destinationHash = destinationHash;
        emit CommandIssued(destinationHash, id, destination, target, action, args, deadlineMs);
    }

    /// @notice A verified confirmation of command `commandId` from `destination` (the network of the stream
    /// it came on, which must be the command's): a pending command takes its outcome; a compensated one keeps
    /// its status and records the first late confirmation; any other is refused.
    function onConfirmation(string calldata destination, string calldata commandId, bool ok, string calldata result)
        external
        onlyInterop
    {
        IssuedCommand storage command = issued[commandId];
        CommandStatus status = command.status;
        if (status == CommandStatus.None) revert CommandNotFound(commandId);
        if (keccak256(bytes(destination)) != command.destinationHash) revert ConfirmationMisdirected(destination);
        if (status == CommandStatus.Pending) {
            command.status = ok ? CommandStatus.Succeeded : CommandStatus.Failed;
            emit CommandConfirmed(commandId, ok, result);
        } else if (status == CommandStatus.Compensated && !command.late) {
            command.late = true;
            emit LateConfirmation(commandId, ok, result);
        } else {
            revert CommandAlreadyConfirmed(commandId);
        }
        command.ok = ok;
        command.result = result;
    }

    /// @notice Compensates a pending command past its deadline (by this chain's clock). The sample's
    /// compensating action is to record it (CommandCompensated); a confirmation coming later is only kept.
    function compensate(string calldata id) external onlyDeployer {
        IssuedCommand storage command = issued[id];
        CommandStatus status = command.status;
        if (status == CommandStatus.None) revert CommandNotFound(id);
        if (status != CommandStatus.Pending) revert CommandAlreadyConfirmed(id);
        uint256 nowMs = block.timestamp * 1000;
        if (nowMs <= command.deadlineMs) revert CommandNotDue(command.deadlineMs, nowMs);
        command.status = CommandStatus.Compensated;
        emit CommandCompensated(id);
    }

    /// @notice What this store knows of command `id` it issued: its status, the confirmed outcome (for a
    /// compensated command, its late confirmation's), whether that came after compensation, its deadline.
    function commandOf(string calldata id)
        external
        view
        returns (CommandStatus status, bool ok, string memory result, bool late, uint64 deadlineMs)
    {
        IssuedCommand storage command = issued[id];
        if (command.status == CommandStatus.None) revert CommandNotFound(id);
        return (command.status, command.ok, command.result, command.late, command.deadlineMs);
    }

    function _inBounds(string calldata text, uint256 max) private pure returns (bool) {
        return bytes(text).length != 0 && bytes(text).length <= max;
    }
}
