//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'progress.g.dart';

/// Progress
///
/// Properties:
/// * [deliveryId] 
/// * [status] 
/// * [etaMinutes] 
@BuiltValue()
abstract class Progress implements Built<Progress, ProgressBuilder> {
  @BuiltValueField(wireName: r'deliveryId')
  String? get deliveryId;

  @BuiltValueField(wireName: r'status')
  ProgressStatusEnum? get status;
  // enum statusEnum {  UNASSIGNED,  ASSIGNED,  ACCEPTED,  PICKED_UP,  EN_ROUTE,  ARRIVED,  DELIVERED,  FAILED,  CANCELLED,  };

  @BuiltValueField(wireName: r'etaMinutes')
  int? get etaMinutes;

  Progress._();

  factory Progress([void updates(ProgressBuilder b)]) = _$Progress;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProgressBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Progress> get serializer => _$ProgressSerializer();
}

class _$ProgressSerializer implements PrimitiveSerializer<Progress> {
  @override
  final Iterable<Type> types = const [Progress, _$Progress];

  @override
  final String wireName = r'Progress';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Progress object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.deliveryId != null) {
      yield r'deliveryId';
      yield serializers.serialize(
        object.deliveryId,
        specifiedType: const FullType(String),
      );
    }
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(ProgressStatusEnum),
      );
    }
    if (object.etaMinutes != null) {
      yield r'etaMinutes';
      yield serializers.serialize(
        object.etaMinutes,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Progress object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProgressBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'deliveryId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.deliveryId = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ProgressStatusEnum),
          ) as ProgressStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'etaMinutes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.etaMinutes = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Progress deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProgressBuilder();
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


class ProgressStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'UNASSIGNED')
  static const ProgressStatusEnum UNASSIGNED = _$progressStatusEnum_UNASSIGNED;
  @BuiltValueEnumConst(wireName: r'ASSIGNED')
  static const ProgressStatusEnum ASSIGNED = _$progressStatusEnum_ASSIGNED;
  @BuiltValueEnumConst(wireName: r'ACCEPTED')
  static const ProgressStatusEnum ACCEPTED = _$progressStatusEnum_ACCEPTED;
  @BuiltValueEnumConst(wireName: r'PICKED_UP')
  static const ProgressStatusEnum PICKED_UP = _$progressStatusEnum_PICKED_UP;
  @BuiltValueEnumConst(wireName: r'EN_ROUTE')
  static const ProgressStatusEnum EN_ROUTE = _$progressStatusEnum_EN_ROUTE;
  @BuiltValueEnumConst(wireName: r'ARRIVED')
  static const ProgressStatusEnum ARRIVED = _$progressStatusEnum_ARRIVED;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const ProgressStatusEnum DELIVERED = _$progressStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'FAILED')
  static const ProgressStatusEnum FAILED = _$progressStatusEnum_FAILED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const ProgressStatusEnum CANCELLED = _$progressStatusEnum_CANCELLED;

  static Serializer<ProgressStatusEnum> get serializer => _$progressStatusEnumSerializer;

  const ProgressStatusEnum._(String name): super(name);

  static BuiltSet<ProgressStatusEnum> get values => _$progressStatusEnumValues;
  static ProgressStatusEnum valueOf(String name) => _$progressStatusEnumValueOf(name);
}

