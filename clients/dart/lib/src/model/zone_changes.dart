//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'zone_changes.g.dart';

/// ZoneChanges
///
/// Properties:
/// * [hub] 
/// * [deliveryFee] 
/// * [freeDeliveryThreshold] 
/// * [minimumOrderValue] 
@BuiltValue()
abstract class ZoneChanges implements Built<ZoneChanges, ZoneChangesBuilder> {
  @BuiltValueField(wireName: r'hub')
  String? get hub;

  @BuiltValueField(wireName: r'deliveryFee')
  int? get deliveryFee;

  @BuiltValueField(wireName: r'freeDeliveryThreshold')
  int? get freeDeliveryThreshold;

  @BuiltValueField(wireName: r'minimumOrderValue')
  int? get minimumOrderValue;

  ZoneChanges._();

  factory ZoneChanges([void updates(ZoneChangesBuilder b)]) = _$ZoneChanges;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ZoneChangesBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ZoneChanges> get serializer => _$ZoneChangesSerializer();
}

class _$ZoneChangesSerializer implements PrimitiveSerializer<ZoneChanges> {
  @override
  final Iterable<Type> types = const [ZoneChanges, _$ZoneChanges];

  @override
  final String wireName = r'ZoneChanges';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ZoneChanges object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.hub != null) {
      yield r'hub';
      yield serializers.serialize(
        object.hub,
        specifiedType: const FullType(String),
      );
    }
    if (object.deliveryFee != null) {
      yield r'deliveryFee';
      yield serializers.serialize(
        object.deliveryFee,
        specifiedType: const FullType(int),
      );
    }
    if (object.freeDeliveryThreshold != null) {
      yield r'freeDeliveryThreshold';
      yield serializers.serialize(
        object.freeDeliveryThreshold,
        specifiedType: const FullType(int),
      );
    }
    if (object.minimumOrderValue != null) {
      yield r'minimumOrderValue';
      yield serializers.serialize(
        object.minimumOrderValue,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ZoneChanges object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ZoneChangesBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'hub':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.hub = valueDes;
          break;
        case r'deliveryFee':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.deliveryFee = valueDes;
          break;
        case r'freeDeliveryThreshold':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.freeDeliveryThreshold = valueDes;
          break;
        case r'minimumOrderValue':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.minimumOrderValue = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ZoneChanges deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ZoneChangesBuilder();
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


