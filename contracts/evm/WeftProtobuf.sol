// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Reads protobuf messages in calldata, one pass per message.
/// @notice Every length and offset is derived from the bytes themselves and bounds-checked: a message is
/// either walked completely or rejected with MalformedPayload. Groups (wire types 3 and 4) are rejected, as
/// are fields the caller reads that occur twice or with an unexpected wire type: canonical encoders emit
/// neither, and refusing them leaves no doubt about which occurrence was endorsed.
library WeftProtobuf {
    error MalformedPayload();

    uint256 private constant WIRE_VARINT = 0;
    uint256 private constant WIRE_FIXED64 = 1;
    uint256 private constant WIRE_BYTES = 2;
    uint256 private constant WIRE_FIXED32 = 5;

    /// @notice Fields 1 to 7 of one message. For a length-delimited field, `start`/`end` are absolute
    /// calldata offsets of its content (slice it with `msg.data[start:end]`); for a varint field, `start`
    /// holds its value. Absent fields keep the protobuf defaults: empty bytes, zero.
    struct Fields {
        uint256[8] start;
        uint256[8] end;
    }

    /// @notice Walks `message`, recording the fields whose bit (1 << number) is set in `bytesFields`
    /// (length-delimited) or `varintFields`; all other fields are skipped.
    function scan(bytes calldata message, uint256 bytesFields, uint256 varintFields)
        internal
        pure
        returns (Fields memory fields)
    {
        uint256 length = message.length;
        uint256 seen;
        uint256 i;
        while (i < length) {
            uint256 key;
            (key, i) = readVarint(message, i);
            uint256 number = key >> 3;
            uint256 wire = key & 7;
            if (number == 0) revert MalformedPayload();
            uint256 bit = number < 8 ? 1 << number : 0;
            if (bit & (bytesFields | varintFields) != 0) {
                if (seen & bit != 0) revert MalformedPayload();
                seen |= bit;
            }
            if (wire == WIRE_VARINT) {
                if (bit & bytesFields != 0) revert MalformedPayload();
                uint256 value;
                (value, i) = readVarint(message, i);
                if (bit & varintFields != 0) fields.start[number] = value;
            } else if (wire == WIRE_BYTES) {
                if (bit & varintFields != 0) revert MalformedPayload();
                uint256 size;
                (size, i) = readVarint(message, i);
                if (size > length - i) revert MalformedPayload();
                if (bit & bytesFields != 0) {
                    uint256 start;
                    assembly ("memory-safe") {
                        start := add(message.offset, i)
                    }
                    fields.start[number] = start;
                    fields.end[number] = start + size;
                }
                i += size;
            } else if (wire == WIRE_FIXED64 || wire == WIRE_FIXED32) {
                if (bit & (bytesFields | varintFields) != 0) revert MalformedPayload();
                uint256 size = wire == WIRE_FIXED64 ? 8 : 4;
                if (size > length - i) revert MalformedPayload();
                i += size;
            } else {
                revert MalformedPayload();
            }
        }
    }

    /// @notice The base-128 varint at `i` and the offset after it: at most 10 bytes, at most 64 bits.
    function readVarint(bytes calldata message, uint256 i) internal pure returns (uint256 value, uint256 next) {
        uint256 length = message.length;
        bool malformed;
        assembly ("memory-safe") {
            let base := message.offset
            for { let shift := 0 } 1 { shift := add(shift, 7) } {
                if or(iszero(lt(i, length)), gt(shift, 63)) {
                    malformed := 1
                    break
                }
                let b := byte(0, calldataload(add(base, i)))
                i := add(i, 1)
                // The tenth byte may only carry bit 63.
                if and(eq(shift, 63), gt(b, 1)) {
                    malformed := 1
                    break
                }
                value := or(value, shl(shift, and(b, 0x7f)))
                if lt(b, 0x80) { break }
            }
        }
        if (malformed) revert MalformedPayload();
        next = i;
    }
}
