//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'new_zone.g.dart';

/// NewZone
///
/// Properties:
/// * [name] 
/// * [hub] 
/// * [deliveryFee] 
/// * [freeDeliveryThreshold] 
/// * [minimumOrderValue] 
/// * [pincodes] 
@BuiltValue()
abstract class NewZone implements Built<NewZone, NewZoneBuilder> {
  @BuiltValueField(wireName: r'name')
  String get name;

  @BuiltValueField(wireName: r'hub')
  String get hub;

  @BuiltValueField(wireName: r'deliveryFee')
  int get deliveryFee;

  @BuiltValueField(wireName: r'freeDeliveryThreshold')
  int get freeDeliveryThreshold;

  @BuiltValueField(wireName: r'minimumOrderValue')
  int? get minimumOrderValue;

  @BuiltValueField(wireName: r'pincodes')
  BuiltList<String>? get pincodes;

  NewZone._();

  factory NewZone([void updates(NewZoneBuilder b)]) = _$NewZone;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(NewZoneBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<NewZone> get serializer => _$NewZoneSerializer();
}

class _$NewZoneSerializer implements PrimitiveSerializer<NewZone> {
  @override
  final Iterable<Type> types = const [NewZone, _$NewZone];

  @override
  final String wireName = r'NewZone';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    NewZone object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'name';
    yield serializers.serialize(
      object.name,
      specifiedType: const FullType(String),
    );
    yield r'hub';
    yield serializers.serialize(
      object.hub,
      specifiedType: const FullType(String),
    );
    yield r'deliveryFee';
    yield serializers.serialize(
      object.deliveryFee,
      specifiedType: const FullType(int),
    );
    yield r'freeDeliveryThreshold';
    yield serializers.serialize(
      object.freeDeliveryThreshold,
      specifiedType: const FullType(int),
    );
    if (object.minimumOrderValue != null) {
      yield r'minimumOrderValue';
      yield serializers.serialize(
        object.minimumOrderValue,
        specifiedType: const FullType(int),
      );
    }
    if (object.pincodes != null) {
      yield r'pincodes';
      yield serializers.serialize(
        object.pincodes,
        specifiedType: const FullType(BuiltList, [FullType(String)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    NewZone object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required NewZoneBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.name = valueDes;
          break;
        case r'hub':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.hub = valueDes;
          break;
        case r'deliveryFee':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.deliveryFee = valueDes;
          break;
        case r'freeDeliveryThreshold':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
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
        case r'pincodes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(String)]),
          ) as BuiltList<String>?;
          if (valueDes == null) continue;
          result.pincodes.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  NewZone deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = NewZoneBuilder();
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


