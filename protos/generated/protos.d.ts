import type { Long } from "protobufjs";
import type * as $root from "./protos.js";
import * as $protobuf from "protobufjs";

/** Namespace common. */
export namespace common {

    /** Namespace access_control. */
    namespace access_control {

        /**
         * Properties of an AccessControlPolicy.
         * @deprecated Use $root.common.access_control.AccessControlPolicy.$Properties instead.
         */
        interface IAccessControlPolicy extends $root.common.access_control.AccessControlPolicy.$Properties {
        }

        /** Represents an AccessControlPolicy. */
        class AccessControlPolicy {

            /**
             * Constructs a new AccessControlPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.access_control.AccessControlPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccessControlPolicy securityDomain. */
            securityDomain: string;

            /** AccessControlPolicy rules. */
            rules: $root.common.access_control.Rule[];

            /**
             * Creates a new AccessControlPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccessControlPolicy instance
             */
            static create(properties: $root.common.access_control.AccessControlPolicy.$Shape): $root.common.access_control.AccessControlPolicy & $root.common.access_control.AccessControlPolicy.$Shape;
            static create(properties?: $root.common.access_control.AccessControlPolicy.$Properties): $root.common.access_control.AccessControlPolicy;

            /**
             * Encodes the specified AccessControlPolicy message. Does not implicitly {@link $root.common.access_control.AccessControlPolicy.verify|verify} messages.
             * @param message AccessControlPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.access_control.AccessControlPolicy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccessControlPolicy message, length delimited. Does not implicitly {@link $root.common.access_control.AccessControlPolicy.verify|verify} messages.
             * @param message AccessControlPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.access_control.AccessControlPolicy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccessControlPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.access_control.AccessControlPolicy & $root.common.access_control.AccessControlPolicy.$Shape} AccessControlPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.access_control.AccessControlPolicy & $root.common.access_control.AccessControlPolicy.$Shape;

            /**
             * Decodes an AccessControlPolicy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.access_control.AccessControlPolicy & $root.common.access_control.AccessControlPolicy.$Shape} AccessControlPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.access_control.AccessControlPolicy & $root.common.access_control.AccessControlPolicy.$Shape;

            /**
             * Verifies an AccessControlPolicy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AccessControlPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AccessControlPolicy
             */
            static fromObject(object: { [k: string]: any }): $root.common.access_control.AccessControlPolicy;

            /**
             * Creates a plain object from an AccessControlPolicy message. Also converts values to other types if specified.
             * @param message AccessControlPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.access_control.AccessControlPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccessControlPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccessControlPolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccessControlPolicy {

            /** Properties of an AccessControlPolicy. */
            interface $Properties {

                /** AccessControlPolicy securityDomain */
                securityDomain?: (string|null);

                /** AccessControlPolicy rules */
                rules?: ($root.common.access_control.Rule[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccessControlPolicy. */
            type $Shape = $root.common.access_control.AccessControlPolicy.$Properties;
        }

        /**
         * Properties of a Rule.
         * @deprecated Use $root.common.access_control.Rule.$Properties instead.
         */
        interface IRule extends $root.common.access_control.Rule.$Properties {
        }

        /** Represents a Rule. */
        class Rule {

            /**
             * Constructs a new Rule.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.access_control.Rule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rule principal. */
            principal: string;

            /** Rule principalType. */
            principalType: string;

            /** Rule resource. */
            resource: string;

            /** Rule read. */
            read: boolean;

            /**
             * Creates a new Rule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rule instance
             */
            static create(properties: $root.common.access_control.Rule.$Shape): $root.common.access_control.Rule & $root.common.access_control.Rule.$Shape;
            static create(properties?: $root.common.access_control.Rule.$Properties): $root.common.access_control.Rule;

            /**
             * Encodes the specified Rule message. Does not implicitly {@link $root.common.access_control.Rule.verify|verify} messages.
             * @param message Rule message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.access_control.Rule, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Rule message, length delimited. Does not implicitly {@link $root.common.access_control.Rule.verify|verify} messages.
             * @param message Rule message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.access_control.Rule, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.access_control.Rule & $root.common.access_control.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.access_control.Rule & $root.common.access_control.Rule.$Shape;

            /**
             * Decodes a Rule message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.access_control.Rule & $root.common.access_control.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.access_control.Rule & $root.common.access_control.Rule.$Shape;

            /**
             * Verifies a Rule message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rule
             */
            static fromObject(object: { [k: string]: any }): $root.common.access_control.Rule;

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @param message Rule
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.access_control.Rule, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rule to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Rule
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rule {

            /** Properties of a Rule. */
            interface $Properties {

                /** Rule principal */
                principal?: (string|null);

                /** Rule principalType */
                principalType?: (string|null);

                /** Rule resource */
                resource?: (string|null);

                /** Rule read */
                read?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rule. */
            type $Shape = $root.common.access_control.Rule.$Properties;
        }
    }

    /** Namespace ack. */
    namespace ack {

        /**
         * Properties of an Ack.
         * @deprecated Use $root.common.ack.Ack.$Properties instead.
         */
        interface IAck extends $root.common.ack.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.ack.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack status. */
            status: $root.common.ack.Ack.STATUS;

            /** Ack request_id. */
            request_id: string;

            /** Ack message. */
            message: string;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: $root.common.ack.Ack.$Shape): $root.common.ack.Ack & $root.common.ack.Ack.$Shape;
            static create(properties?: $root.common.ack.Ack.$Properties): $root.common.ack.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link $root.common.ack.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.ack.Ack, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link $root.common.ack.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.ack.Ack, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.ack.Ack & $root.common.ack.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.ack.Ack & $root.common.ack.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.ack.Ack & $root.common.ack.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.ack.Ack & $root.common.ack.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): $root.common.ack.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.ack.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack status */
                status?: ($root.common.ack.Ack.STATUS|null);

                /** Ack request_id */
                request_id?: (string|null);

                /** Ack message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = $root.common.ack.Ack.$Properties;

            /** STATUS enum. */
            enum STATUS {

                /** OK value */
                OK = 0,

                /** ERROR value */
                ERROR = 1
            }
        }
    }

    /** Namespace events. */
    namespace events {

        /** EventType enum. */
        enum EventType {

            /** LEDGER_STATE value */
            LEDGER_STATE = 0,

            /** ASSET_LOCK value */
            ASSET_LOCK = 1,

            /** ASSET_CLAIM value */
            ASSET_CLAIM = 2
        }

        /**
         * Properties of an EventMatcher.
         * @deprecated Use $root.common.events.EventMatcher.$Properties instead.
         */
        interface IEventMatcher extends $root.common.events.EventMatcher.$Properties {
        }

        /** Represents an EventMatcher. */
        class EventMatcher {

            /**
             * Constructs a new EventMatcher.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventMatcher.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventMatcher event_type. */
            event_type: $root.common.events.EventType;

            /** EventMatcher event_class_id. */
            event_class_id: string;

            /** EventMatcher transaction_ledger_id. */
            transaction_ledger_id: string;

            /** EventMatcher transaction_contract_id. */
            transaction_contract_id: string;

            /** EventMatcher transaction_func. */
            transaction_func: string;

            /**
             * Creates a new EventMatcher instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventMatcher instance
             */
            static create(properties: $root.common.events.EventMatcher.$Shape): $root.common.events.EventMatcher & $root.common.events.EventMatcher.$Shape;
            static create(properties?: $root.common.events.EventMatcher.$Properties): $root.common.events.EventMatcher;

            /**
             * Encodes the specified EventMatcher message. Does not implicitly {@link $root.common.events.EventMatcher.verify|verify} messages.
             * @param message EventMatcher message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventMatcher, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventMatcher message, length delimited. Does not implicitly {@link $root.common.events.EventMatcher.verify|verify} messages.
             * @param message EventMatcher message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventMatcher, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventMatcher message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventMatcher & $root.common.events.EventMatcher.$Shape} EventMatcher
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventMatcher & $root.common.events.EventMatcher.$Shape;

            /**
             * Decodes an EventMatcher message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventMatcher & $root.common.events.EventMatcher.$Shape} EventMatcher
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventMatcher & $root.common.events.EventMatcher.$Shape;

            /**
             * Verifies an EventMatcher message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventMatcher message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventMatcher
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventMatcher;

            /**
             * Creates a plain object from an EventMatcher message. Also converts values to other types if specified.
             * @param message EventMatcher
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventMatcher to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventMatcher
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventMatcher {

            /** Properties of an EventMatcher. */
            interface $Properties {

                /** EventMatcher event_type */
                event_type?: ($root.common.events.EventType|null);

                /** EventMatcher event_class_id */
                event_class_id?: (string|null);

                /** EventMatcher transaction_ledger_id */
                transaction_ledger_id?: (string|null);

                /** EventMatcher transaction_contract_id */
                transaction_contract_id?: (string|null);

                /** EventMatcher transaction_func */
                transaction_func?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventMatcher. */
            type $Shape = $root.common.events.EventMatcher.$Properties;
        }

        /** EventSubOperation enum. */
        enum EventSubOperation {

            /** SUBSCRIBE value */
            SUBSCRIBE = 0,

            /** UNSUBSCRIBE value */
            UNSUBSCRIBE = 1,

            /** UPDATE value */
            UPDATE = 2
        }

        /**
         * Properties of an EventSubscription.
         * @deprecated Use $root.common.events.EventSubscription.$Properties instead.
         */
        interface IEventSubscription extends $root.common.events.EventSubscription.$Properties {
        }

        /** Represents an EventSubscription. */
        class EventSubscription {

            /**
             * Constructs a new EventSubscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventSubscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventSubscription event_matcher. */
            event_matcher?: ($root.common.events.EventMatcher|null);

            /** EventSubscription query. */
            query?: ($root.common.query.Query|null);

            /** EventSubscription operation. */
            operation: $root.common.events.EventSubOperation;

            /** EventSubscription from_sequence. */
            from_sequence: (number|Long);

            /**
             * Creates a new EventSubscription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventSubscription instance
             */
            static create(properties: $root.common.events.EventSubscription.$Shape): $root.common.events.EventSubscription & $root.common.events.EventSubscription.$Shape;
            static create(properties?: $root.common.events.EventSubscription.$Properties): $root.common.events.EventSubscription;

            /**
             * Encodes the specified EventSubscription message. Does not implicitly {@link $root.common.events.EventSubscription.verify|verify} messages.
             * @param message EventSubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventSubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventSubscription message, length delimited. Does not implicitly {@link $root.common.events.EventSubscription.verify|verify} messages.
             * @param message EventSubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventSubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventSubscription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventSubscription & $root.common.events.EventSubscription.$Shape} EventSubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventSubscription & $root.common.events.EventSubscription.$Shape;

            /**
             * Decodes an EventSubscription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventSubscription & $root.common.events.EventSubscription.$Shape} EventSubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventSubscription & $root.common.events.EventSubscription.$Shape;

            /**
             * Verifies an EventSubscription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventSubscription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventSubscription
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventSubscription;

            /**
             * Creates a plain object from an EventSubscription message. Also converts values to other types if specified.
             * @param message EventSubscription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventSubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventSubscription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventSubscription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventSubscription {

            /** Properties of an EventSubscription. */
            interface $Properties {

                /** EventSubscription event_matcher */
                event_matcher?: ($root.common.events.EventMatcher|null);

                /** EventSubscription query */
                query?: ($root.common.query.Query|null);

                /** EventSubscription operation */
                operation?: ($root.common.events.EventSubOperation|null);

                /** EventSubscription from_sequence */
                from_sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventSubscription. */
            type $Shape = $root.common.events.EventSubscription.$Properties;
        }

        /**
         * Properties of an EventSubscriptionState.
         * @deprecated Use $root.common.events.EventSubscriptionState.$Properties instead.
         */
        interface IEventSubscriptionState extends $root.common.events.EventSubscriptionState.$Properties {
        }

        /** Represents an EventSubscriptionState. */
        class EventSubscriptionState {

            /**
             * Constructs a new EventSubscriptionState.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventSubscriptionState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventSubscriptionState request_id. */
            request_id: string;

            /** EventSubscriptionState publishing_request_id. */
            publishing_request_id: string;

            /** EventSubscriptionState status. */
            status: $root.common.events.EventSubscriptionState.STATUS;

            /** EventSubscriptionState message. */
            message: string;

            /** EventSubscriptionState event_matcher. */
            event_matcher?: ($root.common.events.EventMatcher|null);

            /** EventSubscriptionState event_publication_specs. */
            event_publication_specs: $root.common.events.EventPublication[];

            /** EventSubscriptionState error_code. */
            error_code: string;

            /** EventSubscriptionState from_sequence. */
            from_sequence: (number|Long);

            /** EventSubscriptionState last_sequence. */
            last_sequence: (number|Long);

            /**
             * Creates a new EventSubscriptionState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventSubscriptionState instance
             */
            static create(properties: $root.common.events.EventSubscriptionState.$Shape): $root.common.events.EventSubscriptionState & $root.common.events.EventSubscriptionState.$Shape;
            static create(properties?: $root.common.events.EventSubscriptionState.$Properties): $root.common.events.EventSubscriptionState;

            /**
             * Encodes the specified EventSubscriptionState message. Does not implicitly {@link $root.common.events.EventSubscriptionState.verify|verify} messages.
             * @param message EventSubscriptionState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventSubscriptionState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventSubscriptionState message, length delimited. Does not implicitly {@link $root.common.events.EventSubscriptionState.verify|verify} messages.
             * @param message EventSubscriptionState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventSubscriptionState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventSubscriptionState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventSubscriptionState & $root.common.events.EventSubscriptionState.$Shape} EventSubscriptionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventSubscriptionState & $root.common.events.EventSubscriptionState.$Shape;

            /**
             * Decodes an EventSubscriptionState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventSubscriptionState & $root.common.events.EventSubscriptionState.$Shape} EventSubscriptionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventSubscriptionState & $root.common.events.EventSubscriptionState.$Shape;

            /**
             * Verifies an EventSubscriptionState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventSubscriptionState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventSubscriptionState
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventSubscriptionState;

            /**
             * Creates a plain object from an EventSubscriptionState message. Also converts values to other types if specified.
             * @param message EventSubscriptionState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventSubscriptionState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventSubscriptionState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventSubscriptionState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventSubscriptionState {

            /** Properties of an EventSubscriptionState. */
            interface $Properties {

                /** EventSubscriptionState request_id */
                request_id?: (string|null);

                /** EventSubscriptionState publishing_request_id */
                publishing_request_id?: (string|null);

                /** EventSubscriptionState status */
                status?: ($root.common.events.EventSubscriptionState.STATUS|null);

                /** EventSubscriptionState message */
                message?: (string|null);

                /** EventSubscriptionState event_matcher */
                event_matcher?: ($root.common.events.EventMatcher|null);

                /** EventSubscriptionState event_publication_specs */
                event_publication_specs?: ($root.common.events.EventPublication[]|null);

                /** EventSubscriptionState error_code */
                error_code?: (string|null);

                /** EventSubscriptionState from_sequence */
                from_sequence?: (number|Long|null);

                /** EventSubscriptionState last_sequence */
                last_sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventSubscriptionState. */
            type $Shape = {
              request_id?: string|null;
              publishing_request_id?: string|null;
              status?: $root.common.events.EventSubscriptionState.STATUS|null;
              message?: string|null;
              event_matcher?: $root.common.events.EventMatcher.$Shape|null;
              event_publication_specs?: $root.common.events.EventPublication.$Shape[]|null;
              error_code?: string|null;
              from_sequence?: number|Long|null;
              last_sequence?: number|Long|null;
              $unknowns?: Uint8Array[];
            };

            /** STATUS enum. */
            enum STATUS {

                /** SUBSCRIBE_PENDING_ACK value */
                SUBSCRIBE_PENDING_ACK = 0,

                /** SUBSCRIBE_PENDING value */
                SUBSCRIBE_PENDING = 1,

                /** SUBSCRIBED value */
                SUBSCRIBED = 2,

                /** UNSUBSCRIBE_PENDING_ACK value */
                UNSUBSCRIBE_PENDING_ACK = 3,

                /** UNSUBSCRIBE_PENDING value */
                UNSUBSCRIBE_PENDING = 4,

                /** UNSUBSCRIBED value */
                UNSUBSCRIBED = 5,

                /** ERROR value */
                ERROR = 6,

                /** DUPLICATE_QUERY_SUBSCRIBED value */
                DUPLICATE_QUERY_SUBSCRIBED = 7
            }
        }

        /**
         * Properties of a ContractTransaction.
         * @deprecated Use $root.common.events.ContractTransaction.$Properties instead.
         */
        interface IContractTransaction extends $root.common.events.ContractTransaction.$Properties {
        }

        /** Represents a ContractTransaction. */
        class ContractTransaction {

            /**
             * Constructs a new ContractTransaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.ContractTransaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContractTransaction driver_id. */
            driver_id: string;

            /** ContractTransaction ledger_id. */
            ledger_id: string;

            /** ContractTransaction contract_id. */
            contract_id: string;

            /** ContractTransaction func. */
            func: string;

            /** ContractTransaction args. */
            args: Uint8Array[];

            /** ContractTransaction replace_arg_index. */
            replace_arg_index: (number|Long);

            /** ContractTransaction members. */
            members: string[];

            /**
             * Creates a new ContractTransaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContractTransaction instance
             */
            static create(properties: $root.common.events.ContractTransaction.$Shape): $root.common.events.ContractTransaction & $root.common.events.ContractTransaction.$Shape;
            static create(properties?: $root.common.events.ContractTransaction.$Properties): $root.common.events.ContractTransaction;

            /**
             * Encodes the specified ContractTransaction message. Does not implicitly {@link $root.common.events.ContractTransaction.verify|verify} messages.
             * @param message ContractTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.ContractTransaction, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContractTransaction message, length delimited. Does not implicitly {@link $root.common.events.ContractTransaction.verify|verify} messages.
             * @param message ContractTransaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.ContractTransaction, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContractTransaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.ContractTransaction & $root.common.events.ContractTransaction.$Shape} ContractTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.ContractTransaction & $root.common.events.ContractTransaction.$Shape;

            /**
             * Decodes a ContractTransaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.ContractTransaction & $root.common.events.ContractTransaction.$Shape} ContractTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.ContractTransaction & $root.common.events.ContractTransaction.$Shape;

            /**
             * Verifies a ContractTransaction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContractTransaction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContractTransaction
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.ContractTransaction;

            /**
             * Creates a plain object from a ContractTransaction message. Also converts values to other types if specified.
             * @param message ContractTransaction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.ContractTransaction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContractTransaction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContractTransaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContractTransaction {

            /** Properties of a ContractTransaction. */
            interface $Properties {

                /** ContractTransaction driver_id */
                driver_id?: (string|null);

                /** ContractTransaction ledger_id */
                ledger_id?: (string|null);

                /** ContractTransaction contract_id */
                contract_id?: (string|null);

                /** ContractTransaction func */
                func?: (string|null);

                /** ContractTransaction args */
                args?: (Uint8Array[]|null);

                /** ContractTransaction replace_arg_index */
                replace_arg_index?: (number|Long|null);

                /** ContractTransaction members */
                members?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContractTransaction. */
            type $Shape = $root.common.events.ContractTransaction.$Properties;
        }

        /**
         * Properties of an EventPublication.
         * @deprecated Use $root.common.events.EventPublication.$Properties instead.
         */
        interface IEventPublication extends $root.common.events.EventPublication.$Properties {
        }

        /** Represents an EventPublication. */
        class EventPublication {

            /**
             * Constructs a new EventPublication.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventPublication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventPublication ctx. */
            ctx?: ($root.common.events.ContractTransaction|null);

            /** EventPublication app_url. */
            app_url?: (string|null);

            /** EventPublication publication_target. */
            publication_target?: ("ctx"|"app_url");

            /**
             * Creates a new EventPublication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventPublication instance
             */
            static create(properties: $root.common.events.EventPublication.$Shape): $root.common.events.EventPublication & $root.common.events.EventPublication.$Shape;
            static create(properties?: $root.common.events.EventPublication.$Properties): $root.common.events.EventPublication;

            /**
             * Encodes the specified EventPublication message. Does not implicitly {@link $root.common.events.EventPublication.verify|verify} messages.
             * @param message EventPublication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventPublication, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventPublication message, length delimited. Does not implicitly {@link $root.common.events.EventPublication.verify|verify} messages.
             * @param message EventPublication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventPublication, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventPublication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventPublication & $root.common.events.EventPublication.$Shape} EventPublication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventPublication & $root.common.events.EventPublication.$Shape;

            /**
             * Decodes an EventPublication message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventPublication & $root.common.events.EventPublication.$Shape} EventPublication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventPublication & $root.common.events.EventPublication.$Shape;

            /**
             * Verifies an EventPublication message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventPublication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventPublication
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventPublication;

            /**
             * Creates a plain object from an EventPublication message. Also converts values to other types if specified.
             * @param message EventPublication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventPublication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventPublication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventPublication
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventPublication {

            /** Properties of an EventPublication. */
            interface $Properties {

                /** EventPublication ctx */
                ctx?: ($root.common.events.ContractTransaction|null);

                /** EventPublication app_url */
                app_url?: (string|null);

                /** EventPublication publication_target */
                publication_target?: ("ctx"|"app_url");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an EventPublication. */
            type $Shape = {
              ctx?: $root.common.events.ContractTransaction.$Shape|null;
              app_url?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ publication_target?: undefined; ctx?: null; app_url?: null }|{ publication_target?: "ctx"; ctx: $root.common.events.ContractTransaction.$Shape; app_url?: null }|{ publication_target?: "app_url"; ctx?: null; app_url: string })
            );
        }

        /**
         * Properties of an EventStates.
         * @deprecated Use $root.common.events.EventStates.$Properties instead.
         */
        interface IEventStates extends $root.common.events.EventStates.$Properties {
        }

        /** Represents an EventStates. */
        class EventStates {

            /**
             * Constructs a new EventStates.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventStates.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventStates states. */
            states: $root.common.events.EventState[];

            /**
             * Creates a new EventStates instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventStates instance
             */
            static create(properties: $root.common.events.EventStates.$Shape): $root.common.events.EventStates & $root.common.events.EventStates.$Shape;
            static create(properties?: $root.common.events.EventStates.$Properties): $root.common.events.EventStates;

            /**
             * Encodes the specified EventStates message. Does not implicitly {@link $root.common.events.EventStates.verify|verify} messages.
             * @param message EventStates message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventStates, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventStates message, length delimited. Does not implicitly {@link $root.common.events.EventStates.verify|verify} messages.
             * @param message EventStates message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventStates, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventStates message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventStates & $root.common.events.EventStates.$Shape} EventStates
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventStates & $root.common.events.EventStates.$Shape;

            /**
             * Decodes an EventStates message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventStates & $root.common.events.EventStates.$Shape} EventStates
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventStates & $root.common.events.EventStates.$Shape;

            /**
             * Verifies an EventStates message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventStates message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventStates
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventStates;

            /**
             * Creates a plain object from an EventStates message. Also converts values to other types if specified.
             * @param message EventStates
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventStates, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventStates to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventStates
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventStates {

            /** Properties of an EventStates. */
            interface $Properties {

                /** EventStates states */
                states?: ($root.common.events.EventState[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventStates. */
            type $Shape = {
              states?: $root.common.events.EventState.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an EventState.
         * @deprecated Use $root.common.events.EventState.$Properties instead.
         */
        interface IEventState extends $root.common.events.EventState.$Properties {
        }

        /** Represents an EventState. */
        class EventState {

            /**
             * Constructs a new EventState.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.events.EventState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventState state. */
            state?: ($root.common.state.RequestState|null);

            /** EventState event_id. */
            event_id: string;

            /** EventState message. */
            message: string;

            /** EventState sequence. */
            sequence: (number|Long);

            /**
             * Creates a new EventState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventState instance
             */
            static create(properties: $root.common.events.EventState.$Shape): $root.common.events.EventState & $root.common.events.EventState.$Shape;
            static create(properties?: $root.common.events.EventState.$Properties): $root.common.events.EventState;

            /**
             * Encodes the specified EventState message. Does not implicitly {@link $root.common.events.EventState.verify|verify} messages.
             * @param message EventState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.events.EventState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventState message, length delimited. Does not implicitly {@link $root.common.events.EventState.verify|verify} messages.
             * @param message EventState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.events.EventState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.events.EventState & $root.common.events.EventState.$Shape} EventState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.events.EventState & $root.common.events.EventState.$Shape;

            /**
             * Decodes an EventState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.events.EventState & $root.common.events.EventState.$Shape} EventState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.events.EventState & $root.common.events.EventState.$Shape;

            /**
             * Verifies an EventState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventState
             */
            static fromObject(object: { [k: string]: any }): $root.common.events.EventState;

            /**
             * Creates a plain object from an EventState message. Also converts values to other types if specified.
             * @param message EventState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.events.EventState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventState {

            /** Properties of an EventState. */
            interface $Properties {

                /** EventState state */
                state?: ($root.common.state.RequestState|null);

                /** EventState event_id */
                event_id?: (string|null);

                /** EventState message */
                message?: (string|null);

                /** EventState sequence */
                sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventState. */
            type $Shape = {
              state?: $root.common.state.RequestState.$Shape|null;
              event_id?: string|null;
              message?: string|null;
              sequence?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /** Namespace query. */
    namespace query {

        /**
         * Properties of a Query.
         * @deprecated Use $root.common.query.Query.$Properties instead.
         */
        interface IQuery extends $root.common.query.Query.$Properties {
        }

        /** Represents a Query. */
        class Query {

            /**
             * Constructs a new Query.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.query.Query.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Query policy. */
            policy: string[];

            /** Query address. */
            address: string;

            /** Query requesting_relay. */
            requesting_relay: string;

            /** Query requesting_network. */
            requesting_network: string;

            /** Query certificate. */
            certificate: string;

            /** Query requestor_signature. */
            requestor_signature: string;

            /** Query nonce. */
            nonce: string;

            /** Query request_id. */
            request_id: string;

            /** Query requesting_org. */
            requesting_org: string;

            /** Query confidential. */
            confidential: boolean;

            /** Query batchable. */
            batchable: boolean;

            /**
             * Creates a new Query instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Query instance
             */
            static create(properties: $root.common.query.Query.$Shape): $root.common.query.Query & $root.common.query.Query.$Shape;
            static create(properties?: $root.common.query.Query.$Properties): $root.common.query.Query;

            /**
             * Encodes the specified Query message. Does not implicitly {@link $root.common.query.Query.verify|verify} messages.
             * @param message Query message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.query.Query, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Query message, length delimited. Does not implicitly {@link $root.common.query.Query.verify|verify} messages.
             * @param message Query message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.query.Query, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Query message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.query.Query & $root.common.query.Query.$Shape} Query
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.query.Query & $root.common.query.Query.$Shape;

            /**
             * Decodes a Query message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.query.Query & $root.common.query.Query.$Shape} Query
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.query.Query & $root.common.query.Query.$Shape;

            /**
             * Verifies a Query message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Query message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Query
             */
            static fromObject(object: { [k: string]: any }): $root.common.query.Query;

            /**
             * Creates a plain object from a Query message. Also converts values to other types if specified.
             * @param message Query
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.query.Query, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Query to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Query
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Query {

            /** Properties of a Query. */
            interface $Properties {

                /** Query policy */
                policy?: (string[]|null);

                /** Query address */
                address?: (string|null);

                /** Query requesting_relay */
                requesting_relay?: (string|null);

                /** Query requesting_network */
                requesting_network?: (string|null);

                /** Query certificate */
                certificate?: (string|null);

                /** Query requestor_signature */
                requestor_signature?: (string|null);

                /** Query nonce */
                nonce?: (string|null);

                /** Query request_id */
                request_id?: (string|null);

                /** Query requesting_org */
                requesting_org?: (string|null);

                /** Query confidential */
                confidential?: (boolean|null);

                /** Query batchable */
                batchable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Query. */
            type $Shape = $root.common.query.Query.$Properties;
        }
    }

    /** Namespace state. */
    namespace state {

        /**
         * Properties of a Meta.
         * @deprecated Use $root.common.state.Meta.$Properties instead.
         */
        interface IMeta extends $root.common.state.Meta.$Properties {
        }

        /** Represents a Meta. */
        class Meta {

            /**
             * Constructs a new Meta.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.state.Meta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Meta protocol. */
            protocol: $root.common.state.Meta.Protocol;

            /** Meta timestamp. */
            timestamp: string;

            /** Meta proof_type. */
            proof_type: string;

            /** Meta serialization_format. */
            serialization_format: string;

            /**
             * Creates a new Meta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Meta instance
             */
            static create(properties: $root.common.state.Meta.$Shape): $root.common.state.Meta & $root.common.state.Meta.$Shape;
            static create(properties?: $root.common.state.Meta.$Properties): $root.common.state.Meta;

            /**
             * Encodes the specified Meta message. Does not implicitly {@link $root.common.state.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.state.Meta, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Meta message, length delimited. Does not implicitly {@link $root.common.state.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.state.Meta, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.state.Meta & $root.common.state.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.state.Meta & $root.common.state.Meta.$Shape;

            /**
             * Decodes a Meta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.state.Meta & $root.common.state.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.state.Meta & $root.common.state.Meta.$Shape;

            /**
             * Verifies a Meta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Meta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Meta
             */
            static fromObject(object: { [k: string]: any }): $root.common.state.Meta;

            /**
             * Creates a plain object from a Meta message. Also converts values to other types if specified.
             * @param message Meta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.state.Meta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Meta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Meta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Meta {

            /** Properties of a Meta. */
            interface $Properties {

                /** Meta protocol */
                protocol?: ($root.common.state.Meta.Protocol|null);

                /** Meta timestamp */
                timestamp?: (string|null);

                /** Meta proof_type */
                proof_type?: (string|null);

                /** Meta serialization_format */
                serialization_format?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Meta. */
            type $Shape = $root.common.state.Meta.$Properties;

            /** Protocol enum. */
            enum Protocol {

                /** BITCOIN value */
                BITCOIN = 0,

                /** ETHEREUM value */
                ETHEREUM = 1,

                /** FABRIC value */
                FABRIC = 3,

                /** CORDA value */
                CORDA = 4
            }
        }

        /**
         * Properties of a View.
         * @deprecated Use $root.common.state.View.$Properties instead.
         */
        interface IView extends $root.common.state.View.$Properties {
        }

        /** Represents a View. */
        class View {

            /**
             * Constructs a new View.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.state.View.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** View meta. */
            meta?: ($root.common.state.Meta|null);

            /** View data. */
            data: Uint8Array;

            /**
             * Creates a new View instance using the specified properties.
             * @param [properties] Properties to set
             * @returns View instance
             */
            static create(properties: $root.common.state.View.$Shape): $root.common.state.View & $root.common.state.View.$Shape;
            static create(properties?: $root.common.state.View.$Properties): $root.common.state.View;

            /**
             * Encodes the specified View message. Does not implicitly {@link $root.common.state.View.verify|verify} messages.
             * @param message View message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.state.View, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified View message, length delimited. Does not implicitly {@link $root.common.state.View.verify|verify} messages.
             * @param message View message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.state.View, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a View message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.state.View & $root.common.state.View.$Shape} View
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.state.View & $root.common.state.View.$Shape;

            /**
             * Decodes a View message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.state.View & $root.common.state.View.$Shape} View
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.state.View & $root.common.state.View.$Shape;

            /**
             * Verifies a View message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a View message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns View
             */
            static fromObject(object: { [k: string]: any }): $root.common.state.View;

            /**
             * Creates a plain object from a View message. Also converts values to other types if specified.
             * @param message View
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.state.View, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this View to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for View
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace View {

            /** Properties of a View. */
            interface $Properties {

                /** View meta */
                meta?: ($root.common.state.Meta|null);

                /** View data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a View. */
            type $Shape = $root.common.state.View.$Properties;
        }

        /**
         * Properties of a ViewPayload.
         * @deprecated Use $root.common.state.ViewPayload.$Properties instead.
         */
        interface IViewPayload extends $root.common.state.ViewPayload.$Properties {
        }

        /** Represents a ViewPayload. */
        class ViewPayload {

            /**
             * Constructs a new ViewPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.state.ViewPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ViewPayload request_id. */
            request_id: string;

            /** ViewPayload view. */
            view?: ($root.common.state.View|null);

            /** ViewPayload error. */
            error?: (string|null);

            /** ViewPayload error_code. */
            error_code: string;

            /** ViewPayload sequence. */
            sequence: (number|Long);

            /** ViewPayload state. */
            state?: ("view"|"error");

            /**
             * Creates a new ViewPayload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ViewPayload instance
             */
            static create(properties: $root.common.state.ViewPayload.$Shape): $root.common.state.ViewPayload & $root.common.state.ViewPayload.$Shape;
            static create(properties?: $root.common.state.ViewPayload.$Properties): $root.common.state.ViewPayload;

            /**
             * Encodes the specified ViewPayload message. Does not implicitly {@link $root.common.state.ViewPayload.verify|verify} messages.
             * @param message ViewPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.state.ViewPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ViewPayload message, length delimited. Does not implicitly {@link $root.common.state.ViewPayload.verify|verify} messages.
             * @param message ViewPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.state.ViewPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ViewPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.state.ViewPayload & $root.common.state.ViewPayload.$Shape} ViewPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.state.ViewPayload & $root.common.state.ViewPayload.$Shape;

            /**
             * Decodes a ViewPayload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.state.ViewPayload & $root.common.state.ViewPayload.$Shape} ViewPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.state.ViewPayload & $root.common.state.ViewPayload.$Shape;

            /**
             * Verifies a ViewPayload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ViewPayload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ViewPayload
             */
            static fromObject(object: { [k: string]: any }): $root.common.state.ViewPayload;

            /**
             * Creates a plain object from a ViewPayload message. Also converts values to other types if specified.
             * @param message ViewPayload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.state.ViewPayload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ViewPayload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ViewPayload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ViewPayload {

            /** Properties of a ViewPayload. */
            interface $Properties {

                /** ViewPayload request_id */
                request_id?: (string|null);

                /** ViewPayload view */
                view?: ($root.common.state.View|null);

                /** ViewPayload error */
                error?: (string|null);

                /** ViewPayload error_code */
                error_code?: (string|null);

                /** ViewPayload sequence */
                sequence?: (number|Long|null);

                /** ViewPayload state */
                state?: ("view"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ViewPayload. */
            type $Shape = {
              request_id?: string|null;
              view?: $root.common.state.View.$Shape|null;
              error?: string|null;
              error_code?: string|null;
              sequence?: number|Long|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ state?: undefined; view?: null; error?: null }|{ state?: "view"; view: $root.common.state.View.$Shape; error?: null }|{ state?: "error"; view?: null; error: string })
            );
        }

        /**
         * Properties of a RequestState.
         * @deprecated Use $root.common.state.RequestState.$Properties instead.
         */
        interface IRequestState extends $root.common.state.RequestState.$Properties {
        }

        /** Represents a RequestState. */
        class RequestState {

            /**
             * Constructs a new RequestState.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.state.RequestState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestState request_id. */
            request_id: string;

            /** RequestState status. */
            status: $root.common.state.RequestState.STATUS;

            /** RequestState view. */
            view?: ($root.common.state.View|null);

            /** RequestState error. */
            error?: (string|null);

            /** RequestState error_code. */
            error_code: string;

            /** RequestState state. */
            state?: ("view"|"error");

            /**
             * Creates a new RequestState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestState instance
             */
            static create(properties: $root.common.state.RequestState.$Shape): $root.common.state.RequestState & $root.common.state.RequestState.$Shape;
            static create(properties?: $root.common.state.RequestState.$Properties): $root.common.state.RequestState;

            /**
             * Encodes the specified RequestState message. Does not implicitly {@link $root.common.state.RequestState.verify|verify} messages.
             * @param message RequestState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.state.RequestState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestState message, length delimited. Does not implicitly {@link $root.common.state.RequestState.verify|verify} messages.
             * @param message RequestState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.state.RequestState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.state.RequestState & $root.common.state.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.state.RequestState & $root.common.state.RequestState.$Shape;

            /**
             * Decodes a RequestState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.state.RequestState & $root.common.state.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.state.RequestState & $root.common.state.RequestState.$Shape;

            /**
             * Verifies a RequestState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestState
             */
            static fromObject(object: { [k: string]: any }): $root.common.state.RequestState;

            /**
             * Creates a plain object from a RequestState message. Also converts values to other types if specified.
             * @param message RequestState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.state.RequestState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestState {

            /** Properties of a RequestState. */
            interface $Properties {

                /** RequestState request_id */
                request_id?: (string|null);

                /** RequestState status */
                status?: ($root.common.state.RequestState.STATUS|null);

                /** RequestState view */
                view?: ($root.common.state.View|null);

                /** RequestState error */
                error?: (string|null);

                /** RequestState error_code */
                error_code?: (string|null);

                /** RequestState state */
                state?: ("view"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RequestState. */
            type $Shape = {
              request_id?: string|null;
              status?: $root.common.state.RequestState.STATUS|null;
              view?: $root.common.state.View.$Shape|null;
              error?: string|null;
              error_code?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ state?: undefined; view?: null; error?: null }|{ state?: "view"; view: $root.common.state.View.$Shape; error?: null }|{ state?: "error"; view?: null; error: string })
            );

            /** STATUS enum. */
            enum STATUS {

                /** PENDING_ACK value */
                PENDING_ACK = 0,

                /** PENDING value */
                PENDING = 1,

                /** ERROR value */
                ERROR = 2,

                /** COMPLETED value */
                COMPLETED = 3,

                /** EVENT_RECEIVED value */
                EVENT_RECEIVED = 4,

                /** EVENT_WRITTEN value */
                EVENT_WRITTEN = 5,

                /** EVENT_WRITE_ERROR value */
                EVENT_WRITE_ERROR = 6,

                /** DELETED value */
                DELETED = 7
            }
        }
    }

    /** Namespace interop_payload. */
    namespace interop_payload {

        /**
         * Properties of an InteropPayload.
         * @deprecated Use $root.common.interop_payload.InteropPayload.$Properties instead.
         */
        interface IInteropPayload extends $root.common.interop_payload.InteropPayload.$Properties {
        }

        /** Represents an InteropPayload. */
        class InteropPayload {

            /**
             * Constructs a new InteropPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.interop_payload.InteropPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InteropPayload payload. */
            payload: Uint8Array;

            /** InteropPayload address. */
            address: string;

            /** InteropPayload confidential. */
            confidential: boolean;

            /** InteropPayload requestor_certificate. */
            requestor_certificate: string;

            /** InteropPayload nonce. */
            nonce: string;

            /** InteropPayload source_time_ms. */
            source_time_ms: (number|Long);

            /**
             * Creates a new InteropPayload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InteropPayload instance
             */
            static create(properties: $root.common.interop_payload.InteropPayload.$Shape): $root.common.interop_payload.InteropPayload & $root.common.interop_payload.InteropPayload.$Shape;
            static create(properties?: $root.common.interop_payload.InteropPayload.$Properties): $root.common.interop_payload.InteropPayload;

            /**
             * Encodes the specified InteropPayload message. Does not implicitly {@link $root.common.interop_payload.InteropPayload.verify|verify} messages.
             * @param message InteropPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.interop_payload.InteropPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InteropPayload message, length delimited. Does not implicitly {@link $root.common.interop_payload.InteropPayload.verify|verify} messages.
             * @param message InteropPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.interop_payload.InteropPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InteropPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.interop_payload.InteropPayload & $root.common.interop_payload.InteropPayload.$Shape} InteropPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.interop_payload.InteropPayload & $root.common.interop_payload.InteropPayload.$Shape;

            /**
             * Decodes an InteropPayload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.interop_payload.InteropPayload & $root.common.interop_payload.InteropPayload.$Shape} InteropPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.interop_payload.InteropPayload & $root.common.interop_payload.InteropPayload.$Shape;

            /**
             * Verifies an InteropPayload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InteropPayload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InteropPayload
             */
            static fromObject(object: { [k: string]: any }): $root.common.interop_payload.InteropPayload;

            /**
             * Creates a plain object from an InteropPayload message. Also converts values to other types if specified.
             * @param message InteropPayload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.interop_payload.InteropPayload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InteropPayload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InteropPayload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InteropPayload {

            /** Properties of an InteropPayload. */
            interface $Properties {

                /** InteropPayload payload */
                payload?: (Uint8Array|null);

                /** InteropPayload address */
                address?: (string|null);

                /** InteropPayload confidential */
                confidential?: (boolean|null);

                /** InteropPayload requestor_certificate */
                requestor_certificate?: (string|null);

                /** InteropPayload nonce */
                nonce?: (string|null);

                /** InteropPayload source_time_ms */
                source_time_ms?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InteropPayload. */
            type $Shape = $root.common.interop_payload.InteropPayload.$Properties;
        }

        /**
         * Properties of a ConfidentialPayload.
         * @deprecated Use $root.common.interop_payload.ConfidentialPayload.$Properties instead.
         */
        interface IConfidentialPayload extends $root.common.interop_payload.ConfidentialPayload.$Properties {
        }

        /** Represents a ConfidentialPayload. */
        class ConfidentialPayload {

            /**
             * Constructs a new ConfidentialPayload.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.interop_payload.ConfidentialPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfidentialPayload encrypted_payload. */
            encrypted_payload: Uint8Array;

            /** ConfidentialPayload hash_type. */
            hash_type: $root.common.interop_payload.ConfidentialPayload.HashType;

            /** ConfidentialPayload hash. */
            hash: Uint8Array;

            /**
             * Creates a new ConfidentialPayload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfidentialPayload instance
             */
            static create(properties: $root.common.interop_payload.ConfidentialPayload.$Shape): $root.common.interop_payload.ConfidentialPayload & $root.common.interop_payload.ConfidentialPayload.$Shape;
            static create(properties?: $root.common.interop_payload.ConfidentialPayload.$Properties): $root.common.interop_payload.ConfidentialPayload;

            /**
             * Encodes the specified ConfidentialPayload message. Does not implicitly {@link $root.common.interop_payload.ConfidentialPayload.verify|verify} messages.
             * @param message ConfidentialPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.interop_payload.ConfidentialPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfidentialPayload message, length delimited. Does not implicitly {@link $root.common.interop_payload.ConfidentialPayload.verify|verify} messages.
             * @param message ConfidentialPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.interop_payload.ConfidentialPayload, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfidentialPayload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.interop_payload.ConfidentialPayload & $root.common.interop_payload.ConfidentialPayload.$Shape} ConfidentialPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.interop_payload.ConfidentialPayload & $root.common.interop_payload.ConfidentialPayload.$Shape;

            /**
             * Decodes a ConfidentialPayload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.interop_payload.ConfidentialPayload & $root.common.interop_payload.ConfidentialPayload.$Shape} ConfidentialPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.interop_payload.ConfidentialPayload & $root.common.interop_payload.ConfidentialPayload.$Shape;

            /**
             * Verifies a ConfidentialPayload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfidentialPayload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfidentialPayload
             */
            static fromObject(object: { [k: string]: any }): $root.common.interop_payload.ConfidentialPayload;

            /**
             * Creates a plain object from a ConfidentialPayload message. Also converts values to other types if specified.
             * @param message ConfidentialPayload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.interop_payload.ConfidentialPayload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfidentialPayload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfidentialPayload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfidentialPayload {

            /** Properties of a ConfidentialPayload. */
            interface $Properties {

                /** ConfidentialPayload encrypted_payload */
                encrypted_payload?: (Uint8Array|null);

                /** ConfidentialPayload hash_type */
                hash_type?: ($root.common.interop_payload.ConfidentialPayload.HashType|null);

                /** ConfidentialPayload hash */
                hash?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfidentialPayload. */
            type $Shape = $root.common.interop_payload.ConfidentialPayload.$Properties;

            /** HashType enum. */
            enum HashType {

                /** HMAC value */
                HMAC = 0
            }
        }

        /**
         * Properties of a ConfidentialPayloadContents.
         * @deprecated Use $root.common.interop_payload.ConfidentialPayloadContents.$Properties instead.
         */
        interface IConfidentialPayloadContents extends $root.common.interop_payload.ConfidentialPayloadContents.$Properties {
        }

        /** Represents a ConfidentialPayloadContents. */
        class ConfidentialPayloadContents {

            /**
             * Constructs a new ConfidentialPayloadContents.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.interop_payload.ConfidentialPayloadContents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfidentialPayloadContents payload. */
            payload: Uint8Array;

            /** ConfidentialPayloadContents random. */
            random: Uint8Array;

            /**
             * Creates a new ConfidentialPayloadContents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfidentialPayloadContents instance
             */
            static create(properties: $root.common.interop_payload.ConfidentialPayloadContents.$Shape): $root.common.interop_payload.ConfidentialPayloadContents & $root.common.interop_payload.ConfidentialPayloadContents.$Shape;
            static create(properties?: $root.common.interop_payload.ConfidentialPayloadContents.$Properties): $root.common.interop_payload.ConfidentialPayloadContents;

            /**
             * Encodes the specified ConfidentialPayloadContents message. Does not implicitly {@link $root.common.interop_payload.ConfidentialPayloadContents.verify|verify} messages.
             * @param message ConfidentialPayloadContents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.interop_payload.ConfidentialPayloadContents, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfidentialPayloadContents message, length delimited. Does not implicitly {@link $root.common.interop_payload.ConfidentialPayloadContents.verify|verify} messages.
             * @param message ConfidentialPayloadContents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.interop_payload.ConfidentialPayloadContents, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfidentialPayloadContents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.interop_payload.ConfidentialPayloadContents & $root.common.interop_payload.ConfidentialPayloadContents.$Shape} ConfidentialPayloadContents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.interop_payload.ConfidentialPayloadContents & $root.common.interop_payload.ConfidentialPayloadContents.$Shape;

            /**
             * Decodes a ConfidentialPayloadContents message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.interop_payload.ConfidentialPayloadContents & $root.common.interop_payload.ConfidentialPayloadContents.$Shape} ConfidentialPayloadContents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.interop_payload.ConfidentialPayloadContents & $root.common.interop_payload.ConfidentialPayloadContents.$Shape;

            /**
             * Verifies a ConfidentialPayloadContents message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfidentialPayloadContents message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfidentialPayloadContents
             */
            static fromObject(object: { [k: string]: any }): $root.common.interop_payload.ConfidentialPayloadContents;

            /**
             * Creates a plain object from a ConfidentialPayloadContents message. Also converts values to other types if specified.
             * @param message ConfidentialPayloadContents
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.interop_payload.ConfidentialPayloadContents, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfidentialPayloadContents to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfidentialPayloadContents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfidentialPayloadContents {

            /** Properties of a ConfidentialPayloadContents. */
            interface $Properties {

                /** ConfidentialPayloadContents payload */
                payload?: (Uint8Array|null);

                /** ConfidentialPayloadContents random */
                random?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfidentialPayloadContents. */
            type $Shape = $root.common.interop_payload.ConfidentialPayloadContents.$Properties;
        }
    }

    /** Namespace membership. */
    namespace membership {

        /**
         * Properties of a Membership.
         * @deprecated Use $root.common.membership.Membership.$Properties instead.
         */
        interface IMembership extends $root.common.membership.Membership.$Properties {
        }

        /** Represents a Membership. */
        class Membership {

            /**
             * Constructs a new Membership.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.membership.Membership.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Membership securityDomain. */
            securityDomain: string;

            /** Membership members. */
            members: { [k: string]: $root.common.membership.Member };

            /**
             * Creates a new Membership instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Membership instance
             */
            static create(properties: $root.common.membership.Membership.$Shape): $root.common.membership.Membership & $root.common.membership.Membership.$Shape;
            static create(properties?: $root.common.membership.Membership.$Properties): $root.common.membership.Membership;

            /**
             * Encodes the specified Membership message. Does not implicitly {@link $root.common.membership.Membership.verify|verify} messages.
             * @param message Membership message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.membership.Membership, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Membership message, length delimited. Does not implicitly {@link $root.common.membership.Membership.verify|verify} messages.
             * @param message Membership message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.membership.Membership, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Membership message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.membership.Membership & $root.common.membership.Membership.$Shape} Membership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.membership.Membership & $root.common.membership.Membership.$Shape;

            /**
             * Decodes a Membership message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.membership.Membership & $root.common.membership.Membership.$Shape} Membership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.membership.Membership & $root.common.membership.Membership.$Shape;

            /**
             * Verifies a Membership message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Membership message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Membership
             */
            static fromObject(object: { [k: string]: any }): $root.common.membership.Membership;

            /**
             * Creates a plain object from a Membership message. Also converts values to other types if specified.
             * @param message Membership
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.membership.Membership, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Membership to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Membership
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Membership {

            /** Properties of a Membership. */
            interface $Properties {

                /** Membership securityDomain */
                securityDomain?: (string|null);

                /** Membership members */
                members?: ({ [k: string]: $root.common.membership.Member }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Membership. */
            type $Shape = $root.common.membership.Membership.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use $root.common.membership.Member.$Properties instead.
         */
        interface IMember extends $root.common.membership.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.membership.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member value. */
            value: string;

            /** Member type. */
            type: string;

            /** Member chain. */
            chain: string[];

            /**
             * Creates a new Member instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Member instance
             */
            static create(properties: $root.common.membership.Member.$Shape): $root.common.membership.Member & $root.common.membership.Member.$Shape;
            static create(properties?: $root.common.membership.Member.$Properties): $root.common.membership.Member;

            /**
             * Encodes the specified Member message. Does not implicitly {@link $root.common.membership.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.membership.Member, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Member message, length delimited. Does not implicitly {@link $root.common.membership.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.membership.Member, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.membership.Member & $root.common.membership.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.membership.Member & $root.common.membership.Member.$Shape;

            /**
             * Decodes a Member message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.membership.Member & $root.common.membership.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.membership.Member & $root.common.membership.Member.$Shape;

            /**
             * Verifies a Member message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Member
             */
            static fromObject(object: { [k: string]: any }): $root.common.membership.Member;

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @param message Member
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.membership.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Member to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Member
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member value */
                value?: (string|null);

                /** Member type */
                type?: (string|null);

                /** Member chain */
                chain?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = $root.common.membership.Member.$Properties;
        }
    }

    /** Namespace verification_policy. */
    namespace verification_policy {

        /**
         * Properties of a VerificationPolicy.
         * @deprecated Use $root.common.verification_policy.VerificationPolicy.$Properties instead.
         */
        interface IVerificationPolicy extends $root.common.verification_policy.VerificationPolicy.$Properties {
        }

        /** Represents a VerificationPolicy. */
        class VerificationPolicy {

            /**
             * Constructs a new VerificationPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.verification_policy.VerificationPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerificationPolicy securityDomain. */
            securityDomain: string;

            /** VerificationPolicy identifiers. */
            identifiers: $root.common.verification_policy.Identifier[];

            /**
             * Creates a new VerificationPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerificationPolicy instance
             */
            static create(properties: $root.common.verification_policy.VerificationPolicy.$Shape): $root.common.verification_policy.VerificationPolicy & $root.common.verification_policy.VerificationPolicy.$Shape;
            static create(properties?: $root.common.verification_policy.VerificationPolicy.$Properties): $root.common.verification_policy.VerificationPolicy;

            /**
             * Encodes the specified VerificationPolicy message. Does not implicitly {@link $root.common.verification_policy.VerificationPolicy.verify|verify} messages.
             * @param message VerificationPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.verification_policy.VerificationPolicy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VerificationPolicy message, length delimited. Does not implicitly {@link $root.common.verification_policy.VerificationPolicy.verify|verify} messages.
             * @param message VerificationPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.verification_policy.VerificationPolicy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerificationPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.verification_policy.VerificationPolicy & $root.common.verification_policy.VerificationPolicy.$Shape} VerificationPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.verification_policy.VerificationPolicy & $root.common.verification_policy.VerificationPolicy.$Shape;

            /**
             * Decodes a VerificationPolicy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.verification_policy.VerificationPolicy & $root.common.verification_policy.VerificationPolicy.$Shape} VerificationPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.verification_policy.VerificationPolicy & $root.common.verification_policy.VerificationPolicy.$Shape;

            /**
             * Verifies a VerificationPolicy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerificationPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerificationPolicy
             */
            static fromObject(object: { [k: string]: any }): $root.common.verification_policy.VerificationPolicy;

            /**
             * Creates a plain object from a VerificationPolicy message. Also converts values to other types if specified.
             * @param message VerificationPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.verification_policy.VerificationPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerificationPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerificationPolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerificationPolicy {

            /** Properties of a VerificationPolicy. */
            interface $Properties {

                /** VerificationPolicy securityDomain */
                securityDomain?: (string|null);

                /** VerificationPolicy identifiers */
                identifiers?: ($root.common.verification_policy.Identifier[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerificationPolicy. */
            type $Shape = $root.common.verification_policy.VerificationPolicy.$Properties;
        }

        /**
         * Properties of a Policy.
         * @deprecated Use $root.common.verification_policy.Policy.$Properties instead.
         */
        interface IPolicy extends $root.common.verification_policy.Policy.$Properties {
        }

        /** Represents a Policy. */
        class Policy {

            /**
             * Constructs a new Policy.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.verification_policy.Policy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Policy type. */
            type: string;

            /** Policy criteria. */
            criteria: string[];

            /**
             * Creates a new Policy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Policy instance
             */
            static create(properties: $root.common.verification_policy.Policy.$Shape): $root.common.verification_policy.Policy & $root.common.verification_policy.Policy.$Shape;
            static create(properties?: $root.common.verification_policy.Policy.$Properties): $root.common.verification_policy.Policy;

            /**
             * Encodes the specified Policy message. Does not implicitly {@link $root.common.verification_policy.Policy.verify|verify} messages.
             * @param message Policy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.verification_policy.Policy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Policy message, length delimited. Does not implicitly {@link $root.common.verification_policy.Policy.verify|verify} messages.
             * @param message Policy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.verification_policy.Policy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Policy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.verification_policy.Policy & $root.common.verification_policy.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.verification_policy.Policy & $root.common.verification_policy.Policy.$Shape;

            /**
             * Decodes a Policy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.verification_policy.Policy & $root.common.verification_policy.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.verification_policy.Policy & $root.common.verification_policy.Policy.$Shape;

            /**
             * Verifies a Policy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Policy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Policy
             */
            static fromObject(object: { [k: string]: any }): $root.common.verification_policy.Policy;

            /**
             * Creates a plain object from a Policy message. Also converts values to other types if specified.
             * @param message Policy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.verification_policy.Policy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Policy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Policy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Policy {

            /** Properties of a Policy. */
            interface $Properties {

                /** Policy type */
                type?: (string|null);

                /** Policy criteria */
                criteria?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Policy. */
            type $Shape = $root.common.verification_policy.Policy.$Properties;
        }

        /**
         * Properties of an Identifier.
         * @deprecated Use $root.common.verification_policy.Identifier.$Properties instead.
         */
        interface IIdentifier extends $root.common.verification_policy.Identifier.$Properties {
        }

        /** Represents an Identifier. */
        class Identifier {

            /**
             * Constructs a new Identifier.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.common.verification_policy.Identifier.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Identifier pattern. */
            pattern: string;

            /** Identifier policy. */
            policy?: ($root.common.verification_policy.Policy|null);

            /**
             * Creates a new Identifier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Identifier instance
             */
            static create(properties: $root.common.verification_policy.Identifier.$Shape): $root.common.verification_policy.Identifier & $root.common.verification_policy.Identifier.$Shape;
            static create(properties?: $root.common.verification_policy.Identifier.$Properties): $root.common.verification_policy.Identifier;

            /**
             * Encodes the specified Identifier message. Does not implicitly {@link $root.common.verification_policy.Identifier.verify|verify} messages.
             * @param message Identifier message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.common.verification_policy.Identifier, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Identifier message, length delimited. Does not implicitly {@link $root.common.verification_policy.Identifier.verify|verify} messages.
             * @param message Identifier message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.common.verification_policy.Identifier, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Identifier message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.common.verification_policy.Identifier & $root.common.verification_policy.Identifier.$Shape} Identifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.common.verification_policy.Identifier & $root.common.verification_policy.Identifier.$Shape;

            /**
             * Decodes an Identifier message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.common.verification_policy.Identifier & $root.common.verification_policy.Identifier.$Shape} Identifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.common.verification_policy.Identifier & $root.common.verification_policy.Identifier.$Shape;

            /**
             * Verifies an Identifier message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Identifier message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Identifier
             */
            static fromObject(object: { [k: string]: any }): $root.common.verification_policy.Identifier;

            /**
             * Creates a plain object from an Identifier message. Also converts values to other types if specified.
             * @param message Identifier
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.common.verification_policy.Identifier, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Identifier to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Identifier
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Identifier {

            /** Properties of an Identifier. */
            interface $Properties {

                /** Identifier pattern */
                pattern?: (string|null);

                /** Identifier policy */
                policy?: ($root.common.verification_policy.Policy|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Identifier. */
            type $Shape = $root.common.verification_policy.Identifier.$Properties;
        }
    }
}

/** Namespace driver. */
export namespace driver {
}

/** Namespace fabric. */
export namespace fabric {

    /** Namespace view_data. */
    namespace view_data {

        /**
         * Properties of a FabricView.
         * @deprecated Use $root.fabric.view_data.FabricView.$Properties instead.
         */
        interface IFabricView extends $root.fabric.view_data.FabricView.$Properties {
        }

        /** Represents a FabricView. */
        class FabricView {

            /**
             * Constructs a new FabricView.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.fabric.view_data.FabricView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FabricView endorsed_proposal_responses. */
            endorsed_proposal_responses: $root.fabric.view_data.FabricView.EndorsedProposalResponse[];

            /**
             * Creates a new FabricView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FabricView instance
             */
            static create(properties: $root.fabric.view_data.FabricView.$Shape): $root.fabric.view_data.FabricView & $root.fabric.view_data.FabricView.$Shape;
            static create(properties?: $root.fabric.view_data.FabricView.$Properties): $root.fabric.view_data.FabricView;

            /**
             * Encodes the specified FabricView message. Does not implicitly {@link $root.fabric.view_data.FabricView.verify|verify} messages.
             * @param message FabricView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.fabric.view_data.FabricView, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FabricView message, length delimited. Does not implicitly {@link $root.fabric.view_data.FabricView.verify|verify} messages.
             * @param message FabricView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.fabric.view_data.FabricView, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FabricView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.fabric.view_data.FabricView & $root.fabric.view_data.FabricView.$Shape} FabricView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.fabric.view_data.FabricView & $root.fabric.view_data.FabricView.$Shape;

            /**
             * Decodes a FabricView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.fabric.view_data.FabricView & $root.fabric.view_data.FabricView.$Shape} FabricView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.fabric.view_data.FabricView & $root.fabric.view_data.FabricView.$Shape;

            /**
             * Verifies a FabricView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FabricView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FabricView
             */
            static fromObject(object: { [k: string]: any }): $root.fabric.view_data.FabricView;

            /**
             * Creates a plain object from a FabricView message. Also converts values to other types if specified.
             * @param message FabricView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.fabric.view_data.FabricView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FabricView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FabricView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FabricView {

            /** Properties of a FabricView. */
            interface $Properties {

                /** FabricView endorsed_proposal_responses */
                endorsed_proposal_responses?: ($root.fabric.view_data.FabricView.EndorsedProposalResponse[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FabricView. */
            type $Shape = $root.fabric.view_data.FabricView.$Properties;

            /**
             * Properties of an EndorsedProposalResponse.
             * @deprecated Use $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Properties instead.
             */
            interface IEndorsedProposalResponse extends $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Properties {
            }

            /** Represents an EndorsedProposalResponse. */
            class EndorsedProposalResponse {

                /**
                 * Constructs a new EndorsedProposalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EndorsedProposalResponse payload. */
                payload?: ($root.protos.ProposalResponsePayload|null);

                /** EndorsedProposalResponse endorsement. */
                endorsement?: ($root.protos.Endorsement|null);

                /**
                 * Creates a new EndorsedProposalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EndorsedProposalResponse instance
                 */
                static create(properties: $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape): $root.fabric.view_data.FabricView.EndorsedProposalResponse & $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape;
                static create(properties?: $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Properties): $root.fabric.view_data.FabricView.EndorsedProposalResponse;

                /**
                 * Encodes the specified EndorsedProposalResponse message. Does not implicitly {@link $root.fabric.view_data.FabricView.EndorsedProposalResponse.verify|verify} messages.
                 * @param message EndorsedProposalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: $root.fabric.view_data.FabricView.EndorsedProposalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EndorsedProposalResponse message, length delimited. Does not implicitly {@link $root.fabric.view_data.FabricView.EndorsedProposalResponse.verify|verify} messages.
                 * @param message EndorsedProposalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: $root.fabric.view_data.FabricView.EndorsedProposalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EndorsedProposalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {$root.fabric.view_data.FabricView.EndorsedProposalResponse & $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape} EndorsedProposalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.fabric.view_data.FabricView.EndorsedProposalResponse & $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape;

                /**
                 * Decodes an EndorsedProposalResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {$root.fabric.view_data.FabricView.EndorsedProposalResponse & $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape} EndorsedProposalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.fabric.view_data.FabricView.EndorsedProposalResponse & $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Shape;

                /**
                 * Verifies an EndorsedProposalResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EndorsedProposalResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EndorsedProposalResponse
                 */
                static fromObject(object: { [k: string]: any }): $root.fabric.view_data.FabricView.EndorsedProposalResponse;

                /**
                 * Creates a plain object from an EndorsedProposalResponse message. Also converts values to other types if specified.
                 * @param message EndorsedProposalResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: $root.fabric.view_data.FabricView.EndorsedProposalResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EndorsedProposalResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EndorsedProposalResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EndorsedProposalResponse {

                /** Properties of an EndorsedProposalResponse. */
                interface $Properties {

                    /** EndorsedProposalResponse payload */
                    payload?: ($root.protos.ProposalResponsePayload|null);

                    /** EndorsedProposalResponse endorsement */
                    endorsement?: ($root.protos.Endorsement|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EndorsedProposalResponse. */
                type $Shape = $root.fabric.view_data.FabricView.EndorsedProposalResponse.$Properties;
            }
        }
    }
}

/** Namespace protos. */
export namespace protos {

    /**
     * Properties of a ProposalResponsePayload.
     * @deprecated Use $root.protos.ProposalResponsePayload.$Properties instead.
     */
    interface IProposalResponsePayload extends $root.protos.ProposalResponsePayload.$Properties {
    }

    /** Represents a ProposalResponsePayload. */
    class ProposalResponsePayload {

        /**
         * Constructs a new ProposalResponsePayload.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.protos.ProposalResponsePayload.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProposalResponsePayload proposal_hash. */
        proposal_hash: Uint8Array;

        /** ProposalResponsePayload extension. */
        extension: Uint8Array;

        /**
         * Creates a new ProposalResponsePayload instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProposalResponsePayload instance
         */
        static create(properties: $root.protos.ProposalResponsePayload.$Shape): $root.protos.ProposalResponsePayload & $root.protos.ProposalResponsePayload.$Shape;
        static create(properties?: $root.protos.ProposalResponsePayload.$Properties): $root.protos.ProposalResponsePayload;

        /**
         * Encodes the specified ProposalResponsePayload message. Does not implicitly {@link $root.protos.ProposalResponsePayload.verify|verify} messages.
         * @param message ProposalResponsePayload message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.protos.ProposalResponsePayload, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ProposalResponsePayload message, length delimited. Does not implicitly {@link $root.protos.ProposalResponsePayload.verify|verify} messages.
         * @param message ProposalResponsePayload message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.protos.ProposalResponsePayload, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProposalResponsePayload message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.protos.ProposalResponsePayload & $root.protos.ProposalResponsePayload.$Shape} ProposalResponsePayload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.protos.ProposalResponsePayload & $root.protos.ProposalResponsePayload.$Shape;

        /**
         * Decodes a ProposalResponsePayload message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.protos.ProposalResponsePayload & $root.protos.ProposalResponsePayload.$Shape} ProposalResponsePayload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.protos.ProposalResponsePayload & $root.protos.ProposalResponsePayload.$Shape;

        /**
         * Verifies a ProposalResponsePayload message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ProposalResponsePayload message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProposalResponsePayload
         */
        static fromObject(object: { [k: string]: any }): $root.protos.ProposalResponsePayload;

        /**
         * Creates a plain object from a ProposalResponsePayload message. Also converts values to other types if specified.
         * @param message ProposalResponsePayload
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.protos.ProposalResponsePayload, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProposalResponsePayload to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ProposalResponsePayload
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ProposalResponsePayload {

        /** Properties of a ProposalResponsePayload. */
        interface $Properties {

            /** ProposalResponsePayload proposal_hash */
            proposal_hash?: (Uint8Array|null);

            /** ProposalResponsePayload extension */
            extension?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProposalResponsePayload. */
        type $Shape = $root.protos.ProposalResponsePayload.$Properties;
    }

    /**
     * Properties of an Endorsement.
     * @deprecated Use $root.protos.Endorsement.$Properties instead.
     */
    interface IEndorsement extends $root.protos.Endorsement.$Properties {
    }

    /** Represents an Endorsement. */
    class Endorsement {

        /**
         * Constructs a new Endorsement.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.protos.Endorsement.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Endorsement endorser. */
        endorser: Uint8Array;

        /** Endorsement signature. */
        signature: Uint8Array;

        /**
         * Creates a new Endorsement instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Endorsement instance
         */
        static create(properties: $root.protos.Endorsement.$Shape): $root.protos.Endorsement & $root.protos.Endorsement.$Shape;
        static create(properties?: $root.protos.Endorsement.$Properties): $root.protos.Endorsement;

        /**
         * Encodes the specified Endorsement message. Does not implicitly {@link $root.protos.Endorsement.verify|verify} messages.
         * @param message Endorsement message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.protos.Endorsement, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Endorsement message, length delimited. Does not implicitly {@link $root.protos.Endorsement.verify|verify} messages.
         * @param message Endorsement message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.protos.Endorsement, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Endorsement message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.protos.Endorsement & $root.protos.Endorsement.$Shape} Endorsement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.protos.Endorsement & $root.protos.Endorsement.$Shape;

        /**
         * Decodes an Endorsement message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.protos.Endorsement & $root.protos.Endorsement.$Shape} Endorsement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.protos.Endorsement & $root.protos.Endorsement.$Shape;

        /**
         * Verifies an Endorsement message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Endorsement message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Endorsement
         */
        static fromObject(object: { [k: string]: any }): $root.protos.Endorsement;

        /**
         * Creates a plain object from an Endorsement message. Also converts values to other types if specified.
         * @param message Endorsement
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.protos.Endorsement, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Endorsement to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Endorsement
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Endorsement {

        /** Properties of an Endorsement. */
        interface $Properties {

            /** Endorsement endorser */
            endorser?: (Uint8Array|null);

            /** Endorsement signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Endorsement. */
        type $Shape = $root.protos.Endorsement.$Properties;
    }

    /**
     * Properties of a Response.
     * @deprecated Use $root.protos.Response.$Properties instead.
     */
    interface IResponse extends $root.protos.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.protos.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response status. */
        status: number;

        /** Response message. */
        message: string;

        /** Response payload. */
        payload: Uint8Array;

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        static create(properties: $root.protos.Response.$Shape): $root.protos.Response & $root.protos.Response.$Shape;
        static create(properties?: $root.protos.Response.$Properties): $root.protos.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link $root.protos.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.protos.Response, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link $root.protos.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.protos.Response, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.protos.Response & $root.protos.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.protos.Response & $root.protos.Response.$Shape;

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.protos.Response & $root.protos.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.protos.Response & $root.protos.Response.$Shape;

        /**
         * Verifies a Response message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Response message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Response
         */
        static fromObject(object: { [k: string]: any }): $root.protos.Response;

        /**
         * Creates a plain object from a Response message. Also converts values to other types if specified.
         * @param message Response
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.protos.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Response to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Response
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response status */
            status?: (number|null);

            /** Response message */
            message?: (string|null);

            /** Response payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Response. */
        type $Shape = $root.protos.Response.$Properties;
    }

    /**
     * Properties of a ChaincodeAction.
     * @deprecated Use $root.protos.ChaincodeAction.$Properties instead.
     */
    interface IChaincodeAction extends $root.protos.ChaincodeAction.$Properties {
    }

    /** Represents a ChaincodeAction. */
    class ChaincodeAction {

        /**
         * Constructs a new ChaincodeAction.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.protos.ChaincodeAction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChaincodeAction results. */
        results: Uint8Array;

        /** ChaincodeAction events. */
        events: Uint8Array;

        /** ChaincodeAction response. */
        response?: ($root.protos.Response|null);

        /** ChaincodeAction chaincode_id. */
        chaincode_id?: ($root.protos.ChaincodeID|null);

        /**
         * Creates a new ChaincodeAction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChaincodeAction instance
         */
        static create(properties: $root.protos.ChaincodeAction.$Shape): $root.protos.ChaincodeAction & $root.protos.ChaincodeAction.$Shape;
        static create(properties?: $root.protos.ChaincodeAction.$Properties): $root.protos.ChaincodeAction;

        /**
         * Encodes the specified ChaincodeAction message. Does not implicitly {@link $root.protos.ChaincodeAction.verify|verify} messages.
         * @param message ChaincodeAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.protos.ChaincodeAction, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ChaincodeAction message, length delimited. Does not implicitly {@link $root.protos.ChaincodeAction.verify|verify} messages.
         * @param message ChaincodeAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.protos.ChaincodeAction, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChaincodeAction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.protos.ChaincodeAction & $root.protos.ChaincodeAction.$Shape} ChaincodeAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.protos.ChaincodeAction & $root.protos.ChaincodeAction.$Shape;

        /**
         * Decodes a ChaincodeAction message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.protos.ChaincodeAction & $root.protos.ChaincodeAction.$Shape} ChaincodeAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.protos.ChaincodeAction & $root.protos.ChaincodeAction.$Shape;

        /**
         * Verifies a ChaincodeAction message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ChaincodeAction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChaincodeAction
         */
        static fromObject(object: { [k: string]: any }): $root.protos.ChaincodeAction;

        /**
         * Creates a plain object from a ChaincodeAction message. Also converts values to other types if specified.
         * @param message ChaincodeAction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.protos.ChaincodeAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChaincodeAction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChaincodeAction
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChaincodeAction {

        /** Properties of a ChaincodeAction. */
        interface $Properties {

            /** ChaincodeAction results */
            results?: (Uint8Array|null);

            /** ChaincodeAction events */
            events?: (Uint8Array|null);

            /** ChaincodeAction response */
            response?: ($root.protos.Response|null);

            /** ChaincodeAction chaincode_id */
            chaincode_id?: ($root.protos.ChaincodeID|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChaincodeAction. */
        type $Shape = $root.protos.ChaincodeAction.$Properties;
    }

    /**
     * Properties of a ChaincodeID.
     * @deprecated Use $root.protos.ChaincodeID.$Properties instead.
     */
    interface IChaincodeID extends $root.protos.ChaincodeID.$Properties {
    }

    /** Represents a ChaincodeID. */
    class ChaincodeID {

        /**
         * Constructs a new ChaincodeID.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.protos.ChaincodeID.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChaincodeID path. */
        path: string;

        /** ChaincodeID name. */
        name: string;

        /** ChaincodeID version. */
        version: string;

        /**
         * Creates a new ChaincodeID instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChaincodeID instance
         */
        static create(properties: $root.protos.ChaincodeID.$Shape): $root.protos.ChaincodeID & $root.protos.ChaincodeID.$Shape;
        static create(properties?: $root.protos.ChaincodeID.$Properties): $root.protos.ChaincodeID;

        /**
         * Encodes the specified ChaincodeID message. Does not implicitly {@link $root.protos.ChaincodeID.verify|verify} messages.
         * @param message ChaincodeID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.protos.ChaincodeID, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ChaincodeID message, length delimited. Does not implicitly {@link $root.protos.ChaincodeID.verify|verify} messages.
         * @param message ChaincodeID message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.protos.ChaincodeID, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChaincodeID message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.protos.ChaincodeID & $root.protos.ChaincodeID.$Shape} ChaincodeID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.protos.ChaincodeID & $root.protos.ChaincodeID.$Shape;

        /**
         * Decodes a ChaincodeID message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.protos.ChaincodeID & $root.protos.ChaincodeID.$Shape} ChaincodeID
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.protos.ChaincodeID & $root.protos.ChaincodeID.$Shape;

        /**
         * Verifies a ChaincodeID message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ChaincodeID message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChaincodeID
         */
        static fromObject(object: { [k: string]: any }): $root.protos.ChaincodeID;

        /**
         * Creates a plain object from a ChaincodeID message. Also converts values to other types if specified.
         * @param message ChaincodeID
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.protos.ChaincodeID, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChaincodeID to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChaincodeID
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChaincodeID {

        /** Properties of a ChaincodeID. */
        interface $Properties {

            /** ChaincodeID path */
            path?: (string|null);

            /** ChaincodeID name */
            name?: (string|null);

            /** ChaincodeID version */
            version?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChaincodeID. */
        type $Shape = $root.protos.ChaincodeID.$Properties;
    }
}

/** Namespace msp. */
export namespace msp {

    /**
     * Properties of a SerializedIdentity.
     * @deprecated Use $root.msp.SerializedIdentity.$Properties instead.
     */
    interface ISerializedIdentity extends $root.msp.SerializedIdentity.$Properties {
    }

    /** Represents a SerializedIdentity. */
    class SerializedIdentity {

        /**
         * Constructs a new SerializedIdentity.
         * @param [properties] Properties to set
         */
        constructor(properties?: $root.msp.SerializedIdentity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SerializedIdentity mspid. */
        mspid: string;

        /** SerializedIdentity id_bytes. */
        id_bytes: Uint8Array;

        /**
         * Creates a new SerializedIdentity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SerializedIdentity instance
         */
        static create(properties: $root.msp.SerializedIdentity.$Shape): $root.msp.SerializedIdentity & $root.msp.SerializedIdentity.$Shape;
        static create(properties?: $root.msp.SerializedIdentity.$Properties): $root.msp.SerializedIdentity;

        /**
         * Encodes the specified SerializedIdentity message. Does not implicitly {@link $root.msp.SerializedIdentity.verify|verify} messages.
         * @param message SerializedIdentity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: $root.msp.SerializedIdentity, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SerializedIdentity message, length delimited. Does not implicitly {@link $root.msp.SerializedIdentity.verify|verify} messages.
         * @param message SerializedIdentity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: $root.msp.SerializedIdentity, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SerializedIdentity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {$root.msp.SerializedIdentity & $root.msp.SerializedIdentity.$Shape} SerializedIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.msp.SerializedIdentity & $root.msp.SerializedIdentity.$Shape;

        /**
         * Decodes a SerializedIdentity message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {$root.msp.SerializedIdentity & $root.msp.SerializedIdentity.$Shape} SerializedIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.msp.SerializedIdentity & $root.msp.SerializedIdentity.$Shape;

        /**
         * Verifies a SerializedIdentity message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SerializedIdentity message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SerializedIdentity
         */
        static fromObject(object: { [k: string]: any }): $root.msp.SerializedIdentity;

        /**
         * Creates a plain object from a SerializedIdentity message. Also converts values to other types if specified.
         * @param message SerializedIdentity
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: $root.msp.SerializedIdentity, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SerializedIdentity to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SerializedIdentity
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SerializedIdentity {

        /** Properties of a SerializedIdentity. */
        interface $Properties {

            /** SerializedIdentity mspid */
            mspid?: (string|null);

            /** SerializedIdentity id_bytes */
            id_bytes?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SerializedIdentity. */
        type $Shape = $root.msp.SerializedIdentity.$Properties;
    }
}

/** Namespace networks. */
export namespace networks {

    /** Namespace networks. */
    namespace networks {

        /**
         * Properties of a GetStateMessage.
         * @deprecated Use $root.networks.networks.GetStateMessage.$Properties instead.
         */
        interface IGetStateMessage extends $root.networks.networks.GetStateMessage.$Properties {
        }

        /** Represents a GetStateMessage. */
        class GetStateMessage {

            /**
             * Constructs a new GetStateMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.networks.networks.GetStateMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetStateMessage request_id. */
            request_id: string;

            /**
             * Creates a new GetStateMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetStateMessage instance
             */
            static create(properties: $root.networks.networks.GetStateMessage.$Shape): $root.networks.networks.GetStateMessage & $root.networks.networks.GetStateMessage.$Shape;
            static create(properties?: $root.networks.networks.GetStateMessage.$Properties): $root.networks.networks.GetStateMessage;

            /**
             * Encodes the specified GetStateMessage message. Does not implicitly {@link $root.networks.networks.GetStateMessage.verify|verify} messages.
             * @param message GetStateMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.networks.networks.GetStateMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetStateMessage message, length delimited. Does not implicitly {@link $root.networks.networks.GetStateMessage.verify|verify} messages.
             * @param message GetStateMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.networks.networks.GetStateMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetStateMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.networks.networks.GetStateMessage & $root.networks.networks.GetStateMessage.$Shape} GetStateMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.networks.networks.GetStateMessage & $root.networks.networks.GetStateMessage.$Shape;

            /**
             * Decodes a GetStateMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.networks.networks.GetStateMessage & $root.networks.networks.GetStateMessage.$Shape} GetStateMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.networks.networks.GetStateMessage & $root.networks.networks.GetStateMessage.$Shape;

            /**
             * Verifies a GetStateMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetStateMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetStateMessage
             */
            static fromObject(object: { [k: string]: any }): $root.networks.networks.GetStateMessage;

            /**
             * Creates a plain object from a GetStateMessage message. Also converts values to other types if specified.
             * @param message GetStateMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.networks.networks.GetStateMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetStateMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetStateMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetStateMessage {

            /** Properties of a GetStateMessage. */
            interface $Properties {

                /** GetStateMessage request_id */
                request_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetStateMessage. */
            type $Shape = $root.networks.networks.GetStateMessage.$Properties;
        }

        /**
         * Properties of a NetworkQuery.
         * @deprecated Use $root.networks.networks.NetworkQuery.$Properties instead.
         */
        interface INetworkQuery extends $root.networks.networks.NetworkQuery.$Properties {
        }

        /** Represents a NetworkQuery. */
        class NetworkQuery {

            /**
             * Constructs a new NetworkQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.networks.networks.NetworkQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkQuery policy. */
            policy: string[];

            /** NetworkQuery address. */
            address: string;

            /** NetworkQuery requesting_relay. */
            requesting_relay: string;

            /** NetworkQuery requesting_network. */
            requesting_network: string;

            /** NetworkQuery certificate. */
            certificate: string;

            /** NetworkQuery requestor_signature. */
            requestor_signature: string;

            /** NetworkQuery nonce. */
            nonce: string;

            /** NetworkQuery requesting_org. */
            requesting_org: string;

            /** NetworkQuery confidential. */
            confidential: boolean;

            /** NetworkQuery request_id. */
            request_id: string;

            /** NetworkQuery batchable. */
            batchable: boolean;

            /**
             * Creates a new NetworkQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkQuery instance
             */
            static create(properties: $root.networks.networks.NetworkQuery.$Shape): $root.networks.networks.NetworkQuery & $root.networks.networks.NetworkQuery.$Shape;
            static create(properties?: $root.networks.networks.NetworkQuery.$Properties): $root.networks.networks.NetworkQuery;

            /**
             * Encodes the specified NetworkQuery message. Does not implicitly {@link $root.networks.networks.NetworkQuery.verify|verify} messages.
             * @param message NetworkQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.networks.networks.NetworkQuery, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetworkQuery message, length delimited. Does not implicitly {@link $root.networks.networks.NetworkQuery.verify|verify} messages.
             * @param message NetworkQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.networks.networks.NetworkQuery, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.networks.networks.NetworkQuery & $root.networks.networks.NetworkQuery.$Shape} NetworkQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.networks.networks.NetworkQuery & $root.networks.networks.NetworkQuery.$Shape;

            /**
             * Decodes a NetworkQuery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.networks.networks.NetworkQuery & $root.networks.networks.NetworkQuery.$Shape} NetworkQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.networks.networks.NetworkQuery & $root.networks.networks.NetworkQuery.$Shape;

            /**
             * Verifies a NetworkQuery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkQuery
             */
            static fromObject(object: { [k: string]: any }): $root.networks.networks.NetworkQuery;

            /**
             * Creates a plain object from a NetworkQuery message. Also converts values to other types if specified.
             * @param message NetworkQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.networks.networks.NetworkQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkQuery {

            /** Properties of a NetworkQuery. */
            interface $Properties {

                /** NetworkQuery policy */
                policy?: (string[]|null);

                /** NetworkQuery address */
                address?: (string|null);

                /** NetworkQuery requesting_relay */
                requesting_relay?: (string|null);

                /** NetworkQuery requesting_network */
                requesting_network?: (string|null);

                /** NetworkQuery certificate */
                certificate?: (string|null);

                /** NetworkQuery requestor_signature */
                requestor_signature?: (string|null);

                /** NetworkQuery nonce */
                nonce?: (string|null);

                /** NetworkQuery requesting_org */
                requesting_org?: (string|null);

                /** NetworkQuery confidential */
                confidential?: (boolean|null);

                /** NetworkQuery request_id */
                request_id?: (string|null);

                /** NetworkQuery batchable */
                batchable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkQuery. */
            type $Shape = $root.networks.networks.NetworkQuery.$Properties;
        }

        /**
         * Properties of a NetworkEventSubscription.
         * @deprecated Use $root.networks.networks.NetworkEventSubscription.$Properties instead.
         */
        interface INetworkEventSubscription extends $root.networks.networks.NetworkEventSubscription.$Properties {
        }

        /** Represents a NetworkEventSubscription. */
        class NetworkEventSubscription {

            /**
             * Constructs a new NetworkEventSubscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.networks.networks.NetworkEventSubscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkEventSubscription event_matcher. */
            event_matcher?: ($root.common.events.EventMatcher|null);

            /** NetworkEventSubscription query. */
            query?: ($root.networks.networks.NetworkQuery|null);

            /** NetworkEventSubscription event_publication_spec. */
            event_publication_spec?: ($root.common.events.EventPublication|null);

            /** NetworkEventSubscription from_sequence. */
            from_sequence: (number|Long);

            /** NetworkEventSubscription webhook_secret. */
            webhook_secret: string;

            /** NetworkEventSubscription webhook_check. */
            webhook_check: boolean;

            /**
             * Creates a new NetworkEventSubscription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkEventSubscription instance
             */
            static create(properties: $root.networks.networks.NetworkEventSubscription.$Shape): $root.networks.networks.NetworkEventSubscription & $root.networks.networks.NetworkEventSubscription.$Shape;
            static create(properties?: $root.networks.networks.NetworkEventSubscription.$Properties): $root.networks.networks.NetworkEventSubscription;

            /**
             * Encodes the specified NetworkEventSubscription message. Does not implicitly {@link $root.networks.networks.NetworkEventSubscription.verify|verify} messages.
             * @param message NetworkEventSubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.networks.networks.NetworkEventSubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetworkEventSubscription message, length delimited. Does not implicitly {@link $root.networks.networks.NetworkEventSubscription.verify|verify} messages.
             * @param message NetworkEventSubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.networks.networks.NetworkEventSubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkEventSubscription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.networks.networks.NetworkEventSubscription & $root.networks.networks.NetworkEventSubscription.$Shape} NetworkEventSubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.networks.networks.NetworkEventSubscription & $root.networks.networks.NetworkEventSubscription.$Shape;

            /**
             * Decodes a NetworkEventSubscription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.networks.networks.NetworkEventSubscription & $root.networks.networks.NetworkEventSubscription.$Shape} NetworkEventSubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.networks.networks.NetworkEventSubscription & $root.networks.networks.NetworkEventSubscription.$Shape;

            /**
             * Verifies a NetworkEventSubscription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkEventSubscription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkEventSubscription
             */
            static fromObject(object: { [k: string]: any }): $root.networks.networks.NetworkEventSubscription;

            /**
             * Creates a plain object from a NetworkEventSubscription message. Also converts values to other types if specified.
             * @param message NetworkEventSubscription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.networks.networks.NetworkEventSubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkEventSubscription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkEventSubscription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkEventSubscription {

            /** Properties of a NetworkEventSubscription. */
            interface $Properties {

                /** NetworkEventSubscription event_matcher */
                event_matcher?: ($root.common.events.EventMatcher|null);

                /** NetworkEventSubscription query */
                query?: ($root.networks.networks.NetworkQuery|null);

                /** NetworkEventSubscription event_publication_spec */
                event_publication_spec?: ($root.common.events.EventPublication|null);

                /** NetworkEventSubscription from_sequence */
                from_sequence?: (number|Long|null);

                /** NetworkEventSubscription webhook_secret */
                webhook_secret?: (string|null);

                /** NetworkEventSubscription webhook_check */
                webhook_check?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkEventSubscription. */
            type $Shape = {
              event_matcher?: $root.common.events.EventMatcher.$Shape|null;
              query?: $root.networks.networks.NetworkQuery.$Shape|null;
              event_publication_spec?: $root.common.events.EventPublication.$Shape|null;
              from_sequence?: number|Long|null;
              webhook_secret?: string|null;
              webhook_check?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NetworkEventUnsubscription.
         * @deprecated Use $root.networks.networks.NetworkEventUnsubscription.$Properties instead.
         */
        interface INetworkEventUnsubscription extends $root.networks.networks.NetworkEventUnsubscription.$Properties {
        }

        /** Represents a NetworkEventUnsubscription. */
        class NetworkEventUnsubscription {

            /**
             * Constructs a new NetworkEventUnsubscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.networks.networks.NetworkEventUnsubscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkEventUnsubscription request. */
            request?: ($root.networks.networks.NetworkEventSubscription|null);

            /** NetworkEventUnsubscription request_id. */
            request_id: string;

            /**
             * Creates a new NetworkEventUnsubscription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkEventUnsubscription instance
             */
            static create(properties: $root.networks.networks.NetworkEventUnsubscription.$Shape): $root.networks.networks.NetworkEventUnsubscription & $root.networks.networks.NetworkEventUnsubscription.$Shape;
            static create(properties?: $root.networks.networks.NetworkEventUnsubscription.$Properties): $root.networks.networks.NetworkEventUnsubscription;

            /**
             * Encodes the specified NetworkEventUnsubscription message. Does not implicitly {@link $root.networks.networks.NetworkEventUnsubscription.verify|verify} messages.
             * @param message NetworkEventUnsubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.networks.networks.NetworkEventUnsubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetworkEventUnsubscription message, length delimited. Does not implicitly {@link $root.networks.networks.NetworkEventUnsubscription.verify|verify} messages.
             * @param message NetworkEventUnsubscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.networks.networks.NetworkEventUnsubscription, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkEventUnsubscription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.networks.networks.NetworkEventUnsubscription & $root.networks.networks.NetworkEventUnsubscription.$Shape} NetworkEventUnsubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.networks.networks.NetworkEventUnsubscription & $root.networks.networks.NetworkEventUnsubscription.$Shape;

            /**
             * Decodes a NetworkEventUnsubscription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.networks.networks.NetworkEventUnsubscription & $root.networks.networks.NetworkEventUnsubscription.$Shape} NetworkEventUnsubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.networks.networks.NetworkEventUnsubscription & $root.networks.networks.NetworkEventUnsubscription.$Shape;

            /**
             * Verifies a NetworkEventUnsubscription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkEventUnsubscription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkEventUnsubscription
             */
            static fromObject(object: { [k: string]: any }): $root.networks.networks.NetworkEventUnsubscription;

            /**
             * Creates a plain object from a NetworkEventUnsubscription message. Also converts values to other types if specified.
             * @param message NetworkEventUnsubscription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.networks.networks.NetworkEventUnsubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkEventUnsubscription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkEventUnsubscription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkEventUnsubscription {

            /** Properties of a NetworkEventUnsubscription. */
            interface $Properties {

                /** NetworkEventUnsubscription request */
                request?: ($root.networks.networks.NetworkEventSubscription|null);

                /** NetworkEventUnsubscription request_id */
                request_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkEventUnsubscription. */
            type $Shape = {
              request?: $root.networks.networks.NetworkEventSubscription.$Shape|null;
              request_id?: string|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}

/** Namespace relay. */
export namespace relay {
}

/** Namespace weft. */
export namespace weft {

    /** Namespace batch. */
    namespace batch {

        /**
         * Properties of an EndorsedBatch.
         * @deprecated Use $root.weft.batch.EndorsedBatch.$Properties instead.
         */
        interface IEndorsedBatch extends $root.weft.batch.EndorsedBatch.$Properties {
        }

        /** Represents an EndorsedBatch. */
        class EndorsedBatch {

            /**
             * Constructs a new EndorsedBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.batch.EndorsedBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndorsedBatch scheme. */
            scheme: string;

            /** EndorsedBatch root. */
            root: Uint8Array;

            /** EndorsedBatch leaves. */
            leaves: number;

            /** EndorsedBatch payload. */
            payload: Uint8Array;

            /** EndorsedBatch source_time_ms. */
            source_time_ms: (number|Long);

            /**
             * Creates a new EndorsedBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndorsedBatch instance
             */
            static create(properties: $root.weft.batch.EndorsedBatch.$Shape): $root.weft.batch.EndorsedBatch & $root.weft.batch.EndorsedBatch.$Shape;
            static create(properties?: $root.weft.batch.EndorsedBatch.$Properties): $root.weft.batch.EndorsedBatch;

            /**
             * Encodes the specified EndorsedBatch message. Does not implicitly {@link $root.weft.batch.EndorsedBatch.verify|verify} messages.
             * @param message EndorsedBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.batch.EndorsedBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EndorsedBatch message, length delimited. Does not implicitly {@link $root.weft.batch.EndorsedBatch.verify|verify} messages.
             * @param message EndorsedBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.batch.EndorsedBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndorsedBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.batch.EndorsedBatch & $root.weft.batch.EndorsedBatch.$Shape} EndorsedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.batch.EndorsedBatch & $root.weft.batch.EndorsedBatch.$Shape;

            /**
             * Decodes an EndorsedBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.batch.EndorsedBatch & $root.weft.batch.EndorsedBatch.$Shape} EndorsedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.batch.EndorsedBatch & $root.weft.batch.EndorsedBatch.$Shape;

            /**
             * Verifies an EndorsedBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EndorsedBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndorsedBatch
             */
            static fromObject(object: { [k: string]: any }): $root.weft.batch.EndorsedBatch;

            /**
             * Creates a plain object from an EndorsedBatch message. Also converts values to other types if specified.
             * @param message EndorsedBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.batch.EndorsedBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndorsedBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndorsedBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndorsedBatch {

            /** Properties of an EndorsedBatch. */
            interface $Properties {

                /** EndorsedBatch scheme */
                scheme?: (string|null);

                /** EndorsedBatch root */
                root?: (Uint8Array|null);

                /** EndorsedBatch leaves */
                leaves?: (number|null);

                /** EndorsedBatch payload */
                payload?: (Uint8Array|null);

                /** EndorsedBatch source_time_ms */
                source_time_ms?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndorsedBatch. */
            type $Shape = $root.weft.batch.EndorsedBatch.$Properties;
        }

        /**
         * Properties of a BatchLeaf.
         * @deprecated Use $root.weft.batch.BatchLeaf.$Properties instead.
         */
        interface IBatchLeaf extends $root.weft.batch.BatchLeaf.$Properties {
        }

        /** Represents a BatchLeaf. */
        class BatchLeaf {

            /**
             * Constructs a new BatchLeaf.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.batch.BatchLeaf.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchLeaf payload. */
            payload: Uint8Array;

            /** BatchLeaf salt. */
            salt: Uint8Array;

            /** BatchLeaf path. */
            path: Uint8Array[];

            /**
             * Creates a new BatchLeaf instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchLeaf instance
             */
            static create(properties: $root.weft.batch.BatchLeaf.$Shape): $root.weft.batch.BatchLeaf & $root.weft.batch.BatchLeaf.$Shape;
            static create(properties?: $root.weft.batch.BatchLeaf.$Properties): $root.weft.batch.BatchLeaf;

            /**
             * Encodes the specified BatchLeaf message. Does not implicitly {@link $root.weft.batch.BatchLeaf.verify|verify} messages.
             * @param message BatchLeaf message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.batch.BatchLeaf, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchLeaf message, length delimited. Does not implicitly {@link $root.weft.batch.BatchLeaf.verify|verify} messages.
             * @param message BatchLeaf message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.batch.BatchLeaf, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchLeaf message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.batch.BatchLeaf & $root.weft.batch.BatchLeaf.$Shape} BatchLeaf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.batch.BatchLeaf & $root.weft.batch.BatchLeaf.$Shape;

            /**
             * Decodes a BatchLeaf message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.batch.BatchLeaf & $root.weft.batch.BatchLeaf.$Shape} BatchLeaf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.batch.BatchLeaf & $root.weft.batch.BatchLeaf.$Shape;

            /**
             * Verifies a BatchLeaf message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchLeaf message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchLeaf
             */
            static fromObject(object: { [k: string]: any }): $root.weft.batch.BatchLeaf;

            /**
             * Creates a plain object from a BatchLeaf message. Also converts values to other types if specified.
             * @param message BatchLeaf
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.batch.BatchLeaf, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchLeaf to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchLeaf
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchLeaf {

            /** Properties of a BatchLeaf. */
            interface $Properties {

                /** BatchLeaf payload */
                payload?: (Uint8Array|null);

                /** BatchLeaf salt */
                salt?: (Uint8Array|null);

                /** BatchLeaf path */
                path?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchLeaf. */
            type $Shape = $root.weft.batch.BatchLeaf.$Properties;
        }

        /**
         * Properties of a BatchQuery.
         * @deprecated Use $root.weft.batch.BatchQuery.$Properties instead.
         */
        interface IBatchQuery extends $root.weft.batch.BatchQuery.$Properties {
        }

        /** Represents a BatchQuery. */
        class BatchQuery {

            /**
             * Constructs a new BatchQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.batch.BatchQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchQuery requests. */
            requests: $root.weft.batch.BatchQuery.Request[];

            /**
             * Creates a new BatchQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchQuery instance
             */
            static create(properties: $root.weft.batch.BatchQuery.$Shape): $root.weft.batch.BatchQuery & $root.weft.batch.BatchQuery.$Shape;
            static create(properties?: $root.weft.batch.BatchQuery.$Properties): $root.weft.batch.BatchQuery;

            /**
             * Encodes the specified BatchQuery message. Does not implicitly {@link $root.weft.batch.BatchQuery.verify|verify} messages.
             * @param message BatchQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.batch.BatchQuery, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BatchQuery message, length delimited. Does not implicitly {@link $root.weft.batch.BatchQuery.verify|verify} messages.
             * @param message BatchQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.batch.BatchQuery, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.batch.BatchQuery & $root.weft.batch.BatchQuery.$Shape} BatchQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.batch.BatchQuery & $root.weft.batch.BatchQuery.$Shape;

            /**
             * Decodes a BatchQuery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.batch.BatchQuery & $root.weft.batch.BatchQuery.$Shape} BatchQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.batch.BatchQuery & $root.weft.batch.BatchQuery.$Shape;

            /**
             * Verifies a BatchQuery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchQuery
             */
            static fromObject(object: { [k: string]: any }): $root.weft.batch.BatchQuery;

            /**
             * Creates a plain object from a BatchQuery message. Also converts values to other types if specified.
             * @param message BatchQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.batch.BatchQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchQuery {

            /** Properties of a BatchQuery. */
            interface $Properties {

                /** BatchQuery requests */
                requests?: ($root.weft.batch.BatchQuery.Request[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchQuery. */
            type $Shape = $root.weft.batch.BatchQuery.$Properties;

            /**
             * Properties of a Request.
             * @deprecated Use $root.weft.batch.BatchQuery.Request.$Properties instead.
             */
            interface IRequest extends $root.weft.batch.BatchQuery.Request.$Properties {
            }

            /** Represents a Request. */
            class Request {

                /**
                 * Constructs a new Request.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: $root.weft.batch.BatchQuery.Request.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Request nonce. */
                nonce: string;

                /** Request certificate. */
                certificate: string;

                /** Request signature. */
                signature: string;

                /**
                 * Creates a new Request instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Request instance
                 */
                static create(properties: $root.weft.batch.BatchQuery.Request.$Shape): $root.weft.batch.BatchQuery.Request & $root.weft.batch.BatchQuery.Request.$Shape;
                static create(properties?: $root.weft.batch.BatchQuery.Request.$Properties): $root.weft.batch.BatchQuery.Request;

                /**
                 * Encodes the specified Request message. Does not implicitly {@link $root.weft.batch.BatchQuery.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: $root.weft.batch.BatchQuery.Request, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Request message, length delimited. Does not implicitly {@link $root.weft.batch.BatchQuery.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: $root.weft.batch.BatchQuery.Request, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {$root.weft.batch.BatchQuery.Request & $root.weft.batch.BatchQuery.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.batch.BatchQuery.Request & $root.weft.batch.BatchQuery.Request.$Shape;

                /**
                 * Decodes a Request message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {$root.weft.batch.BatchQuery.Request & $root.weft.batch.BatchQuery.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.batch.BatchQuery.Request & $root.weft.batch.BatchQuery.Request.$Shape;

                /**
                 * Verifies a Request message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Request message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Request
                 */
                static fromObject(object: { [k: string]: any }): $root.weft.batch.BatchQuery.Request;

                /**
                 * Creates a plain object from a Request message. Also converts values to other types if specified.
                 * @param message Request
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: $root.weft.batch.BatchQuery.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Request to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Request
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Request {

                /** Properties of a Request. */
                interface $Properties {

                    /** Request nonce */
                    nonce?: (string|null);

                    /** Request certificate */
                    certificate?: (string|null);

                    /** Request signature */
                    signature?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Request. */
                type $Shape = $root.weft.batch.BatchQuery.Request.$Properties;
            }
        }
    }

    /** Namespace events. */
    namespace events {

        /**
         * Properties of an EventRecord.
         * @deprecated Use $root.weft.events.EventRecord.$Properties instead.
         */
        interface IEventRecord extends $root.weft.events.EventRecord.$Properties {
        }

        /** Represents an EventRecord. */
        class EventRecord {

            /**
             * Constructs a new EventRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.EventRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventRecord stream. */
            stream: string;

            /** EventRecord sequence. */
            sequence: (number|Long);

            /** EventRecord name. */
            name: string;

            /** EventRecord payload. */
            payload: Uint8Array;

            /** EventRecord tx_id. */
            tx_id: string;

            /** EventRecord block_number. */
            block_number: (number|Long);

            /** EventRecord source_time_ms. */
            source_time_ms: (number|Long);

            /**
             * Creates a new EventRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventRecord instance
             */
            static create(properties: $root.weft.events.EventRecord.$Shape): $root.weft.events.EventRecord & $root.weft.events.EventRecord.$Shape;
            static create(properties?: $root.weft.events.EventRecord.$Properties): $root.weft.events.EventRecord;

            /**
             * Encodes the specified EventRecord message. Does not implicitly {@link $root.weft.events.EventRecord.verify|verify} messages.
             * @param message EventRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.EventRecord, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventRecord message, length delimited. Does not implicitly {@link $root.weft.events.EventRecord.verify|verify} messages.
             * @param message EventRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.EventRecord, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.EventRecord & $root.weft.events.EventRecord.$Shape} EventRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.EventRecord & $root.weft.events.EventRecord.$Shape;

            /**
             * Decodes an EventRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.EventRecord & $root.weft.events.EventRecord.$Shape} EventRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.EventRecord & $root.weft.events.EventRecord.$Shape;

            /**
             * Verifies an EventRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventRecord
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.EventRecord;

            /**
             * Creates a plain object from an EventRecord message. Also converts values to other types if specified.
             * @param message EventRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.EventRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventRecord {

            /** Properties of an EventRecord. */
            interface $Properties {

                /** EventRecord stream */
                stream?: (string|null);

                /** EventRecord sequence */
                sequence?: (number|Long|null);

                /** EventRecord name */
                name?: (string|null);

                /** EventRecord payload */
                payload?: (Uint8Array|null);

                /** EventRecord tx_id */
                tx_id?: (string|null);

                /** EventRecord block_number */
                block_number?: (number|Long|null);

                /** EventRecord source_time_ms */
                source_time_ms?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventRecord. */
            type $Shape = $root.weft.events.EventRecord.$Properties;
        }

        /**
         * Properties of an EventRecords.
         * @deprecated Use $root.weft.events.EventRecords.$Properties instead.
         */
        interface IEventRecords extends $root.weft.events.EventRecords.$Properties {
        }

        /** Represents an EventRecords. */
        class EventRecords {

            /**
             * Constructs a new EventRecords.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.EventRecords.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventRecords records. */
            records: $root.weft.events.EventRecord[];

            /**
             * Creates a new EventRecords instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventRecords instance
             */
            static create(properties: $root.weft.events.EventRecords.$Shape): $root.weft.events.EventRecords & $root.weft.events.EventRecords.$Shape;
            static create(properties?: $root.weft.events.EventRecords.$Properties): $root.weft.events.EventRecords;

            /**
             * Encodes the specified EventRecords message. Does not implicitly {@link $root.weft.events.EventRecords.verify|verify} messages.
             * @param message EventRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.EventRecords, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventRecords message, length delimited. Does not implicitly {@link $root.weft.events.EventRecords.verify|verify} messages.
             * @param message EventRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.EventRecords, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventRecords message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.EventRecords & $root.weft.events.EventRecords.$Shape} EventRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.EventRecords & $root.weft.events.EventRecords.$Shape;

            /**
             * Decodes an EventRecords message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.EventRecords & $root.weft.events.EventRecords.$Shape} EventRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.EventRecords & $root.weft.events.EventRecords.$Shape;

            /**
             * Verifies an EventRecords message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventRecords message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventRecords
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.EventRecords;

            /**
             * Creates a plain object from an EventRecords message. Also converts values to other types if specified.
             * @param message EventRecords
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.EventRecords, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventRecords to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventRecords
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventRecords {

            /** Properties of an EventRecords. */
            interface $Properties {

                /** EventRecords records */
                records?: ($root.weft.events.EventRecord[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventRecords. */
            type $Shape = $root.weft.events.EventRecords.$Properties;
        }

        /**
         * Properties of a WatchEventsRequest.
         * @deprecated Use $root.weft.events.WatchEventsRequest.$Properties instead.
         */
        interface IWatchEventsRequest extends $root.weft.events.WatchEventsRequest.$Properties {
        }

        /** Represents a WatchEventsRequest. */
        class WatchEventsRequest {

            /**
             * Constructs a new WatchEventsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.WatchEventsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchEventsRequest request_id. */
            request_id: string;

            /** WatchEventsRequest from_sequence. */
            from_sequence: (number|Long);

            /**
             * Creates a new WatchEventsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchEventsRequest instance
             */
            static create(properties: $root.weft.events.WatchEventsRequest.$Shape): $root.weft.events.WatchEventsRequest & $root.weft.events.WatchEventsRequest.$Shape;
            static create(properties?: $root.weft.events.WatchEventsRequest.$Properties): $root.weft.events.WatchEventsRequest;

            /**
             * Encodes the specified WatchEventsRequest message. Does not implicitly {@link $root.weft.events.WatchEventsRequest.verify|verify} messages.
             * @param message WatchEventsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.WatchEventsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchEventsRequest message, length delimited. Does not implicitly {@link $root.weft.events.WatchEventsRequest.verify|verify} messages.
             * @param message WatchEventsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.WatchEventsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchEventsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.WatchEventsRequest & $root.weft.events.WatchEventsRequest.$Shape} WatchEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.WatchEventsRequest & $root.weft.events.WatchEventsRequest.$Shape;

            /**
             * Decodes a WatchEventsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.WatchEventsRequest & $root.weft.events.WatchEventsRequest.$Shape} WatchEventsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.WatchEventsRequest & $root.weft.events.WatchEventsRequest.$Shape;

            /**
             * Verifies a WatchEventsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchEventsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchEventsRequest
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.WatchEventsRequest;

            /**
             * Creates a plain object from a WatchEventsRequest message. Also converts values to other types if specified.
             * @param message WatchEventsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.WatchEventsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchEventsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchEventsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchEventsRequest {

            /** Properties of a WatchEventsRequest. */
            interface $Properties {

                /** WatchEventsRequest request_id */
                request_id?: (string|null);

                /** WatchEventsRequest from_sequence */
                from_sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchEventsRequest. */
            type $Shape = $root.weft.events.WatchEventsRequest.$Properties;
        }

        /**
         * Properties of a DeadLettersRequest.
         * @deprecated Use $root.weft.events.DeadLettersRequest.$Properties instead.
         */
        interface IDeadLettersRequest extends $root.weft.events.DeadLettersRequest.$Properties {
        }

        /** Represents a DeadLettersRequest. */
        class DeadLettersRequest {

            /**
             * Constructs a new DeadLettersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.DeadLettersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeadLettersRequest subscription. */
            subscription: string;

            /**
             * Creates a new DeadLettersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeadLettersRequest instance
             */
            static create(properties: $root.weft.events.DeadLettersRequest.$Shape): $root.weft.events.DeadLettersRequest & $root.weft.events.DeadLettersRequest.$Shape;
            static create(properties?: $root.weft.events.DeadLettersRequest.$Properties): $root.weft.events.DeadLettersRequest;

            /**
             * Encodes the specified DeadLettersRequest message. Does not implicitly {@link $root.weft.events.DeadLettersRequest.verify|verify} messages.
             * @param message DeadLettersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.DeadLettersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeadLettersRequest message, length delimited. Does not implicitly {@link $root.weft.events.DeadLettersRequest.verify|verify} messages.
             * @param message DeadLettersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.DeadLettersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeadLettersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.DeadLettersRequest & $root.weft.events.DeadLettersRequest.$Shape} DeadLettersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.DeadLettersRequest & $root.weft.events.DeadLettersRequest.$Shape;

            /**
             * Decodes a DeadLettersRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.DeadLettersRequest & $root.weft.events.DeadLettersRequest.$Shape} DeadLettersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.DeadLettersRequest & $root.weft.events.DeadLettersRequest.$Shape;

            /**
             * Verifies a DeadLettersRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeadLettersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeadLettersRequest
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.DeadLettersRequest;

            /**
             * Creates a plain object from a DeadLettersRequest message. Also converts values to other types if specified.
             * @param message DeadLettersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.DeadLettersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeadLettersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeadLettersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeadLettersRequest {

            /** Properties of a DeadLettersRequest. */
            interface $Properties {

                /** DeadLettersRequest subscription */
                subscription?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeadLettersRequest. */
            type $Shape = $root.weft.events.DeadLettersRequest.$Properties;
        }

        /**
         * Properties of a DeadLetter.
         * @deprecated Use $root.weft.events.DeadLetter.$Properties instead.
         */
        interface IDeadLetter extends $root.weft.events.DeadLetter.$Properties {
        }

        /** Represents a DeadLetter. */
        class DeadLetter {

            /**
             * Constructs a new DeadLetter.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.DeadLetter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeadLetter key. */
            key: string;

            /** DeadLetter subscription. */
            subscription: string;

            /** DeadLetter sequence. */
            sequence: (number|Long);

            /** DeadLetter url. */
            url: string;

            /** DeadLetter attempts. */
            attempts: number;

            /** DeadLetter queued_at_ms. */
            queued_at_ms: (number|Long);

            /** DeadLetter updated_at_ms. */
            updated_at_ms: (number|Long);

            /** DeadLetter last_error. */
            last_error: string;

            /** DeadLetter event_id. */
            event_id: string;

            /**
             * Creates a new DeadLetter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeadLetter instance
             */
            static create(properties: $root.weft.events.DeadLetter.$Shape): $root.weft.events.DeadLetter & $root.weft.events.DeadLetter.$Shape;
            static create(properties?: $root.weft.events.DeadLetter.$Properties): $root.weft.events.DeadLetter;

            /**
             * Encodes the specified DeadLetter message. Does not implicitly {@link $root.weft.events.DeadLetter.verify|verify} messages.
             * @param message DeadLetter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.DeadLetter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeadLetter message, length delimited. Does not implicitly {@link $root.weft.events.DeadLetter.verify|verify} messages.
             * @param message DeadLetter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.DeadLetter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeadLetter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.DeadLetter & $root.weft.events.DeadLetter.$Shape} DeadLetter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.DeadLetter & $root.weft.events.DeadLetter.$Shape;

            /**
             * Decodes a DeadLetter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.DeadLetter & $root.weft.events.DeadLetter.$Shape} DeadLetter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.DeadLetter & $root.weft.events.DeadLetter.$Shape;

            /**
             * Verifies a DeadLetter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeadLetter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeadLetter
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.DeadLetter;

            /**
             * Creates a plain object from a DeadLetter message. Also converts values to other types if specified.
             * @param message DeadLetter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.DeadLetter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeadLetter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeadLetter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeadLetter {

            /** Properties of a DeadLetter. */
            interface $Properties {

                /** DeadLetter key */
                key?: (string|null);

                /** DeadLetter subscription */
                subscription?: (string|null);

                /** DeadLetter sequence */
                sequence?: (number|Long|null);

                /** DeadLetter url */
                url?: (string|null);

                /** DeadLetter attempts */
                attempts?: (number|null);

                /** DeadLetter queued_at_ms */
                queued_at_ms?: (number|Long|null);

                /** DeadLetter updated_at_ms */
                updated_at_ms?: (number|Long|null);

                /** DeadLetter last_error */
                last_error?: (string|null);

                /** DeadLetter event_id */
                event_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeadLetter. */
            type $Shape = $root.weft.events.DeadLetter.$Properties;
        }

        /**
         * Properties of a DeadLetters.
         * @deprecated Use $root.weft.events.DeadLetters.$Properties instead.
         */
        interface IDeadLetters extends $root.weft.events.DeadLetters.$Properties {
        }

        /** Represents a DeadLetters. */
        class DeadLetters {

            /**
             * Constructs a new DeadLetters.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.DeadLetters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeadLetters dead_letters. */
            dead_letters: $root.weft.events.DeadLetter[];

            /**
             * Creates a new DeadLetters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeadLetters instance
             */
            static create(properties: $root.weft.events.DeadLetters.$Shape): $root.weft.events.DeadLetters & $root.weft.events.DeadLetters.$Shape;
            static create(properties?: $root.weft.events.DeadLetters.$Properties): $root.weft.events.DeadLetters;

            /**
             * Encodes the specified DeadLetters message. Does not implicitly {@link $root.weft.events.DeadLetters.verify|verify} messages.
             * @param message DeadLetters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.DeadLetters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeadLetters message, length delimited. Does not implicitly {@link $root.weft.events.DeadLetters.verify|verify} messages.
             * @param message DeadLetters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.DeadLetters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeadLetters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.DeadLetters & $root.weft.events.DeadLetters.$Shape} DeadLetters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.DeadLetters & $root.weft.events.DeadLetters.$Shape;

            /**
             * Decodes a DeadLetters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.DeadLetters & $root.weft.events.DeadLetters.$Shape} DeadLetters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.DeadLetters & $root.weft.events.DeadLetters.$Shape;

            /**
             * Verifies a DeadLetters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeadLetters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeadLetters
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.DeadLetters;

            /**
             * Creates a plain object from a DeadLetters message. Also converts values to other types if specified.
             * @param message DeadLetters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.DeadLetters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeadLetters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeadLetters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeadLetters {

            /** Properties of a DeadLetters. */
            interface $Properties {

                /** DeadLetters dead_letters */
                dead_letters?: ($root.weft.events.DeadLetter[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeadLetters. */
            type $Shape = $root.weft.events.DeadLetters.$Properties;
        }

        /**
         * Properties of a DeadLetterKey.
         * @deprecated Use $root.weft.events.DeadLetterKey.$Properties instead.
         */
        interface IDeadLetterKey extends $root.weft.events.DeadLetterKey.$Properties {
        }

        /** Represents a DeadLetterKey. */
        class DeadLetterKey {

            /**
             * Constructs a new DeadLetterKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.DeadLetterKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeadLetterKey key. */
            key: string;

            /**
             * Creates a new DeadLetterKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeadLetterKey instance
             */
            static create(properties: $root.weft.events.DeadLetterKey.$Shape): $root.weft.events.DeadLetterKey & $root.weft.events.DeadLetterKey.$Shape;
            static create(properties?: $root.weft.events.DeadLetterKey.$Properties): $root.weft.events.DeadLetterKey;

            /**
             * Encodes the specified DeadLetterKey message. Does not implicitly {@link $root.weft.events.DeadLetterKey.verify|verify} messages.
             * @param message DeadLetterKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.DeadLetterKey, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeadLetterKey message, length delimited. Does not implicitly {@link $root.weft.events.DeadLetterKey.verify|verify} messages.
             * @param message DeadLetterKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.DeadLetterKey, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeadLetterKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.DeadLetterKey & $root.weft.events.DeadLetterKey.$Shape} DeadLetterKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.DeadLetterKey & $root.weft.events.DeadLetterKey.$Shape;

            /**
             * Decodes a DeadLetterKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.DeadLetterKey & $root.weft.events.DeadLetterKey.$Shape} DeadLetterKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.DeadLetterKey & $root.weft.events.DeadLetterKey.$Shape;

            /**
             * Verifies a DeadLetterKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeadLetterKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeadLetterKey
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.DeadLetterKey;

            /**
             * Creates a plain object from a DeadLetterKey message. Also converts values to other types if specified.
             * @param message DeadLetterKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.DeadLetterKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeadLetterKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeadLetterKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeadLetterKey {

            /** Properties of a DeadLetterKey. */
            interface $Properties {

                /** DeadLetterKey key */
                key?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeadLetterKey. */
            type $Shape = $root.weft.events.DeadLetterKey.$Properties;
        }

        /**
         * Properties of a RotateWebhookSecretRequest.
         * @deprecated Use $root.weft.events.RotateWebhookSecretRequest.$Properties instead.
         */
        interface IRotateWebhookSecretRequest extends $root.weft.events.RotateWebhookSecretRequest.$Properties {
        }

        /** Represents a RotateWebhookSecretRequest. */
        class RotateWebhookSecretRequest {

            /**
             * Constructs a new RotateWebhookSecretRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.RotateWebhookSecretRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotateWebhookSecretRequest subscription. */
            subscription: string;

            /**
             * Creates a new RotateWebhookSecretRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotateWebhookSecretRequest instance
             */
            static create(properties: $root.weft.events.RotateWebhookSecretRequest.$Shape): $root.weft.events.RotateWebhookSecretRequest & $root.weft.events.RotateWebhookSecretRequest.$Shape;
            static create(properties?: $root.weft.events.RotateWebhookSecretRequest.$Properties): $root.weft.events.RotateWebhookSecretRequest;

            /**
             * Encodes the specified RotateWebhookSecretRequest message. Does not implicitly {@link $root.weft.events.RotateWebhookSecretRequest.verify|verify} messages.
             * @param message RotateWebhookSecretRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.RotateWebhookSecretRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RotateWebhookSecretRequest message, length delimited. Does not implicitly {@link $root.weft.events.RotateWebhookSecretRequest.verify|verify} messages.
             * @param message RotateWebhookSecretRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.RotateWebhookSecretRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotateWebhookSecretRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.RotateWebhookSecretRequest & $root.weft.events.RotateWebhookSecretRequest.$Shape} RotateWebhookSecretRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.RotateWebhookSecretRequest & $root.weft.events.RotateWebhookSecretRequest.$Shape;

            /**
             * Decodes a RotateWebhookSecretRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.RotateWebhookSecretRequest & $root.weft.events.RotateWebhookSecretRequest.$Shape} RotateWebhookSecretRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.RotateWebhookSecretRequest & $root.weft.events.RotateWebhookSecretRequest.$Shape;

            /**
             * Verifies a RotateWebhookSecretRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RotateWebhookSecretRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RotateWebhookSecretRequest
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.RotateWebhookSecretRequest;

            /**
             * Creates a plain object from a RotateWebhookSecretRequest message. Also converts values to other types if specified.
             * @param message RotateWebhookSecretRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.RotateWebhookSecretRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RotateWebhookSecretRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RotateWebhookSecretRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RotateWebhookSecretRequest {

            /** Properties of a RotateWebhookSecretRequest. */
            interface $Properties {

                /** RotateWebhookSecretRequest subscription */
                subscription?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotateWebhookSecretRequest. */
            type $Shape = $root.weft.events.RotateWebhookSecretRequest.$Properties;
        }

        /**
         * Properties of a RotatedWebhookSecret.
         * @deprecated Use $root.weft.events.RotatedWebhookSecret.$Properties instead.
         */
        interface IRotatedWebhookSecret extends $root.weft.events.RotatedWebhookSecret.$Properties {
        }

        /** Represents a RotatedWebhookSecret. */
        class RotatedWebhookSecret {

            /**
             * Constructs a new RotatedWebhookSecret.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.events.RotatedWebhookSecret.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RotatedWebhookSecret subscription. */
            subscription: string;

            /** RotatedWebhookSecret secret. */
            secret: string;

            /** RotatedWebhookSecret previous_until_ms. */
            previous_until_ms: (number|Long);

            /**
             * Creates a new RotatedWebhookSecret instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RotatedWebhookSecret instance
             */
            static create(properties: $root.weft.events.RotatedWebhookSecret.$Shape): $root.weft.events.RotatedWebhookSecret & $root.weft.events.RotatedWebhookSecret.$Shape;
            static create(properties?: $root.weft.events.RotatedWebhookSecret.$Properties): $root.weft.events.RotatedWebhookSecret;

            /**
             * Encodes the specified RotatedWebhookSecret message. Does not implicitly {@link $root.weft.events.RotatedWebhookSecret.verify|verify} messages.
             * @param message RotatedWebhookSecret message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.events.RotatedWebhookSecret, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RotatedWebhookSecret message, length delimited. Does not implicitly {@link $root.weft.events.RotatedWebhookSecret.verify|verify} messages.
             * @param message RotatedWebhookSecret message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.events.RotatedWebhookSecret, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RotatedWebhookSecret message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.events.RotatedWebhookSecret & $root.weft.events.RotatedWebhookSecret.$Shape} RotatedWebhookSecret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.events.RotatedWebhookSecret & $root.weft.events.RotatedWebhookSecret.$Shape;

            /**
             * Decodes a RotatedWebhookSecret message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.events.RotatedWebhookSecret & $root.weft.events.RotatedWebhookSecret.$Shape} RotatedWebhookSecret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.events.RotatedWebhookSecret & $root.weft.events.RotatedWebhookSecret.$Shape;

            /**
             * Verifies a RotatedWebhookSecret message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RotatedWebhookSecret message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RotatedWebhookSecret
             */
            static fromObject(object: { [k: string]: any }): $root.weft.events.RotatedWebhookSecret;

            /**
             * Creates a plain object from a RotatedWebhookSecret message. Also converts values to other types if specified.
             * @param message RotatedWebhookSecret
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.events.RotatedWebhookSecret, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RotatedWebhookSecret to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RotatedWebhookSecret
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RotatedWebhookSecret {

            /** Properties of a RotatedWebhookSecret. */
            interface $Properties {

                /** RotatedWebhookSecret subscription */
                subscription?: (string|null);

                /** RotatedWebhookSecret secret */
                secret?: (string|null);

                /** RotatedWebhookSecret previous_until_ms */
                previous_until_ms?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RotatedWebhookSecret. */
            type $Shape = $root.weft.events.RotatedWebhookSecret.$Properties;
        }
    }

    /** Namespace evm. */
    namespace evm {

        /**
         * Properties of an EvmView.
         * @deprecated Use $root.weft.evm.EvmView.$Properties instead.
         */
        interface IEvmView extends $root.weft.evm.EvmView.$Properties {
        }

        /** Represents an EvmView. */
        class EvmView {

            /**
             * Constructs a new EvmView.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.evm.EvmView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvmView network_id. */
            network_id: string;

            /** EvmView chain_id. */
            chain_id: (number|Long);

            /** EvmView block_number. */
            block_number: (number|Long);

            /** EvmView block_hash. */
            block_hash: Uint8Array;

            /** EvmView view_address. */
            view_address: string;

            /** EvmView target. */
            target: Uint8Array;

            /** EvmView kind. */
            kind: number;

            /** EvmView call_data. */
            call_data: Uint8Array;

            /** EvmView result. */
            result: Uint8Array;

            /** EvmView nonce. */
            nonce: string;

            /** EvmView requester. */
            requester: string;

            /** EvmView attestations. */
            attestations: $root.weft.evm.Attestation[];

            /** EvmView storage_proof. */
            storage_proof?: ($root.weft.evm.StorageProof|null);

            /** EvmView block_timestamp. */
            block_timestamp: (number|Long);

            /** EvmView receipt_proof. */
            receipt_proof?: ($root.weft.evm.ReceiptProof|null);

            /**
             * Creates a new EvmView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvmView instance
             */
            static create(properties: $root.weft.evm.EvmView.$Shape): $root.weft.evm.EvmView & $root.weft.evm.EvmView.$Shape;
            static create(properties?: $root.weft.evm.EvmView.$Properties): $root.weft.evm.EvmView;

            /**
             * Encodes the specified EvmView message. Does not implicitly {@link $root.weft.evm.EvmView.verify|verify} messages.
             * @param message EvmView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.evm.EvmView, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvmView message, length delimited. Does not implicitly {@link $root.weft.evm.EvmView.verify|verify} messages.
             * @param message EvmView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.evm.EvmView, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvmView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.evm.EvmView & $root.weft.evm.EvmView.$Shape} EvmView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.evm.EvmView & $root.weft.evm.EvmView.$Shape;

            /**
             * Decodes an EvmView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.evm.EvmView & $root.weft.evm.EvmView.$Shape} EvmView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.evm.EvmView & $root.weft.evm.EvmView.$Shape;

            /**
             * Verifies an EvmView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvmView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvmView
             */
            static fromObject(object: { [k: string]: any }): $root.weft.evm.EvmView;

            /**
             * Creates a plain object from an EvmView message. Also converts values to other types if specified.
             * @param message EvmView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.evm.EvmView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvmView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvmView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvmView {

            /** Properties of an EvmView. */
            interface $Properties {

                /** EvmView network_id */
                network_id?: (string|null);

                /** EvmView chain_id */
                chain_id?: (number|Long|null);

                /** EvmView block_number */
                block_number?: (number|Long|null);

                /** EvmView block_hash */
                block_hash?: (Uint8Array|null);

                /** EvmView view_address */
                view_address?: (string|null);

                /** EvmView target */
                target?: (Uint8Array|null);

                /** EvmView kind */
                kind?: (number|null);

                /** EvmView call_data */
                call_data?: (Uint8Array|null);

                /** EvmView result */
                result?: (Uint8Array|null);

                /** EvmView nonce */
                nonce?: (string|null);

                /** EvmView requester */
                requester?: (string|null);

                /** EvmView attestations */
                attestations?: ($root.weft.evm.Attestation[]|null);

                /** EvmView storage_proof */
                storage_proof?: ($root.weft.evm.StorageProof|null);

                /** EvmView block_timestamp */
                block_timestamp?: (number|Long|null);

                /** EvmView receipt_proof */
                receipt_proof?: ($root.weft.evm.ReceiptProof|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvmView. */
            type $Shape = $root.weft.evm.EvmView.$Properties;
        }

        /**
         * Properties of a ReceiptProof.
         * @deprecated Use $root.weft.evm.ReceiptProof.$Properties instead.
         */
        interface IReceiptProof extends $root.weft.evm.ReceiptProof.$Properties {
        }

        /** Represents a ReceiptProof. */
        class ReceiptProof {

            /**
             * Constructs a new ReceiptProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.evm.ReceiptProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptProof header. */
            header: Uint8Array;

            /** ReceiptProof proof. */
            proof: Uint8Array[];

            /**
             * Creates a new ReceiptProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptProof instance
             */
            static create(properties: $root.weft.evm.ReceiptProof.$Shape): $root.weft.evm.ReceiptProof & $root.weft.evm.ReceiptProof.$Shape;
            static create(properties?: $root.weft.evm.ReceiptProof.$Properties): $root.weft.evm.ReceiptProof;

            /**
             * Encodes the specified ReceiptProof message. Does not implicitly {@link $root.weft.evm.ReceiptProof.verify|verify} messages.
             * @param message ReceiptProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.evm.ReceiptProof, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReceiptProof message, length delimited. Does not implicitly {@link $root.weft.evm.ReceiptProof.verify|verify} messages.
             * @param message ReceiptProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.evm.ReceiptProof, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.evm.ReceiptProof & $root.weft.evm.ReceiptProof.$Shape} ReceiptProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.evm.ReceiptProof & $root.weft.evm.ReceiptProof.$Shape;

            /**
             * Decodes a ReceiptProof message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.evm.ReceiptProof & $root.weft.evm.ReceiptProof.$Shape} ReceiptProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.evm.ReceiptProof & $root.weft.evm.ReceiptProof.$Shape;

            /**
             * Verifies a ReceiptProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReceiptProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptProof
             */
            static fromObject(object: { [k: string]: any }): $root.weft.evm.ReceiptProof;

            /**
             * Creates a plain object from a ReceiptProof message. Also converts values to other types if specified.
             * @param message ReceiptProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.evm.ReceiptProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptProof {

            /** Properties of a ReceiptProof. */
            interface $Properties {

                /** ReceiptProof header */
                header?: (Uint8Array|null);

                /** ReceiptProof proof */
                proof?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptProof. */
            type $Shape = $root.weft.evm.ReceiptProof.$Properties;
        }

        /**
         * Properties of an Attestation.
         * @deprecated Use $root.weft.evm.Attestation.$Properties instead.
         */
        interface IAttestation extends $root.weft.evm.Attestation.$Properties {
        }

        /** Represents an Attestation. */
        class Attestation {

            /**
             * Constructs a new Attestation.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.evm.Attestation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attestation signer. */
            signer: Uint8Array;

            /** Attestation signature. */
            signature: Uint8Array;

            /**
             * Creates a new Attestation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attestation instance
             */
            static create(properties: $root.weft.evm.Attestation.$Shape): $root.weft.evm.Attestation & $root.weft.evm.Attestation.$Shape;
            static create(properties?: $root.weft.evm.Attestation.$Properties): $root.weft.evm.Attestation;

            /**
             * Encodes the specified Attestation message. Does not implicitly {@link $root.weft.evm.Attestation.verify|verify} messages.
             * @param message Attestation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.evm.Attestation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Attestation message, length delimited. Does not implicitly {@link $root.weft.evm.Attestation.verify|verify} messages.
             * @param message Attestation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.evm.Attestation, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attestation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.evm.Attestation & $root.weft.evm.Attestation.$Shape} Attestation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.evm.Attestation & $root.weft.evm.Attestation.$Shape;

            /**
             * Decodes an Attestation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.evm.Attestation & $root.weft.evm.Attestation.$Shape} Attestation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.evm.Attestation & $root.weft.evm.Attestation.$Shape;

            /**
             * Verifies an Attestation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Attestation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Attestation
             */
            static fromObject(object: { [k: string]: any }): $root.weft.evm.Attestation;

            /**
             * Creates a plain object from an Attestation message. Also converts values to other types if specified.
             * @param message Attestation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.evm.Attestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Attestation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Attestation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Attestation {

            /** Properties of an Attestation. */
            interface $Properties {

                /** Attestation signer */
                signer?: (Uint8Array|null);

                /** Attestation signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attestation. */
            type $Shape = $root.weft.evm.Attestation.$Properties;
        }

        /**
         * Properties of a StorageProof.
         * @deprecated Use $root.weft.evm.StorageProof.$Properties instead.
         */
        interface IStorageProof extends $root.weft.evm.StorageProof.$Properties {
        }

        /** Represents a StorageProof. */
        class StorageProof {

            /**
             * Constructs a new StorageProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.evm.StorageProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StorageProof header. */
            header: Uint8Array;

            /** StorageProof account_proof. */
            account_proof: Uint8Array[];

            /** StorageProof storage_proof. */
            storage_proof: Uint8Array[];

            /**
             * Creates a new StorageProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StorageProof instance
             */
            static create(properties: $root.weft.evm.StorageProof.$Shape): $root.weft.evm.StorageProof & $root.weft.evm.StorageProof.$Shape;
            static create(properties?: $root.weft.evm.StorageProof.$Properties): $root.weft.evm.StorageProof;

            /**
             * Encodes the specified StorageProof message. Does not implicitly {@link $root.weft.evm.StorageProof.verify|verify} messages.
             * @param message StorageProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.evm.StorageProof, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StorageProof message, length delimited. Does not implicitly {@link $root.weft.evm.StorageProof.verify|verify} messages.
             * @param message StorageProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.evm.StorageProof, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StorageProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.evm.StorageProof & $root.weft.evm.StorageProof.$Shape} StorageProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.evm.StorageProof & $root.weft.evm.StorageProof.$Shape;

            /**
             * Decodes a StorageProof message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.evm.StorageProof & $root.weft.evm.StorageProof.$Shape} StorageProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.evm.StorageProof & $root.weft.evm.StorageProof.$Shape;

            /**
             * Verifies a StorageProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StorageProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StorageProof
             */
            static fromObject(object: { [k: string]: any }): $root.weft.evm.StorageProof;

            /**
             * Creates a plain object from a StorageProof message. Also converts values to other types if specified.
             * @param message StorageProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.evm.StorageProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StorageProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StorageProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StorageProof {

            /** Properties of a StorageProof. */
            interface $Properties {

                /** StorageProof header */
                header?: (Uint8Array|null);

                /** StorageProof account_proof */
                account_proof?: (Uint8Array[]|null);

                /** StorageProof storage_proof */
                storage_proof?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StorageProof. */
            type $Shape = $root.weft.evm.StorageProof.$Properties;
        }

        /**
         * Properties of an AttestRequest.
         * @deprecated Use $root.weft.evm.AttestRequest.$Properties instead.
         */
        interface IAttestRequest extends $root.weft.evm.AttestRequest.$Properties {
        }

        /** Represents an AttestRequest. */
        class AttestRequest {

            /**
             * Constructs a new AttestRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.evm.AttestRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttestRequest view_address. */
            view_address: string;

            /** AttestRequest nonce. */
            nonce: string;

            /** AttestRequest requesting_network. */
            requesting_network: string;

            /** AttestRequest requester. */
            requester: string;

            /** AttestRequest requester_signature. */
            requester_signature: string;

            /** AttestRequest block_number. */
            block_number: (number|Long);

            /** AttestRequest block_hash. */
            block_hash: Uint8Array;

            /** AttestRequest sequence. */
            sequence: (number|Long);

            /** AttestRequest tx_index. */
            tx_index: number;

            /** AttestRequest log_index. */
            log_index: number;

            /**
             * Creates a new AttestRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttestRequest instance
             */
            static create(properties: $root.weft.evm.AttestRequest.$Shape): $root.weft.evm.AttestRequest & $root.weft.evm.AttestRequest.$Shape;
            static create(properties?: $root.weft.evm.AttestRequest.$Properties): $root.weft.evm.AttestRequest;

            /**
             * Encodes the specified AttestRequest message. Does not implicitly {@link $root.weft.evm.AttestRequest.verify|verify} messages.
             * @param message AttestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.evm.AttestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AttestRequest message, length delimited. Does not implicitly {@link $root.weft.evm.AttestRequest.verify|verify} messages.
             * @param message AttestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.evm.AttestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttestRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.evm.AttestRequest & $root.weft.evm.AttestRequest.$Shape} AttestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.evm.AttestRequest & $root.weft.evm.AttestRequest.$Shape;

            /**
             * Decodes an AttestRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.evm.AttestRequest & $root.weft.evm.AttestRequest.$Shape} AttestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.evm.AttestRequest & $root.weft.evm.AttestRequest.$Shape;

            /**
             * Verifies an AttestRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttestRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttestRequest
             */
            static fromObject(object: { [k: string]: any }): $root.weft.evm.AttestRequest;

            /**
             * Creates a plain object from an AttestRequest message. Also converts values to other types if specified.
             * @param message AttestRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.evm.AttestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttestRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttestRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttestRequest {

            /** Properties of an AttestRequest. */
            interface $Properties {

                /** AttestRequest view_address */
                view_address?: (string|null);

                /** AttestRequest nonce */
                nonce?: (string|null);

                /** AttestRequest requesting_network */
                requesting_network?: (string|null);

                /** AttestRequest requester */
                requester?: (string|null);

                /** AttestRequest requester_signature */
                requester_signature?: (string|null);

                /** AttestRequest block_number */
                block_number?: (number|Long|null);

                /** AttestRequest block_hash */
                block_hash?: (Uint8Array|null);

                /** AttestRequest sequence */
                sequence?: (number|Long|null);

                /** AttestRequest tx_index */
                tx_index?: (number|null);

                /** AttestRequest log_index */
                log_index?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttestRequest. */
            type $Shape = $root.weft.evm.AttestRequest.$Properties;
        }
    }

    /** Namespace fabric. */
    namespace fabric {

        /**
         * Properties of a FabricViewBytes.
         * @deprecated Use $root.weft.fabric.FabricViewBytes.$Properties instead.
         */
        interface IFabricViewBytes extends $root.weft.fabric.FabricViewBytes.$Properties {
        }

        /** Represents a FabricViewBytes. */
        class FabricViewBytes {

            /**
             * Constructs a new FabricViewBytes.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.fabric.FabricViewBytes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FabricViewBytes endorsed_proposal_responses. */
            endorsed_proposal_responses: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes[];

            /** FabricViewBytes batch_leaf. */
            batch_leaf?: ($root.weft.batch.BatchLeaf|null);

            /**
             * Creates a new FabricViewBytes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FabricViewBytes instance
             */
            static create(properties: $root.weft.fabric.FabricViewBytes.$Shape): $root.weft.fabric.FabricViewBytes & $root.weft.fabric.FabricViewBytes.$Shape;
            static create(properties?: $root.weft.fabric.FabricViewBytes.$Properties): $root.weft.fabric.FabricViewBytes;

            /**
             * Encodes the specified FabricViewBytes message. Does not implicitly {@link $root.weft.fabric.FabricViewBytes.verify|verify} messages.
             * @param message FabricViewBytes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.fabric.FabricViewBytes, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FabricViewBytes message, length delimited. Does not implicitly {@link $root.weft.fabric.FabricViewBytes.verify|verify} messages.
             * @param message FabricViewBytes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.fabric.FabricViewBytes, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FabricViewBytes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.fabric.FabricViewBytes & $root.weft.fabric.FabricViewBytes.$Shape} FabricViewBytes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.fabric.FabricViewBytes & $root.weft.fabric.FabricViewBytes.$Shape;

            /**
             * Decodes a FabricViewBytes message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.fabric.FabricViewBytes & $root.weft.fabric.FabricViewBytes.$Shape} FabricViewBytes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.fabric.FabricViewBytes & $root.weft.fabric.FabricViewBytes.$Shape;

            /**
             * Verifies a FabricViewBytes message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FabricViewBytes message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FabricViewBytes
             */
            static fromObject(object: { [k: string]: any }): $root.weft.fabric.FabricViewBytes;

            /**
             * Creates a plain object from a FabricViewBytes message. Also converts values to other types if specified.
             * @param message FabricViewBytes
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.fabric.FabricViewBytes, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FabricViewBytes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FabricViewBytes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FabricViewBytes {

            /** Properties of a FabricViewBytes. */
            interface $Properties {

                /** FabricViewBytes endorsed_proposal_responses */
                endorsed_proposal_responses?: ($root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes[]|null);

                /** FabricViewBytes batch_leaf */
                batch_leaf?: ($root.weft.batch.BatchLeaf|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FabricViewBytes. */
            type $Shape = $root.weft.fabric.FabricViewBytes.$Properties;

            /**
             * Properties of an EndorsedProposalResponseBytes.
             * @deprecated Use $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Properties instead.
             */
            interface IEndorsedProposalResponseBytes extends $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Properties {
            }

            /** Represents an EndorsedProposalResponseBytes. */
            class EndorsedProposalResponseBytes {

                /**
                 * Constructs a new EndorsedProposalResponseBytes.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EndorsedProposalResponseBytes payload. */
                payload: Uint8Array;

                /** EndorsedProposalResponseBytes endorsement. */
                endorsement: Uint8Array;

                /**
                 * Creates a new EndorsedProposalResponseBytes instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EndorsedProposalResponseBytes instance
                 */
                static create(properties: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape): $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes & $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape;
                static create(properties?: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Properties): $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes;

                /**
                 * Encodes the specified EndorsedProposalResponseBytes message. Does not implicitly {@link $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.verify|verify} messages.
                 * @param message EndorsedProposalResponseBytes message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EndorsedProposalResponseBytes message, length delimited. Does not implicitly {@link $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.verify|verify} messages.
                 * @param message EndorsedProposalResponseBytes message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EndorsedProposalResponseBytes message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {$root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes & $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape} EndorsedProposalResponseBytes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes & $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape;

                /**
                 * Decodes an EndorsedProposalResponseBytes message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {$root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes & $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape} EndorsedProposalResponseBytes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes & $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Shape;

                /**
                 * Verifies an EndorsedProposalResponseBytes message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EndorsedProposalResponseBytes message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EndorsedProposalResponseBytes
                 */
                static fromObject(object: { [k: string]: any }): $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes;

                /**
                 * Creates a plain object from an EndorsedProposalResponseBytes message. Also converts values to other types if specified.
                 * @param message EndorsedProposalResponseBytes
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EndorsedProposalResponseBytes to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EndorsedProposalResponseBytes
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EndorsedProposalResponseBytes {

                /** Properties of an EndorsedProposalResponseBytes. */
                interface $Properties {

                    /** EndorsedProposalResponseBytes payload */
                    payload?: (Uint8Array|null);

                    /** EndorsedProposalResponseBytes endorsement */
                    endorsement?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EndorsedProposalResponseBytes. */
                type $Shape = $root.weft.fabric.FabricViewBytes.EndorsedProposalResponseBytes.$Properties;
            }
        }
    }

    /** Namespace relay. */
    namespace relay {

        /**
         * Properties of a PipeFrame.
         * @deprecated Use $root.weft.relay.PipeFrame.$Properties instead.
         */
        interface IPipeFrame extends $root.weft.relay.PipeFrame.$Properties {
        }

        /** Represents a PipeFrame. */
        class PipeFrame {

            /**
             * Constructs a new PipeFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.relay.PipeFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PipeFrame queries. */
            queries: $root.common.query.Query[];

            /** PipeFrame answers. */
            answers: $root.common.state.ViewPayload[];

            /**
             * Creates a new PipeFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PipeFrame instance
             */
            static create(properties: $root.weft.relay.PipeFrame.$Shape): $root.weft.relay.PipeFrame & $root.weft.relay.PipeFrame.$Shape;
            static create(properties?: $root.weft.relay.PipeFrame.$Properties): $root.weft.relay.PipeFrame;

            /**
             * Encodes the specified PipeFrame message. Does not implicitly {@link $root.weft.relay.PipeFrame.verify|verify} messages.
             * @param message PipeFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.relay.PipeFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PipeFrame message, length delimited. Does not implicitly {@link $root.weft.relay.PipeFrame.verify|verify} messages.
             * @param message PipeFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.relay.PipeFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PipeFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.relay.PipeFrame & $root.weft.relay.PipeFrame.$Shape} PipeFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.relay.PipeFrame & $root.weft.relay.PipeFrame.$Shape;

            /**
             * Decodes a PipeFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.relay.PipeFrame & $root.weft.relay.PipeFrame.$Shape} PipeFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.relay.PipeFrame & $root.weft.relay.PipeFrame.$Shape;

            /**
             * Verifies a PipeFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PipeFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PipeFrame
             */
            static fromObject(object: { [k: string]: any }): $root.weft.relay.PipeFrame;

            /**
             * Creates a plain object from a PipeFrame message. Also converts values to other types if specified.
             * @param message PipeFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.relay.PipeFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PipeFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PipeFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PipeFrame {

            /** Properties of a PipeFrame. */
            interface $Properties {

                /** PipeFrame queries */
                queries?: ($root.common.query.Query[]|null);

                /** PipeFrame answers */
                answers?: ($root.common.state.ViewPayload[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PipeFrame. */
            type $Shape = {
              queries?: $root.common.query.Query.$Shape[]|null;
              answers?: $root.common.state.ViewPayload.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PipeAcks.
         * @deprecated Use $root.weft.relay.PipeAcks.$Properties instead.
         */
        interface IPipeAcks extends $root.weft.relay.PipeAcks.$Properties {
        }

        /** Represents a PipeAcks. */
        class PipeAcks {

            /**
             * Constructs a new PipeAcks.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.relay.PipeAcks.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PipeAcks acks. */
            acks: $root.weft.relay.PipeAck[];

            /**
             * Creates a new PipeAcks instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PipeAcks instance
             */
            static create(properties: $root.weft.relay.PipeAcks.$Shape): $root.weft.relay.PipeAcks & $root.weft.relay.PipeAcks.$Shape;
            static create(properties?: $root.weft.relay.PipeAcks.$Properties): $root.weft.relay.PipeAcks;

            /**
             * Encodes the specified PipeAcks message. Does not implicitly {@link $root.weft.relay.PipeAcks.verify|verify} messages.
             * @param message PipeAcks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.relay.PipeAcks, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PipeAcks message, length delimited. Does not implicitly {@link $root.weft.relay.PipeAcks.verify|verify} messages.
             * @param message PipeAcks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.relay.PipeAcks, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PipeAcks message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.relay.PipeAcks & $root.weft.relay.PipeAcks.$Shape} PipeAcks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.relay.PipeAcks & $root.weft.relay.PipeAcks.$Shape;

            /**
             * Decodes a PipeAcks message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.relay.PipeAcks & $root.weft.relay.PipeAcks.$Shape} PipeAcks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.relay.PipeAcks & $root.weft.relay.PipeAcks.$Shape;

            /**
             * Verifies a PipeAcks message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PipeAcks message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PipeAcks
             */
            static fromObject(object: { [k: string]: any }): $root.weft.relay.PipeAcks;

            /**
             * Creates a plain object from a PipeAcks message. Also converts values to other types if specified.
             * @param message PipeAcks
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.relay.PipeAcks, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PipeAcks to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PipeAcks
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PipeAcks {

            /** Properties of a PipeAcks. */
            interface $Properties {

                /** PipeAcks acks */
                acks?: ($root.weft.relay.PipeAck[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PipeAcks. */
            type $Shape = $root.weft.relay.PipeAcks.$Properties;
        }

        /**
         * Properties of a PipeAck.
         * @deprecated Use $root.weft.relay.PipeAck.$Properties instead.
         */
        interface IPipeAck extends $root.weft.relay.PipeAck.$Properties {
        }

        /** Represents a PipeAck. */
        class PipeAck {

            /**
             * Constructs a new PipeAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: $root.weft.relay.PipeAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PipeAck kind. */
            kind: number;

            /** PipeAck request_id. */
            request_id: string;

            /** PipeAck status. */
            status: number;

            /** PipeAck details. */
            details: string;

            /**
             * Creates a new PipeAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PipeAck instance
             */
            static create(properties: $root.weft.relay.PipeAck.$Shape): $root.weft.relay.PipeAck & $root.weft.relay.PipeAck.$Shape;
            static create(properties?: $root.weft.relay.PipeAck.$Properties): $root.weft.relay.PipeAck;

            /**
             * Encodes the specified PipeAck message. Does not implicitly {@link $root.weft.relay.PipeAck.verify|verify} messages.
             * @param message PipeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: $root.weft.relay.PipeAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PipeAck message, length delimited. Does not implicitly {@link $root.weft.relay.PipeAck.verify|verify} messages.
             * @param message PipeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: $root.weft.relay.PipeAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PipeAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {$root.weft.relay.PipeAck & $root.weft.relay.PipeAck.$Shape} PipeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): $root.weft.relay.PipeAck & $root.weft.relay.PipeAck.$Shape;

            /**
             * Decodes a PipeAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {$root.weft.relay.PipeAck & $root.weft.relay.PipeAck.$Shape} PipeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): $root.weft.relay.PipeAck & $root.weft.relay.PipeAck.$Shape;

            /**
             * Verifies a PipeAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PipeAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PipeAck
             */
            static fromObject(object: { [k: string]: any }): $root.weft.relay.PipeAck;

            /**
             * Creates a plain object from a PipeAck message. Also converts values to other types if specified.
             * @param message PipeAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: $root.weft.relay.PipeAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PipeAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PipeAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PipeAck {

            /** Properties of a PipeAck. */
            interface $Properties {

                /** PipeAck kind */
                kind?: (number|null);

                /** PipeAck request_id */
                request_id?: (string|null);

                /** PipeAck status */
                status?: (number|null);

                /** PipeAck details */
                details?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PipeAck. */
            type $Shape = $root.weft.relay.PipeAck.$Properties;
        }
    }
}
