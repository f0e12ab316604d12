/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["weft"] || ($protobuf.roots["weft"] = {});

export const common = $root.common = (() => {

    const common = {};

    common.access_control = (function() {

        const access_control = {};

        access_control.AccessControlPolicy = (function() {

            const AccessControlPolicy = function (properties) {
                this.rules = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AccessControlPolicy.prototype.securityDomain = "";
            AccessControlPolicy.prototype.rules = $util.emptyArray;

            AccessControlPolicy.create = function(properties) {
                return new AccessControlPolicy(properties);
            };

            AccessControlPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain") && message.securityDomain !== "")
                    writer.uint32(10).string(message.securityDomain);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        $root.common.access_control.Rule.encode(message.rules[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AccessControlPolicy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AccessControlPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.access_control.AccessControlPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.securityDomain = value;
                            else
                                delete message.securityDomain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push($root.common.access_control.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AccessControlPolicy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AccessControlPolicy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    if (!$util.isString(message.securityDomain))
                        return "securityDomain: string expected";
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    if (!$Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i) {
                        let error = $root.common.access_control.Rule.verify(message.rules[i], _depth + 1);
                        if (error)
                            return "rules." + error;
                    }
                }
                return null;
            };

            AccessControlPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.common.access_control.AccessControlPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.access_control.AccessControlPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.access_control.AccessControlPolicy();
                if (object.securityDomain != null)
                    if (typeof object.securityDomain !== "string" || object.securityDomain.length)
                        message.securityDomain = $String(object.securityDomain);
                if (object.rules) {
                    if (!$Array.isArray(object.rules))
                        throw $TypeError(".common.access_control.AccessControlPolicy.rules: array expected");
                    message.rules = $Array(object.rules.length);
                    for (let i = 0; i < object.rules.length; ++i) {
                        if (!$util.isObject(object.rules[i]))
                            throw $TypeError(".common.access_control.AccessControlPolicy.rules: object expected");
                        message.rules[i] = $root.common.access_control.Rule.fromObject(object.rules[i], _depth + 1);
                    }
                }
                return message;
            };

            AccessControlPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rules = [];
                if (options.defaults)
                    object.securityDomain = "";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    object.securityDomain = message.securityDomain;
                if (message.rules && message.rules.length) {
                    object.rules = $Array(message.rules.length);
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = $root.common.access_control.Rule.toObject(message.rules[j], options, _depth + 1);
                }
                return object;
            };

            AccessControlPolicy.prototype.toJSON = function() {
                return AccessControlPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            AccessControlPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.access_control.AccessControlPolicy";
            };

            return AccessControlPolicy;
        })();

        access_control.Rule = (function() {

            const Rule = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Rule.prototype.principal = "";
            Rule.prototype.principalType = "";
            Rule.prototype.resource = "";
            Rule.prototype.read = false;

            Rule.create = function(properties) {
                return new Rule(properties);
            };

            Rule.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                    writer.uint32(10).string(message.principal);
                if (message.principalType != null && $Object.hasOwnProperty.call(message, "principalType") && message.principalType !== "")
                    writer.uint32(18).string(message.principalType);
                if (message.resource != null && $Object.hasOwnProperty.call(message, "resource") && message.resource !== "")
                    writer.uint32(26).string(message.resource);
                if (message.read != null && $Object.hasOwnProperty.call(message, "read") && message.read !== false)
                    writer.uint32(32).bool(message.read);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Rule.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Rule.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.access_control.Rule();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.principal = value;
                            else
                                delete message.principal;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.principalType = value;
                            else
                                delete message.principalType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource = value;
                            else
                                delete message.resource;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.read = value;
                            else
                                delete message.read;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Rule.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Rule.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    if (!$util.isString(message.principal))
                        return "principal: string expected";
                if (message.principalType != null && $Object.hasOwnProperty.call(message, "principalType"))
                    if (!$util.isString(message.principalType))
                        return "principalType: string expected";
                if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                    if (!$util.isString(message.resource))
                        return "resource: string expected";
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    if (typeof message.read !== "boolean")
                        return "read: boolean expected";
                return null;
            };

            Rule.fromObject = function (object, _depth) {
                if (object instanceof $root.common.access_control.Rule)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.access_control.Rule: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.access_control.Rule();
                if (object.principal != null)
                    if (typeof object.principal !== "string" || object.principal.length)
                        message.principal = $String(object.principal);
                if (object.principalType != null)
                    if (typeof object.principalType !== "string" || object.principalType.length)
                        message.principalType = $String(object.principalType);
                if (object.resource != null)
                    if (typeof object.resource !== "string" || object.resource.length)
                        message.resource = $String(object.resource);
                if (object.read != null)
                    if (object.read)
                        message.read = $Boolean(object.read);
                return message;
            };

            Rule.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.principal = "";
                    object.principalType = "";
                    object.resource = "";
                    object.read = false;
                }
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    object.principal = message.principal;
                if (message.principalType != null && $Object.hasOwnProperty.call(message, "principalType"))
                    object.principalType = message.principalType;
                if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                    object.resource = message.resource;
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    object.read = message.read;
                return object;
            };

            Rule.prototype.toJSON = function() {
                return Rule.toObject(this, $protobuf.util.toJSONOptions);
            };

            Rule.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.access_control.Rule";
            };

            return Rule;
        })();

        return access_control;
    })();

    common.ack = (function() {

        const ack = {};

        ack.Ack = (function() {

            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ack.prototype.status = 0;
            Ack.prototype.request_id = "";
            Ack.prototype.message = "";

            Ack.create = function(properties) {
                return new Ack(properties);
            };

            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(26).string(message.request_id);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.ack.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.common.ack.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.ack.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.ack.Ack();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.common.ack.Ack.STATUS[object.status] !== 0))
                    switch (object.status) {
                    case "OK":
                    case 0:
                        message.status = 0;
                        break;
                    case "ERROR":
                    case 1:
                        message.status = 1;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === $String ? "OK" : 0;
                    object.request_id = "";
                    object.message = "";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.common.ack.Ack.STATUS[message.status] === $undefined ? message.status : $root.common.ack.Ack.STATUS[message.status] : message.status;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.ack.Ack";
            };

            Ack.STATUS = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OK"] = 0;
                values[valuesById[1] = "ERROR"] = 1;
                return values;
            })();

            return Ack;
        })();

        return ack;
    })();

    common.events = (function() {

        const events = {};

        events.EventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEDGER_STATE"] = 0;
            values[valuesById[1] = "ASSET_LOCK"] = 1;
            values[valuesById[2] = "ASSET_CLAIM"] = 2;
            return values;
        })();

        events.EventMatcher = (function() {

            const EventMatcher = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventMatcher.prototype.event_type = 0;
            EventMatcher.prototype.event_class_id = "";
            EventMatcher.prototype.transaction_ledger_id = "";
            EventMatcher.prototype.transaction_contract_id = "";
            EventMatcher.prototype.transaction_func = "";

            EventMatcher.create = function(properties) {
                return new EventMatcher(properties);
            };

            EventMatcher.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event_type != null && $Object.hasOwnProperty.call(message, "event_type") && message.event_type !== 0)
                    writer.uint32(8).int32(message.event_type);
                if (message.event_class_id != null && $Object.hasOwnProperty.call(message, "event_class_id") && message.event_class_id !== "")
                    writer.uint32(18).string(message.event_class_id);
                if (message.transaction_ledger_id != null && $Object.hasOwnProperty.call(message, "transaction_ledger_id") && message.transaction_ledger_id !== "")
                    writer.uint32(26).string(message.transaction_ledger_id);
                if (message.transaction_contract_id != null && $Object.hasOwnProperty.call(message, "transaction_contract_id") && message.transaction_contract_id !== "")
                    writer.uint32(34).string(message.transaction_contract_id);
                if (message.transaction_func != null && $Object.hasOwnProperty.call(message, "transaction_func") && message.transaction_func !== "")
                    writer.uint32(42).string(message.transaction_func);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventMatcher.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventMatcher.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventMatcher();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.event_type = value;
                            else
                                delete message.event_type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event_class_id = value;
                            else
                                delete message.event_class_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transaction_ledger_id = value;
                            else
                                delete message.transaction_ledger_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transaction_contract_id = value;
                            else
                                delete message.transaction_contract_id;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transaction_func = value;
                            else
                                delete message.transaction_func;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventMatcher.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventMatcher.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.event_type != null && $Object.hasOwnProperty.call(message, "event_type"))
                    if (typeof message.event_type !== "number" || (message.event_type | 0) !== message.event_type)
                        return "event_type: enum value expected";
                if (message.event_class_id != null && $Object.hasOwnProperty.call(message, "event_class_id"))
                    if (!$util.isString(message.event_class_id))
                        return "event_class_id: string expected";
                if (message.transaction_ledger_id != null && $Object.hasOwnProperty.call(message, "transaction_ledger_id"))
                    if (!$util.isString(message.transaction_ledger_id))
                        return "transaction_ledger_id: string expected";
                if (message.transaction_contract_id != null && $Object.hasOwnProperty.call(message, "transaction_contract_id"))
                    if (!$util.isString(message.transaction_contract_id))
                        return "transaction_contract_id: string expected";
                if (message.transaction_func != null && $Object.hasOwnProperty.call(message, "transaction_func"))
                    if (!$util.isString(message.transaction_func))
                        return "transaction_func: string expected";
                return null;
            };

            EventMatcher.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventMatcher)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventMatcher: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventMatcher();
                if (object.event_type !== 0 && (typeof object.event_type !== "string" || $root.common.events.EventType[object.event_type] !== 0))
                    switch (object.event_type) {
                    case "LEDGER_STATE":
                    case 0:
                        message.event_type = 0;
                        break;
                    case "ASSET_LOCK":
                    case 1:
                        message.event_type = 1;
                        break;
                    case "ASSET_CLAIM":
                    case 2:
                        message.event_type = 2;
                        break;
                    default:
                        if (typeof object.event_type === "number" && (object.event_type | 0) === object.event_type)
                            message.event_type = object.event_type;
                    }
                if (object.event_class_id != null)
                    if (typeof object.event_class_id !== "string" || object.event_class_id.length)
                        message.event_class_id = $String(object.event_class_id);
                if (object.transaction_ledger_id != null)
                    if (typeof object.transaction_ledger_id !== "string" || object.transaction_ledger_id.length)
                        message.transaction_ledger_id = $String(object.transaction_ledger_id);
                if (object.transaction_contract_id != null)
                    if (typeof object.transaction_contract_id !== "string" || object.transaction_contract_id.length)
                        message.transaction_contract_id = $String(object.transaction_contract_id);
                if (object.transaction_func != null)
                    if (typeof object.transaction_func !== "string" || object.transaction_func.length)
                        message.transaction_func = $String(object.transaction_func);
                return message;
            };

            EventMatcher.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.event_type = options.enums === $String ? "LEDGER_STATE" : 0;
                    object.event_class_id = "";
                    object.transaction_ledger_id = "";
                    object.transaction_contract_id = "";
                    object.transaction_func = "";
                }
                if (message.event_type != null && $Object.hasOwnProperty.call(message, "event_type"))
                    object.event_type = options.enums === $String ? $root.common.events.EventType[message.event_type] === $undefined ? message.event_type : $root.common.events.EventType[message.event_type] : message.event_type;
                if (message.event_class_id != null && $Object.hasOwnProperty.call(message, "event_class_id"))
                    object.event_class_id = message.event_class_id;
                if (message.transaction_ledger_id != null && $Object.hasOwnProperty.call(message, "transaction_ledger_id"))
                    object.transaction_ledger_id = message.transaction_ledger_id;
                if (message.transaction_contract_id != null && $Object.hasOwnProperty.call(message, "transaction_contract_id"))
                    object.transaction_contract_id = message.transaction_contract_id;
                if (message.transaction_func != null && $Object.hasOwnProperty.call(message, "transaction_func"))
                    object.transaction_func = message.transaction_func;
                return object;
            };

            EventMatcher.prototype.toJSON = function() {
                return EventMatcher.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventMatcher.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventMatcher";
            };

            return EventMatcher;
        })();

        events.EventSubOperation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUBSCRIBE"] = 0;
            values[valuesById[1] = "UNSUBSCRIBE"] = 1;
            values[valuesById[2] = "UPDATE"] = 2;
            return values;
        })();

        events.EventSubscription = (function() {

            const EventSubscription = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventSubscription.prototype.event_matcher = null;
            EventSubscription.prototype.query = null;
            EventSubscription.prototype.operation = 0;
            EventSubscription.prototype.from_sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            EventSubscription.create = function(properties) {
                return new EventSubscription(properties);
            };

            EventSubscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    $root.common.events.EventMatcher.encode(message.event_matcher, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.common.query.Query.encode(message.query, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== 0)
                    writer.uint32(24).int32(message.operation);
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence") && (typeof message.from_sequence === "object" ? message.from_sequence.low || message.from_sequence.high : message.from_sequence !== 0))
                    writer.uint32(80).uint64(message.from_sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventSubscription.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventSubscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventSubscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.event_matcher = $root.common.events.EventMatcher.decode(reader, reader.size(), $undefined, _depth + 1, message.event_matcher);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.common.query.Query.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operation = value;
                            else
                                delete message.operation;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from_sequence = value;
                            else
                                delete message.from_sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventSubscription.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventSubscription.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher")) {
                    let error = $root.common.events.EventMatcher.verify(message.event_matcher, _depth + 1);
                    if (error)
                        return "event_matcher." + error;
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    let error = $root.common.query.Query.verify(message.query, _depth + 1);
                    if (error)
                        return "query." + error;
                }
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    if (typeof message.operation !== "number" || (message.operation | 0) !== message.operation)
                        return "operation: enum value expected";
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (!$util.isInteger(message.from_sequence) && !(message.from_sequence && $util.isInteger(message.from_sequence.low) && $util.isInteger(message.from_sequence.high)))
                        return "from_sequence: integer|Long expected";
                return null;
            };

            EventSubscription.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventSubscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventSubscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventSubscription();
                if (object.event_matcher != null) {
                    if (!$util.isObject(object.event_matcher))
                        throw $TypeError(".common.events.EventSubscription.event_matcher: object expected");
                    message.event_matcher = $root.common.events.EventMatcher.fromObject(object.event_matcher, _depth + 1);
                }
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw $TypeError(".common.events.EventSubscription.query: object expected");
                    message.query = $root.common.query.Query.fromObject(object.query, _depth + 1);
                }
                if (object.operation !== 0 && (typeof object.operation !== "string" || $root.common.events.EventSubOperation[object.operation] !== 0))
                    switch (object.operation) {
                    case "SUBSCRIBE":
                    case 0:
                        message.operation = 0;
                        break;
                    case "UNSUBSCRIBE":
                    case 1:
                        message.operation = 1;
                        break;
                    case "UPDATE":
                    case 2:
                        message.operation = 2;
                        break;
                    default:
                        if (typeof object.operation === "number" && (object.operation | 0) === object.operation)
                            message.operation = object.operation;
                    }
                if (object.from_sequence != null)
                    if (typeof object.from_sequence === "object" ? object.from_sequence.low || object.from_sequence.high : $Number(object.from_sequence) !== 0)
                        if ($util.Long)
                            message.from_sequence = $util.Long.fromValue(object.from_sequence, true);
                        else if (typeof object.from_sequence === "string")
                            message.from_sequence = $parseInt(object.from_sequence, 10);
                        else if (typeof object.from_sequence === "number")
                            message.from_sequence = object.from_sequence;
                        else if (typeof object.from_sequence === "object")
                            message.from_sequence = new $util.LongBits(object.from_sequence.low >>> 0, object.from_sequence.high >>> 0).toNumber(true);
                return message;
            };

            EventSubscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.event_matcher = null;
                    object.query = null;
                    object.operation = options.enums === $String ? "SUBSCRIBE" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.from_sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from_sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    object.event_matcher = $root.common.events.EventMatcher.toObject(message.event_matcher, options, _depth + 1);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = $root.common.query.Query.toObject(message.query, options, _depth + 1);
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    object.operation = options.enums === $String ? $root.common.events.EventSubOperation[message.operation] === $undefined ? message.operation : $root.common.events.EventSubOperation[message.operation] : message.operation;
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from_sequence = typeof message.from_sequence === "number" ? $BigInt(message.from_sequence) : $util.Long.fromBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.from_sequence === "number")
                        object.from_sequence = options.longs === $String ? $String(message.from_sequence) : message.from_sequence;
                    else
                        object.from_sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.from_sequence) : options.longs === $Number ? new $util.LongBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0).toNumber(true) : message.from_sequence;
                return object;
            };

            EventSubscription.prototype.toJSON = function() {
                return EventSubscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventSubscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventSubscription";
            };

            return EventSubscription;
        })();

        events.EventSubscriptionState = (function() {

            const EventSubscriptionState = function (properties) {
                this.event_publication_specs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventSubscriptionState.prototype.request_id = "";
            EventSubscriptionState.prototype.publishing_request_id = "";
            EventSubscriptionState.prototype.status = 0;
            EventSubscriptionState.prototype.message = "";
            EventSubscriptionState.prototype.event_matcher = null;
            EventSubscriptionState.prototype.event_publication_specs = $util.emptyArray;
            EventSubscriptionState.prototype.error_code = "";
            EventSubscriptionState.prototype.from_sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EventSubscriptionState.prototype.last_sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            EventSubscriptionState.create = function(properties) {
                return new EventSubscriptionState(properties);
            };

            EventSubscriptionState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.publishing_request_id != null && $Object.hasOwnProperty.call(message, "publishing_request_id") && message.publishing_request_id !== "")
                    writer.uint32(18).string(message.publishing_request_id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(24).int32(message.status);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    $root.common.events.EventMatcher.encode(message.event_matcher, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.event_publication_specs != null && message.event_publication_specs.length)
                    for (let i = 0; i < message.event_publication_specs.length; ++i)
                        $root.common.events.EventPublication.encode(message.event_publication_specs[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code") && message.error_code !== "")
                    writer.uint32(82).string(message.error_code);
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence") && (typeof message.from_sequence === "object" ? message.from_sequence.low || message.from_sequence.high : message.from_sequence !== 0))
                    writer.uint32(88).uint64(message.from_sequence);
                if (message.last_sequence != null && $Object.hasOwnProperty.call(message, "last_sequence") && (typeof message.last_sequence === "object" ? message.last_sequence.low || message.last_sequence.high : message.last_sequence !== 0))
                    writer.uint32(96).uint64(message.last_sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventSubscriptionState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventSubscriptionState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventSubscriptionState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publishing_request_id = value;
                            else
                                delete message.publishing_request_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.event_matcher = $root.common.events.EventMatcher.decode(reader, reader.size(), $undefined, _depth + 1, message.event_matcher);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.event_publication_specs && message.event_publication_specs.length))
                                message.event_publication_specs = [];
                            message.event_publication_specs.push($root.common.events.EventPublication.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error_code = value;
                            else
                                delete message.error_code;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from_sequence = value;
                            else
                                delete message.from_sequence;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_sequence = value;
                            else
                                delete message.last_sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventSubscriptionState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventSubscriptionState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.publishing_request_id != null && $Object.hasOwnProperty.call(message, "publishing_request_id"))
                    if (!$util.isString(message.publishing_request_id))
                        return "publishing_request_id: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher")) {
                    let error = $root.common.events.EventMatcher.verify(message.event_matcher, _depth + 1);
                    if (error)
                        return "event_matcher." + error;
                }
                if (message.event_publication_specs != null && $Object.hasOwnProperty.call(message, "event_publication_specs")) {
                    if (!$Array.isArray(message.event_publication_specs))
                        return "event_publication_specs: array expected";
                    for (let i = 0; i < message.event_publication_specs.length; ++i) {
                        let error = $root.common.events.EventPublication.verify(message.event_publication_specs[i], _depth + 1);
                        if (error)
                            return "event_publication_specs." + error;
                    }
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    if (!$util.isString(message.error_code))
                        return "error_code: string expected";
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (!$util.isInteger(message.from_sequence) && !(message.from_sequence && $util.isInteger(message.from_sequence.low) && $util.isInteger(message.from_sequence.high)))
                        return "from_sequence: integer|Long expected";
                if (message.last_sequence != null && $Object.hasOwnProperty.call(message, "last_sequence"))
                    if (!$util.isInteger(message.last_sequence) && !(message.last_sequence && $util.isInteger(message.last_sequence.low) && $util.isInteger(message.last_sequence.high)))
                        return "last_sequence: integer|Long expected";
                return null;
            };

            EventSubscriptionState.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventSubscriptionState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventSubscriptionState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventSubscriptionState();
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.publishing_request_id != null)
                    if (typeof object.publishing_request_id !== "string" || object.publishing_request_id.length)
                        message.publishing_request_id = $String(object.publishing_request_id);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.common.events.EventSubscriptionState.STATUS[object.status] !== 0))
                    switch (object.status) {
                    case "SUBSCRIBE_PENDING_ACK":
                    case 0:
                        message.status = 0;
                        break;
                    case "SUBSCRIBE_PENDING":
                    case 1:
                        message.status = 1;
                        break;
                    case "SUBSCRIBED":
                    case 2:
                        message.status = 2;
                        break;
                    case "UNSUBSCRIBE_PENDING_ACK":
                    case 3:
                        message.status = 3;
                        break;
                    case "UNSUBSCRIBE_PENDING":
                    case 4:
                        message.status = 4;
                        break;
                    case "UNSUBSCRIBED":
                    case 5:
                        message.status = 5;
                        break;
                    case "ERROR":
                    case 6:
                        message.status = 6;
                        break;
                    case "DUPLICATE_QUERY_SUBSCRIBED":
                    case 7:
                        message.status = 7;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.event_matcher != null) {
                    if (!$util.isObject(object.event_matcher))
                        throw $TypeError(".common.events.EventSubscriptionState.event_matcher: object expected");
                    message.event_matcher = $root.common.events.EventMatcher.fromObject(object.event_matcher, _depth + 1);
                }
                if (object.event_publication_specs) {
                    if (!$Array.isArray(object.event_publication_specs))
                        throw $TypeError(".common.events.EventSubscriptionState.event_publication_specs: array expected");
                    message.event_publication_specs = $Array(object.event_publication_specs.length);
                    for (let i = 0; i < object.event_publication_specs.length; ++i) {
                        if (!$util.isObject(object.event_publication_specs[i]))
                            throw $TypeError(".common.events.EventSubscriptionState.event_publication_specs: object expected");
                        message.event_publication_specs[i] = $root.common.events.EventPublication.fromObject(object.event_publication_specs[i], _depth + 1);
                    }
                }
                if (object.error_code != null)
                    if (typeof object.error_code !== "string" || object.error_code.length)
                        message.error_code = $String(object.error_code);
                if (object.from_sequence != null)
                    if (typeof object.from_sequence === "object" ? object.from_sequence.low || object.from_sequence.high : $Number(object.from_sequence) !== 0)
                        if ($util.Long)
                            message.from_sequence = $util.Long.fromValue(object.from_sequence, true);
                        else if (typeof object.from_sequence === "string")
                            message.from_sequence = $parseInt(object.from_sequence, 10);
                        else if (typeof object.from_sequence === "number")
                            message.from_sequence = object.from_sequence;
                        else if (typeof object.from_sequence === "object")
                            message.from_sequence = new $util.LongBits(object.from_sequence.low >>> 0, object.from_sequence.high >>> 0).toNumber(true);
                if (object.last_sequence != null)
                    if (typeof object.last_sequence === "object" ? object.last_sequence.low || object.last_sequence.high : $Number(object.last_sequence) !== 0)
                        if ($util.Long)
                            message.last_sequence = $util.Long.fromValue(object.last_sequence, true);
                        else if (typeof object.last_sequence === "string")
                            message.last_sequence = $parseInt(object.last_sequence, 10);
                        else if (typeof object.last_sequence === "number")
                            message.last_sequence = object.last_sequence;
                        else if (typeof object.last_sequence === "object")
                            message.last_sequence = new $util.LongBits(object.last_sequence.low >>> 0, object.last_sequence.high >>> 0).toNumber(true);
                return message;
            };

            EventSubscriptionState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.event_publication_specs = [];
                if (options.defaults) {
                    object.request_id = "";
                    object.publishing_request_id = "";
                    object.status = options.enums === $String ? "SUBSCRIBE_PENDING_ACK" : 0;
                    object.message = "";
                    object.event_matcher = null;
                    object.error_code = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.from_sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from_sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last_sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.publishing_request_id != null && $Object.hasOwnProperty.call(message, "publishing_request_id"))
                    object.publishing_request_id = message.publishing_request_id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.common.events.EventSubscriptionState.STATUS[message.status] === $undefined ? message.status : $root.common.events.EventSubscriptionState.STATUS[message.status] : message.status;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    object.event_matcher = $root.common.events.EventMatcher.toObject(message.event_matcher, options, _depth + 1);
                if (message.event_publication_specs && message.event_publication_specs.length) {
                    object.event_publication_specs = $Array(message.event_publication_specs.length);
                    for (let j = 0; j < message.event_publication_specs.length; ++j)
                        object.event_publication_specs[j] = $root.common.events.EventPublication.toObject(message.event_publication_specs[j], options, _depth + 1);
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    object.error_code = message.error_code;
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from_sequence = typeof message.from_sequence === "number" ? $BigInt(message.from_sequence) : $util.Long.fromBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.from_sequence === "number")
                        object.from_sequence = options.longs === $String ? $String(message.from_sequence) : message.from_sequence;
                    else
                        object.from_sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.from_sequence) : options.longs === $Number ? new $util.LongBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0).toNumber(true) : message.from_sequence;
                if (message.last_sequence != null && $Object.hasOwnProperty.call(message, "last_sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_sequence = typeof message.last_sequence === "number" ? $BigInt(message.last_sequence) : $util.Long.fromBits(message.last_sequence.low >>> 0, message.last_sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.last_sequence === "number")
                        object.last_sequence = options.longs === $String ? $String(message.last_sequence) : message.last_sequence;
                    else
                        object.last_sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.last_sequence) : options.longs === $Number ? new $util.LongBits(message.last_sequence.low >>> 0, message.last_sequence.high >>> 0).toNumber(true) : message.last_sequence;
                return object;
            };

            EventSubscriptionState.prototype.toJSON = function() {
                return EventSubscriptionState.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventSubscriptionState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventSubscriptionState";
            };

            EventSubscriptionState.STATUS = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SUBSCRIBE_PENDING_ACK"] = 0;
                values[valuesById[1] = "SUBSCRIBE_PENDING"] = 1;
                values[valuesById[2] = "SUBSCRIBED"] = 2;
                values[valuesById[3] = "UNSUBSCRIBE_PENDING_ACK"] = 3;
                values[valuesById[4] = "UNSUBSCRIBE_PENDING"] = 4;
                values[valuesById[5] = "UNSUBSCRIBED"] = 5;
                values[valuesById[6] = "ERROR"] = 6;
                values[valuesById[7] = "DUPLICATE_QUERY_SUBSCRIBED"] = 7;
                return values;
            })();

            return EventSubscriptionState;
        })();

        events.ContractTransaction = (function() {

            const ContractTransaction = function (properties) {
                this.args = [];
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContractTransaction.prototype.driver_id = "";
            ContractTransaction.prototype.ledger_id = "";
            ContractTransaction.prototype.contract_id = "";
            ContractTransaction.prototype.func = "";
            ContractTransaction.prototype.args = $util.emptyArray;
            ContractTransaction.prototype.replace_arg_index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ContractTransaction.prototype.members = $util.emptyArray;

            ContractTransaction.create = function(properties) {
                return new ContractTransaction(properties);
            };

            ContractTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.driver_id != null && $Object.hasOwnProperty.call(message, "driver_id") && message.driver_id !== "")
                    writer.uint32(10).string(message.driver_id);
                if (message.ledger_id != null && $Object.hasOwnProperty.call(message, "ledger_id") && message.ledger_id !== "")
                    writer.uint32(18).string(message.ledger_id);
                if (message.contract_id != null && $Object.hasOwnProperty.call(message, "contract_id") && message.contract_id !== "")
                    writer.uint32(26).string(message.contract_id);
                if (message.func != null && $Object.hasOwnProperty.call(message, "func") && message.func !== "")
                    writer.uint32(34).string(message.func);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        writer.uint32(42).bytes(message.args[i]);
                if (message.replace_arg_index != null && $Object.hasOwnProperty.call(message, "replace_arg_index") && (typeof message.replace_arg_index === "object" ? message.replace_arg_index.low || message.replace_arg_index.high : message.replace_arg_index !== 0))
                    writer.uint32(48).uint64(message.replace_arg_index);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(58).string(message.members[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContractTransaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ContractTransaction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.ContractTransaction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.driver_id = value;
                            else
                                delete message.driver_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ledger_id = value;
                            else
                                delete message.ledger_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contract_id = value;
                            else
                                delete message.contract_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.func = value;
                            else
                                delete message.func;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.bytes());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replace_arg_index = value;
                            else
                                delete message.replace_arg_index;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContractTransaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ContractTransaction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.driver_id != null && $Object.hasOwnProperty.call(message, "driver_id"))
                    if (!$util.isString(message.driver_id))
                        return "driver_id: string expected";
                if (message.ledger_id != null && $Object.hasOwnProperty.call(message, "ledger_id"))
                    if (!$util.isString(message.ledger_id))
                        return "ledger_id: string expected";
                if (message.contract_id != null && $Object.hasOwnProperty.call(message, "contract_id"))
                    if (!$util.isString(message.contract_id))
                        return "contract_id: string expected";
                if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                    if (!$util.isString(message.func))
                        return "func: string expected";
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$Array.isArray(message.args))
                        return "args: array expected";
                    for (let i = 0; i < message.args.length; ++i)
                        if (!(message.args[i] && typeof message.args[i].length === "number" || $util.isString(message.args[i])))
                            return "args: buffer[] expected";
                }
                if (message.replace_arg_index != null && $Object.hasOwnProperty.call(message, "replace_arg_index"))
                    if (!$util.isInteger(message.replace_arg_index) && !(message.replace_arg_index && $util.isInteger(message.replace_arg_index.low) && $util.isInteger(message.replace_arg_index.high)))
                        return "replace_arg_index: integer|Long expected";
                if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                    if (!$Array.isArray(message.members))
                        return "members: array expected";
                    for (let i = 0; i < message.members.length; ++i)
                        if (!$util.isString(message.members[i]))
                            return "members: string[] expected";
                }
                return null;
            };

            ContractTransaction.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.ContractTransaction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.ContractTransaction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.ContractTransaction();
                if (object.driver_id != null)
                    if (typeof object.driver_id !== "string" || object.driver_id.length)
                        message.driver_id = $String(object.driver_id);
                if (object.ledger_id != null)
                    if (typeof object.ledger_id !== "string" || object.ledger_id.length)
                        message.ledger_id = $String(object.ledger_id);
                if (object.contract_id != null)
                    if (typeof object.contract_id !== "string" || object.contract_id.length)
                        message.contract_id = $String(object.contract_id);
                if (object.func != null)
                    if (typeof object.func !== "string" || object.func.length)
                        message.func = $String(object.func);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".common.events.ContractTransaction.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i)
                        if (typeof object.args[i] === "string")
                            $util.base64.decode(object.args[i], message.args[i] = $util.newBuffer($util.base64.length(object.args[i])), 0);
                        else if (object.args[i].length >= 0)
                            message.args[i] = object.args[i];
                }
                if (object.replace_arg_index != null)
                    if (typeof object.replace_arg_index === "object" ? object.replace_arg_index.low || object.replace_arg_index.high : $Number(object.replace_arg_index) !== 0)
                        if ($util.Long)
                            message.replace_arg_index = $util.Long.fromValue(object.replace_arg_index, true);
                        else if (typeof object.replace_arg_index === "string")
                            message.replace_arg_index = $parseInt(object.replace_arg_index, 10);
                        else if (typeof object.replace_arg_index === "number")
                            message.replace_arg_index = object.replace_arg_index;
                        else if (typeof object.replace_arg_index === "object")
                            message.replace_arg_index = new $util.LongBits(object.replace_arg_index.low >>> 0, object.replace_arg_index.high >>> 0).toNumber(true);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".common.events.ContractTransaction.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        message.members[i] = $String(object.members[i]);
                }
                return message;
            };

            ContractTransaction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.args = [];
                    object.members = [];
                }
                if (options.defaults) {
                    object.driver_id = "";
                    object.ledger_id = "";
                    object.contract_id = "";
                    object.func = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replace_arg_index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replace_arg_index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.driver_id != null && $Object.hasOwnProperty.call(message, "driver_id"))
                    object.driver_id = message.driver_id;
                if (message.ledger_id != null && $Object.hasOwnProperty.call(message, "ledger_id"))
                    object.ledger_id = message.ledger_id;
                if (message.contract_id != null && $Object.hasOwnProperty.call(message, "contract_id"))
                    object.contract_id = message.contract_id;
                if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                    object.func = message.func;
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = options.bytes === $String ? $util.base64.encode(message.args[j], 0, message.args[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.args[j]) : message.args[j];
                }
                if (message.replace_arg_index != null && $Object.hasOwnProperty.call(message, "replace_arg_index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replace_arg_index = typeof message.replace_arg_index === "number" ? $BigInt(message.replace_arg_index) : $util.Long.fromBits(message.replace_arg_index.low >>> 0, message.replace_arg_index.high >>> 0, true).toBigInt();
                    else if (typeof message.replace_arg_index === "number")
                        object.replace_arg_index = options.longs === $String ? $String(message.replace_arg_index) : message.replace_arg_index;
                    else
                        object.replace_arg_index = options.longs === $String ? $util.Long.prototype.toString.call(message.replace_arg_index) : options.longs === $Number ? new $util.LongBits(message.replace_arg_index.low >>> 0, message.replace_arg_index.high >>> 0).toNumber(true) : message.replace_arg_index;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = message.members[j];
                }
                return object;
            };

            ContractTransaction.prototype.toJSON = function() {
                return ContractTransaction.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContractTransaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.ContractTransaction";
            };

            return ContractTransaction;
        })();

        events.EventPublication = (function() {

            const EventPublication = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventPublication.prototype.ctx = null;
            EventPublication.prototype.app_url = null;

            let $oneOfFields;

            $Object.defineProperty(EventPublication.prototype, "publication_target", {
                get: $util.oneOfGetter($oneOfFields = ["ctx", "app_url"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            EventPublication.create = function(properties) {
                return new EventPublication(properties);
            };

            EventPublication.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ctx != null && $Object.hasOwnProperty.call(message, "ctx"))
                    $root.common.events.ContractTransaction.encode(message.ctx, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.app_url != null && $Object.hasOwnProperty.call(message, "app_url"))
                    writer.uint32(18).string(message.app_url);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventPublication.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventPublication.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventPublication();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ctx = $root.common.events.ContractTransaction.decode(reader, reader.size(), $undefined, _depth + 1, message.ctx);
                            message.publication_target = "ctx";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.app_url = reader.stringVerify();
                            message.publication_target = "app_url";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventPublication.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventPublication.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.ctx != null && $Object.hasOwnProperty.call(message, "ctx")) {
                    properties.publication_target = 1;
                    {
                        let error = $root.common.events.ContractTransaction.verify(message.ctx, _depth + 1);
                        if (error)
                            return "ctx." + error;
                    }
                }
                if (message.app_url != null && $Object.hasOwnProperty.call(message, "app_url")) {
                    if (properties.publication_target === 1)
                        return "publication_target: multiple values";
                    properties.publication_target = 1;
                    if (!$util.isString(message.app_url))
                        return "app_url: string expected";
                }
                return null;
            };

            EventPublication.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventPublication)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventPublication: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventPublication();
                if (object.ctx != null) {
                    if (!$util.isObject(object.ctx))
                        throw $TypeError(".common.events.EventPublication.ctx: object expected");
                    message.ctx = $root.common.events.ContractTransaction.fromObject(object.ctx, _depth + 1);
                }
                if (object.app_url != null)
                    message.app_url = $String(object.app_url);
                return message;
            };

            EventPublication.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.ctx != null && $Object.hasOwnProperty.call(message, "ctx")) {
                    object.ctx = $root.common.events.ContractTransaction.toObject(message.ctx, options, _depth + 1);
                    if (options.oneofs)
                        object.publication_target = "ctx";
                }
                if (message.app_url != null && $Object.hasOwnProperty.call(message, "app_url")) {
                    object.app_url = message.app_url;
                    if (options.oneofs)
                        object.publication_target = "app_url";
                }
                return object;
            };

            EventPublication.prototype.toJSON = function() {
                return EventPublication.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventPublication.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventPublication";
            };

            return EventPublication;
        })();

        events.EventStates = (function() {

            const EventStates = function (properties) {
                this.states = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventStates.prototype.states = $util.emptyArray;

            EventStates.create = function(properties) {
                return new EventStates(properties);
            };

            EventStates.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.common.events.EventState.encode(message.states[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventStates.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventStates.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventStates();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.common.events.EventState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventStates.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventStates.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.states != null && $Object.hasOwnProperty.call(message, "states")) {
                    if (!$Array.isArray(message.states))
                        return "states: array expected";
                    for (let i = 0; i < message.states.length; ++i) {
                        let error = $root.common.events.EventState.verify(message.states[i], _depth + 1);
                        if (error)
                            return "states." + error;
                    }
                }
                return null;
            };

            EventStates.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventStates)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventStates: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventStates();
                if (object.states) {
                    if (!$Array.isArray(object.states))
                        throw $TypeError(".common.events.EventStates.states: array expected");
                    message.states = $Array(object.states.length);
                    for (let i = 0; i < object.states.length; ++i) {
                        if (!$util.isObject(object.states[i]))
                            throw $TypeError(".common.events.EventStates.states: object expected");
                        message.states[i] = $root.common.events.EventState.fromObject(object.states[i], _depth + 1);
                    }
                }
                return message;
            };

            EventStates.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.states = [];
                if (message.states && message.states.length) {
                    object.states = $Array(message.states.length);
                    for (let j = 0; j < message.states.length; ++j)
                        object.states[j] = $root.common.events.EventState.toObject(message.states[j], options, _depth + 1);
                }
                return object;
            };

            EventStates.prototype.toJSON = function() {
                return EventStates.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventStates.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventStates";
            };

            return EventStates;
        })();

        events.EventState = (function() {

            const EventState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventState.prototype.state = null;
            EventState.prototype.event_id = "";
            EventState.prototype.message = "";
            EventState.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            EventState.create = function(properties) {
                return new EventState(properties);
            };

            EventState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.common.state.RequestState.encode(message.state, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id") && message.event_id !== "")
                    writer.uint32(18).string(message.event_id);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(80).uint64(message.sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.events.EventState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.common.state.RequestState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event_id = value;
                            else
                                delete message.event_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    let error = $root.common.state.RequestState.verify(message.state, _depth + 1);
                    if (error)
                        return "state." + error;
                }
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id"))
                    if (!$util.isString(message.event_id))
                        return "event_id: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                return null;
            };

            EventState.fromObject = function (object, _depth) {
                if (object instanceof $root.common.events.EventState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.events.EventState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.events.EventState();
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".common.events.EventState.state: object expected");
                    message.state = $root.common.state.RequestState.fromObject(object.state, _depth + 1);
                }
                if (object.event_id != null)
                    if (typeof object.event_id !== "string" || object.event_id.length)
                        message.event_id = $String(object.event_id);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                return message;
            };

            EventState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.state = null;
                    object.event_id = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = $root.common.state.RequestState.toObject(message.state, options, _depth + 1);
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id"))
                    object.event_id = message.event_id;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                return object;
            };

            EventState.prototype.toJSON = function() {
                return EventState.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.events.EventState";
            };

            return EventState;
        })();

        return events;
    })();

    common.query = (function() {

        const query = {};

        query.Query = (function() {

            const Query = function (properties) {
                this.policy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Query.prototype.policy = $util.emptyArray;
            Query.prototype.address = "";
            Query.prototype.requesting_relay = "";
            Query.prototype.requesting_network = "";
            Query.prototype.certificate = "";
            Query.prototype.requestor_signature = "";
            Query.prototype.nonce = "";
            Query.prototype.request_id = "";
            Query.prototype.requesting_org = "";
            Query.prototype.confidential = false;
            Query.prototype.batchable = false;

            Query.create = function(properties) {
                return new Query(properties);
            };

            Query.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.policy != null && message.policy.length)
                    for (let i = 0; i < message.policy.length; ++i)
                        writer.uint32(10).string(message.policy[i]);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(18).string(message.address);
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay") && message.requesting_relay !== "")
                    writer.uint32(26).string(message.requesting_relay);
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network") && message.requesting_network !== "")
                    writer.uint32(34).string(message.requesting_network);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate") && message.certificate !== "")
                    writer.uint32(42).string(message.certificate);
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature") && message.requestor_signature !== "")
                    writer.uint32(50).string(message.requestor_signature);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(58).string(message.nonce);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(66).string(message.request_id);
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org") && message.requesting_org !== "")
                    writer.uint32(74).string(message.requesting_org);
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential") && message.confidential !== false)
                    writer.uint32(80).bool(message.confidential);
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable") && message.batchable !== false)
                    writer.uint32(808).bool(message.batchable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Query.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Query.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.query.Query();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policy && message.policy.length))
                                message.policy = [];
                            message.policy.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_relay = value;
                            else
                                delete message.requesting_relay;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_network = value;
                            else
                                delete message.requesting_network;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.certificate = value;
                            else
                                delete message.certificate;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestor_signature = value;
                            else
                                delete message.requestor_signature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_org = value;
                            else
                                delete message.requesting_org;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.confidential = value;
                            else
                                delete message.confidential;
                            continue;
                        }
                    case 101: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.batchable = value;
                            else
                                delete message.batchable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Query.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Query.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    if (!$Array.isArray(message.policy))
                        return "policy: array expected";
                    for (let i = 0; i < message.policy.length; ++i)
                        if (!$util.isString(message.policy[i]))
                            return "policy: string[] expected";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay"))
                    if (!$util.isString(message.requesting_relay))
                        return "requesting_relay: string expected";
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    if (!$util.isString(message.requesting_network))
                        return "requesting_network: string expected";
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    if (!$util.isString(message.certificate))
                        return "certificate: string expected";
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature"))
                    if (!$util.isString(message.requestor_signature))
                        return "requestor_signature: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isString(message.nonce))
                        return "nonce: string expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org"))
                    if (!$util.isString(message.requesting_org))
                        return "requesting_org: string expected";
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    if (typeof message.confidential !== "boolean")
                        return "confidential: boolean expected";
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable"))
                    if (typeof message.batchable !== "boolean")
                        return "batchable: boolean expected";
                return null;
            };

            Query.fromObject = function (object, _depth) {
                if (object instanceof $root.common.query.Query)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.query.Query: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.query.Query();
                if (object.policy) {
                    if (!$Array.isArray(object.policy))
                        throw $TypeError(".common.query.Query.policy: array expected");
                    message.policy = $Array(object.policy.length);
                    for (let i = 0; i < object.policy.length; ++i)
                        message.policy[i] = $String(object.policy[i]);
                }
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.requesting_relay != null)
                    if (typeof object.requesting_relay !== "string" || object.requesting_relay.length)
                        message.requesting_relay = $String(object.requesting_relay);
                if (object.requesting_network != null)
                    if (typeof object.requesting_network !== "string" || object.requesting_network.length)
                        message.requesting_network = $String(object.requesting_network);
                if (object.certificate != null)
                    if (typeof object.certificate !== "string" || object.certificate.length)
                        message.certificate = $String(object.certificate);
                if (object.requestor_signature != null)
                    if (typeof object.requestor_signature !== "string" || object.requestor_signature.length)
                        message.requestor_signature = $String(object.requestor_signature);
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.requesting_org != null)
                    if (typeof object.requesting_org !== "string" || object.requesting_org.length)
                        message.requesting_org = $String(object.requesting_org);
                if (object.confidential != null)
                    if (object.confidential)
                        message.confidential = $Boolean(object.confidential);
                if (object.batchable != null)
                    if (object.batchable)
                        message.batchable = $Boolean(object.batchable);
                return message;
            };

            Query.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.policy = [];
                if (options.defaults) {
                    object.address = "";
                    object.requesting_relay = "";
                    object.requesting_network = "";
                    object.certificate = "";
                    object.requestor_signature = "";
                    object.nonce = "";
                    object.request_id = "";
                    object.requesting_org = "";
                    object.confidential = false;
                    object.batchable = false;
                }
                if (message.policy && message.policy.length) {
                    object.policy = $Array(message.policy.length);
                    for (let j = 0; j < message.policy.length; ++j)
                        object.policy[j] = message.policy[j];
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay"))
                    object.requesting_relay = message.requesting_relay;
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    object.requesting_network = message.requesting_network;
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    object.certificate = message.certificate;
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature"))
                    object.requestor_signature = message.requestor_signature;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org"))
                    object.requesting_org = message.requesting_org;
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    object.confidential = message.confidential;
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable"))
                    object.batchable = message.batchable;
                return object;
            };

            Query.prototype.toJSON = function() {
                return Query.toObject(this, $protobuf.util.toJSONOptions);
            };

            Query.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.query.Query";
            };

            return Query;
        })();

        return query;
    })();

    common.state = (function() {

        const state = {};

        state.Meta = (function() {

            const Meta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Meta.prototype.protocol = 0;
            Meta.prototype.timestamp = "";
            Meta.prototype.proof_type = "";
            Meta.prototype.serialization_format = "";

            Meta.create = function(properties) {
                return new Meta(properties);
            };

            Meta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(8).int32(message.protocol);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && message.timestamp !== "")
                    writer.uint32(18).string(message.timestamp);
                if (message.proof_type != null && $Object.hasOwnProperty.call(message, "proof_type") && message.proof_type !== "")
                    writer.uint32(26).string(message.proof_type);
                if (message.serialization_format != null && $Object.hasOwnProperty.call(message, "serialization_format") && message.serialization_format !== "")
                    writer.uint32(34).string(message.serialization_format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Meta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Meta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.state.Meta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proof_type = value;
                            else
                                delete message.proof_type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serialization_format = value;
                            else
                                delete message.serialization_format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Meta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Meta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (typeof message.protocol !== "number" || (message.protocol | 0) !== message.protocol)
                        return "protocol: enum value expected";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isString(message.timestamp))
                        return "timestamp: string expected";
                if (message.proof_type != null && $Object.hasOwnProperty.call(message, "proof_type"))
                    if (!$util.isString(message.proof_type))
                        return "proof_type: string expected";
                if (message.serialization_format != null && $Object.hasOwnProperty.call(message, "serialization_format"))
                    if (!$util.isString(message.serialization_format))
                        return "serialization_format: string expected";
                return null;
            };

            Meta.fromObject = function (object, _depth) {
                if (object instanceof $root.common.state.Meta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.state.Meta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.state.Meta();
                if (object.protocol !== 0 && (typeof object.protocol !== "string" || $root.common.state.Meta.Protocol[object.protocol] !== 0))
                    switch (object.protocol) {
                    case "BITCOIN":
                    case 0:
                        message.protocol = 0;
                        break;
                    case "ETHEREUM":
                    case 1:
                        message.protocol = 1;
                        break;
                    case "FABRIC":
                    case 3:
                        message.protocol = 3;
                        break;
                    case "CORDA":
                    case 4:
                        message.protocol = 4;
                        break;
                    default:
                        if (typeof object.protocol === "number" && (object.protocol | 0) === object.protocol)
                            message.protocol = object.protocol;
                    }
                if (object.timestamp != null)
                    if (typeof object.timestamp !== "string" || object.timestamp.length)
                        message.timestamp = $String(object.timestamp);
                if (object.proof_type != null)
                    if (typeof object.proof_type !== "string" || object.proof_type.length)
                        message.proof_type = $String(object.proof_type);
                if (object.serialization_format != null)
                    if (typeof object.serialization_format !== "string" || object.serialization_format.length)
                        message.serialization_format = $String(object.serialization_format);
                return message;
            };

            Meta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = options.enums === $String ? "BITCOIN" : 0;
                    object.timestamp = "";
                    object.proof_type = "";
                    object.serialization_format = "";
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === $String ? $root.common.state.Meta.Protocol[message.protocol] === $undefined ? message.protocol : $root.common.state.Meta.Protocol[message.protocol] : message.protocol;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = message.timestamp;
                if (message.proof_type != null && $Object.hasOwnProperty.call(message, "proof_type"))
                    object.proof_type = message.proof_type;
                if (message.serialization_format != null && $Object.hasOwnProperty.call(message, "serialization_format"))
                    object.serialization_format = message.serialization_format;
                return object;
            };

            Meta.prototype.toJSON = function() {
                return Meta.toObject(this, $protobuf.util.toJSONOptions);
            };

            Meta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.state.Meta";
            };

            Meta.Protocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BITCOIN"] = 0;
                values[valuesById[1] = "ETHEREUM"] = 1;
                values[valuesById[3] = "FABRIC"] = 3;
                values[valuesById[4] = "CORDA"] = 4;
                return values;
            })();

            return Meta;
        })();

        state.View = (function() {

            const View = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            View.prototype.meta = null;
            View.prototype.data = $util.newBuffer([]);

            View.create = function(properties) {
                return new View(properties);
            };

            View.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.common.state.Meta.encode(message.meta, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            View.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            View.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.state.View();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.common.state.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            View.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            View.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.common.state.Meta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            View.fromObject = function (object, _depth) {
                if (object instanceof $root.common.state.View)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.state.View: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.state.View();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".common.state.View.meta: object expected");
                    message.meta = $root.common.state.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            View.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.common.state.Meta.toObject(message.meta, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            View.prototype.toJSON = function() {
                return View.toObject(this, $protobuf.util.toJSONOptions);
            };

            View.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.state.View";
            };

            return View;
        })();

        state.ViewPayload = (function() {

            const ViewPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ViewPayload.prototype.request_id = "";
            ViewPayload.prototype.view = null;
            ViewPayload.prototype.error = null;
            ViewPayload.prototype.error_code = "";
            ViewPayload.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            let $oneOfFields;

            $Object.defineProperty(ViewPayload.prototype, "state", {
                get: $util.oneOfGetter($oneOfFields = ["view", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ViewPayload.create = function(properties) {
                return new ViewPayload(properties);
            };

            ViewPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    $root.common.state.View.encode(message.view, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(26).string(message.error);
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code") && message.error_code !== "")
                    writer.uint32(82).string(message.error_code);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(88).uint64(message.sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ViewPayload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ViewPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.state.ViewPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.view = $root.common.state.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                            message.state = "view";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.stringVerify();
                            message.state = "error";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error_code = value;
                            else
                                delete message.error_code;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ViewPayload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ViewPayload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                    properties.state = 1;
                    {
                        let error = $root.common.state.View.verify(message.view, _depth + 1);
                        if (error)
                            return "view." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.state === 1)
                        return "state: multiple values";
                    properties.state = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    if (!$util.isString(message.error_code))
                        return "error_code: string expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                return null;
            };

            ViewPayload.fromObject = function (object, _depth) {
                if (object instanceof $root.common.state.ViewPayload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.state.ViewPayload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.state.ViewPayload();
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.view != null) {
                    if (!$util.isObject(object.view))
                        throw $TypeError(".common.state.ViewPayload.view: object expected");
                    message.view = $root.common.state.View.fromObject(object.view, _depth + 1);
                }
                if (object.error != null)
                    message.error = $String(object.error);
                if (object.error_code != null)
                    if (typeof object.error_code !== "string" || object.error_code.length)
                        message.error_code = $String(object.error_code);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                return message;
            };

            ViewPayload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request_id = "";
                    object.error_code = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                    object.view = $root.common.state.View.toObject(message.view, options, _depth + 1);
                    if (options.oneofs)
                        object.state = "view";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = message.error;
                    if (options.oneofs)
                        object.state = "error";
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    object.error_code = message.error_code;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                return object;
            };

            ViewPayload.prototype.toJSON = function() {
                return ViewPayload.toObject(this, $protobuf.util.toJSONOptions);
            };

            ViewPayload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.state.ViewPayload";
            };

            return ViewPayload;
        })();

        state.RequestState = (function() {

            const RequestState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RequestState.prototype.request_id = "";
            RequestState.prototype.status = 0;
            RequestState.prototype.view = null;
            RequestState.prototype.error = null;
            RequestState.prototype.error_code = "";

            let $oneOfFields;

            $Object.defineProperty(RequestState.prototype, "state", {
                get: $util.oneOfGetter($oneOfFields = ["view", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RequestState.create = function(properties) {
                return new RequestState(properties);
            };

            RequestState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    $root.common.state.View.encode(message.view, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(34).string(message.error);
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code") && message.error_code !== "")
                    writer.uint32(82).string(message.error_code);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RequestState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RequestState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.state.RequestState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.view = $root.common.state.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                            message.state = "view";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.stringVerify();
                            message.state = "error";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error_code = value;
                            else
                                delete message.error_code;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RequestState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RequestState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                    properties.state = 1;
                    {
                        let error = $root.common.state.View.verify(message.view, _depth + 1);
                        if (error)
                            return "view." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.state === 1)
                        return "state: multiple values";
                    properties.state = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    if (!$util.isString(message.error_code))
                        return "error_code: string expected";
                return null;
            };

            RequestState.fromObject = function (object, _depth) {
                if (object instanceof $root.common.state.RequestState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.state.RequestState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.state.RequestState();
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.common.state.RequestState.STATUS[object.status] !== 0))
                    switch (object.status) {
                    case "PENDING_ACK":
                    case 0:
                        message.status = 0;
                        break;
                    case "PENDING":
                    case 1:
                        message.status = 1;
                        break;
                    case "ERROR":
                    case 2:
                        message.status = 2;
                        break;
                    case "COMPLETED":
                    case 3:
                        message.status = 3;
                        break;
                    case "EVENT_RECEIVED":
                    case 4:
                        message.status = 4;
                        break;
                    case "EVENT_WRITTEN":
                    case 5:
                        message.status = 5;
                        break;
                    case "EVENT_WRITE_ERROR":
                    case 6:
                        message.status = 6;
                        break;
                    case "DELETED":
                    case 7:
                        message.status = 7;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.view != null) {
                    if (!$util.isObject(object.view))
                        throw $TypeError(".common.state.RequestState.view: object expected");
                    message.view = $root.common.state.View.fromObject(object.view, _depth + 1);
                }
                if (object.error != null)
                    message.error = $String(object.error);
                if (object.error_code != null)
                    if (typeof object.error_code !== "string" || object.error_code.length)
                        message.error_code = $String(object.error_code);
                return message;
            };

            RequestState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request_id = "";
                    object.status = options.enums === $String ? "PENDING_ACK" : 0;
                    object.error_code = "";
                }
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.common.state.RequestState.STATUS[message.status] === $undefined ? message.status : $root.common.state.RequestState.STATUS[message.status] : message.status;
                if (message.view != null && $Object.hasOwnProperty.call(message, "view")) {
                    object.view = $root.common.state.View.toObject(message.view, options, _depth + 1);
                    if (options.oneofs)
                        object.state = "view";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = message.error;
                    if (options.oneofs)
                        object.state = "error";
                }
                if (message.error_code != null && $Object.hasOwnProperty.call(message, "error_code"))
                    object.error_code = message.error_code;
                return object;
            };

            RequestState.prototype.toJSON = function() {
                return RequestState.toObject(this, $protobuf.util.toJSONOptions);
            };

            RequestState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.state.RequestState";
            };

            RequestState.STATUS = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PENDING_ACK"] = 0;
                values[valuesById[1] = "PENDING"] = 1;
                values[valuesById[2] = "ERROR"] = 2;
                values[valuesById[3] = "COMPLETED"] = 3;
                values[valuesById[4] = "EVENT_RECEIVED"] = 4;
                values[valuesById[5] = "EVENT_WRITTEN"] = 5;
                values[valuesById[6] = "EVENT_WRITE_ERROR"] = 6;
                values[valuesById[7] = "DELETED"] = 7;
                return values;
            })();

            return RequestState;
        })();

        return state;
    })();

    common.interop_payload = (function() {

        const interop_payload = {};

        interop_payload.InteropPayload = (function() {

            const InteropPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InteropPayload.prototype.payload = $util.newBuffer([]);
            InteropPayload.prototype.address = "";
            InteropPayload.prototype.confidential = false;
            InteropPayload.prototype.requestor_certificate = "";
            InteropPayload.prototype.nonce = "";
            InteropPayload.prototype.source_time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            InteropPayload.create = function(properties) {
                return new InteropPayload(properties);
            };

            InteropPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(10).bytes(message.payload);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(18).string(message.address);
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential") && message.confidential !== false)
                    writer.uint32(24).bool(message.confidential);
                if (message.requestor_certificate != null && $Object.hasOwnProperty.call(message, "requestor_certificate") && message.requestor_certificate !== "")
                    writer.uint32(34).string(message.requestor_certificate);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(42).string(message.nonce);
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms") && (typeof message.source_time_ms === "object" ? message.source_time_ms.low || message.source_time_ms.high : message.source_time_ms !== 0))
                    writer.uint32(48).uint64(message.source_time_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InteropPayload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            InteropPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.interop_payload.InteropPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.confidential = value;
                            else
                                delete message.confidential;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestor_certificate = value;
                            else
                                delete message.requestor_certificate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.source_time_ms = value;
                            else
                                delete message.source_time_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InteropPayload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            InteropPayload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    if (typeof message.confidential !== "boolean")
                        return "confidential: boolean expected";
                if (message.requestor_certificate != null && $Object.hasOwnProperty.call(message, "requestor_certificate"))
                    if (!$util.isString(message.requestor_certificate))
                        return "requestor_certificate: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isString(message.nonce))
                        return "nonce: string expected";
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (!$util.isInteger(message.source_time_ms) && !(message.source_time_ms && $util.isInteger(message.source_time_ms.low) && $util.isInteger(message.source_time_ms.high)))
                        return "source_time_ms: integer|Long expected";
                return null;
            };

            InteropPayload.fromObject = function (object, _depth) {
                if (object instanceof $root.common.interop_payload.InteropPayload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.interop_payload.InteropPayload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.interop_payload.InteropPayload();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.confidential != null)
                    if (object.confidential)
                        message.confidential = $Boolean(object.confidential);
                if (object.requestor_certificate != null)
                    if (typeof object.requestor_certificate !== "string" || object.requestor_certificate.length)
                        message.requestor_certificate = $String(object.requestor_certificate);
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.source_time_ms != null)
                    if (typeof object.source_time_ms === "object" ? object.source_time_ms.low || object.source_time_ms.high : $Number(object.source_time_ms) !== 0)
                        if ($util.Long)
                            message.source_time_ms = $util.Long.fromValue(object.source_time_ms, true);
                        else if (typeof object.source_time_ms === "string")
                            message.source_time_ms = $parseInt(object.source_time_ms, 10);
                        else if (typeof object.source_time_ms === "number")
                            message.source_time_ms = object.source_time_ms;
                        else if (typeof object.source_time_ms === "object")
                            message.source_time_ms = new $util.LongBits(object.source_time_ms.low >>> 0, object.source_time_ms.high >>> 0).toNumber(true);
                return message;
            };

            InteropPayload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.address = "";
                    object.confidential = false;
                    object.requestor_certificate = "";
                    object.nonce = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.source_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.source_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    object.confidential = message.confidential;
                if (message.requestor_certificate != null && $Object.hasOwnProperty.call(message, "requestor_certificate"))
                    object.requestor_certificate = message.requestor_certificate;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.source_time_ms = typeof message.source_time_ms === "number" ? $BigInt(message.source_time_ms) : $util.Long.fromBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0, true).toBigInt();
                    else if (typeof message.source_time_ms === "number")
                        object.source_time_ms = options.longs === $String ? $String(message.source_time_ms) : message.source_time_ms;
                    else
                        object.source_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.source_time_ms) : options.longs === $Number ? new $util.LongBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0).toNumber(true) : message.source_time_ms;
                return object;
            };

            InteropPayload.prototype.toJSON = function() {
                return InteropPayload.toObject(this, $protobuf.util.toJSONOptions);
            };

            InteropPayload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.interop_payload.InteropPayload";
            };

            return InteropPayload;
        })();

        interop_payload.ConfidentialPayload = (function() {

            const ConfidentialPayload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfidentialPayload.prototype.encrypted_payload = $util.newBuffer([]);
            ConfidentialPayload.prototype.hash_type = 0;
            ConfidentialPayload.prototype.hash = $util.newBuffer([]);

            ConfidentialPayload.create = function(properties) {
                return new ConfidentialPayload(properties);
            };

            ConfidentialPayload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.encrypted_payload != null && $Object.hasOwnProperty.call(message, "encrypted_payload") && message.encrypted_payload.length)
                    writer.uint32(10).bytes(message.encrypted_payload);
                if (message.hash_type != null && $Object.hasOwnProperty.call(message, "hash_type") && message.hash_type !== 0)
                    writer.uint32(16).int32(message.hash_type);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(26).bytes(message.hash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfidentialPayload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfidentialPayload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.interop_payload.ConfidentialPayload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.encrypted_payload = value;
                            else
                                delete message.encrypted_payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hash_type = value;
                            else
                                delete message.hash_type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfidentialPayload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfidentialPayload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.encrypted_payload != null && $Object.hasOwnProperty.call(message, "encrypted_payload"))
                    if (!(message.encrypted_payload && typeof message.encrypted_payload.length === "number" || $util.isString(message.encrypted_payload)))
                        return "encrypted_payload: buffer expected";
                if (message.hash_type != null && $Object.hasOwnProperty.call(message, "hash_type"))
                    if (typeof message.hash_type !== "number" || (message.hash_type | 0) !== message.hash_type)
                        return "hash_type: enum value expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                        return "hash: buffer expected";
                return null;
            };

            ConfidentialPayload.fromObject = function (object, _depth) {
                if (object instanceof $root.common.interop_payload.ConfidentialPayload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.interop_payload.ConfidentialPayload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.interop_payload.ConfidentialPayload();
                if (object.encrypted_payload != null)
                    if (object.encrypted_payload.length)
                        if (typeof object.encrypted_payload === "string")
                            $util.base64.decode(object.encrypted_payload, message.encrypted_payload = $util.newBuffer($util.base64.length(object.encrypted_payload)), 0);
                        else if (object.encrypted_payload.length >= 0)
                            message.encrypted_payload = object.encrypted_payload;
                if (object.hash_type !== 0 && (typeof object.hash_type !== "string" || $root.common.interop_payload.ConfidentialPayload.HashType[object.hash_type] !== 0))
                    switch (object.hash_type) {
                    case "HMAC":
                    case 0:
                        message.hash_type = 0;
                        break;
                    default:
                        if (typeof object.hash_type === "number" && (object.hash_type | 0) === object.hash_type)
                            message.hash_type = object.hash_type;
                    }
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                return message;
            };

            ConfidentialPayload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.encrypted_payload = "";
                    else {
                        object.encrypted_payload = [];
                        if (options.bytes !== $Array)
                            object.encrypted_payload = $util.newBuffer(object.encrypted_payload);
                    }
                    object.hash_type = options.enums === $String ? "HMAC" : 0;
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                }
                if (message.encrypted_payload != null && $Object.hasOwnProperty.call(message, "encrypted_payload"))
                    object.encrypted_payload = options.bytes === $String ? $util.base64.encode(message.encrypted_payload, 0, message.encrypted_payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encrypted_payload) : message.encrypted_payload;
                if (message.hash_type != null && $Object.hasOwnProperty.call(message, "hash_type"))
                    object.hash_type = options.enums === $String ? $root.common.interop_payload.ConfidentialPayload.HashType[message.hash_type] === $undefined ? message.hash_type : $root.common.interop_payload.ConfidentialPayload.HashType[message.hash_type] : message.hash_type;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                return object;
            };

            ConfidentialPayload.prototype.toJSON = function() {
                return ConfidentialPayload.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfidentialPayload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.interop_payload.ConfidentialPayload";
            };

            ConfidentialPayload.HashType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "HMAC"] = 0;
                return values;
            })();

            return ConfidentialPayload;
        })();

        interop_payload.ConfidentialPayloadContents = (function() {

            const ConfidentialPayloadContents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfidentialPayloadContents.prototype.payload = $util.newBuffer([]);
            ConfidentialPayloadContents.prototype.random = $util.newBuffer([]);

            ConfidentialPayloadContents.create = function(properties) {
                return new ConfidentialPayloadContents(properties);
            };

            ConfidentialPayloadContents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(10).bytes(message.payload);
                if (message.random != null && $Object.hasOwnProperty.call(message, "random") && message.random.length)
                    writer.uint32(18).bytes(message.random);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfidentialPayloadContents.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConfidentialPayloadContents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.interop_payload.ConfidentialPayloadContents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.random = value;
                            else
                                delete message.random;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConfidentialPayloadContents.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConfidentialPayloadContents.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    if (!(message.random && typeof message.random.length === "number" || $util.isString(message.random)))
                        return "random: buffer expected";
                return null;
            };

            ConfidentialPayloadContents.fromObject = function (object, _depth) {
                if (object instanceof $root.common.interop_payload.ConfidentialPayloadContents)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.interop_payload.ConfidentialPayloadContents: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.interop_payload.ConfidentialPayloadContents();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.random != null)
                    if (object.random.length)
                        if (typeof object.random === "string")
                            $util.base64.decode(object.random, message.random = $util.newBuffer($util.base64.length(object.random)), 0);
                        else if (object.random.length >= 0)
                            message.random = object.random;
                return message;
            };

            ConfidentialPayloadContents.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.random = "";
                    else {
                        object.random = [];
                        if (options.bytes !== $Array)
                            object.random = $util.newBuffer(object.random);
                    }
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    object.random = options.bytes === $String ? $util.base64.encode(message.random, 0, message.random.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.random) : message.random;
                return object;
            };

            ConfidentialPayloadContents.prototype.toJSON = function() {
                return ConfidentialPayloadContents.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfidentialPayloadContents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.interop_payload.ConfidentialPayloadContents";
            };

            return ConfidentialPayloadContents;
        })();

        return interop_payload;
    })();

    common.membership = (function() {

        const membership = {};

        membership.Membership = (function() {

            const Membership = function (properties) {
                this.members = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Membership.prototype.securityDomain = "";
            Membership.prototype.members = $util.emptyObject;

            Membership.create = function(properties) {
                return new Membership(properties);
            };

            Membership.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain") && message.securityDomain !== "")
                    writer.uint32(10).string(message.securityDomain);
                if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                    for (let keys = $Object.keys(message.members), i = 0; i < keys.length; ++i) {
                        writer.uint32(18).fork().uint32(10).string(keys[i]);
                        $root.common.membership.Member.encode(message.members[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Membership.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Membership.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.membership.Membership();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.securityDomain = value;
                            else
                                delete message.securityDomain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.members === $util.emptyObject)
                                message.members = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.common.membership.Member.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.members, key);
                            message.members[key] = value || new $root.common.membership.Member();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Membership.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Membership.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    if (!$util.isString(message.securityDomain))
                        return "securityDomain: string expected";
                if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                    if (!$util.isObject(message.members))
                        return "members: object expected";
                    let key = $Object.keys(message.members);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.common.membership.Member.verify(message.members[key[i]], _depth + 1);
                        if (error)
                            return "members." + error;
                    }
                }
                return null;
            };

            Membership.fromObject = function (object, _depth) {
                if (object instanceof $root.common.membership.Membership)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.membership.Membership: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.membership.Membership();
                if (object.securityDomain != null)
                    if (typeof object.securityDomain !== "string" || object.securityDomain.length)
                        message.securityDomain = $String(object.securityDomain);
                if (object.members) {
                    if (!$util.isObject(object.members))
                        throw $TypeError(".common.membership.Membership.members: object expected");
                    message.members = {};
                    for (let keys = $Object.keys(object.members), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.members, keys[i]);
                        if (!$util.isObject(object.members[keys[i]]))
                            throw $TypeError(".common.membership.Membership.members: object expected");
                        message.members[keys[i]] = $root.common.membership.Member.fromObject(object.members[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            Membership.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.members = {};
                if (options.defaults)
                    object.securityDomain = "";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    object.securityDomain = message.securityDomain;
                let keys2;
                if (message.members && (keys2 = $Object.keys(message.members)).length) {
                    object.members = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.members, keys2[j]);
                        object.members[keys2[j]] = $root.common.membership.Member.toObject(message.members[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            Membership.prototype.toJSON = function() {
                return Membership.toObject(this, $protobuf.util.toJSONOptions);
            };

            Membership.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.membership.Membership";
            };

            return Membership;
        })();

        membership.Member = (function() {

            const Member = function (properties) {
                this.chain = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Member.prototype.value = "";
            Member.prototype.type = "";
            Member.prototype.chain = $util.emptyArray;

            Member.create = function(properties) {
                return new Member(properties);
            };

            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(10).string(message.value);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(18).string(message.type);
                if (message.chain != null && message.chain.length)
                    for (let i = 0; i < message.chain.length; ++i)
                        writer.uint32(26).string(message.chain[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Member.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.membership.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.chain && message.chain.length))
                                message.chain = [];
                            message.chain.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Member.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Member.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.chain != null && $Object.hasOwnProperty.call(message, "chain")) {
                    if (!$Array.isArray(message.chain))
                        return "chain: array expected";
                    for (let i = 0; i < message.chain.length; ++i)
                        if (!$util.isString(message.chain[i]))
                            return "chain: string[] expected";
                }
                return null;
            };

            Member.fromObject = function (object, _depth) {
                if (object instanceof $root.common.membership.Member)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.membership.Member: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.membership.Member();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.chain) {
                    if (!$Array.isArray(object.chain))
                        throw $TypeError(".common.membership.Member.chain: array expected");
                    message.chain = $Array(object.chain.length);
                    for (let i = 0; i < object.chain.length; ++i)
                        message.chain[i] = $String(object.chain[i]);
                }
                return message;
            };

            Member.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.chain = [];
                if (options.defaults) {
                    object.value = "";
                    object.type = "";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.chain && message.chain.length) {
                    object.chain = $Array(message.chain.length);
                    for (let j = 0; j < message.chain.length; ++j)
                        object.chain[j] = message.chain[j];
                }
                return object;
            };

            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.membership.Member";
            };

            return Member;
        })();

        return membership;
    })();

    common.verification_policy = (function() {

        const verification_policy = {};

        verification_policy.VerificationPolicy = (function() {

            const VerificationPolicy = function (properties) {
                this.identifiers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            VerificationPolicy.prototype.securityDomain = "";
            VerificationPolicy.prototype.identifiers = $util.emptyArray;

            VerificationPolicy.create = function(properties) {
                return new VerificationPolicy(properties);
            };

            VerificationPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain") && message.securityDomain !== "")
                    writer.uint32(10).string(message.securityDomain);
                if (message.identifiers != null && message.identifiers.length)
                    for (let i = 0; i < message.identifiers.length; ++i)
                        $root.common.verification_policy.Identifier.encode(message.identifiers[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            VerificationPolicy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            VerificationPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.verification_policy.VerificationPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.securityDomain = value;
                            else
                                delete message.securityDomain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.identifiers && message.identifiers.length))
                                message.identifiers = [];
                            message.identifiers.push($root.common.verification_policy.Identifier.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            VerificationPolicy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            VerificationPolicy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    if (!$util.isString(message.securityDomain))
                        return "securityDomain: string expected";
                if (message.identifiers != null && $Object.hasOwnProperty.call(message, "identifiers")) {
                    if (!$Array.isArray(message.identifiers))
                        return "identifiers: array expected";
                    for (let i = 0; i < message.identifiers.length; ++i) {
                        let error = $root.common.verification_policy.Identifier.verify(message.identifiers[i], _depth + 1);
                        if (error)
                            return "identifiers." + error;
                    }
                }
                return null;
            };

            VerificationPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.common.verification_policy.VerificationPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.verification_policy.VerificationPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.verification_policy.VerificationPolicy();
                if (object.securityDomain != null)
                    if (typeof object.securityDomain !== "string" || object.securityDomain.length)
                        message.securityDomain = $String(object.securityDomain);
                if (object.identifiers) {
                    if (!$Array.isArray(object.identifiers))
                        throw $TypeError(".common.verification_policy.VerificationPolicy.identifiers: array expected");
                    message.identifiers = $Array(object.identifiers.length);
                    for (let i = 0; i < object.identifiers.length; ++i) {
                        if (!$util.isObject(object.identifiers[i]))
                            throw $TypeError(".common.verification_policy.VerificationPolicy.identifiers: object expected");
                        message.identifiers[i] = $root.common.verification_policy.Identifier.fromObject(object.identifiers[i], _depth + 1);
                    }
                }
                return message;
            };

            VerificationPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.identifiers = [];
                if (options.defaults)
                    object.securityDomain = "";
                if (message.securityDomain != null && $Object.hasOwnProperty.call(message, "securityDomain"))
                    object.securityDomain = message.securityDomain;
                if (message.identifiers && message.identifiers.length) {
                    object.identifiers = $Array(message.identifiers.length);
                    for (let j = 0; j < message.identifiers.length; ++j)
                        object.identifiers[j] = $root.common.verification_policy.Identifier.toObject(message.identifiers[j], options, _depth + 1);
                }
                return object;
            };

            VerificationPolicy.prototype.toJSON = function() {
                return VerificationPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            VerificationPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.verification_policy.VerificationPolicy";
            };

            return VerificationPolicy;
        })();

        verification_policy.Policy = (function() {

            const Policy = function (properties) {
                this.criteria = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Policy.prototype.type = "";
            Policy.prototype.criteria = $util.emptyArray;

            Policy.create = function(properties) {
                return new Policy(properties);
            };

            Policy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.criteria != null && message.criteria.length)
                    for (let i = 0; i < message.criteria.length; ++i)
                        writer.uint32(18).string(message.criteria[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Policy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Policy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.verification_policy.Policy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.criteria && message.criteria.length))
                                message.criteria = [];
                            message.criteria.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Policy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Policy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.criteria != null && $Object.hasOwnProperty.call(message, "criteria")) {
                    if (!$Array.isArray(message.criteria))
                        return "criteria: array expected";
                    for (let i = 0; i < message.criteria.length; ++i)
                        if (!$util.isString(message.criteria[i]))
                            return "criteria: string[] expected";
                }
                return null;
            };

            Policy.fromObject = function (object, _depth) {
                if (object instanceof $root.common.verification_policy.Policy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.verification_policy.Policy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.verification_policy.Policy();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.criteria) {
                    if (!$Array.isArray(object.criteria))
                        throw $TypeError(".common.verification_policy.Policy.criteria: array expected");
                    message.criteria = $Array(object.criteria.length);
                    for (let i = 0; i < object.criteria.length; ++i)
                        message.criteria[i] = $String(object.criteria[i]);
                }
                return message;
            };

            Policy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.criteria = [];
                if (options.defaults)
                    object.type = "";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.criteria && message.criteria.length) {
                    object.criteria = $Array(message.criteria.length);
                    for (let j = 0; j < message.criteria.length; ++j)
                        object.criteria[j] = message.criteria[j];
                }
                return object;
            };

            Policy.prototype.toJSON = function() {
                return Policy.toObject(this, $protobuf.util.toJSONOptions);
            };

            Policy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.verification_policy.Policy";
            };

            return Policy;
        })();

        verification_policy.Identifier = (function() {

            const Identifier = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Identifier.prototype.pattern = "";
            Identifier.prototype.policy = null;

            Identifier.create = function(properties) {
                return new Identifier(properties);
            };

            Identifier.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
                    writer.uint32(10).string(message.pattern);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.common.verification_policy.Policy.encode(message.policy, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Identifier.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Identifier.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.common.verification_policy.Identifier();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pattern = value;
                            else
                                delete message.pattern;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.common.verification_policy.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Identifier.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Identifier.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern"))
                    if (!$util.isString(message.pattern))
                        return "pattern: string expected";
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.common.verification_policy.Policy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                return null;
            };

            Identifier.fromObject = function (object, _depth) {
                if (object instanceof $root.common.verification_policy.Identifier)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".common.verification_policy.Identifier: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.common.verification_policy.Identifier();
                if (object.pattern != null)
                    if (typeof object.pattern !== "string" || object.pattern.length)
                        message.pattern = $String(object.pattern);
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".common.verification_policy.Identifier.policy: object expected");
                    message.policy = $root.common.verification_policy.Policy.fromObject(object.policy, _depth + 1);
                }
                return message;
            };

            Identifier.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pattern = "";
                    object.policy = null;
                }
                if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern"))
                    object.pattern = message.pattern;
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.common.verification_policy.Policy.toObject(message.policy, options, _depth + 1);
                return object;
            };

            Identifier.prototype.toJSON = function() {
                return Identifier.toObject(this, $protobuf.util.toJSONOptions);
            };

            Identifier.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/common.verification_policy.Identifier";
            };

            return Identifier;
        })();

        return verification_policy;
    })();

    return common;
})();

export const driver = $root.driver = (() => {

    const driver = {};

    driver.driver = (function() {

        const driver = {};

        return driver;
    })();

    return driver;
})();

export const fabric = $root.fabric = (() => {

    const fabric = {};

    fabric.view_data = (function() {

        const view_data = {};

        view_data.FabricView = (function() {

            const FabricView = function (properties) {
                this.endorsed_proposal_responses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FabricView.prototype.endorsed_proposal_responses = $util.emptyArray;

            FabricView.create = function(properties) {
                return new FabricView(properties);
            };

            FabricView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endorsed_proposal_responses != null && message.endorsed_proposal_responses.length)
                    for (let i = 0; i < message.endorsed_proposal_responses.length; ++i)
                        $root.fabric.view_data.FabricView.EndorsedProposalResponse.encode(message.endorsed_proposal_responses[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FabricView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FabricView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fabric.view_data.FabricView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endorsed_proposal_responses && message.endorsed_proposal_responses.length))
                                message.endorsed_proposal_responses = [];
                            message.endorsed_proposal_responses.push($root.fabric.view_data.FabricView.EndorsedProposalResponse.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FabricView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FabricView.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.endorsed_proposal_responses != null && $Object.hasOwnProperty.call(message, "endorsed_proposal_responses")) {
                    if (!$Array.isArray(message.endorsed_proposal_responses))
                        return "endorsed_proposal_responses: array expected";
                    for (let i = 0; i < message.endorsed_proposal_responses.length; ++i) {
                        let error = $root.fabric.view_data.FabricView.EndorsedProposalResponse.verify(message.endorsed_proposal_responses[i], _depth + 1);
                        if (error)
                            return "endorsed_proposal_responses." + error;
                    }
                }
                return null;
            };

            FabricView.fromObject = function (object, _depth) {
                if (object instanceof $root.fabric.view_data.FabricView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".fabric.view_data.FabricView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.fabric.view_data.FabricView();
                if (object.endorsed_proposal_responses) {
                    if (!$Array.isArray(object.endorsed_proposal_responses))
                        throw $TypeError(".fabric.view_data.FabricView.endorsed_proposal_responses: array expected");
                    message.endorsed_proposal_responses = $Array(object.endorsed_proposal_responses.length);
                    for (let i = 0; i < object.endorsed_proposal_responses.length; ++i) {
                        if (!$util.isObject(object.endorsed_proposal_responses[i]))
                            throw $TypeError(".fabric.view_data.FabricView.endorsed_proposal_responses: object expected");
                        message.endorsed_proposal_responses[i] = $root.fabric.view_data.FabricView.EndorsedProposalResponse.fromObject(object.endorsed_proposal_responses[i], _depth + 1);
                    }
                }
                return message;
            };

            FabricView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.endorsed_proposal_responses = [];
                if (message.endorsed_proposal_responses && message.endorsed_proposal_responses.length) {
                    object.endorsed_proposal_responses = $Array(message.endorsed_proposal_responses.length);
                    for (let j = 0; j < message.endorsed_proposal_responses.length; ++j)
                        object.endorsed_proposal_responses[j] = $root.fabric.view_data.FabricView.EndorsedProposalResponse.toObject(message.endorsed_proposal_responses[j], options, _depth + 1);
                }
                return object;
            };

            FabricView.prototype.toJSON = function() {
                return FabricView.toObject(this, $protobuf.util.toJSONOptions);
            };

            FabricView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/fabric.view_data.FabricView";
            };

            FabricView.EndorsedProposalResponse = (function() {

                const EndorsedProposalResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EndorsedProposalResponse.prototype.payload = null;
                EndorsedProposalResponse.prototype.endorsement = null;

                EndorsedProposalResponse.create = function(properties) {
                    return new EndorsedProposalResponse(properties);
                };

                EndorsedProposalResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        $root.protos.ProposalResponsePayload.encode(message.payload, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement"))
                        $root.protos.Endorsement.encode(message.endorsement, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EndorsedProposalResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                EndorsedProposalResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.fabric.view_data.FabricView.EndorsedProposalResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.payload = $root.protos.ProposalResponsePayload.decode(reader, reader.size(), $undefined, _depth + 1, message.payload);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.endorsement = $root.protos.Endorsement.decode(reader, reader.size(), $undefined, _depth + 1, message.endorsement);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EndorsedProposalResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                EndorsedProposalResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload")) {
                        let error = $root.protos.ProposalResponsePayload.verify(message.payload, _depth + 1);
                        if (error)
                            return "payload." + error;
                    }
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement")) {
                        let error = $root.protos.Endorsement.verify(message.endorsement, _depth + 1);
                        if (error)
                            return "endorsement." + error;
                    }
                    return null;
                };

                EndorsedProposalResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.fabric.view_data.FabricView.EndorsedProposalResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".fabric.view_data.FabricView.EndorsedProposalResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.fabric.view_data.FabricView.EndorsedProposalResponse();
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw $TypeError(".fabric.view_data.FabricView.EndorsedProposalResponse.payload: object expected");
                        message.payload = $root.protos.ProposalResponsePayload.fromObject(object.payload, _depth + 1);
                    }
                    if (object.endorsement != null) {
                        if (!$util.isObject(object.endorsement))
                            throw $TypeError(".fabric.view_data.FabricView.EndorsedProposalResponse.endorsement: object expected");
                        message.endorsement = $root.protos.Endorsement.fromObject(object.endorsement, _depth + 1);
                    }
                    return message;
                };

                EndorsedProposalResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.payload = null;
                        object.endorsement = null;
                    }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.protos.ProposalResponsePayload.toObject(message.payload, options, _depth + 1);
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement"))
                        object.endorsement = $root.protos.Endorsement.toObject(message.endorsement, options, _depth + 1);
                    return object;
                };

                EndorsedProposalResponse.prototype.toJSON = function() {
                    return EndorsedProposalResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                EndorsedProposalResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/fabric.view_data.FabricView.EndorsedProposalResponse";
                };

                return EndorsedProposalResponse;
            })();

            return FabricView;
        })();

        return view_data;
    })();

    return fabric;
})();

export const protos = $root.protos = (() => {

    const protos = {};

    protos.ProposalResponsePayload = (function() {

        const ProposalResponsePayload = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ProposalResponsePayload.prototype.proposal_hash = $util.newBuffer([]);
        ProposalResponsePayload.prototype.extension = $util.newBuffer([]);

        ProposalResponsePayload.create = function(properties) {
            return new ProposalResponsePayload(properties);
        };

        ProposalResponsePayload.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.proposal_hash != null && $Object.hasOwnProperty.call(message, "proposal_hash") && message.proposal_hash.length)
                writer.uint32(10).bytes(message.proposal_hash);
            if (message.extension != null && $Object.hasOwnProperty.call(message, "extension") && message.extension.length)
                writer.uint32(18).bytes(message.extension);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ProposalResponsePayload.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ProposalResponsePayload.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.protos.ProposalResponsePayload();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposal_hash = value;
                        else
                            delete message.proposal_hash;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.extension = value;
                        else
                            delete message.extension;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ProposalResponsePayload.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ProposalResponsePayload.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.proposal_hash != null && $Object.hasOwnProperty.call(message, "proposal_hash"))
                if (!(message.proposal_hash && typeof message.proposal_hash.length === "number" || $util.isString(message.proposal_hash)))
                    return "proposal_hash: buffer expected";
            if (message.extension != null && $Object.hasOwnProperty.call(message, "extension"))
                if (!(message.extension && typeof message.extension.length === "number" || $util.isString(message.extension)))
                    return "extension: buffer expected";
            return null;
        };

        ProposalResponsePayload.fromObject = function (object, _depth) {
            if (object instanceof $root.protos.ProposalResponsePayload)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".protos.ProposalResponsePayload: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.protos.ProposalResponsePayload();
            if (object.proposal_hash != null)
                if (object.proposal_hash.length)
                    if (typeof object.proposal_hash === "string")
                        $util.base64.decode(object.proposal_hash, message.proposal_hash = $util.newBuffer($util.base64.length(object.proposal_hash)), 0);
                    else if (object.proposal_hash.length >= 0)
                        message.proposal_hash = object.proposal_hash;
            if (object.extension != null)
                if (object.extension.length)
                    if (typeof object.extension === "string")
                        $util.base64.decode(object.extension, message.extension = $util.newBuffer($util.base64.length(object.extension)), 0);
                    else if (object.extension.length >= 0)
                        message.extension = object.extension;
            return message;
        };

        ProposalResponsePayload.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.proposal_hash = "";
                else {
                    object.proposal_hash = [];
                    if (options.bytes !== $Array)
                        object.proposal_hash = $util.newBuffer(object.proposal_hash);
                }
                if (options.bytes === $String)
                    object.extension = "";
                else {
                    object.extension = [];
                    if (options.bytes !== $Array)
                        object.extension = $util.newBuffer(object.extension);
                }
            }
            if (message.proposal_hash != null && $Object.hasOwnProperty.call(message, "proposal_hash"))
                object.proposal_hash = options.bytes === $String ? $util.base64.encode(message.proposal_hash, 0, message.proposal_hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposal_hash) : message.proposal_hash;
            if (message.extension != null && $Object.hasOwnProperty.call(message, "extension"))
                object.extension = options.bytes === $String ? $util.base64.encode(message.extension, 0, message.extension.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.extension) : message.extension;
            return object;
        };

        ProposalResponsePayload.prototype.toJSON = function() {
            return ProposalResponsePayload.toObject(this, $protobuf.util.toJSONOptions);
        };

        ProposalResponsePayload.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/protos.ProposalResponsePayload";
        };

        return ProposalResponsePayload;
    })();

    protos.Endorsement = (function() {

        const Endorsement = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Endorsement.prototype.endorser = $util.newBuffer([]);
        Endorsement.prototype.signature = $util.newBuffer([]);

        Endorsement.create = function(properties) {
            return new Endorsement(properties);
        };

        Endorsement.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.endorser != null && $Object.hasOwnProperty.call(message, "endorser") && message.endorser.length)
                writer.uint32(10).bytes(message.endorser);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Endorsement.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Endorsement.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.protos.Endorsement();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.endorser = value;
                        else
                            delete message.endorser;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Endorsement.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Endorsement.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.endorser != null && $Object.hasOwnProperty.call(message, "endorser"))
                if (!(message.endorser && typeof message.endorser.length === "number" || $util.isString(message.endorser)))
                    return "endorser: buffer expected";
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
            return null;
        };

        Endorsement.fromObject = function (object, _depth) {
            if (object instanceof $root.protos.Endorsement)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".protos.Endorsement: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.protos.Endorsement();
            if (object.endorser != null)
                if (object.endorser.length)
                    if (typeof object.endorser === "string")
                        $util.base64.decode(object.endorser, message.endorser = $util.newBuffer($util.base64.length(object.endorser)), 0);
                    else if (object.endorser.length >= 0)
                        message.endorser = object.endorser;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        Endorsement.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.endorser = "";
                else {
                    object.endorser = [];
                    if (options.bytes !== $Array)
                        object.endorser = $util.newBuffer(object.endorser);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.endorser != null && $Object.hasOwnProperty.call(message, "endorser"))
                object.endorser = options.bytes === $String ? $util.base64.encode(message.endorser, 0, message.endorser.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.endorser) : message.endorser;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        Endorsement.prototype.toJSON = function() {
            return Endorsement.toObject(this, $protobuf.util.toJSONOptions);
        };

        Endorsement.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/protos.Endorsement";
        };

        return Endorsement;
    })();

    protos.Response = (function() {

        const Response = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Response.prototype.status = 0;
        Response.prototype.message = "";
        Response.prototype.payload = $util.newBuffer([]);

        Response.create = function(properties) {
            return new Response(properties);
        };

        Response.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(8).int32(message.status);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(18).string(message.message);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(26).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Response.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Response.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.protos.Response();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Response.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Response.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                if (!$util.isInteger(message.status))
                    return "status: integer expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            return null;
        };

        Response.fromObject = function (object, _depth) {
            if (object instanceof $root.protos.Response)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".protos.Response: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.protos.Response();
            if (object.status != null)
                if ($Number(object.status) !== 0)
                    message.status = object.status | 0;
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            return message;
        };

        Response.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.status = 0;
                object.message = "";
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
            }
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = message.status;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            return object;
        };

        Response.prototype.toJSON = function() {
            return Response.toObject(this, $protobuf.util.toJSONOptions);
        };

        Response.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/protos.Response";
        };

        return Response;
    })();

    protos.ChaincodeAction = (function() {

        const ChaincodeAction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChaincodeAction.prototype.results = $util.newBuffer([]);
        ChaincodeAction.prototype.events = $util.newBuffer([]);
        ChaincodeAction.prototype.response = null;
        ChaincodeAction.prototype.chaincode_id = null;

        ChaincodeAction.create = function(properties) {
            return new ChaincodeAction(properties);
        };

        ChaincodeAction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.results != null && $Object.hasOwnProperty.call(message, "results") && message.results.length)
                writer.uint32(10).bytes(message.results);
            if (message.events != null && $Object.hasOwnProperty.call(message, "events") && message.events.length)
                writer.uint32(18).bytes(message.events);
            if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                $root.protos.Response.encode(message.response, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.chaincode_id != null && $Object.hasOwnProperty.call(message, "chaincode_id"))
                $root.protos.ChaincodeID.encode(message.chaincode_id, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChaincodeAction.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ChaincodeAction.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.protos.ChaincodeAction();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.results = value;
                        else
                            delete message.results;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.events = value;
                        else
                            delete message.events;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.response = $root.protos.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.chaincode_id = $root.protos.ChaincodeID.decode(reader, reader.size(), $undefined, _depth + 1, message.chaincode_id);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChaincodeAction.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ChaincodeAction.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                if (!(message.results && typeof message.results.length === "number" || $util.isString(message.results)))
                    return "results: buffer expected";
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                if (!(message.events && typeof message.events.length === "number" || $util.isString(message.events)))
                    return "events: buffer expected";
            if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                let error = $root.protos.Response.verify(message.response, _depth + 1);
                if (error)
                    return "response." + error;
            }
            if (message.chaincode_id != null && $Object.hasOwnProperty.call(message, "chaincode_id")) {
                let error = $root.protos.ChaincodeID.verify(message.chaincode_id, _depth + 1);
                if (error)
                    return "chaincode_id." + error;
            }
            return null;
        };

        ChaincodeAction.fromObject = function (object, _depth) {
            if (object instanceof $root.protos.ChaincodeAction)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".protos.ChaincodeAction: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.protos.ChaincodeAction();
            if (object.results != null)
                if (object.results.length)
                    if (typeof object.results === "string")
                        $util.base64.decode(object.results, message.results = $util.newBuffer($util.base64.length(object.results)), 0);
                    else if (object.results.length >= 0)
                        message.results = object.results;
            if (object.events != null)
                if (object.events.length)
                    if (typeof object.events === "string")
                        $util.base64.decode(object.events, message.events = $util.newBuffer($util.base64.length(object.events)), 0);
                    else if (object.events.length >= 0)
                        message.events = object.events;
            if (object.response != null) {
                if (!$util.isObject(object.response))
                    throw $TypeError(".protos.ChaincodeAction.response: object expected");
                message.response = $root.protos.Response.fromObject(object.response, _depth + 1);
            }
            if (object.chaincode_id != null) {
                if (!$util.isObject(object.chaincode_id))
                    throw $TypeError(".protos.ChaincodeAction.chaincode_id: object expected");
                message.chaincode_id = $root.protos.ChaincodeID.fromObject(object.chaincode_id, _depth + 1);
            }
            return message;
        };

        ChaincodeAction.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.results = "";
                else {
                    object.results = [];
                    if (options.bytes !== $Array)
                        object.results = $util.newBuffer(object.results);
                }
                if (options.bytes === $String)
                    object.events = "";
                else {
                    object.events = [];
                    if (options.bytes !== $Array)
                        object.events = $util.newBuffer(object.events);
                }
                object.response = null;
                object.chaincode_id = null;
            }
            if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                object.results = options.bytes === $String ? $util.base64.encode(message.results, 0, message.results.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.results) : message.results;
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                object.events = options.bytes === $String ? $util.base64.encode(message.events, 0, message.events.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.events) : message.events;
            if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                object.response = $root.protos.Response.toObject(message.response, options, _depth + 1);
            if (message.chaincode_id != null && $Object.hasOwnProperty.call(message, "chaincode_id"))
                object.chaincode_id = $root.protos.ChaincodeID.toObject(message.chaincode_id, options, _depth + 1);
            return object;
        };

        ChaincodeAction.prototype.toJSON = function() {
            return ChaincodeAction.toObject(this, $protobuf.util.toJSONOptions);
        };

        ChaincodeAction.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/protos.ChaincodeAction";
        };

        return ChaincodeAction;
    })();

    protos.ChaincodeID = (function() {

        const ChaincodeID = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChaincodeID.prototype.path = "";
        ChaincodeID.prototype.name = "";
        ChaincodeID.prototype.version = "";

        ChaincodeID.create = function(properties) {
            return new ChaincodeID(properties);
        };

        ChaincodeID.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                writer.uint32(10).string(message.path);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(26).string(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChaincodeID.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ChaincodeID.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.protos.ChaincodeID();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChaincodeID.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ChaincodeID.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                if (!$util.isString(message.path))
                    return "path: string expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            return null;
        };

        ChaincodeID.fromObject = function (object, _depth) {
            if (object instanceof $root.protos.ChaincodeID)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".protos.ChaincodeID: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.protos.ChaincodeID();
            if (object.path != null)
                if (typeof object.path !== "string" || object.path.length)
                    message.path = $String(object.path);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            return message;
        };

        ChaincodeID.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.path = "";
                object.name = "";
                object.version = "";
            }
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        ChaincodeID.prototype.toJSON = function() {
            return ChaincodeID.toObject(this, $protobuf.util.toJSONOptions);
        };

        ChaincodeID.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/protos.ChaincodeID";
        };

        return ChaincodeID;
    })();

    return protos;
})();

export const msp = $root.msp = (() => {

    const msp = {};

    msp.SerializedIdentity = (function() {

        const SerializedIdentity = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SerializedIdentity.prototype.mspid = "";
        SerializedIdentity.prototype.id_bytes = $util.newBuffer([]);

        SerializedIdentity.create = function(properties) {
            return new SerializedIdentity(properties);
        };

        SerializedIdentity.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.mspid != null && $Object.hasOwnProperty.call(message, "mspid") && message.mspid !== "")
                writer.uint32(10).string(message.mspid);
            if (message.id_bytes != null && $Object.hasOwnProperty.call(message, "id_bytes") && message.id_bytes.length)
                writer.uint32(18).bytes(message.id_bytes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SerializedIdentity.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SerializedIdentity.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msp.SerializedIdentity();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.mspid = value;
                        else
                            delete message.mspid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.id_bytes = value;
                        else
                            delete message.id_bytes;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SerializedIdentity.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SerializedIdentity.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.mspid != null && $Object.hasOwnProperty.call(message, "mspid"))
                if (!$util.isString(message.mspid))
                    return "mspid: string expected";
            if (message.id_bytes != null && $Object.hasOwnProperty.call(message, "id_bytes"))
                if (!(message.id_bytes && typeof message.id_bytes.length === "number" || $util.isString(message.id_bytes)))
                    return "id_bytes: buffer expected";
            return null;
        };

        SerializedIdentity.fromObject = function (object, _depth) {
            if (object instanceof $root.msp.SerializedIdentity)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msp.SerializedIdentity: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msp.SerializedIdentity();
            if (object.mspid != null)
                if (typeof object.mspid !== "string" || object.mspid.length)
                    message.mspid = $String(object.mspid);
            if (object.id_bytes != null)
                if (object.id_bytes.length)
                    if (typeof object.id_bytes === "string")
                        $util.base64.decode(object.id_bytes, message.id_bytes = $util.newBuffer($util.base64.length(object.id_bytes)), 0);
                    else if (object.id_bytes.length >= 0)
                        message.id_bytes = object.id_bytes;
            return message;
        };

        SerializedIdentity.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.mspid = "";
                if (options.bytes === $String)
                    object.id_bytes = "";
                else {
                    object.id_bytes = [];
                    if (options.bytes !== $Array)
                        object.id_bytes = $util.newBuffer(object.id_bytes);
                }
            }
            if (message.mspid != null && $Object.hasOwnProperty.call(message, "mspid"))
                object.mspid = message.mspid;
            if (message.id_bytes != null && $Object.hasOwnProperty.call(message, "id_bytes"))
                object.id_bytes = options.bytes === $String ? $util.base64.encode(message.id_bytes, 0, message.id_bytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.id_bytes) : message.id_bytes;
            return object;
        };

        SerializedIdentity.prototype.toJSON = function() {
            return SerializedIdentity.toObject(this, $protobuf.util.toJSONOptions);
        };

        SerializedIdentity.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msp.SerializedIdentity";
        };

        return SerializedIdentity;
    })();

    return msp;
})();

export const networks = $root.networks = (() => {

    const networks = {};

    networks.networks = (function() {

        const networks = {};

        networks.GetStateMessage = (function() {

            const GetStateMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetStateMessage.prototype.request_id = "";

            GetStateMessage.create = function(properties) {
                return new GetStateMessage(properties);
            };

            GetStateMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetStateMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetStateMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.networks.networks.GetStateMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetStateMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetStateMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                return null;
            };

            GetStateMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.networks.networks.GetStateMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".networks.networks.GetStateMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.networks.networks.GetStateMessage();
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                return message;
            };

            GetStateMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.request_id = "";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                return object;
            };

            GetStateMessage.prototype.toJSON = function() {
                return GetStateMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetStateMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/networks.networks.GetStateMessage";
            };

            return GetStateMessage;
        })();

        networks.NetworkQuery = (function() {

            const NetworkQuery = function (properties) {
                this.policy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NetworkQuery.prototype.policy = $util.emptyArray;
            NetworkQuery.prototype.address = "";
            NetworkQuery.prototype.requesting_relay = "";
            NetworkQuery.prototype.requesting_network = "";
            NetworkQuery.prototype.certificate = "";
            NetworkQuery.prototype.requestor_signature = "";
            NetworkQuery.prototype.nonce = "";
            NetworkQuery.prototype.requesting_org = "";
            NetworkQuery.prototype.confidential = false;
            NetworkQuery.prototype.request_id = "";
            NetworkQuery.prototype.batchable = false;

            NetworkQuery.create = function(properties) {
                return new NetworkQuery(properties);
            };

            NetworkQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.policy != null && message.policy.length)
                    for (let i = 0; i < message.policy.length; ++i)
                        writer.uint32(10).string(message.policy[i]);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(18).string(message.address);
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay") && message.requesting_relay !== "")
                    writer.uint32(26).string(message.requesting_relay);
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network") && message.requesting_network !== "")
                    writer.uint32(34).string(message.requesting_network);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate") && message.certificate !== "")
                    writer.uint32(42).string(message.certificate);
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature") && message.requestor_signature !== "")
                    writer.uint32(50).string(message.requestor_signature);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(58).string(message.nonce);
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org") && message.requesting_org !== "")
                    writer.uint32(66).string(message.requesting_org);
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential") && message.confidential !== false)
                    writer.uint32(72).bool(message.confidential);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(82).string(message.request_id);
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable") && message.batchable !== false)
                    writer.uint32(808).bool(message.batchable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NetworkQuery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NetworkQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.networks.networks.NetworkQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policy && message.policy.length))
                                message.policy = [];
                            message.policy.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_relay = value;
                            else
                                delete message.requesting_relay;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_network = value;
                            else
                                delete message.requesting_network;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.certificate = value;
                            else
                                delete message.certificate;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestor_signature = value;
                            else
                                delete message.requestor_signature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_org = value;
                            else
                                delete message.requesting_org;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.confidential = value;
                            else
                                delete message.confidential;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 101: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.batchable = value;
                            else
                                delete message.batchable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NetworkQuery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NetworkQuery.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    if (!$Array.isArray(message.policy))
                        return "policy: array expected";
                    for (let i = 0; i < message.policy.length; ++i)
                        if (!$util.isString(message.policy[i]))
                            return "policy: string[] expected";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay"))
                    if (!$util.isString(message.requesting_relay))
                        return "requesting_relay: string expected";
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    if (!$util.isString(message.requesting_network))
                        return "requesting_network: string expected";
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    if (!$util.isString(message.certificate))
                        return "certificate: string expected";
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature"))
                    if (!$util.isString(message.requestor_signature))
                        return "requestor_signature: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isString(message.nonce))
                        return "nonce: string expected";
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org"))
                    if (!$util.isString(message.requesting_org))
                        return "requesting_org: string expected";
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    if (typeof message.confidential !== "boolean")
                        return "confidential: boolean expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable"))
                    if (typeof message.batchable !== "boolean")
                        return "batchable: boolean expected";
                return null;
            };

            NetworkQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.networks.networks.NetworkQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".networks.networks.NetworkQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.networks.networks.NetworkQuery();
                if (object.policy) {
                    if (!$Array.isArray(object.policy))
                        throw $TypeError(".networks.networks.NetworkQuery.policy: array expected");
                    message.policy = $Array(object.policy.length);
                    for (let i = 0; i < object.policy.length; ++i)
                        message.policy[i] = $String(object.policy[i]);
                }
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.requesting_relay != null)
                    if (typeof object.requesting_relay !== "string" || object.requesting_relay.length)
                        message.requesting_relay = $String(object.requesting_relay);
                if (object.requesting_network != null)
                    if (typeof object.requesting_network !== "string" || object.requesting_network.length)
                        message.requesting_network = $String(object.requesting_network);
                if (object.certificate != null)
                    if (typeof object.certificate !== "string" || object.certificate.length)
                        message.certificate = $String(object.certificate);
                if (object.requestor_signature != null)
                    if (typeof object.requestor_signature !== "string" || object.requestor_signature.length)
                        message.requestor_signature = $String(object.requestor_signature);
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.requesting_org != null)
                    if (typeof object.requesting_org !== "string" || object.requesting_org.length)
                        message.requesting_org = $String(object.requesting_org);
                if (object.confidential != null)
                    if (object.confidential)
                        message.confidential = $Boolean(object.confidential);
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.batchable != null)
                    if (object.batchable)
                        message.batchable = $Boolean(object.batchable);
                return message;
            };

            NetworkQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.policy = [];
                if (options.defaults) {
                    object.address = "";
                    object.requesting_relay = "";
                    object.requesting_network = "";
                    object.certificate = "";
                    object.requestor_signature = "";
                    object.nonce = "";
                    object.requesting_org = "";
                    object.confidential = false;
                    object.request_id = "";
                    object.batchable = false;
                }
                if (message.policy && message.policy.length) {
                    object.policy = $Array(message.policy.length);
                    for (let j = 0; j < message.policy.length; ++j)
                        object.policy[j] = message.policy[j];
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.requesting_relay != null && $Object.hasOwnProperty.call(message, "requesting_relay"))
                    object.requesting_relay = message.requesting_relay;
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    object.requesting_network = message.requesting_network;
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    object.certificate = message.certificate;
                if (message.requestor_signature != null && $Object.hasOwnProperty.call(message, "requestor_signature"))
                    object.requestor_signature = message.requestor_signature;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.requesting_org != null && $Object.hasOwnProperty.call(message, "requesting_org"))
                    object.requesting_org = message.requesting_org;
                if (message.confidential != null && $Object.hasOwnProperty.call(message, "confidential"))
                    object.confidential = message.confidential;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.batchable != null && $Object.hasOwnProperty.call(message, "batchable"))
                    object.batchable = message.batchable;
                return object;
            };

            NetworkQuery.prototype.toJSON = function() {
                return NetworkQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            NetworkQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/networks.networks.NetworkQuery";
            };

            return NetworkQuery;
        })();

        networks.NetworkEventSubscription = (function() {

            const NetworkEventSubscription = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NetworkEventSubscription.prototype.event_matcher = null;
            NetworkEventSubscription.prototype.query = null;
            NetworkEventSubscription.prototype.event_publication_spec = null;
            NetworkEventSubscription.prototype.from_sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NetworkEventSubscription.prototype.webhook_secret = "";
            NetworkEventSubscription.prototype.webhook_check = false;

            NetworkEventSubscription.create = function(properties) {
                return new NetworkEventSubscription(properties);
            };

            NetworkEventSubscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    $root.common.events.EventMatcher.encode(message.event_matcher, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.networks.networks.NetworkQuery.encode(message.query, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.event_publication_spec != null && $Object.hasOwnProperty.call(message, "event_publication_spec"))
                    $root.common.events.EventPublication.encode(message.event_publication_spec, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence") && (typeof message.from_sequence === "object" ? message.from_sequence.low || message.from_sequence.high : message.from_sequence !== 0))
                    writer.uint32(80).uint64(message.from_sequence);
                if (message.webhook_secret != null && $Object.hasOwnProperty.call(message, "webhook_secret") && message.webhook_secret !== "")
                    writer.uint32(90).string(message.webhook_secret);
                if (message.webhook_check != null && $Object.hasOwnProperty.call(message, "webhook_check") && message.webhook_check !== false)
                    writer.uint32(96).bool(message.webhook_check);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NetworkEventSubscription.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NetworkEventSubscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.networks.networks.NetworkEventSubscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.event_matcher = $root.common.events.EventMatcher.decode(reader, reader.size(), $undefined, _depth + 1, message.event_matcher);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.networks.networks.NetworkQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.event_publication_spec = $root.common.events.EventPublication.decode(reader, reader.size(), $undefined, _depth + 1, message.event_publication_spec);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from_sequence = value;
                            else
                                delete message.from_sequence;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.webhook_secret = value;
                            else
                                delete message.webhook_secret;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.webhook_check = value;
                            else
                                delete message.webhook_check;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NetworkEventSubscription.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NetworkEventSubscription.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher")) {
                    let error = $root.common.events.EventMatcher.verify(message.event_matcher, _depth + 1);
                    if (error)
                        return "event_matcher." + error;
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    let error = $root.networks.networks.NetworkQuery.verify(message.query, _depth + 1);
                    if (error)
                        return "query." + error;
                }
                if (message.event_publication_spec != null && $Object.hasOwnProperty.call(message, "event_publication_spec")) {
                    let error = $root.common.events.EventPublication.verify(message.event_publication_spec, _depth + 1);
                    if (error)
                        return "event_publication_spec." + error;
                }
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (!$util.isInteger(message.from_sequence) && !(message.from_sequence && $util.isInteger(message.from_sequence.low) && $util.isInteger(message.from_sequence.high)))
                        return "from_sequence: integer|Long expected";
                if (message.webhook_secret != null && $Object.hasOwnProperty.call(message, "webhook_secret"))
                    if (!$util.isString(message.webhook_secret))
                        return "webhook_secret: string expected";
                if (message.webhook_check != null && $Object.hasOwnProperty.call(message, "webhook_check"))
                    if (typeof message.webhook_check !== "boolean")
                        return "webhook_check: boolean expected";
                return null;
            };

            NetworkEventSubscription.fromObject = function (object, _depth) {
                if (object instanceof $root.networks.networks.NetworkEventSubscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".networks.networks.NetworkEventSubscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.networks.networks.NetworkEventSubscription();
                if (object.event_matcher != null) {
                    if (!$util.isObject(object.event_matcher))
                        throw $TypeError(".networks.networks.NetworkEventSubscription.event_matcher: object expected");
                    message.event_matcher = $root.common.events.EventMatcher.fromObject(object.event_matcher, _depth + 1);
                }
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw $TypeError(".networks.networks.NetworkEventSubscription.query: object expected");
                    message.query = $root.networks.networks.NetworkQuery.fromObject(object.query, _depth + 1);
                }
                if (object.event_publication_spec != null) {
                    if (!$util.isObject(object.event_publication_spec))
                        throw $TypeError(".networks.networks.NetworkEventSubscription.event_publication_spec: object expected");
                    message.event_publication_spec = $root.common.events.EventPublication.fromObject(object.event_publication_spec, _depth + 1);
                }
                if (object.from_sequence != null)
                    if (typeof object.from_sequence === "object" ? object.from_sequence.low || object.from_sequence.high : $Number(object.from_sequence) !== 0)
                        if ($util.Long)
                            message.from_sequence = $util.Long.fromValue(object.from_sequence, true);
                        else if (typeof object.from_sequence === "string")
                            message.from_sequence = $parseInt(object.from_sequence, 10);
                        else if (typeof object.from_sequence === "number")
                            message.from_sequence = object.from_sequence;
                        else if (typeof object.from_sequence === "object")
                            message.from_sequence = new $util.LongBits(object.from_sequence.low >>> 0, object.from_sequence.high >>> 0).toNumber(true);
                if (object.webhook_secret != null)
                    if (typeof object.webhook_secret !== "string" || object.webhook_secret.length)
                        message.webhook_secret = $String(object.webhook_secret);
                if (object.webhook_check != null)
                    if (object.webhook_check)
                        message.webhook_check = $Boolean(object.webhook_check);
                return message;
            };

            NetworkEventSubscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.event_matcher = null;
                    object.query = null;
                    object.event_publication_spec = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.from_sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from_sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.webhook_secret = "";
                    object.webhook_check = false;
                }
                if (message.event_matcher != null && $Object.hasOwnProperty.call(message, "event_matcher"))
                    object.event_matcher = $root.common.events.EventMatcher.toObject(message.event_matcher, options, _depth + 1);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = $root.networks.networks.NetworkQuery.toObject(message.query, options, _depth + 1);
                if (message.event_publication_spec != null && $Object.hasOwnProperty.call(message, "event_publication_spec"))
                    object.event_publication_spec = $root.common.events.EventPublication.toObject(message.event_publication_spec, options, _depth + 1);
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from_sequence = typeof message.from_sequence === "number" ? $BigInt(message.from_sequence) : $util.Long.fromBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.from_sequence === "number")
                        object.from_sequence = options.longs === $String ? $String(message.from_sequence) : message.from_sequence;
                    else
                        object.from_sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.from_sequence) : options.longs === $Number ? new $util.LongBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0).toNumber(true) : message.from_sequence;
                if (message.webhook_secret != null && $Object.hasOwnProperty.call(message, "webhook_secret"))
                    object.webhook_secret = message.webhook_secret;
                if (message.webhook_check != null && $Object.hasOwnProperty.call(message, "webhook_check"))
                    object.webhook_check = message.webhook_check;
                return object;
            };

            NetworkEventSubscription.prototype.toJSON = function() {
                return NetworkEventSubscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            NetworkEventSubscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/networks.networks.NetworkEventSubscription";
            };

            return NetworkEventSubscription;
        })();

        networks.NetworkEventUnsubscription = (function() {

            const NetworkEventUnsubscription = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NetworkEventUnsubscription.prototype.request = null;
            NetworkEventUnsubscription.prototype.request_id = "";

            NetworkEventUnsubscription.create = function(properties) {
                return new NetworkEventUnsubscription(properties);
            };

            NetworkEventUnsubscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.networks.networks.NetworkEventSubscription.encode(message.request, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(18).string(message.request_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NetworkEventUnsubscription.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NetworkEventUnsubscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.networks.networks.NetworkEventUnsubscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.networks.networks.NetworkEventSubscription.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NetworkEventUnsubscription.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NetworkEventUnsubscription.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                    let error = $root.networks.networks.NetworkEventSubscription.verify(message.request, _depth + 1);
                    if (error)
                        return "request." + error;
                }
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                return null;
            };

            NetworkEventUnsubscription.fromObject = function (object, _depth) {
                if (object instanceof $root.networks.networks.NetworkEventUnsubscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".networks.networks.NetworkEventUnsubscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.networks.networks.NetworkEventUnsubscription();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".networks.networks.NetworkEventUnsubscription.request: object expected");
                    message.request = $root.networks.networks.NetworkEventSubscription.fromObject(object.request, _depth + 1);
                }
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                return message;
            };

            NetworkEventUnsubscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = null;
                    object.request_id = "";
                }
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.networks.networks.NetworkEventSubscription.toObject(message.request, options, _depth + 1);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                return object;
            };

            NetworkEventUnsubscription.prototype.toJSON = function() {
                return NetworkEventUnsubscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            NetworkEventUnsubscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/networks.networks.NetworkEventUnsubscription";
            };

            return NetworkEventUnsubscription;
        })();

        return networks;
    })();

    return networks;
})();

export const relay = $root.relay = (() => {

    const relay = {};

    relay.datatransfer = (function() {

        const datatransfer = {};

        return datatransfer;
    })();

    relay.events = (function() {

        const events = {};

        return events;
    })();

    return relay;
})();

export const weft = $root.weft = (() => {

    const weft = {};

    weft.batch = (function() {

        const batch = {};

        batch.EndorsedBatch = (function() {

            const EndorsedBatch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EndorsedBatch.prototype.scheme = "";
            EndorsedBatch.prototype.root = $util.newBuffer([]);
            EndorsedBatch.prototype.leaves = 0;
            EndorsedBatch.prototype.payload = $util.newBuffer([]);
            EndorsedBatch.prototype.source_time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            EndorsedBatch.create = function(properties) {
                return new EndorsedBatch(properties);
            };

            EndorsedBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== "")
                    writer.uint32(130).string(message.scheme);
                if (message.root != null && $Object.hasOwnProperty.call(message, "root") && message.root.length)
                    writer.uint32(138).bytes(message.root);
                if (message.leaves != null && $Object.hasOwnProperty.call(message, "leaves") && message.leaves !== 0)
                    writer.uint32(144).uint32(message.leaves);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(154).bytes(message.payload);
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms") && (typeof message.source_time_ms === "object" ? message.source_time_ms.low || message.source_time_ms.high : message.source_time_ms !== 0))
                    writer.uint32(160).uint64(message.source_time_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EndorsedBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EndorsedBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.batch.EndorsedBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.root = value;
                            else
                                delete message.root;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.leaves = value;
                            else
                                delete message.leaves;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.source_time_ms = value;
                            else
                                delete message.source_time_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EndorsedBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EndorsedBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    if (!$util.isString(message.scheme))
                        return "scheme: string expected";
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    if (!(message.root && typeof message.root.length === "number" || $util.isString(message.root)))
                        return "root: buffer expected";
                if (message.leaves != null && $Object.hasOwnProperty.call(message, "leaves"))
                    if (!$util.isInteger(message.leaves))
                        return "leaves: integer expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (!$util.isInteger(message.source_time_ms) && !(message.source_time_ms && $util.isInteger(message.source_time_ms.low) && $util.isInteger(message.source_time_ms.high)))
                        return "source_time_ms: integer|Long expected";
                return null;
            };

            EndorsedBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.batch.EndorsedBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.batch.EndorsedBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.batch.EndorsedBatch();
                if (object.scheme != null)
                    if (typeof object.scheme !== "string" || object.scheme.length)
                        message.scheme = $String(object.scheme);
                if (object.root != null)
                    if (object.root.length)
                        if (typeof object.root === "string")
                            $util.base64.decode(object.root, message.root = $util.newBuffer($util.base64.length(object.root)), 0);
                        else if (object.root.length >= 0)
                            message.root = object.root;
                if (object.leaves != null)
                    if ($Number(object.leaves) !== 0)
                        message.leaves = object.leaves >>> 0;
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.source_time_ms != null)
                    if (typeof object.source_time_ms === "object" ? object.source_time_ms.low || object.source_time_ms.high : $Number(object.source_time_ms) !== 0)
                        if ($util.Long)
                            message.source_time_ms = $util.Long.fromValue(object.source_time_ms, true);
                        else if (typeof object.source_time_ms === "string")
                            message.source_time_ms = $parseInt(object.source_time_ms, 10);
                        else if (typeof object.source_time_ms === "number")
                            message.source_time_ms = object.source_time_ms;
                        else if (typeof object.source_time_ms === "object")
                            message.source_time_ms = new $util.LongBits(object.source_time_ms.low >>> 0, object.source_time_ms.high >>> 0).toNumber(true);
                return message;
            };

            EndorsedBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.scheme = "";
                    if (options.bytes === $String)
                        object.root = "";
                    else {
                        object.root = [];
                        if (options.bytes !== $Array)
                            object.root = $util.newBuffer(object.root);
                    }
                    object.leaves = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.source_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.source_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    object.scheme = message.scheme;
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    object.root = options.bytes === $String ? $util.base64.encode(message.root, 0, message.root.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.root) : message.root;
                if (message.leaves != null && $Object.hasOwnProperty.call(message, "leaves"))
                    object.leaves = message.leaves;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.source_time_ms = typeof message.source_time_ms === "number" ? $BigInt(message.source_time_ms) : $util.Long.fromBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0, true).toBigInt();
                    else if (typeof message.source_time_ms === "number")
                        object.source_time_ms = options.longs === $String ? $String(message.source_time_ms) : message.source_time_ms;
                    else
                        object.source_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.source_time_ms) : options.longs === $Number ? new $util.LongBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0).toNumber(true) : message.source_time_ms;
                return object;
            };

            EndorsedBatch.prototype.toJSON = function() {
                return EndorsedBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            EndorsedBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.batch.EndorsedBatch";
            };

            return EndorsedBatch;
        })();

        batch.BatchLeaf = (function() {

            const BatchLeaf = function (properties) {
                this.path = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchLeaf.prototype.payload = $util.newBuffer([]);
            BatchLeaf.prototype.salt = $util.newBuffer([]);
            BatchLeaf.prototype.path = $util.emptyArray;

            BatchLeaf.create = function(properties) {
                return new BatchLeaf(properties);
            };

            BatchLeaf.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(10).bytes(message.payload);
                if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                    writer.uint32(18).bytes(message.salt);
                if (message.path != null && message.path.length)
                    for (let i = 0; i < message.path.length; ++i)
                        writer.uint32(26).bytes(message.path[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchLeaf.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            BatchLeaf.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.batch.BatchLeaf();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.salt = value;
                            else
                                delete message.salt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchLeaf.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            BatchLeaf.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                    if (!(message.salt && typeof message.salt.length === "number" || $util.isString(message.salt)))
                        return "salt: buffer expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path")) {
                    if (!$Array.isArray(message.path))
                        return "path: array expected";
                    for (let i = 0; i < message.path.length; ++i)
                        if (!(message.path[i] && typeof message.path[i].length === "number" || $util.isString(message.path[i])))
                            return "path: buffer[] expected";
                }
                return null;
            };

            BatchLeaf.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.batch.BatchLeaf)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.batch.BatchLeaf: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.batch.BatchLeaf();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.salt != null)
                    if (object.salt.length)
                        if (typeof object.salt === "string")
                            $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                        else if (object.salt.length >= 0)
                            message.salt = object.salt;
                if (object.path) {
                    if (!$Array.isArray(object.path))
                        throw $TypeError(".weft.batch.BatchLeaf.path: array expected");
                    message.path = $Array(object.path.length);
                    for (let i = 0; i < object.path.length; ++i)
                        if (typeof object.path[i] === "string")
                            $util.base64.decode(object.path[i], message.path[i] = $util.newBuffer($util.base64.length(object.path[i])), 0);
                        else if (object.path[i].length >= 0)
                            message.path[i] = object.path[i];
                }
                return message;
            };

            BatchLeaf.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.path = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.salt = "";
                    else {
                        object.salt = [];
                        if (options.bytes !== $Array)
                            object.salt = $util.newBuffer(object.salt);
                    }
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                    object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
                if (message.path && message.path.length) {
                    object.path = $Array(message.path.length);
                    for (let j = 0; j < message.path.length; ++j)
                        object.path[j] = options.bytes === $String ? $util.base64.encode(message.path[j], 0, message.path[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.path[j]) : message.path[j];
                }
                return object;
            };

            BatchLeaf.prototype.toJSON = function() {
                return BatchLeaf.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchLeaf.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.batch.BatchLeaf";
            };

            return BatchLeaf;
        })();

        batch.BatchQuery = (function() {

            const BatchQuery = function (properties) {
                this.requests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchQuery.prototype.requests = $util.emptyArray;

            BatchQuery.create = function(properties) {
                return new BatchQuery(properties);
            };

            BatchQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requests != null && message.requests.length)
                    for (let i = 0; i < message.requests.length; ++i)
                        $root.weft.batch.BatchQuery.Request.encode(message.requests[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchQuery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            BatchQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.batch.BatchQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requests && message.requests.length))
                                message.requests = [];
                            message.requests.push($root.weft.batch.BatchQuery.Request.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchQuery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            BatchQuery.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests")) {
                    if (!$Array.isArray(message.requests))
                        return "requests: array expected";
                    for (let i = 0; i < message.requests.length; ++i) {
                        let error = $root.weft.batch.BatchQuery.Request.verify(message.requests[i], _depth + 1);
                        if (error)
                            return "requests." + error;
                    }
                }
                return null;
            };

            BatchQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.batch.BatchQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.batch.BatchQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.batch.BatchQuery();
                if (object.requests) {
                    if (!$Array.isArray(object.requests))
                        throw $TypeError(".weft.batch.BatchQuery.requests: array expected");
                    message.requests = $Array(object.requests.length);
                    for (let i = 0; i < object.requests.length; ++i) {
                        if (!$util.isObject(object.requests[i]))
                            throw $TypeError(".weft.batch.BatchQuery.requests: object expected");
                        message.requests[i] = $root.weft.batch.BatchQuery.Request.fromObject(object.requests[i], _depth + 1);
                    }
                }
                return message;
            };

            BatchQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.requests = [];
                if (message.requests && message.requests.length) {
                    object.requests = $Array(message.requests.length);
                    for (let j = 0; j < message.requests.length; ++j)
                        object.requests[j] = $root.weft.batch.BatchQuery.Request.toObject(message.requests[j], options, _depth + 1);
                }
                return object;
            };

            BatchQuery.prototype.toJSON = function() {
                return BatchQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.batch.BatchQuery";
            };

            BatchQuery.Request = (function() {

                const Request = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Request.prototype.nonce = "";
                Request.prototype.certificate = "";
                Request.prototype.signature = "";

                Request.create = function(properties) {
                    return new Request(properties);
                };

                Request.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                        writer.uint32(10).string(message.nonce);
                    if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate") && message.certificate !== "")
                        writer.uint32(18).string(message.certificate);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature !== "")
                        writer.uint32(26).string(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Request.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Request.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.weft.batch.BatchQuery.Request();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.certificate = value;
                                else
                                    delete message.certificate;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Request.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Request.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!$util.isString(message.nonce))
                            return "nonce: string expected";
                    if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                        if (!$util.isString(message.certificate))
                            return "certificate: string expected";
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        if (!$util.isString(message.signature))
                            return "signature: string expected";
                    return null;
                };

                Request.fromObject = function (object, _depth) {
                    if (object instanceof $root.weft.batch.BatchQuery.Request)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".weft.batch.BatchQuery.Request: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.weft.batch.BatchQuery.Request();
                    if (object.nonce != null)
                        if (typeof object.nonce !== "string" || object.nonce.length)
                            message.nonce = $String(object.nonce);
                    if (object.certificate != null)
                        if (typeof object.certificate !== "string" || object.certificate.length)
                            message.certificate = $String(object.certificate);
                    if (object.signature != null)
                        if (typeof object.signature !== "string" || object.signature.length)
                            message.signature = $String(object.signature);
                    return message;
                };

                Request.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.nonce = "";
                        object.certificate = "";
                        object.signature = "";
                    }
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = message.nonce;
                    if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                        object.certificate = message.certificate;
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        object.signature = message.signature;
                    return object;
                };

                Request.prototype.toJSON = function() {
                    return Request.toObject(this, $protobuf.util.toJSONOptions);
                };

                Request.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/weft.batch.BatchQuery.Request";
                };

                return Request;
            })();

            return BatchQuery;
        })();

        return batch;
    })();

    weft.events = (function() {

        const events = {};

        events.EventRecord = (function() {

            const EventRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventRecord.prototype.stream = "";
            EventRecord.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EventRecord.prototype.name = "";
            EventRecord.prototype.payload = $util.newBuffer([]);
            EventRecord.prototype.tx_id = "";
            EventRecord.prototype.block_number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EventRecord.prototype.source_time_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            EventRecord.create = function(properties) {
                return new EventRecord(properties);
            };

            EventRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                    writer.uint32(10).string(message.stream);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(16).uint64(message.sequence);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(34).bytes(message.payload);
                if (message.tx_id != null && $Object.hasOwnProperty.call(message, "tx_id") && message.tx_id !== "")
                    writer.uint32(42).string(message.tx_id);
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number") && (typeof message.block_number === "object" ? message.block_number.low || message.block_number.high : message.block_number !== 0))
                    writer.uint32(48).uint64(message.block_number);
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms") && (typeof message.source_time_ms === "object" ? message.source_time_ms.low || message.source_time_ms.high : message.source_time_ms !== 0))
                    writer.uint32(56).int64(message.source_time_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.EventRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tx_id = value;
                            else
                                delete message.tx_id;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.block_number = value;
                            else
                                delete message.block_number;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.source_time_ms = value;
                            else
                                delete message.source_time_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    if (!$util.isString(message.stream))
                        return "stream: string expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.tx_id != null && $Object.hasOwnProperty.call(message, "tx_id"))
                    if (!$util.isString(message.tx_id))
                        return "tx_id: string expected";
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (!$util.isInteger(message.block_number) && !(message.block_number && $util.isInteger(message.block_number.low) && $util.isInteger(message.block_number.high)))
                        return "block_number: integer|Long expected";
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (!$util.isInteger(message.source_time_ms) && !(message.source_time_ms && $util.isInteger(message.source_time_ms.low) && $util.isInteger(message.source_time_ms.high)))
                        return "source_time_ms: integer|Long expected";
                return null;
            };

            EventRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.EventRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.EventRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.EventRecord();
                if (object.stream != null)
                    if (typeof object.stream !== "string" || object.stream.length)
                        message.stream = $String(object.stream);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.tx_id != null)
                    if (typeof object.tx_id !== "string" || object.tx_id.length)
                        message.tx_id = $String(object.tx_id);
                if (object.block_number != null)
                    if (typeof object.block_number === "object" ? object.block_number.low || object.block_number.high : $Number(object.block_number) !== 0)
                        if ($util.Long)
                            message.block_number = $util.Long.fromValue(object.block_number, true);
                        else if (typeof object.block_number === "string")
                            message.block_number = $parseInt(object.block_number, 10);
                        else if (typeof object.block_number === "number")
                            message.block_number = object.block_number;
                        else if (typeof object.block_number === "object")
                            message.block_number = new $util.LongBits(object.block_number.low >>> 0, object.block_number.high >>> 0).toNumber(true);
                if (object.source_time_ms != null)
                    if (typeof object.source_time_ms === "object" ? object.source_time_ms.low || object.source_time_ms.high : $Number(object.source_time_ms) !== 0)
                        if ($util.Long)
                            message.source_time_ms = $util.Long.fromValue(object.source_time_ms, false);
                        else if (typeof object.source_time_ms === "string")
                            message.source_time_ms = $parseInt(object.source_time_ms, 10);
                        else if (typeof object.source_time_ms === "number")
                            message.source_time_ms = object.source_time_ms;
                        else if (typeof object.source_time_ms === "object")
                            message.source_time_ms = new $util.LongBits(object.source_time_ms.low >>> 0, object.source_time_ms.high >>> 0).toNumber();
                return message;
            };

            EventRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.stream = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.tx_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.block_number = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.block_number = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.source_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.source_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = message.stream;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.tx_id != null && $Object.hasOwnProperty.call(message, "tx_id"))
                    object.tx_id = message.tx_id;
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.block_number = typeof message.block_number === "number" ? $BigInt(message.block_number) : $util.Long.fromBits(message.block_number.low >>> 0, message.block_number.high >>> 0, true).toBigInt();
                    else if (typeof message.block_number === "number")
                        object.block_number = options.longs === $String ? $String(message.block_number) : message.block_number;
                    else
                        object.block_number = options.longs === $String ? $util.Long.prototype.toString.call(message.block_number) : options.longs === $Number ? new $util.LongBits(message.block_number.low >>> 0, message.block_number.high >>> 0).toNumber(true) : message.block_number;
                if (message.source_time_ms != null && $Object.hasOwnProperty.call(message, "source_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.source_time_ms = typeof message.source_time_ms === "number" ? $BigInt(message.source_time_ms) : $util.Long.fromBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.source_time_ms === "number")
                        object.source_time_ms = options.longs === $String ? $String(message.source_time_ms) : message.source_time_ms;
                    else
                        object.source_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.source_time_ms) : options.longs === $Number ? new $util.LongBits(message.source_time_ms.low >>> 0, message.source_time_ms.high >>> 0).toNumber() : message.source_time_ms;
                return object;
            };

            EventRecord.prototype.toJSON = function() {
                return EventRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.EventRecord";
            };

            return EventRecord;
        })();

        events.EventRecords = (function() {

            const EventRecords = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventRecords.prototype.records = $util.emptyArray;

            EventRecords.create = function(properties) {
                return new EventRecords(properties);
            };

            EventRecords.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.weft.events.EventRecord.encode(message.records[i], writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventRecords.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventRecords.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.EventRecords();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.weft.events.EventRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventRecords.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventRecords.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.records != null && $Object.hasOwnProperty.call(message, "records")) {
                    if (!$Array.isArray(message.records))
                        return "records: array expected";
                    for (let i = 0; i < message.records.length; ++i) {
                        let error = $root.weft.events.EventRecord.verify(message.records[i], _depth + 1);
                        if (error)
                            return "records." + error;
                    }
                }
                return null;
            };

            EventRecords.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.EventRecords)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.EventRecords: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.EventRecords();
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".weft.events.EventRecords.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".weft.events.EventRecords.records: object expected");
                        message.records[i] = $root.weft.events.EventRecord.fromObject(object.records[i], _depth + 1);
                    }
                }
                return message;
            };

            EventRecords.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.weft.events.EventRecord.toObject(message.records[j], options, _depth + 1);
                }
                return object;
            };

            EventRecords.prototype.toJSON = function() {
                return EventRecords.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventRecords.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.EventRecords";
            };

            return EventRecords;
        })();

        events.WatchEventsRequest = (function() {

            const WatchEventsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WatchEventsRequest.prototype.request_id = "";
            WatchEventsRequest.prototype.from_sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            WatchEventsRequest.create = function(properties) {
                return new WatchEventsRequest(properties);
            };

            WatchEventsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence") && (typeof message.from_sequence === "object" ? message.from_sequence.low || message.from_sequence.high : message.from_sequence !== 0))
                    writer.uint32(16).uint64(message.from_sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WatchEventsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            WatchEventsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.WatchEventsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from_sequence = value;
                            else
                                delete message.from_sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WatchEventsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            WatchEventsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (!$util.isInteger(message.from_sequence) && !(message.from_sequence && $util.isInteger(message.from_sequence.low) && $util.isInteger(message.from_sequence.high)))
                        return "from_sequence: integer|Long expected";
                return null;
            };

            WatchEventsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.WatchEventsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.WatchEventsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.WatchEventsRequest();
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.from_sequence != null)
                    if (typeof object.from_sequence === "object" ? object.from_sequence.low || object.from_sequence.high : $Number(object.from_sequence) !== 0)
                        if ($util.Long)
                            message.from_sequence = $util.Long.fromValue(object.from_sequence, true);
                        else if (typeof object.from_sequence === "string")
                            message.from_sequence = $parseInt(object.from_sequence, 10);
                        else if (typeof object.from_sequence === "number")
                            message.from_sequence = object.from_sequence;
                        else if (typeof object.from_sequence === "object")
                            message.from_sequence = new $util.LongBits(object.from_sequence.low >>> 0, object.from_sequence.high >>> 0).toNumber(true);
                return message;
            };

            WatchEventsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.from_sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.from_sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.from_sequence != null && $Object.hasOwnProperty.call(message, "from_sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.from_sequence = typeof message.from_sequence === "number" ? $BigInt(message.from_sequence) : $util.Long.fromBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.from_sequence === "number")
                        object.from_sequence = options.longs === $String ? $String(message.from_sequence) : message.from_sequence;
                    else
                        object.from_sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.from_sequence) : options.longs === $Number ? new $util.LongBits(message.from_sequence.low >>> 0, message.from_sequence.high >>> 0).toNumber(true) : message.from_sequence;
                return object;
            };

            WatchEventsRequest.prototype.toJSON = function() {
                return WatchEventsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            WatchEventsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.WatchEventsRequest";
            };

            return WatchEventsRequest;
        })();

        events.DeadLettersRequest = (function() {

            const DeadLettersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeadLettersRequest.prototype.subscription = "";

            DeadLettersRequest.create = function(properties) {
                return new DeadLettersRequest(properties);
            };

            DeadLettersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription") && message.subscription !== "")
                    writer.uint32(10).string(message.subscription);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeadLettersRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeadLettersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.DeadLettersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscription = value;
                            else
                                delete message.subscription;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeadLettersRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeadLettersRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    if (!$util.isString(message.subscription))
                        return "subscription: string expected";
                return null;
            };

            DeadLettersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.DeadLettersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.DeadLettersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.DeadLettersRequest();
                if (object.subscription != null)
                    if (typeof object.subscription !== "string" || object.subscription.length)
                        message.subscription = $String(object.subscription);
                return message;
            };

            DeadLettersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.subscription = "";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    object.subscription = message.subscription;
                return object;
            };

            DeadLettersRequest.prototype.toJSON = function() {
                return DeadLettersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeadLettersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.DeadLettersRequest";
            };

            return DeadLettersRequest;
        })();

        events.DeadLetter = (function() {

            const DeadLetter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeadLetter.prototype.key = "";
            DeadLetter.prototype.subscription = "";
            DeadLetter.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DeadLetter.prototype.url = "";
            DeadLetter.prototype.attempts = 0;
            DeadLetter.prototype.queued_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DeadLetter.prototype.updated_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DeadLetter.prototype.last_error = "";
            DeadLetter.prototype.event_id = "";

            DeadLetter.create = function(properties) {
                return new DeadLetter(properties);
            };

            DeadLetter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription") && message.subscription !== "")
                    writer.uint32(18).string(message.subscription);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(24).uint64(message.sequence);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(34).string(message.url);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(40).uint32(message.attempts);
                if (message.queued_at_ms != null && $Object.hasOwnProperty.call(message, "queued_at_ms") && (typeof message.queued_at_ms === "object" ? message.queued_at_ms.low || message.queued_at_ms.high : message.queued_at_ms !== 0))
                    writer.uint32(48).int64(message.queued_at_ms);
                if (message.updated_at_ms != null && $Object.hasOwnProperty.call(message, "updated_at_ms") && (typeof message.updated_at_ms === "object" ? message.updated_at_ms.low || message.updated_at_ms.high : message.updated_at_ms !== 0))
                    writer.uint32(56).int64(message.updated_at_ms);
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error") && message.last_error !== "")
                    writer.uint32(66).string(message.last_error);
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id") && message.event_id !== "")
                    writer.uint32(74).string(message.event_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeadLetter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeadLetter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.DeadLetter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscription = value;
                            else
                                delete message.subscription;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.queued_at_ms = value;
                            else
                                delete message.queued_at_ms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updated_at_ms = value;
                            else
                                delete message.updated_at_ms;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.last_error = value;
                            else
                                delete message.last_error;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event_id = value;
                            else
                                delete message.event_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeadLetter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeadLetter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    if (!$util.isString(message.subscription))
                        return "subscription: string expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    if (!$util.isString(message.url))
                        return "url: string expected";
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    if (!$util.isInteger(message.attempts))
                        return "attempts: integer expected";
                if (message.queued_at_ms != null && $Object.hasOwnProperty.call(message, "queued_at_ms"))
                    if (!$util.isInteger(message.queued_at_ms) && !(message.queued_at_ms && $util.isInteger(message.queued_at_ms.low) && $util.isInteger(message.queued_at_ms.high)))
                        return "queued_at_ms: integer|Long expected";
                if (message.updated_at_ms != null && $Object.hasOwnProperty.call(message, "updated_at_ms"))
                    if (!$util.isInteger(message.updated_at_ms) && !(message.updated_at_ms && $util.isInteger(message.updated_at_ms.low) && $util.isInteger(message.updated_at_ms.high)))
                        return "updated_at_ms: integer|Long expected";
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error"))
                    if (!$util.isString(message.last_error))
                        return "last_error: string expected";
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id"))
                    if (!$util.isString(message.event_id))
                        return "event_id: string expected";
                return null;
            };

            DeadLetter.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.DeadLetter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.DeadLetter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.DeadLetter();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.subscription != null)
                    if (typeof object.subscription !== "string" || object.subscription.length)
                        message.subscription = $String(object.subscription);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts >>> 0;
                if (object.queued_at_ms != null)
                    if (typeof object.queued_at_ms === "object" ? object.queued_at_ms.low || object.queued_at_ms.high : $Number(object.queued_at_ms) !== 0)
                        if ($util.Long)
                            message.queued_at_ms = $util.Long.fromValue(object.queued_at_ms, false);
                        else if (typeof object.queued_at_ms === "string")
                            message.queued_at_ms = $parseInt(object.queued_at_ms, 10);
                        else if (typeof object.queued_at_ms === "number")
                            message.queued_at_ms = object.queued_at_ms;
                        else if (typeof object.queued_at_ms === "object")
                            message.queued_at_ms = new $util.LongBits(object.queued_at_ms.low >>> 0, object.queued_at_ms.high >>> 0).toNumber();
                if (object.updated_at_ms != null)
                    if (typeof object.updated_at_ms === "object" ? object.updated_at_ms.low || object.updated_at_ms.high : $Number(object.updated_at_ms) !== 0)
                        if ($util.Long)
                            message.updated_at_ms = $util.Long.fromValue(object.updated_at_ms, false);
                        else if (typeof object.updated_at_ms === "string")
                            message.updated_at_ms = $parseInt(object.updated_at_ms, 10);
                        else if (typeof object.updated_at_ms === "number")
                            message.updated_at_ms = object.updated_at_ms;
                        else if (typeof object.updated_at_ms === "object")
                            message.updated_at_ms = new $util.LongBits(object.updated_at_ms.low >>> 0, object.updated_at_ms.high >>> 0).toNumber();
                if (object.last_error != null)
                    if (typeof object.last_error !== "string" || object.last_error.length)
                        message.last_error = $String(object.last_error);
                if (object.event_id != null)
                    if (typeof object.event_id !== "string" || object.event_id.length)
                        message.event_id = $String(object.event_id);
                return message;
            };

            DeadLetter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.subscription = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.url = "";
                    object.attempts = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.queued_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.queued_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.updated_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updated_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.last_error = "";
                    object.event_id = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    object.subscription = message.subscription;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                if (message.queued_at_ms != null && $Object.hasOwnProperty.call(message, "queued_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.queued_at_ms = typeof message.queued_at_ms === "number" ? $BigInt(message.queued_at_ms) : $util.Long.fromBits(message.queued_at_ms.low >>> 0, message.queued_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.queued_at_ms === "number")
                        object.queued_at_ms = options.longs === $String ? $String(message.queued_at_ms) : message.queued_at_ms;
                    else
                        object.queued_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.queued_at_ms) : options.longs === $Number ? new $util.LongBits(message.queued_at_ms.low >>> 0, message.queued_at_ms.high >>> 0).toNumber() : message.queued_at_ms;
                if (message.updated_at_ms != null && $Object.hasOwnProperty.call(message, "updated_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updated_at_ms = typeof message.updated_at_ms === "number" ? $BigInt(message.updated_at_ms) : $util.Long.fromBits(message.updated_at_ms.low >>> 0, message.updated_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.updated_at_ms === "number")
                        object.updated_at_ms = options.longs === $String ? $String(message.updated_at_ms) : message.updated_at_ms;
                    else
                        object.updated_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.updated_at_ms) : options.longs === $Number ? new $util.LongBits(message.updated_at_ms.low >>> 0, message.updated_at_ms.high >>> 0).toNumber() : message.updated_at_ms;
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error"))
                    object.last_error = message.last_error;
                if (message.event_id != null && $Object.hasOwnProperty.call(message, "event_id"))
                    object.event_id = message.event_id;
                return object;
            };

            DeadLetter.prototype.toJSON = function() {
                return DeadLetter.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeadLetter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.DeadLetter";
            };

            return DeadLetter;
        })();

        events.DeadLetters = (function() {

            const DeadLetters = function (properties) {
                this.dead_letters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeadLetters.prototype.dead_letters = $util.emptyArray;

            DeadLetters.create = function(properties) {
                return new DeadLetters(properties);
            };

            DeadLetters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dead_letters != null && message.dead_letters.length)
                    for (let i = 0; i < message.dead_letters.length; ++i)
                        $root.weft.events.DeadLetter.encode(message.dead_letters[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeadLetters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeadLetters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.DeadLetters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dead_letters && message.dead_letters.length))
                                message.dead_letters = [];
                            message.dead_letters.push($root.weft.events.DeadLetter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeadLetters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeadLetters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dead_letters != null && $Object.hasOwnProperty.call(message, "dead_letters")) {
                    if (!$Array.isArray(message.dead_letters))
                        return "dead_letters: array expected";
                    for (let i = 0; i < message.dead_letters.length; ++i) {
                        let error = $root.weft.events.DeadLetter.verify(message.dead_letters[i], _depth + 1);
                        if (error)
                            return "dead_letters." + error;
                    }
                }
                return null;
            };

            DeadLetters.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.DeadLetters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.DeadLetters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.DeadLetters();
                if (object.dead_letters) {
                    if (!$Array.isArray(object.dead_letters))
                        throw $TypeError(".weft.events.DeadLetters.dead_letters: array expected");
                    message.dead_letters = $Array(object.dead_letters.length);
                    for (let i = 0; i < object.dead_letters.length; ++i) {
                        if (!$util.isObject(object.dead_letters[i]))
                            throw $TypeError(".weft.events.DeadLetters.dead_letters: object expected");
                        message.dead_letters[i] = $root.weft.events.DeadLetter.fromObject(object.dead_letters[i], _depth + 1);
                    }
                }
                return message;
            };

            DeadLetters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.dead_letters = [];
                if (message.dead_letters && message.dead_letters.length) {
                    object.dead_letters = $Array(message.dead_letters.length);
                    for (let j = 0; j < message.dead_letters.length; ++j)
                        object.dead_letters[j] = $root.weft.events.DeadLetter.toObject(message.dead_letters[j], options, _depth + 1);
                }
                return object;
            };

            DeadLetters.prototype.toJSON = function() {
                return DeadLetters.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeadLetters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.DeadLetters";
            };

            return DeadLetters;
        })();

        events.DeadLetterKey = (function() {

            const DeadLetterKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeadLetterKey.prototype.key = "";

            DeadLetterKey.create = function(properties) {
                return new DeadLetterKey(properties);
            };

            DeadLetterKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeadLetterKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeadLetterKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.DeadLetterKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeadLetterKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeadLetterKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                return null;
            };

            DeadLetterKey.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.DeadLetterKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.DeadLetterKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.DeadLetterKey();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                return message;
            };

            DeadLetterKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.key = "";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                return object;
            };

            DeadLetterKey.prototype.toJSON = function() {
                return DeadLetterKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeadLetterKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.DeadLetterKey";
            };

            return DeadLetterKey;
        })();

        events.RotateWebhookSecretRequest = (function() {

            const RotateWebhookSecretRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RotateWebhookSecretRequest.prototype.subscription = "";

            RotateWebhookSecretRequest.create = function(properties) {
                return new RotateWebhookSecretRequest(properties);
            };

            RotateWebhookSecretRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription") && message.subscription !== "")
                    writer.uint32(10).string(message.subscription);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RotateWebhookSecretRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RotateWebhookSecretRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.RotateWebhookSecretRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscription = value;
                            else
                                delete message.subscription;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RotateWebhookSecretRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RotateWebhookSecretRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    if (!$util.isString(message.subscription))
                        return "subscription: string expected";
                return null;
            };

            RotateWebhookSecretRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.RotateWebhookSecretRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.RotateWebhookSecretRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.RotateWebhookSecretRequest();
                if (object.subscription != null)
                    if (typeof object.subscription !== "string" || object.subscription.length)
                        message.subscription = $String(object.subscription);
                return message;
            };

            RotateWebhookSecretRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.subscription = "";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    object.subscription = message.subscription;
                return object;
            };

            RotateWebhookSecretRequest.prototype.toJSON = function() {
                return RotateWebhookSecretRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RotateWebhookSecretRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.RotateWebhookSecretRequest";
            };

            return RotateWebhookSecretRequest;
        })();

        events.RotatedWebhookSecret = (function() {

            const RotatedWebhookSecret = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RotatedWebhookSecret.prototype.subscription = "";
            RotatedWebhookSecret.prototype.secret = "";
            RotatedWebhookSecret.prototype.previous_until_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            RotatedWebhookSecret.create = function(properties) {
                return new RotatedWebhookSecret(properties);
            };

            RotatedWebhookSecret.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription") && message.subscription !== "")
                    writer.uint32(10).string(message.subscription);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                    writer.uint32(18).string(message.secret);
                if (message.previous_until_ms != null && $Object.hasOwnProperty.call(message, "previous_until_ms") && (typeof message.previous_until_ms === "object" ? message.previous_until_ms.low || message.previous_until_ms.high : message.previous_until_ms !== 0))
                    writer.uint32(24).int64(message.previous_until_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RotatedWebhookSecret.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RotatedWebhookSecret.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.events.RotatedWebhookSecret();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscription = value;
                            else
                                delete message.subscription;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.previous_until_ms = value;
                            else
                                delete message.previous_until_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RotatedWebhookSecret.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RotatedWebhookSecret.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    if (!$util.isString(message.subscription))
                        return "subscription: string expected";
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    if (!$util.isString(message.secret))
                        return "secret: string expected";
                if (message.previous_until_ms != null && $Object.hasOwnProperty.call(message, "previous_until_ms"))
                    if (!$util.isInteger(message.previous_until_ms) && !(message.previous_until_ms && $util.isInteger(message.previous_until_ms.low) && $util.isInteger(message.previous_until_ms.high)))
                        return "previous_until_ms: integer|Long expected";
                return null;
            };

            RotatedWebhookSecret.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.events.RotatedWebhookSecret)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.events.RotatedWebhookSecret: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.events.RotatedWebhookSecret();
                if (object.subscription != null)
                    if (typeof object.subscription !== "string" || object.subscription.length)
                        message.subscription = $String(object.subscription);
                if (object.secret != null)
                    if (typeof object.secret !== "string" || object.secret.length)
                        message.secret = $String(object.secret);
                if (object.previous_until_ms != null)
                    if (typeof object.previous_until_ms === "object" ? object.previous_until_ms.low || object.previous_until_ms.high : $Number(object.previous_until_ms) !== 0)
                        if ($util.Long)
                            message.previous_until_ms = $util.Long.fromValue(object.previous_until_ms, false);
                        else if (typeof object.previous_until_ms === "string")
                            message.previous_until_ms = $parseInt(object.previous_until_ms, 10);
                        else if (typeof object.previous_until_ms === "number")
                            message.previous_until_ms = object.previous_until_ms;
                        else if (typeof object.previous_until_ms === "object")
                            message.previous_until_ms = new $util.LongBits(object.previous_until_ms.low >>> 0, object.previous_until_ms.high >>> 0).toNumber();
                return message;
            };

            RotatedWebhookSecret.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subscription = "";
                    object.secret = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.previous_until_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.previous_until_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    object.subscription = message.subscription;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = message.secret;
                if (message.previous_until_ms != null && $Object.hasOwnProperty.call(message, "previous_until_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.previous_until_ms = typeof message.previous_until_ms === "number" ? $BigInt(message.previous_until_ms) : $util.Long.fromBits(message.previous_until_ms.low >>> 0, message.previous_until_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.previous_until_ms === "number")
                        object.previous_until_ms = options.longs === $String ? $String(message.previous_until_ms) : message.previous_until_ms;
                    else
                        object.previous_until_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.previous_until_ms) : options.longs === $Number ? new $util.LongBits(message.previous_until_ms.low >>> 0, message.previous_until_ms.high >>> 0).toNumber() : message.previous_until_ms;
                return object;
            };

            RotatedWebhookSecret.prototype.toJSON = function() {
                return RotatedWebhookSecret.toObject(this, $protobuf.util.toJSONOptions);
            };

            RotatedWebhookSecret.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.events.RotatedWebhookSecret";
            };

            return RotatedWebhookSecret;
        })();

        return events;
    })();

    weft.evm = (function() {

        const evm = {};

        evm.EvmView = (function() {

            const EvmView = function (properties) {
                this.attestations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EvmView.prototype.network_id = "";
            EvmView.prototype.chain_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EvmView.prototype.block_number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EvmView.prototype.block_hash = $util.newBuffer([]);
            EvmView.prototype.view_address = "";
            EvmView.prototype.target = $util.newBuffer([]);
            EvmView.prototype.kind = 0;
            EvmView.prototype.call_data = $util.newBuffer([]);
            EvmView.prototype.result = $util.newBuffer([]);
            EvmView.prototype.nonce = "";
            EvmView.prototype.requester = "";
            EvmView.prototype.attestations = $util.emptyArray;
            EvmView.prototype.storage_proof = null;
            EvmView.prototype.block_timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EvmView.prototype.receipt_proof = null;

            EvmView.create = function(properties) {
                return new EvmView(properties);
            };

            EvmView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.network_id != null && $Object.hasOwnProperty.call(message, "network_id") && message.network_id !== "")
                    writer.uint32(10).string(message.network_id);
                if (message.chain_id != null && $Object.hasOwnProperty.call(message, "chain_id") && (typeof message.chain_id === "object" ? message.chain_id.low || message.chain_id.high : message.chain_id !== 0))
                    writer.uint32(16).uint64(message.chain_id);
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number") && (typeof message.block_number === "object" ? message.block_number.low || message.block_number.high : message.block_number !== 0))
                    writer.uint32(24).uint64(message.block_number);
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash") && message.block_hash.length)
                    writer.uint32(34).bytes(message.block_hash);
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address") && message.view_address !== "")
                    writer.uint32(42).string(message.view_address);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target.length)
                    writer.uint32(50).bytes(message.target);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(56).uint32(message.kind);
                if (message.call_data != null && $Object.hasOwnProperty.call(message, "call_data") && message.call_data.length)
                    writer.uint32(66).bytes(message.call_data);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result.length)
                    writer.uint32(74).bytes(message.result);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(82).string(message.nonce);
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(90).string(message.requester);
                if (message.attestations != null && message.attestations.length)
                    for (let i = 0; i < message.attestations.length; ++i)
                        $root.weft.evm.Attestation.encode(message.attestations[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.storage_proof != null && $Object.hasOwnProperty.call(message, "storage_proof"))
                    $root.weft.evm.StorageProof.encode(message.storage_proof, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.block_timestamp != null && $Object.hasOwnProperty.call(message, "block_timestamp") && (typeof message.block_timestamp === "object" ? message.block_timestamp.low || message.block_timestamp.high : message.block_timestamp !== 0))
                    writer.uint32(112).uint64(message.block_timestamp);
                if (message.receipt_proof != null && $Object.hasOwnProperty.call(message, "receipt_proof"))
                    $root.weft.evm.ReceiptProof.encode(message.receipt_proof, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EvmView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EvmView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.evm.EvmView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network_id = value;
                            else
                                delete message.network_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.chain_id = value;
                            else
                                delete message.chain_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.block_number = value;
                            else
                                delete message.block_number;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.block_hash = value;
                            else
                                delete message.block_hash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.view_address = value;
                            else
                                delete message.view_address;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.call_data = value;
                            else
                                delete message.call_data;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attestations && message.attestations.length))
                                message.attestations = [];
                            message.attestations.push($root.weft.evm.Attestation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.storage_proof = $root.weft.evm.StorageProof.decode(reader, reader.size(), $undefined, _depth + 1, message.storage_proof);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.block_timestamp = value;
                            else
                                delete message.block_timestamp;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.receipt_proof = $root.weft.evm.ReceiptProof.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt_proof);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EvmView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EvmView.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.network_id != null && $Object.hasOwnProperty.call(message, "network_id"))
                    if (!$util.isString(message.network_id))
                        return "network_id: string expected";
                if (message.chain_id != null && $Object.hasOwnProperty.call(message, "chain_id"))
                    if (!$util.isInteger(message.chain_id) && !(message.chain_id && $util.isInteger(message.chain_id.low) && $util.isInteger(message.chain_id.high)))
                        return "chain_id: integer|Long expected";
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (!$util.isInteger(message.block_number) && !(message.block_number && $util.isInteger(message.block_number.low) && $util.isInteger(message.block_number.high)))
                        return "block_number: integer|Long expected";
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash"))
                    if (!(message.block_hash && typeof message.block_hash.length === "number" || $util.isString(message.block_hash)))
                        return "block_hash: buffer expected";
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address"))
                    if (!$util.isString(message.view_address))
                        return "view_address: string expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!(message.target && typeof message.target.length === "number" || $util.isString(message.target)))
                        return "target: buffer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isInteger(message.kind))
                        return "kind: integer expected";
                if (message.call_data != null && $Object.hasOwnProperty.call(message, "call_data"))
                    if (!(message.call_data && typeof message.call_data.length === "number" || $util.isString(message.call_data)))
                        return "call_data: buffer expected";
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    if (!(message.result && typeof message.result.length === "number" || $util.isString(message.result)))
                        return "result: buffer expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isString(message.nonce))
                        return "nonce: string expected";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    if (!$util.isString(message.requester))
                        return "requester: string expected";
                if (message.attestations != null && $Object.hasOwnProperty.call(message, "attestations")) {
                    if (!$Array.isArray(message.attestations))
                        return "attestations: array expected";
                    for (let i = 0; i < message.attestations.length; ++i) {
                        let error = $root.weft.evm.Attestation.verify(message.attestations[i], _depth + 1);
                        if (error)
                            return "attestations." + error;
                    }
                }
                if (message.storage_proof != null && $Object.hasOwnProperty.call(message, "storage_proof")) {
                    let error = $root.weft.evm.StorageProof.verify(message.storage_proof, _depth + 1);
                    if (error)
                        return "storage_proof." + error;
                }
                if (message.block_timestamp != null && $Object.hasOwnProperty.call(message, "block_timestamp"))
                    if (!$util.isInteger(message.block_timestamp) && !(message.block_timestamp && $util.isInteger(message.block_timestamp.low) && $util.isInteger(message.block_timestamp.high)))
                        return "block_timestamp: integer|Long expected";
                if (message.receipt_proof != null && $Object.hasOwnProperty.call(message, "receipt_proof")) {
                    let error = $root.weft.evm.ReceiptProof.verify(message.receipt_proof, _depth + 1);
                    if (error)
                        return "receipt_proof." + error;
                }
                return null;
            };

            EvmView.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.evm.EvmView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.evm.EvmView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.evm.EvmView();
                if (object.network_id != null)
                    if (typeof object.network_id !== "string" || object.network_id.length)
                        message.network_id = $String(object.network_id);
                if (object.chain_id != null)
                    if (typeof object.chain_id === "object" ? object.chain_id.low || object.chain_id.high : $Number(object.chain_id) !== 0)
                        if ($util.Long)
                            message.chain_id = $util.Long.fromValue(object.chain_id, true);
                        else if (typeof object.chain_id === "string")
                            message.chain_id = $parseInt(object.chain_id, 10);
                        else if (typeof object.chain_id === "number")
                            message.chain_id = object.chain_id;
                        else if (typeof object.chain_id === "object")
                            message.chain_id = new $util.LongBits(object.chain_id.low >>> 0, object.chain_id.high >>> 0).toNumber(true);
                if (object.block_number != null)
                    if (typeof object.block_number === "object" ? object.block_number.low || object.block_number.high : $Number(object.block_number) !== 0)
                        if ($util.Long)
                            message.block_number = $util.Long.fromValue(object.block_number, true);
                        else if (typeof object.block_number === "string")
                            message.block_number = $parseInt(object.block_number, 10);
                        else if (typeof object.block_number === "number")
                            message.block_number = object.block_number;
                        else if (typeof object.block_number === "object")
                            message.block_number = new $util.LongBits(object.block_number.low >>> 0, object.block_number.high >>> 0).toNumber(true);
                if (object.block_hash != null)
                    if (object.block_hash.length)
                        if (typeof object.block_hash === "string")
                            $util.base64.decode(object.block_hash, message.block_hash = $util.newBuffer($util.base64.length(object.block_hash)), 0);
                        else if (object.block_hash.length >= 0)
                            message.block_hash = object.block_hash;
                if (object.view_address != null)
                    if (typeof object.view_address !== "string" || object.view_address.length)
                        message.view_address = $String(object.view_address);
                if (object.target != null)
                    if (object.target.length)
                        if (typeof object.target === "string")
                            $util.base64.decode(object.target, message.target = $util.newBuffer($util.base64.length(object.target)), 0);
                        else if (object.target.length >= 0)
                            message.target = object.target;
                if (object.kind != null)
                    if ($Number(object.kind) !== 0)
                        message.kind = object.kind >>> 0;
                if (object.call_data != null)
                    if (object.call_data.length)
                        if (typeof object.call_data === "string")
                            $util.base64.decode(object.call_data, message.call_data = $util.newBuffer($util.base64.length(object.call_data)), 0);
                        else if (object.call_data.length >= 0)
                            message.call_data = object.call_data;
                if (object.result != null)
                    if (object.result.length)
                        if (typeof object.result === "string")
                            $util.base64.decode(object.result, message.result = $util.newBuffer($util.base64.length(object.result)), 0);
                        else if (object.result.length >= 0)
                            message.result = object.result;
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.requester != null)
                    if (typeof object.requester !== "string" || object.requester.length)
                        message.requester = $String(object.requester);
                if (object.attestations) {
                    if (!$Array.isArray(object.attestations))
                        throw $TypeError(".weft.evm.EvmView.attestations: array expected");
                    message.attestations = $Array(object.attestations.length);
                    for (let i = 0; i < object.attestations.length; ++i) {
                        if (!$util.isObject(object.attestations[i]))
                            throw $TypeError(".weft.evm.EvmView.attestations: object expected");
                        message.attestations[i] = $root.weft.evm.Attestation.fromObject(object.attestations[i], _depth + 1);
                    }
                }
                if (object.storage_proof != null) {
                    if (!$util.isObject(object.storage_proof))
                        throw $TypeError(".weft.evm.EvmView.storage_proof: object expected");
                    message.storage_proof = $root.weft.evm.StorageProof.fromObject(object.storage_proof, _depth + 1);
                }
                if (object.block_timestamp != null)
                    if (typeof object.block_timestamp === "object" ? object.block_timestamp.low || object.block_timestamp.high : $Number(object.block_timestamp) !== 0)
                        if ($util.Long)
                            message.block_timestamp = $util.Long.fromValue(object.block_timestamp, true);
                        else if (typeof object.block_timestamp === "string")
                            message.block_timestamp = $parseInt(object.block_timestamp, 10);
                        else if (typeof object.block_timestamp === "number")
                            message.block_timestamp = object.block_timestamp;
                        else if (typeof object.block_timestamp === "object")
                            message.block_timestamp = new $util.LongBits(object.block_timestamp.low >>> 0, object.block_timestamp.high >>> 0).toNumber(true);
                if (object.receipt_proof != null) {
                    if (!$util.isObject(object.receipt_proof))
                        throw $TypeError(".weft.evm.EvmView.receipt_proof: object expected");
                    message.receipt_proof = $root.weft.evm.ReceiptProof.fromObject(object.receipt_proof, _depth + 1);
                }
                return message;
            };

            EvmView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.attestations = [];
                if (options.defaults) {
                    object.network_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chain_id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.chain_id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.block_number = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.block_number = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.block_hash = "";
                    else {
                        object.block_hash = [];
                        if (options.bytes !== $Array)
                            object.block_hash = $util.newBuffer(object.block_hash);
                    }
                    object.view_address = "";
                    if (options.bytes === $String)
                        object.target = "";
                    else {
                        object.target = [];
                        if (options.bytes !== $Array)
                            object.target = $util.newBuffer(object.target);
                    }
                    object.kind = 0;
                    if (options.bytes === $String)
                        object.call_data = "";
                    else {
                        object.call_data = [];
                        if (options.bytes !== $Array)
                            object.call_data = $util.newBuffer(object.call_data);
                    }
                    if (options.bytes === $String)
                        object.result = "";
                    else {
                        object.result = [];
                        if (options.bytes !== $Array)
                            object.result = $util.newBuffer(object.result);
                    }
                    object.nonce = "";
                    object.requester = "";
                    object.storage_proof = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.block_timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.block_timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.receipt_proof = null;
                }
                if (message.network_id != null && $Object.hasOwnProperty.call(message, "network_id"))
                    object.network_id = message.network_id;
                if (message.chain_id != null && $Object.hasOwnProperty.call(message, "chain_id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.chain_id = typeof message.chain_id === "number" ? $BigInt(message.chain_id) : $util.Long.fromBits(message.chain_id.low >>> 0, message.chain_id.high >>> 0, true).toBigInt();
                    else if (typeof message.chain_id === "number")
                        object.chain_id = options.longs === $String ? $String(message.chain_id) : message.chain_id;
                    else
                        object.chain_id = options.longs === $String ? $util.Long.prototype.toString.call(message.chain_id) : options.longs === $Number ? new $util.LongBits(message.chain_id.low >>> 0, message.chain_id.high >>> 0).toNumber(true) : message.chain_id;
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.block_number = typeof message.block_number === "number" ? $BigInt(message.block_number) : $util.Long.fromBits(message.block_number.low >>> 0, message.block_number.high >>> 0, true).toBigInt();
                    else if (typeof message.block_number === "number")
                        object.block_number = options.longs === $String ? $String(message.block_number) : message.block_number;
                    else
                        object.block_number = options.longs === $String ? $util.Long.prototype.toString.call(message.block_number) : options.longs === $Number ? new $util.LongBits(message.block_number.low >>> 0, message.block_number.high >>> 0).toNumber(true) : message.block_number;
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash"))
                    object.block_hash = options.bytes === $String ? $util.base64.encode(message.block_hash, 0, message.block_hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.block_hash) : message.block_hash;
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address"))
                    object.view_address = message.view_address;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = options.bytes === $String ? $util.base64.encode(message.target, 0, message.target.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.target) : message.target;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.call_data != null && $Object.hasOwnProperty.call(message, "call_data"))
                    object.call_data = options.bytes === $String ? $util.base64.encode(message.call_data, 0, message.call_data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.call_data) : message.call_data;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.bytes === $String ? $util.base64.encode(message.result, 0, message.result.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.result) : message.result;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = message.requester;
                if (message.attestations && message.attestations.length) {
                    object.attestations = $Array(message.attestations.length);
                    for (let j = 0; j < message.attestations.length; ++j)
                        object.attestations[j] = $root.weft.evm.Attestation.toObject(message.attestations[j], options, _depth + 1);
                }
                if (message.storage_proof != null && $Object.hasOwnProperty.call(message, "storage_proof"))
                    object.storage_proof = $root.weft.evm.StorageProof.toObject(message.storage_proof, options, _depth + 1);
                if (message.block_timestamp != null && $Object.hasOwnProperty.call(message, "block_timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.block_timestamp = typeof message.block_timestamp === "number" ? $BigInt(message.block_timestamp) : $util.Long.fromBits(message.block_timestamp.low >>> 0, message.block_timestamp.high >>> 0, true).toBigInt();
                    else if (typeof message.block_timestamp === "number")
                        object.block_timestamp = options.longs === $String ? $String(message.block_timestamp) : message.block_timestamp;
                    else
                        object.block_timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.block_timestamp) : options.longs === $Number ? new $util.LongBits(message.block_timestamp.low >>> 0, message.block_timestamp.high >>> 0).toNumber(true) : message.block_timestamp;
                if (message.receipt_proof != null && $Object.hasOwnProperty.call(message, "receipt_proof"))
                    object.receipt_proof = $root.weft.evm.ReceiptProof.toObject(message.receipt_proof, options, _depth + 1);
                return object;
            };

            EvmView.prototype.toJSON = function() {
                return EvmView.toObject(this, $protobuf.util.toJSONOptions);
            };

            EvmView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.evm.EvmView";
            };

            return EvmView;
        })();

        evm.ReceiptProof = (function() {

            const ReceiptProof = function (properties) {
                this.proof = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptProof.prototype.header = $util.newBuffer([]);
            ReceiptProof.prototype.proof = $util.emptyArray;

            ReceiptProof.create = function(properties) {
                return new ReceiptProof(properties);
            };

            ReceiptProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                    writer.uint32(10).bytes(message.header);
                if (message.proof != null && message.proof.length)
                    for (let i = 0; i < message.proof.length; ++i)
                        writer.uint32(18).bytes(message.proof[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptProof.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ReceiptProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.evm.ReceiptProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.header = value;
                            else
                                delete message.header;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.proof && message.proof.length))
                                message.proof = [];
                            message.proof.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptProof.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ReceiptProof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    if (!(message.header && typeof message.header.length === "number" || $util.isString(message.header)))
                        return "header: buffer expected";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    if (!$Array.isArray(message.proof))
                        return "proof: array expected";
                    for (let i = 0; i < message.proof.length; ++i)
                        if (!(message.proof[i] && typeof message.proof[i].length === "number" || $util.isString(message.proof[i])))
                            return "proof: buffer[] expected";
                }
                return null;
            };

            ReceiptProof.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.evm.ReceiptProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.evm.ReceiptProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.evm.ReceiptProof();
                if (object.header != null)
                    if (object.header.length)
                        if (typeof object.header === "string")
                            $util.base64.decode(object.header, message.header = $util.newBuffer($util.base64.length(object.header)), 0);
                        else if (object.header.length >= 0)
                            message.header = object.header;
                if (object.proof) {
                    if (!$Array.isArray(object.proof))
                        throw $TypeError(".weft.evm.ReceiptProof.proof: array expected");
                    message.proof = $Array(object.proof.length);
                    for (let i = 0; i < object.proof.length; ++i)
                        if (typeof object.proof[i] === "string")
                            $util.base64.decode(object.proof[i], message.proof[i] = $util.newBuffer($util.base64.length(object.proof[i])), 0);
                        else if (object.proof[i].length >= 0)
                            message.proof[i] = object.proof[i];
                }
                return message;
            };

            ReceiptProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.proof = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.header = "";
                    else {
                        object.header = [];
                        if (options.bytes !== $Array)
                            object.header = $util.newBuffer(object.header);
                    }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = options.bytes === $String ? $util.base64.encode(message.header, 0, message.header.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.header) : message.header;
                if (message.proof && message.proof.length) {
                    object.proof = $Array(message.proof.length);
                    for (let j = 0; j < message.proof.length; ++j)
                        object.proof[j] = options.bytes === $String ? $util.base64.encode(message.proof[j], 0, message.proof[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof[j]) : message.proof[j];
                }
                return object;
            };

            ReceiptProof.prototype.toJSON = function() {
                return ReceiptProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.evm.ReceiptProof";
            };

            return ReceiptProof;
        })();

        evm.Attestation = (function() {

            const Attestation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Attestation.prototype.signer = $util.newBuffer([]);
            Attestation.prototype.signature = $util.newBuffer([]);

            Attestation.create = function(properties) {
                return new Attestation(properties);
            };

            Attestation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer.length)
                    writer.uint32(10).bytes(message.signer);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Attestation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Attestation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.evm.Attestation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Attestation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Attestation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    if (!(message.signer && typeof message.signer.length === "number" || $util.isString(message.signer)))
                        return "signer: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            Attestation.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.evm.Attestation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.evm.Attestation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.evm.Attestation();
                if (object.signer != null)
                    if (object.signer.length)
                        if (typeof object.signer === "string")
                            $util.base64.decode(object.signer, message.signer = $util.newBuffer($util.base64.length(object.signer)), 0);
                        else if (object.signer.length >= 0)
                            message.signer = object.signer;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            Attestation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.signer = "";
                    else {
                        object.signer = [];
                        if (options.bytes !== $Array)
                            object.signer = $util.newBuffer(object.signer);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    object.signer = options.bytes === $String ? $util.base64.encode(message.signer, 0, message.signer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signer) : message.signer;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            Attestation.prototype.toJSON = function() {
                return Attestation.toObject(this, $protobuf.util.toJSONOptions);
            };

            Attestation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.evm.Attestation";
            };

            return Attestation;
        })();

        evm.StorageProof = (function() {

            const StorageProof = function (properties) {
                this.account_proof = [];
                this.storage_proof = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StorageProof.prototype.header = $util.newBuffer([]);
            StorageProof.prototype.account_proof = $util.emptyArray;
            StorageProof.prototype.storage_proof = $util.emptyArray;

            StorageProof.create = function(properties) {
                return new StorageProof(properties);
            };

            StorageProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                    writer.uint32(10).bytes(message.header);
                if (message.account_proof != null && message.account_proof.length)
                    for (let i = 0; i < message.account_proof.length; ++i)
                        writer.uint32(18).bytes(message.account_proof[i]);
                if (message.storage_proof != null && message.storage_proof.length)
                    for (let i = 0; i < message.storage_proof.length; ++i)
                        writer.uint32(26).bytes(message.storage_proof[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StorageProof.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StorageProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.evm.StorageProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.header = value;
                            else
                                delete message.header;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.account_proof && message.account_proof.length))
                                message.account_proof = [];
                            message.account_proof.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.storage_proof && message.storage_proof.length))
                                message.storage_proof = [];
                            message.storage_proof.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StorageProof.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StorageProof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    if (!(message.header && typeof message.header.length === "number" || $util.isString(message.header)))
                        return "header: buffer expected";
                if (message.account_proof != null && $Object.hasOwnProperty.call(message, "account_proof")) {
                    if (!$Array.isArray(message.account_proof))
                        return "account_proof: array expected";
                    for (let i = 0; i < message.account_proof.length; ++i)
                        if (!(message.account_proof[i] && typeof message.account_proof[i].length === "number" || $util.isString(message.account_proof[i])))
                            return "account_proof: buffer[] expected";
                }
                if (message.storage_proof != null && $Object.hasOwnProperty.call(message, "storage_proof")) {
                    if (!$Array.isArray(message.storage_proof))
                        return "storage_proof: array expected";
                    for (let i = 0; i < message.storage_proof.length; ++i)
                        if (!(message.storage_proof[i] && typeof message.storage_proof[i].length === "number" || $util.isString(message.storage_proof[i])))
                            return "storage_proof: buffer[] expected";
                }
                return null;
            };

            StorageProof.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.evm.StorageProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.evm.StorageProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.evm.StorageProof();
                if (object.header != null)
                    if (object.header.length)
                        if (typeof object.header === "string")
                            $util.base64.decode(object.header, message.header = $util.newBuffer($util.base64.length(object.header)), 0);
                        else if (object.header.length >= 0)
                            message.header = object.header;
                if (object.account_proof) {
                    if (!$Array.isArray(object.account_proof))
                        throw $TypeError(".weft.evm.StorageProof.account_proof: array expected");
                    message.account_proof = $Array(object.account_proof.length);
                    for (let i = 0; i < object.account_proof.length; ++i)
                        if (typeof object.account_proof[i] === "string")
                            $util.base64.decode(object.account_proof[i], message.account_proof[i] = $util.newBuffer($util.base64.length(object.account_proof[i])), 0);
                        else if (object.account_proof[i].length >= 0)
                            message.account_proof[i] = object.account_proof[i];
                }
                if (object.storage_proof) {
                    if (!$Array.isArray(object.storage_proof))
                        throw $TypeError(".weft.evm.StorageProof.storage_proof: array expected");
                    message.storage_proof = $Array(object.storage_proof.length);
                    for (let i = 0; i < object.storage_proof.length; ++i)
                        if (typeof object.storage_proof[i] === "string")
                            $util.base64.decode(object.storage_proof[i], message.storage_proof[i] = $util.newBuffer($util.base64.length(object.storage_proof[i])), 0);
                        else if (object.storage_proof[i].length >= 0)
                            message.storage_proof[i] = object.storage_proof[i];
                }
                return message;
            };

            StorageProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.account_proof = [];
                    object.storage_proof = [];
                }
                if (options.defaults)
                    if (options.bytes === $String)
                        object.header = "";
                    else {
                        object.header = [];
                        if (options.bytes !== $Array)
                            object.header = $util.newBuffer(object.header);
                    }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = options.bytes === $String ? $util.base64.encode(message.header, 0, message.header.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.header) : message.header;
                if (message.account_proof && message.account_proof.length) {
                    object.account_proof = $Array(message.account_proof.length);
                    for (let j = 0; j < message.account_proof.length; ++j)
                        object.account_proof[j] = options.bytes === $String ? $util.base64.encode(message.account_proof[j], 0, message.account_proof[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.account_proof[j]) : message.account_proof[j];
                }
                if (message.storage_proof && message.storage_proof.length) {
                    object.storage_proof = $Array(message.storage_proof.length);
                    for (let j = 0; j < message.storage_proof.length; ++j)
                        object.storage_proof[j] = options.bytes === $String ? $util.base64.encode(message.storage_proof[j], 0, message.storage_proof[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.storage_proof[j]) : message.storage_proof[j];
                }
                return object;
            };

            StorageProof.prototype.toJSON = function() {
                return StorageProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            StorageProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.evm.StorageProof";
            };

            return StorageProof;
        })();

        evm.AttestRequest = (function() {

            const AttestRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AttestRequest.prototype.view_address = "";
            AttestRequest.prototype.nonce = "";
            AttestRequest.prototype.requesting_network = "";
            AttestRequest.prototype.requester = "";
            AttestRequest.prototype.requester_signature = "";
            AttestRequest.prototype.block_number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AttestRequest.prototype.block_hash = $util.newBuffer([]);
            AttestRequest.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AttestRequest.prototype.tx_index = 0;
            AttestRequest.prototype.log_index = 0;

            AttestRequest.create = function(properties) {
                return new AttestRequest(properties);
            };

            AttestRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address") && message.view_address !== "")
                    writer.uint32(10).string(message.view_address);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(18).string(message.nonce);
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network") && message.requesting_network !== "")
                    writer.uint32(26).string(message.requesting_network);
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(34).string(message.requester);
                if (message.requester_signature != null && $Object.hasOwnProperty.call(message, "requester_signature") && message.requester_signature !== "")
                    writer.uint32(42).string(message.requester_signature);
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number") && (typeof message.block_number === "object" ? message.block_number.low || message.block_number.high : message.block_number !== 0))
                    writer.uint32(48).uint64(message.block_number);
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash") && message.block_hash.length)
                    writer.uint32(58).bytes(message.block_hash);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(64).uint64(message.sequence);
                if (message.tx_index != null && $Object.hasOwnProperty.call(message, "tx_index") && message.tx_index !== 0)
                    writer.uint32(72).uint32(message.tx_index);
                if (message.log_index != null && $Object.hasOwnProperty.call(message, "log_index") && message.log_index !== 0)
                    writer.uint32(80).uint32(message.log_index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AttestRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AttestRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.evm.AttestRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.view_address = value;
                            else
                                delete message.view_address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesting_network = value;
                            else
                                delete message.requesting_network;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester_signature = value;
                            else
                                delete message.requester_signature;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.block_number = value;
                            else
                                delete message.block_number;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.block_hash = value;
                            else
                                delete message.block_hash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tx_index = value;
                            else
                                delete message.tx_index;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.log_index = value;
                            else
                                delete message.log_index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AttestRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AttestRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address"))
                    if (!$util.isString(message.view_address))
                        return "view_address: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!$util.isString(message.nonce))
                        return "nonce: string expected";
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    if (!$util.isString(message.requesting_network))
                        return "requesting_network: string expected";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    if (!$util.isString(message.requester))
                        return "requester: string expected";
                if (message.requester_signature != null && $Object.hasOwnProperty.call(message, "requester_signature"))
                    if (!$util.isString(message.requester_signature))
                        return "requester_signature: string expected";
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (!$util.isInteger(message.block_number) && !(message.block_number && $util.isInteger(message.block_number.low) && $util.isInteger(message.block_number.high)))
                        return "block_number: integer|Long expected";
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash"))
                    if (!(message.block_hash && typeof message.block_hash.length === "number" || $util.isString(message.block_hash)))
                        return "block_hash: buffer expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.tx_index != null && $Object.hasOwnProperty.call(message, "tx_index"))
                    if (!$util.isInteger(message.tx_index))
                        return "tx_index: integer expected";
                if (message.log_index != null && $Object.hasOwnProperty.call(message, "log_index"))
                    if (!$util.isInteger(message.log_index))
                        return "log_index: integer expected";
                return null;
            };

            AttestRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.evm.AttestRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.evm.AttestRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.evm.AttestRequest();
                if (object.view_address != null)
                    if (typeof object.view_address !== "string" || object.view_address.length)
                        message.view_address = $String(object.view_address);
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.requesting_network != null)
                    if (typeof object.requesting_network !== "string" || object.requesting_network.length)
                        message.requesting_network = $String(object.requesting_network);
                if (object.requester != null)
                    if (typeof object.requester !== "string" || object.requester.length)
                        message.requester = $String(object.requester);
                if (object.requester_signature != null)
                    if (typeof object.requester_signature !== "string" || object.requester_signature.length)
                        message.requester_signature = $String(object.requester_signature);
                if (object.block_number != null)
                    if (typeof object.block_number === "object" ? object.block_number.low || object.block_number.high : $Number(object.block_number) !== 0)
                        if ($util.Long)
                            message.block_number = $util.Long.fromValue(object.block_number, true);
                        else if (typeof object.block_number === "string")
                            message.block_number = $parseInt(object.block_number, 10);
                        else if (typeof object.block_number === "number")
                            message.block_number = object.block_number;
                        else if (typeof object.block_number === "object")
                            message.block_number = new $util.LongBits(object.block_number.low >>> 0, object.block_number.high >>> 0).toNumber(true);
                if (object.block_hash != null)
                    if (object.block_hash.length)
                        if (typeof object.block_hash === "string")
                            $util.base64.decode(object.block_hash, message.block_hash = $util.newBuffer($util.base64.length(object.block_hash)), 0);
                        else if (object.block_hash.length >= 0)
                            message.block_hash = object.block_hash;
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.tx_index != null)
                    if ($Number(object.tx_index) !== 0)
                        message.tx_index = object.tx_index >>> 0;
                if (object.log_index != null)
                    if ($Number(object.log_index) !== 0)
                        message.log_index = object.log_index >>> 0;
                return message;
            };

            AttestRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.view_address = "";
                    object.nonce = "";
                    object.requesting_network = "";
                    object.requester = "";
                    object.requester_signature = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.block_number = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.block_number = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.block_hash = "";
                    else {
                        object.block_hash = [];
                        if (options.bytes !== $Array)
                            object.block_hash = $util.newBuffer(object.block_hash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tx_index = 0;
                    object.log_index = 0;
                }
                if (message.view_address != null && $Object.hasOwnProperty.call(message, "view_address"))
                    object.view_address = message.view_address;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.requesting_network != null && $Object.hasOwnProperty.call(message, "requesting_network"))
                    object.requesting_network = message.requesting_network;
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = message.requester;
                if (message.requester_signature != null && $Object.hasOwnProperty.call(message, "requester_signature"))
                    object.requester_signature = message.requester_signature;
                if (message.block_number != null && $Object.hasOwnProperty.call(message, "block_number"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.block_number = typeof message.block_number === "number" ? $BigInt(message.block_number) : $util.Long.fromBits(message.block_number.low >>> 0, message.block_number.high >>> 0, true).toBigInt();
                    else if (typeof message.block_number === "number")
                        object.block_number = options.longs === $String ? $String(message.block_number) : message.block_number;
                    else
                        object.block_number = options.longs === $String ? $util.Long.prototype.toString.call(message.block_number) : options.longs === $Number ? new $util.LongBits(message.block_number.low >>> 0, message.block_number.high >>> 0).toNumber(true) : message.block_number;
                if (message.block_hash != null && $Object.hasOwnProperty.call(message, "block_hash"))
                    object.block_hash = options.bytes === $String ? $util.base64.encode(message.block_hash, 0, message.block_hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.block_hash) : message.block_hash;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.tx_index != null && $Object.hasOwnProperty.call(message, "tx_index"))
                    object.tx_index = message.tx_index;
                if (message.log_index != null && $Object.hasOwnProperty.call(message, "log_index"))
                    object.log_index = message.log_index;
                return object;
            };

            AttestRequest.prototype.toJSON = function() {
                return AttestRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            AttestRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.evm.AttestRequest";
            };

            return AttestRequest;
        })();

        return evm;
    })();

    weft.fabric = (function() {

        const fabric = {};

        fabric.FabricViewBytes = (function() {

            const FabricViewBytes = function (properties) {
                this.endorsed_proposal_responses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FabricViewBytes.prototype.endorsed_proposal_responses = $util.emptyArray;
            FabricViewBytes.prototype.batch_leaf = null;

            FabricViewBytes.create = function(properties) {
                return new FabricViewBytes(properties);
            };

            FabricViewBytes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endorsed_proposal_responses != null && message.endorsed_proposal_responses.length)
                    for (let i = 0; i < message.endorsed_proposal_responses.length; ++i)
                        $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.encode(message.endorsed_proposal_responses[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.batch_leaf != null && $Object.hasOwnProperty.call(message, "batch_leaf"))
                    $root.weft.batch.BatchLeaf.encode(message.batch_leaf, writer.uint32(802).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FabricViewBytes.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FabricViewBytes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.fabric.FabricViewBytes();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endorsed_proposal_responses && message.endorsed_proposal_responses.length))
                                message.endorsed_proposal_responses = [];
                            message.endorsed_proposal_responses.push($root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 100: {
                            if (wireType !== 2)
                                break;
                            message.batch_leaf = $root.weft.batch.BatchLeaf.decode(reader, reader.size(), $undefined, _depth + 1, message.batch_leaf);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FabricViewBytes.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FabricViewBytes.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.endorsed_proposal_responses != null && $Object.hasOwnProperty.call(message, "endorsed_proposal_responses")) {
                    if (!$Array.isArray(message.endorsed_proposal_responses))
                        return "endorsed_proposal_responses: array expected";
                    for (let i = 0; i < message.endorsed_proposal_responses.length; ++i) {
                        let error = $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.verify(message.endorsed_proposal_responses[i], _depth + 1);
                        if (error)
                            return "endorsed_proposal_responses." + error;
                    }
                }
                if (message.batch_leaf != null && $Object.hasOwnProperty.call(message, "batch_leaf")) {
                    let error = $root.weft.batch.BatchLeaf.verify(message.batch_leaf, _depth + 1);
                    if (error)
                        return "batch_leaf." + error;
                }
                return null;
            };

            FabricViewBytes.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.fabric.FabricViewBytes)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.fabric.FabricViewBytes: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.fabric.FabricViewBytes();
                if (object.endorsed_proposal_responses) {
                    if (!$Array.isArray(object.endorsed_proposal_responses))
                        throw $TypeError(".weft.fabric.FabricViewBytes.endorsed_proposal_responses: array expected");
                    message.endorsed_proposal_responses = $Array(object.endorsed_proposal_responses.length);
                    for (let i = 0; i < object.endorsed_proposal_responses.length; ++i) {
                        if (!$util.isObject(object.endorsed_proposal_responses[i]))
                            throw $TypeError(".weft.fabric.FabricViewBytes.endorsed_proposal_responses: object expected");
                        message.endorsed_proposal_responses[i] = $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.fromObject(object.endorsed_proposal_responses[i], _depth + 1);
                    }
                }
                if (object.batch_leaf != null) {
                    if (!$util.isObject(object.batch_leaf))
                        throw $TypeError(".weft.fabric.FabricViewBytes.batch_leaf: object expected");
                    message.batch_leaf = $root.weft.batch.BatchLeaf.fromObject(object.batch_leaf, _depth + 1);
                }
                return message;
            };

            FabricViewBytes.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.endorsed_proposal_responses = [];
                if (options.defaults)
                    object.batch_leaf = null;
                if (message.endorsed_proposal_responses && message.endorsed_proposal_responses.length) {
                    object.endorsed_proposal_responses = $Array(message.endorsed_proposal_responses.length);
                    for (let j = 0; j < message.endorsed_proposal_responses.length; ++j)
                        object.endorsed_proposal_responses[j] = $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.toObject(message.endorsed_proposal_responses[j], options, _depth + 1);
                }
                if (message.batch_leaf != null && $Object.hasOwnProperty.call(message, "batch_leaf"))
                    object.batch_leaf = $root.weft.batch.BatchLeaf.toObject(message.batch_leaf, options, _depth + 1);
                return object;
            };

            FabricViewBytes.prototype.toJSON = function() {
                return FabricViewBytes.toObject(this, $protobuf.util.toJSONOptions);
            };

            FabricViewBytes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.fabric.FabricViewBytes";
            };

            FabricViewBytes.EndorsedProposalResponseBytes = (function() {

                const EndorsedProposalResponseBytes = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EndorsedProposalResponseBytes.prototype.payload = $util.newBuffer([]);
                EndorsedProposalResponseBytes.prototype.endorsement = $util.newBuffer([]);

                EndorsedProposalResponseBytes.create = function(properties) {
                    return new EndorsedProposalResponseBytes(properties);
                };

                EndorsedProposalResponseBytes.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(10).bytes(message.payload);
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement") && message.endorsement.length)
                        writer.uint32(18).bytes(message.endorsement);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EndorsedProposalResponseBytes.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                EndorsedProposalResponseBytes.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.endorsement = value;
                                else
                                    delete message.endorsement;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EndorsedProposalResponseBytes.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                EndorsedProposalResponseBytes.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                            return "payload: buffer expected";
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement"))
                        if (!(message.endorsement && typeof message.endorsement.length === "number" || $util.isString(message.endorsement)))
                            return "endorsement: buffer expected";
                    return null;
                };

                EndorsedProposalResponseBytes.fromObject = function (object, _depth) {
                    if (object instanceof $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes();
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    if (object.endorsement != null)
                        if (object.endorsement.length)
                            if (typeof object.endorsement === "string")
                                $util.base64.decode(object.endorsement, message.endorsement = $util.newBuffer($util.base64.length(object.endorsement)), 0);
                            else if (object.endorsement.length >= 0)
                                message.endorsement = object.endorsement;
                    return message;
                };

                EndorsedProposalResponseBytes.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                        if (options.bytes === $String)
                            object.endorsement = "";
                        else {
                            object.endorsement = [];
                            if (options.bytes !== $Array)
                                object.endorsement = $util.newBuffer(object.endorsement);
                        }
                    }
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    if (message.endorsement != null && $Object.hasOwnProperty.call(message, "endorsement"))
                        object.endorsement = options.bytes === $String ? $util.base64.encode(message.endorsement, 0, message.endorsement.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.endorsement) : message.endorsement;
                    return object;
                };

                EndorsedProposalResponseBytes.prototype.toJSON = function() {
                    return EndorsedProposalResponseBytes.toObject(this, $protobuf.util.toJSONOptions);
                };

                EndorsedProposalResponseBytes.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes";
                };

                return EndorsedProposalResponseBytes;
            })();

            return FabricViewBytes;
        })();

        return fabric;
    })();

    weft.relay = (function() {

        const relay = {};

        relay.PipeFrame = (function() {

            const PipeFrame = function (properties) {
                this.queries = [];
                this.answers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PipeFrame.prototype.queries = $util.emptyArray;
            PipeFrame.prototype.answers = $util.emptyArray;

            PipeFrame.create = function(properties) {
                return new PipeFrame(properties);
            };

            PipeFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queries != null && message.queries.length)
                    for (let i = 0; i < message.queries.length; ++i)
                        $root.common.query.Query.encode(message.queries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.answers != null && message.answers.length)
                    for (let i = 0; i < message.answers.length; ++i)
                        $root.common.state.ViewPayload.encode(message.answers[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PipeFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PipeFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.relay.PipeFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queries && message.queries.length))
                                message.queries = [];
                            message.queries.push($root.common.query.Query.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.answers && message.answers.length))
                                message.answers = [];
                            message.answers.push($root.common.state.ViewPayload.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PipeFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PipeFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.queries != null && $Object.hasOwnProperty.call(message, "queries")) {
                    if (!$Array.isArray(message.queries))
                        return "queries: array expected";
                    for (let i = 0; i < message.queries.length; ++i) {
                        let error = $root.common.query.Query.verify(message.queries[i], _depth + 1);
                        if (error)
                            return "queries." + error;
                    }
                }
                if (message.answers != null && $Object.hasOwnProperty.call(message, "answers")) {
                    if (!$Array.isArray(message.answers))
                        return "answers: array expected";
                    for (let i = 0; i < message.answers.length; ++i) {
                        let error = $root.common.state.ViewPayload.verify(message.answers[i], _depth + 1);
                        if (error)
                            return "answers." + error;
                    }
                }
                return null;
            };

            PipeFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.relay.PipeFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.relay.PipeFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.relay.PipeFrame();
                if (object.queries) {
                    if (!$Array.isArray(object.queries))
                        throw $TypeError(".weft.relay.PipeFrame.queries: array expected");
                    message.queries = $Array(object.queries.length);
                    for (let i = 0; i < object.queries.length; ++i) {
                        if (!$util.isObject(object.queries[i]))
                            throw $TypeError(".weft.relay.PipeFrame.queries: object expected");
                        message.queries[i] = $root.common.query.Query.fromObject(object.queries[i], _depth + 1);
                    }
                }
                if (object.answers) {
                    if (!$Array.isArray(object.answers))
                        throw $TypeError(".weft.relay.PipeFrame.answers: array expected");
                    message.answers = $Array(object.answers.length);
                    for (let i = 0; i < object.answers.length; ++i) {
                        if (!$util.isObject(object.answers[i]))
                            throw $TypeError(".weft.relay.PipeFrame.answers: object expected");
                        message.answers[i] = $root.common.state.ViewPayload.fromObject(object.answers[i], _depth + 1);
                    }
                }
                return message;
            };

            PipeFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.queries = [];
                    object.answers = [];
                }
                if (message.queries && message.queries.length) {
                    object.queries = $Array(message.queries.length);
                    for (let j = 0; j < message.queries.length; ++j)
                        object.queries[j] = $root.common.query.Query.toObject(message.queries[j], options, _depth + 1);
                }
                if (message.answers && message.answers.length) {
                    object.answers = $Array(message.answers.length);
                    for (let j = 0; j < message.answers.length; ++j)
                        object.answers[j] = $root.common.state.ViewPayload.toObject(message.answers[j], options, _depth + 1);
                }
                return object;
            };

            PipeFrame.prototype.toJSON = function() {
                return PipeFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PipeFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.relay.PipeFrame";
            };

            return PipeFrame;
        })();

        relay.PipeAcks = (function() {

            const PipeAcks = function (properties) {
                this.acks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PipeAcks.prototype.acks = $util.emptyArray;

            PipeAcks.create = function(properties) {
                return new PipeAcks(properties);
            };

            PipeAcks.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.acks != null && message.acks.length)
                    for (let i = 0; i < message.acks.length; ++i)
                        $root.weft.relay.PipeAck.encode(message.acks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PipeAcks.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PipeAcks.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.relay.PipeAcks();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.acks && message.acks.length))
                                message.acks = [];
                            message.acks.push($root.weft.relay.PipeAck.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PipeAcks.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PipeAcks.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks")) {
                    if (!$Array.isArray(message.acks))
                        return "acks: array expected";
                    for (let i = 0; i < message.acks.length; ++i) {
                        let error = $root.weft.relay.PipeAck.verify(message.acks[i], _depth + 1);
                        if (error)
                            return "acks." + error;
                    }
                }
                return null;
            };

            PipeAcks.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.relay.PipeAcks)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.relay.PipeAcks: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.relay.PipeAcks();
                if (object.acks) {
                    if (!$Array.isArray(object.acks))
                        throw $TypeError(".weft.relay.PipeAcks.acks: array expected");
                    message.acks = $Array(object.acks.length);
                    for (let i = 0; i < object.acks.length; ++i) {
                        if (!$util.isObject(object.acks[i]))
                            throw $TypeError(".weft.relay.PipeAcks.acks: object expected");
                        message.acks[i] = $root.weft.relay.PipeAck.fromObject(object.acks[i], _depth + 1);
                    }
                }
                return message;
            };

            PipeAcks.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.acks = [];
                if (message.acks && message.acks.length) {
                    object.acks = $Array(message.acks.length);
                    for (let j = 0; j < message.acks.length; ++j)
                        object.acks[j] = $root.weft.relay.PipeAck.toObject(message.acks[j], options, _depth + 1);
                }
                return object;
            };

            PipeAcks.prototype.toJSON = function() {
                return PipeAcks.toObject(this, $protobuf.util.toJSONOptions);
            };

            PipeAcks.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.relay.PipeAcks";
            };

            return PipeAcks;
        })();

        relay.PipeAck = (function() {

            const PipeAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PipeAck.prototype.kind = 0;
            PipeAck.prototype.request_id = "";
            PipeAck.prototype.status = 0;
            PipeAck.prototype.details = "";

            PipeAck.create = function(properties) {
                return new PipeAck(properties);
            };

            PipeAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).uint32(message.kind);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(18).string(message.request_id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(24).uint32(message.status);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details") && message.details !== "")
                    writer.uint32(34).string(message.details);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PipeAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PipeAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.relay.PipeAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.details = value;
                            else
                                delete message.details;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PipeAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PipeAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isInteger(message.kind))
                        return "kind: integer expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    if (!$util.isString(message.details))
                        return "details: string expected";
                return null;
            };

            PipeAck.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.relay.PipeAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.relay.PipeAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.relay.PipeAck();
                if (object.kind != null)
                    if ($Number(object.kind) !== 0)
                        message.kind = object.kind >>> 0;
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.details != null)
                    if (typeof object.details !== "string" || object.details.length)
                        message.details = $String(object.details);
                return message;
            };

            PipeAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = 0;
                    object.request_id = "";
                    object.status = 0;
                    object.details = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    object.details = message.details;
                return object;
            };

            PipeAck.prototype.toJSON = function() {
                return PipeAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            PipeAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.relay.PipeAck";
            };

            return PipeAck;
        })();

        return relay;
    })();

    return weft;
})();

export {
  $root as default
};
