//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'zone.g.dart';

/// Zone
///
/// Properties:
/// * [id] 
/// * [name] 
/// * [hub] 
/// * [deliveryFee] 
/// * [freeDeliveryThreshold] 
/// * [minimumOrderValue] 
/// * [currency] 
@BuiltValue()
abstract class Zone implements Built<Zone, ZoneBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'name')
  String? get name;

  @BuiltValueField(wireName: r'hub')
  String? get hub;

  @BuiltValueField(wireName: r'deliveryFee')
  int? get deliveryFee;

  @BuiltValueField(wireName: r'freeDeliveryThreshold')
  int? get freeDeliveryThreshold;

  @BuiltValueField(wireName: r'minimumOrderValue')
  int? get minimumOrderValue;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  Zone._();

  factory Zone([void updates(ZoneBuilder b)]) = _$Zone;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ZoneBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Zone> get serializer => _$ZoneSerializer();
}

class _$ZoneSerializer implements PrimitiveSerializer<Zone> {
  @override
  final Iterable<Type> types = const [Zone, _$Zone];

  @override
  final String wireName = r'Zone';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Zone object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.name != null) {
      yield r'name';
      yield serializers.serialize(
        object.name,
        specifiedType: const FullType(String),
      );
    }
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
    if (object.currency != null) {
      yield r'currency';
      yield serializers.serialize(
        object.currency,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Zone object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ZoneBuilder result,
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
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.name = valueDes;
          break;
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
        case r'currency':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.currency = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Zone deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ZoneBuilder();
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


