//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'message_view.g.dart';

/// MessageView
///
/// Properties:
/// * [id] 
/// * [eventId] 
/// * [eventType] 
/// * [userId] 
/// * [channel] 
/// * [destination] 
/// * [status] 
/// * [attempts] 
/// * [lastError] 
/// * [createdAt] 
/// * [updatedAt] 
@BuiltValue()
abstract class MessageView implements Built<MessageView, MessageViewBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'eventId')
  String? get eventId;

  @BuiltValueField(wireName: r'eventType')
  String? get eventType;

  @BuiltValueField(wireName: r'userId')
  String? get userId;

  @BuiltValueField(wireName: r'channel')
  MessageViewChannelEnum? get channel;
  // enum channelEnum {  PUSH,  SMS,  EMAIL,  };

  @BuiltValueField(wireName: r'destination')
  String? get destination;

  @BuiltValueField(wireName: r'status')
  MessageViewStatusEnum? get status;
  // enum statusEnum {  PENDING,  SENT,  DEAD,  };

  @BuiltValueField(wireName: r'attempts')
  int? get attempts;

  @BuiltValueField(wireName: r'lastError')
  String? get lastError;

  @BuiltValueField(wireName: r'createdAt')
  DateTime? get createdAt;

  @BuiltValueField(wireName: r'updatedAt')
  DateTime? get updatedAt;

  MessageView._();

  factory MessageView([void updates(MessageViewBuilder b)]) = _$MessageView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(MessageViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<MessageView> get serializer => _$MessageViewSerializer();
}

class _$MessageViewSerializer implements PrimitiveSerializer<MessageView> {
  @override
  final Iterable<Type> types = const [MessageView, _$MessageView];

  @override
  final String wireName = r'MessageView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    MessageView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.eventId != null) {
      yield r'eventId';
      yield serializers.serialize(
        object.eventId,
        specifiedType: const FullType(String),
      );
    }
    if (object.eventType != null) {
      yield r'eventType';
      yield serializers.serialize(
        object.eventType,
        specifiedType: const FullType(String),
      );
    }
    if (object.userId != null) {
      yield r'userId';
      yield serializers.serialize(
        object.userId,
        specifiedType: const FullType(String),
      );
    }
    if (object.channel != null) {
      yield r'channel';
      yield serializers.serialize(
        object.channel,
        specifiedType: const FullType(MessageViewChannelEnum),
      );
    }
    if (object.destination != null) {
      yield r'destination';
      yield serializers.serialize(
        object.destination,
        specifiedType: const FullType(String),
      );
    }
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(MessageViewStatusEnum),
      );
    }
    if (object.attempts != null) {
      yield r'attempts';
      yield serializers.serialize(
        object.attempts,
        specifiedType: const FullType(int),
      );
    }
    if (object.lastError != null) {
      yield r'lastError';
      yield serializers.serialize(
        object.lastError,
        specifiedType: const FullType(String),
      );
    }
    if (object.createdAt != null) {
      yield r'createdAt';
      yield serializers.serialize(
        object.createdAt,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.updatedAt != null) {
      yield r'updatedAt';
      yield serializers.serialize(
        object.updatedAt,
        specifiedType: const FullType(DateTime),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    MessageView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required MessageViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.id = valueDes;
          break;
        case r'eventId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.eventId = valueDes;
          break;
        case r'eventType':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.eventType = valueDes;
          break;
        case r'userId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.userId = valueDes;
          break;
        case r'channel':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(MessageViewChannelEnum),
          ) as MessageViewChannelEnum?;
          if (valueDes == null) continue;
          result.channel = valueDes;
          break;
        case r'destination':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.destination = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(MessageViewStatusEnum),
          ) as MessageViewStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'attempts':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.attempts = valueDes;
          break;
        case r'lastError':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.lastError = valueDes;
          break;
        case r'createdAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.createdAt = valueDes;
          break;
        case r'updatedAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.updatedAt = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  MessageView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = MessageViewBuilder();
    final serializedList = (serialized as Iterable<Object?>).toList();
    final unhandled = <Object?>[];
    _deserializeProperties(
      serializers,
      serialized,
      specifiedType: specifiedType,
      serializedList: serializedList,
      unhandled: unhandled,
      result: result,
    );
    return result.build();
  }
}


class MessageViewChannelEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PUSH')
  static const MessageViewChannelEnum PUSH = _$messageViewChannelEnum_PUSH;
  @BuiltValueEnumConst(wireName: r'SMS')
  static const MessageViewChannelEnum SMS = _$messageViewChannelEnum_SMS;
  @BuiltValueEnumConst(wireName: r'EMAIL')
  static const MessageViewChannelEnum EMAIL = _$messageViewChannelEnum_EMAIL;

  static Serializer<MessageViewChannelEnum> get serializer => _$messageViewChannelEnumSerializer;

  const MessageViewChannelEnum._(String name): super(name);

  static BuiltSet<MessageViewChannelEnum> get values => _$messageViewChannelEnumValues;
  static MessageViewChannelEnum valueOf(String name) => _$messageViewChannelEnumValueOf(name);
}

class MessageViewStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING')
  static const MessageViewStatusEnum PENDING = _$messageViewStatusEnum_PENDING;
  @BuiltValueEnumConst(wireName: r'SENT')
  static const MessageViewStatusEnum SENT = _$messageViewStatusEnum_SENT;
  @BuiltValueEnumConst(wireName: r'DEAD')
  static const MessageViewStatusEnum DEAD = _$messageViewStatusEnum_DEAD;

  static Serializer<MessageViewStatusEnum> get serializer => _$messageViewStatusEnumSerializer;

  const MessageViewStatusEnum._(String name): super(name);

  static BuiltSet<MessageViewStatusEnum> get values => _$messageViewStatusEnumValues;
  static MessageViewStatusEnum valueOf(String name) => _$messageViewStatusEnumValueOf(name);
}

