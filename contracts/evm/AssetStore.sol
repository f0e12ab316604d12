// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

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
contract AssetStore {
    uint256 public constant MAX_KEY_BYTES = 256;
    uint256 public constant MAX_VALUE_BYTES = 64 * 1024;

    /// @notice The only sender of verified remote values; address(0): this store takes none.
    address public immutable interop;

    mapping(string key => string value) private values;
    mapping(string viewAddress => bytes value) private remote;
    /// By stream address (as the events came: one relay's spelling), then sequence: a stream's sequences are
    /// its own, so two streams of one network never share an entry.
    mapping(string streamAddress => mapping(uint64 sequence => bytes payload)) private remoteEvents;
    mapping(string streamAddress => uint64 sequence) private latestEvents;

    /// @dev The key is not indexed: an indexed string is logged as its hash alone, and a copy of the event on
    /// another network (a log stream's payload: topics and data) must carry the key itself.
    event AssetPut(string key, string value, address indexed writer);

    error InvalidKey();
    error InvalidValue();
    error AssetNotFound(string key);
    error NotInterop();
    error RemoteNotFound(string viewAddress);
    error RemoteEventNotFound(string streamAddress, uint64 sequence);

    constructor(address interop_) {
        interop = interop_;
    }

    /// @notice Creates or replaces the asset `key`.
    function put(string calldata key, string calldata value) external {
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
    {
        if (msg.sender != interop) revert NotInterop();
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
    ) external {
        if (msg.sender != interop) revert NotInterop();
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
}
