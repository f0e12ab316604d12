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

    /// How far _walk goes: the whole message, up to occurrence `index` of its field, its first field.
    uint256 private constant STOP_NEVER = 0;
    uint256 private constant STOP_AT_INDEX = 1;
    uint256 private constant STOP_FIRST_FIELD = 2;

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

    /// @notice Whether the first field of `message` is `field`, and then the absolute calldata offsets of its
    /// content, which must be length-delimited. Reads that first field alone, by scan's rules: a caller tells
    /// two message types apart by their first field, then walks the message as the one it is (scan,
    /// repeated), which checks the rest. An empty message has no first field.
    function head(bytes calldata message, uint256 field)
        internal
        pure
        returns (bool found, uint256 start, uint256 end)
    {
        uint256 count;
        (count, start, end) = _walk(message, field, 2, 0, STOP_FIRST_FIELD);
        found = count != 0;
    }

    /// @notice Walks `message` as scan does, every field but `field` skipped, and returns how many times
    /// `field` (a repeated length-delimited field) occurs and the absolute calldata offsets of the content of
    /// its occurrence `index`, from 0 (zeros when it occurs fewer times). An occurrence of `field` of another
    /// wire type is refused.
    function repeated(bytes calldata message, uint256 field, uint256 index)
        internal
        pure
        returns (uint256 count, uint256 start, uint256 end)
    {
        return _walk(message, field, 2, index, STOP_NEVER);
    }

    /// @notice The value of the first occurrence of the varint field `field` in `message`, if any: the walk
    /// (scan's rules) stops there and reads nothing after it, so the rest of the message is left unchecked.
    /// For a caller that only places a message by it, then walks the message it picks whole.
    function firstVarint(bytes calldata message, uint256 field) internal pure returns (bool found, uint256 value) {
        uint256 count;
        (count, value,) = _walk(message, field, 0, 0, STOP_AT_INDEX);
        found = count != 0;
    }

    /// @dev Walks `message` (scan's rules), counting the occurrences of `field`, which must be of wire type
    /// `wire` (0 or 2), and returns their count and occurrence `index`'s content offsets (wire 2) or value
    /// (wire 0, in `start`); `until`: STOP_NEVER walks it whole, STOP_AT_INDEX returns right after that
    /// occurrence, STOP_FIRST_FIELD right after the first field, whatever it is.
    /// Varints of one or two bytes, keys and lengths most of all, are read without a loop, and an occurrence of
    /// `field` as canonical encoders write it in one step: a run's walk reads one per record.
    function _walk(bytes calldata message, uint256 field, uint256 wire, uint256 index, uint256 until)
        private
        pure
        returns (uint256 count, uint256 start, uint256 end)
    {
        bool malformed;
        assembly ("memory-safe") {
            // As in scan.
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
            // varint, its first two bytes inline (both within [p, e)); no bound applies to them.
            function short(p, e, lastShift, lastBound) -> value, next {
                let w := calldataload(p)
                let b := byte(0, w)
                if and(lt(b, 0x80), lt(p, e)) {
                    value := b
                    next := add(p, 1)
                    leave
                }
                let c := byte(1, w)
                if and(lt(c, 0x80), lt(add(p, 1), e)) {
                    value := or(and(b, 0x7f), shl(7, c))
                    next := add(p, 2)
                    leave
                }
                value, next := varint(p, e, lastShift, lastBound)
            }

            let i := message.offset
            let last := add(i, message.length)
            // A length-delimited `field` of 16 to 2047 has a key of two bytes: spelled so (no padding) and
            // followed by a length of one or two, within the message, an occurrence is read in one step, as
            // the steps below would read it; anything else takes them. Never matched otherwise (17 bits).
            let fast := 0x10000
            {
                let k := or(shl(3, field), wire)
                if and(eq(wire, 2), and(gt(k, 0x7f), lt(k, 0x4000))) {
                    fast := or(shl(8, or(and(k, 0x7f), 0x80)), shr(7, k))
                }
            }
            for {} lt(i, last) {} {
                let w := calldataload(i)
                if eq(shr(240, w), fast) {
                    let size := byte(2, w)
                    let at := add(i, 3)
                    if gt(size, 0x7f) {
                        let c := byte(3, w)
                        size := or(and(size, 0x7f), shl(7, c))
                        at := add(i, 4)
                        // A longer length: the steps below.
                        if gt(c, 0x7f) { at := add(last, 1) }
                    }
                    if iszero(or(gt(at, last), gt(size, sub(last, at)))) {
                        if eq(count, index) {
                            start := at
                            end := add(at, size)
                        }
                        count := add(count, 1)
                        i := add(at, size)
                        if or(eq(until, STOP_FIRST_FIELD), and(eq(until, STOP_AT_INDEX), gt(count, index))) { break }
                        continue
                    }
                }
                let key
                key, i := short(i, last, 28, 0x10)
                let wanted := eq(shr(3, key), field)
                let kind := and(key, 7)
                if or(or(iszero(i), iszero(shr(3, key))), and(wanted, iszero(eq(kind, wire)))) {
                    malformed := 1
                    break
                }
                switch kind
                case 0 {
                    let value
                    value, i := short(i, last, 63, 2)
                    if iszero(i) {
                        malformed := 1
                        break
                    }
                    if wanted {
                        if eq(count, index) { start := value }
                        count := add(count, 1)
                    }
                }
                case 2 {
                    let size
                    size, i := short(i, last, 28, 8)
                    if or(iszero(i), gt(size, sub(last, i))) {
                        malformed := 1
                        break
                    }
                    if wanted {
                        if eq(count, index) {
                            start := i
                            end := add(i, size)
                        }
                        count := add(count, 1)
                    }
                    i := add(i, size)
                }
                case 1 {
                    if gt(8, sub(last, i)) {
                        malformed := 1
                        break
                    }
                    i := add(i, 8)
                }
                case 5 {
                    if gt(4, sub(last, i)) {
                        malformed := 1
                        break
                    }
                    i := add(i, 4)
                }
                default {
                    malformed := 1
                    break
                }
                if or(eq(until, STOP_FIRST_FIELD), and(eq(until, STOP_AT_INDEX), and(wanted, gt(count, index)))) {
                    break
                }
            }
        }
        if (malformed) revert MalformedPayload();
    }
}
