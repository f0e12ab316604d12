// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {WeftInterop} from "../WeftInterop.sol";
import {WeftProtobuf} from "../WeftProtobuf.sol";

/// @title Test harness of WeftProtobuf's walks: many inputs walked in one call (not deployed by the topology).
/// @notice Each input is walked in a call of its own, so a refusal reverts that input alone, and as a prefix
/// of a longer buffer: what follows the prefix lies right behind it in calldata, where a walker that read past
/// its input would find it. Inputs and outcomes travel packed, as bytes: ABI tuples cost a client more time
/// to encode and decode than the node takes to run them.
contract WeftProtobufHarness {
    /// @param inputs Each: uint32 length, uint8 bytesFields, uint8 varintFields, then the data, whose first
    /// `length` bytes are the input.
    /// @return outcomes Each: 0x00 and the revert data of a refusal, or 0x01, the input's calldata offset in
    /// the call that walked it (32 bytes) and the walk's Fields (start[8], end[8]: absolute offsets).
    function scanAll(bytes[] calldata inputs) external view returns (bytes[] memory outcomes) {
        outcomes = new bytes[](inputs.length);
        for (uint256 i; i < inputs.length; ++i) {
            bytes calldata input = inputs[i];
            uint256 length = uint32(bytes4(input[0:4]));
            try this.scan(input[6:], length, uint8(input[4]), uint8(input[5])) returns (
                uint256 base, WeftProtobuf.Fields memory fields
            ) {
                outcomes[i] = abi.encodePacked(true, base, fields.start, fields.end);
            } catch (bytes memory reason) {
                outcomes[i] = abi.encodePacked(false, reason);
            }
        }
    }

    /// @notice WeftProtobuf.head, repeated and firstVarint, as scanAll walks scan.
    /// @param inputs Each: uint32 length, uint32 field, uint8 mode (0: head, 1: repeated, 2: firstVarint),
    /// uint8 index (repeated's), then the data.
    /// @return outcomes Each: 0x00 and the revert data of a refusal, or 0x01, the input's calldata offset (32
    /// bytes), then what the function returned, 32 bytes each: head's found, start and end, repeated's count,
    /// start and end, or firstVarint's found and value.
    function fieldAll(bytes[] calldata inputs) external view returns (bytes[] memory outcomes) {
        outcomes = new bytes[](inputs.length);
        for (uint256 i; i < inputs.length; ++i) {
            bytes calldata input = inputs[i];
            uint256 length = uint32(bytes4(input[0:4]));
            uint256 number = uint32(bytes4(input[4:8]));
            try this.field(input[10:], length, number, uint8(input[8]), uint8(input[9])) returns (
                uint256 base, uint256[3] memory read_
            ) {
                outcomes[i] = abi.encodePacked(true, base, read_);
            } catch (bytes memory reason) {
                outcomes[i] = abi.encodePacked(false, reason);
            }
        }
    }

    function field(bytes calldata data, uint256 length, uint256 number, uint256 mode, uint256 index)
        external
        pure
        returns (uint256 base, uint256[3] memory read_)
    {
        bytes calldata message = data[0:length];
        assembly ("memory-safe") {
            base := message.offset
        }
        if (mode == 0) {
            (bool found, uint256 start, uint256 end) = WeftProtobuf.head(message, number);
            read_ = [found ? 1 : 0, start, end];
        } else if (mode == 1) {
            (uint256 count, uint256 start, uint256 end) = WeftProtobuf.repeated(message, number, index);
            read_ = [count, start, end];
        } else {
            (bool found, uint256 value) = WeftProtobuf.firstVarint(message, number);
            read_ = [found ? 1 : 0, value, 0];
        }
    }

    function scan(bytes calldata data, uint256 length, uint256 bytesFields, uint256 varintFields)
        external
        pure
        returns (uint256 base, WeftProtobuf.Fields memory fields)
    {
        bytes calldata message = data[0:length];
        WeftProtobuf.scan(message, bytesFields, varintFields, fields);
        assembly ("memory-safe") {
            base := message.offset
        }
    }
}

/// @title Test harness of WeftInterop's reading of a Fabric view (its ProposalResponsePayload), as above.
contract WeftFabricViewHarness is WeftInterop {
    /// @param inputs Each: uint32 length, then the data, whose first `length` bytes are the view.
    /// @return outcomes Each: 0x00 and the revert data of a refusal, or 0x01 and the ABI encoding of the
    /// view's calldata offset and the FabricView read (absolute offsets).
    function readAll(bytes[] calldata inputs) external view returns (bytes[] memory outcomes) {
        outcomes = new bytes[](inputs.length);
        for (uint256 i; i < inputs.length; ++i) {
            bytes calldata input = inputs[i];
            try this.read(input[4:], uint32(bytes4(input[0:4]))) returns (uint256 base, FabricView memory read_) {
                outcomes[i] = abi.encodePacked(true, abi.encode(base, read_));
            } catch (bytes memory reason) {
                outcomes[i] = abi.encodePacked(false, reason);
            }
        }
    }

    function read(bytes calldata data, uint256 length) external pure returns (uint256 base, FabricView memory) {
        bytes calldata prp = data[0:length];
        assembly ("memory-safe") {
            base := prp.offset
        }
        return (base, _readFabricView(prp));
    }
}
