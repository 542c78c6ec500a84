//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/zone.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'serviceability.g.dart';

/// Serviceability
///
/// Properties:
/// * [pincode] 
/// * [serviceable] 
/// * [zone] 
@BuiltValue()
abstract class Serviceability implements Built<Serviceability, ServiceabilityBuilder> {
  @BuiltValueField(wireName: r'pincode')
  String? get pincode;

  @BuiltValueField(wireName: r'serviceable')
  bool? get serviceable;

  @BuiltValueField(wireName: r'zone')
  Zone? get zone;

  Serviceability._();

  factory Serviceability([void updates(ServiceabilityBuilder b)]) = _$Serviceability;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ServiceabilityBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Serviceability> get serializer => _$ServiceabilitySerializer();
}

class _$ServiceabilitySerializer implements PrimitiveSerializer<Serviceability> {
  @override
  final Iterable<Type> types = const [Serviceability, _$Serviceability];

  @override
  final String wireName = r'Serviceability';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Serviceability object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.pincode != null) {
      yield r'pincode';
      yield serializers.serialize(
        object.pincode,
        specifiedType: const FullType(String),
      );
    }
    if (object.serviceable != null) {
      yield r'serviceable';
      yield serializers.serialize(
        object.serviceable,
        specifiedType: const FullType(bool),
      );
    }
    if (object.zone != null) {
      yield r'zone';
      yield serializers.serialize(
        object.zone,
        specifiedType: const FullType(Zone),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Serviceability object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ServiceabilityBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'pincode':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.pincode = valueDes;
          break;
        case r'serviceable':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.serviceable = valueDes;
          break;
        case r'zone':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Zone),
          ) as Zone?;
          if (valueDes == null) continue;
          result.zone.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Serviceability deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ServiceabilityBuilder();
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


