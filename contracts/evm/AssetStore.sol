// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Sample application contract: a key/value asset store.
/// @notice Keys and values are UTF-8 strings, as in the Fabric sample chaincode `assets`.
contract AssetStore {
    uint256 public constant MAX_KEY_BYTES = 256;
    uint256 public constant MAX_VALUE_BYTES = 64 * 1024;

    mapping(string key => string value) private values;

    event AssetPut(string indexed key, string value, address indexed writer);

    error InvalidKey();
    error InvalidValue();
    error AssetNotFound(string key);

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
}
