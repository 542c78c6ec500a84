//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'movement.g.dart';

/// Movement
///
/// Properties:
/// * [id] 
/// * [delta] 
/// * [reservedDelta] 
/// * [reason] 
/// * [onHandAfter] 
/// * [actor] 
/// * [note] 
/// * [occurredAt] 
@BuiltValue()
abstract class Movement implements Built<Movement, MovementBuilder> {
  @BuiltValueField(wireName: r'id')
  int? get id;

  @BuiltValueField(wireName: r'delta')
  int? get delta;

  @BuiltValueField(wireName: r'reservedDelta')
  int? get reservedDelta;

  @BuiltValueField(wireName: r'reason')
  MovementReasonEnum? get reason;
  // enum reasonEnum {  RECEIVE,  ADJUST,  COUNT,  WRITE_OFF,  RETURN,  ALLOCATE,  RELEASE,  PICK,  RESERVE,  COMMIT,  };

  @BuiltValueField(wireName: r'onHandAfter')
  int? get onHandAfter;

  @BuiltValueField(wireName: r'actor')
  String? get actor;

  @BuiltValueField(wireName: r'note')
  String? get note;

  @BuiltValueField(wireName: r'occurredAt')
  DateTime? get occurredAt;

  Movement._();

  factory Movement([void updates(MovementBuilder b)]) = _$Movement;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(MovementBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Movement> get serializer => _$MovementSerializer();
}

class _$MovementSerializer implements PrimitiveSerializer<Movement> {
  @override
  final Iterable<Type> types = const [Movement, _$Movement];

  @override
  final String wireName = r'Movement';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Movement object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(int),
      );
    }
    if (object.delta != null) {
      yield r'delta';
      yield serializers.serialize(
        object.delta,
        specifiedType: const FullType(int),
      );
    }
    if (object.reservedDelta != null) {
      yield r'reservedDelta';
      yield serializers.serialize(
        object.reservedDelta,
        specifiedType: const FullType(int),
      );
    }
    if (object.reason != null) {
      yield r'reason';
      yield serializers.serialize(
        object.reason,
        specifiedType: const FullType(MovementReasonEnum),
      );
    }
    if (object.onHandAfter != null) {
      yield r'onHandAfter';
      yield serializers.serialize(
        object.onHandAfter,
        specifiedType: const FullType(int),
      );
    }
    if (object.actor != null) {
      yield r'actor';
      yield serializers.serialize(
        object.actor,
        specifiedType: const FullType(String),
      );
    }
    if (object.note != null) {
      yield r'note';
      yield serializers.serialize(
        object.note,
        specifiedType: const FullType(String),
      );
    }
    if (object.occurredAt != null) {
      yield r'occurredAt';
      yield serializers.serialize(
        object.occurredAt,
        specifiedType: const FullType(DateTime),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Movement object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required MovementBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.id = valueDes;
          break;
        case r'delta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.delta = valueDes;
          break;
        case r'reservedDelta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.reservedDelta = valueDes;
          break;
        case r'reason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(MovementReasonEnum),
          ) as MovementReasonEnum?;
          if (valueDes == null) continue;
          result.reason = valueDes;
          break;
        case r'onHandAfter':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.onHandAfter = valueDes;
          break;
        case r'actor':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.actor = valueDes;
          break;
        case r'note':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.note = valueDes;
          break;
        case r'occurredAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.occurredAt = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Movement deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = MovementBuilder();
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


class MovementReasonEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'RECEIVE')
  static const MovementReasonEnum RECEIVE = _$movementReasonEnum_RECEIVE;
  @BuiltValueEnumConst(wireName: r'ADJUST')
  static const MovementReasonEnum ADJUST = _$movementReasonEnum_ADJUST;
  @BuiltValueEnumConst(wireName: r'COUNT')
  static const MovementReasonEnum COUNT = _$movementReasonEnum_COUNT;
  @BuiltValueEnumConst(wireName: r'WRITE_OFF')
  static const MovementReasonEnum WRITE_OFF = _$movementReasonEnum_WRITE_OFF;
  @BuiltValueEnumConst(wireName: r'RETURN')
  static const MovementReasonEnum RETURN = _$movementReasonEnum_RETURN;
  @BuiltValueEnumConst(wireName: r'ALLOCATE')
  static const MovementReasonEnum ALLOCATE = _$movementReasonEnum_ALLOCATE;
  @BuiltValueEnumConst(wireName: r'RELEASE')
  static const MovementReasonEnum RELEASE = _$movementReasonEnum_RELEASE;
  @BuiltValueEnumConst(wireName: r'PICK')
  static const MovementReasonEnum PICK = _$movementReasonEnum_PICK;
  @BuiltValueEnumConst(wireName: r'RESERVE')
  static const MovementReasonEnum RESERVE = _$movementReasonEnum_RESERVE;
  @BuiltValueEnumConst(wireName: r'COMMIT')
  static const MovementReasonEnum COMMIT = _$movementReasonEnum_COMMIT;

  static Serializer<MovementReasonEnum> get serializer => _$movementReasonEnumSerializer;

  const MovementReasonEnum._(String name): super(name);

  static BuiltSet<MovementReasonEnum> get values => _$movementReasonEnumValues;
  static MovementReasonEnum valueOf(String name) => _$movementReasonEnumValueOf(name);
}

