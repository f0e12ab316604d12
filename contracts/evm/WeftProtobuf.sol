// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title Reads protobuf messages in calldata, one pass per message.
/// @notice Every length and offset is derived from the bytes themselves and bounds-checked: a message is
/// either walked completely or rejected with MalformedPayload. A key is a varint of at most 5 bytes below
/// 2^32 (field numbers 1 to 2^29 - 1), a length one of at most 5 bytes below 2^31 that stays within the
/// message, any other varint at most 10 bytes with a tenth of 0 or 1: what protobufjs (and so weft's
/// off-chain verifiers) reads, so that no bytes are a message here and none there. Groups (wire types 3 and
/// 4) and wire types 6 and 7 are rejected, as are fields the caller reads that occur twice or with an
/// unexpected wire type: canonical encoders emit neither, and refusing them leaves no doubt about which
/// occurrence was endorsed. Strings are bytes here: their UTF-8 is not checked.
library WeftProtobuf {
    error MalformedPayload();

    /// @notice Fields 1 to 7 of one message. For a length-delimited field, `start`/`end` are absolute
    /// calldata offsets of its content (slice it with `msg.data[start:end]`); for a varint field, `start`
    /// holds its value. Absent fields keep the protobuf defaults: empty bytes, zero.
    struct Fields {
        uint256[8] start;
        uint256[8] end;
    }

    /// @notice Walks `message` into `fields` (cleared first, so one record serves every message walked),
    /// recording the fields whose bit (1 << number) is set in `bytesFields` (length-delimited) or
    /// `varintFields`; all other fields are skipped.
    /// @dev In assembly, with one-byte varints (keys and short lengths) read inline: a proof walks five
    /// messages, and a Solidity loop costs several times more.
    function scan(bytes calldata message, uint256 bytesFields, uint256 varintFields, Fields memory fields)
        internal
        pure
    {
        bool malformed;
        assembly ("memory-safe") {
            // The varint at p (before e) and the offset after it; next = 0 when malformed (calldata offsets
            // of message bytes are never 0). Its byte at bit `lastShift`, the last it may have, must be below
            // `lastBound`: keys (28, 0x10) fit 32 bits, lengths (28, 8) 31, other varints (63, 2) 64.
            function varint(p, e, lastShift, lastBound) -> value, next {
                for { let shift := 0 } 1 { shift := add(shift, 7) } {
                    if iszero(lt(p, e)) { leave }
                    let b := byte(0, calldataload(p))
                    p := add(p, 1)
                    if eq(shift, lastShift) {
                        if iszero(lt(b, lastBound)) { leave }
                    }
                    value := or(value, shl(shift, and(b, 0x7f)))
                    if lt(b, 0x80) {
                        next := p
                        leave
                    }
                }
            }

            let starts := mload(fields)
            let ends := mload(add(fields, 0x20))
            calldatacopy(starts, calldatasize(), 0x100)
            calldatacopy(ends, calldatasize(), 0x100)
            let wanted := or(bytesFields, varintFields)
            let seen := 0
            let i := message.offset
            let last := add(i, message.length)
            for {} lt(i, last) {} {
                let key := byte(0, calldataload(i))
                switch lt(key, 0x80)
                case 1 { i := add(i, 1) }
                default { key, i := varint(i, last, 28, 0x10) }
                let field := shr(3, key)
                if or(iszero(i), iszero(field)) {
                    malformed := 1
                    break
                }
                let bit := 0
                if lt(field, 8) { bit := shl(field, 1) }
                if and(bit, wanted) {
                    if and(bit, seen) {
                        malformed := 1
                        break
                    }
                    seen := or(seen, bit)
                }
                switch and(key, 7)
                case 0 {
                    let value
                    value, i := varint(i, last, 63, 2)
                    if or(iszero(i), and(bit, bytesFields)) {
                        malformed := 1
                        break
                    }
                    if and(bit, wanted) { mstore(add(starts, shl(5, field)), value) }
                }
                case 2 {
                    let size := byte(0, calldataload(i))
                    switch and(lt(size, 0x80), lt(i, last))
                    case 1 { i := add(i, 1) }
                    default { size, i := varint(i, last, 28, 8) }
                    if or(or(iszero(i), and(bit, varintFields)), gt(size, sub(last, i))) {
                        malformed := 1
                        break
                    }
                    if and(bit, wanted) {
                        mstore(add(starts, shl(5, field)), i)
                        mstore(add(ends, shl(5, field)), add(i, size))
                    }
                    i := add(i, size)
                }
                case 1 {
                    if or(and(bit, wanted), gt(8, sub(last, i))) {
                        malformed := 1
                        break
                    }
                    i := add(i, 8)
                }
                case 5 {
                    if or(and(bit, wanted), gt(4, sub(last, i))) {
                        malformed := 1
                        break
                    }
                    i := add(i, 4)
                }
                default {
                    malformed := 1
                    break
                }
            }
        }
        if (malformed) revert MalformedPayload();
    }
}
