//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'device_registration.g.dart';

/// DeviceRegistration
///
/// Properties:
/// * [token] 
/// * [platform] 
@BuiltValue()
abstract class DeviceRegistration implements Built<DeviceRegistration, DeviceRegistrationBuilder> {
  @BuiltValueField(wireName: r'token')
  String get token;

  @BuiltValueField(wireName: r'platform')
  DeviceRegistrationPlatformEnum get platform;
  // enum platformEnum {  ANDROID,  IOS,  WEB,  };

  DeviceRegistration._();

  factory DeviceRegistration([void updates(DeviceRegistrationBuilder b)]) = _$DeviceRegistration;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(DeviceRegistrationBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<DeviceRegistration> get serializer => _$DeviceRegistrationSerializer();
}

class _$DeviceRegistrationSerializer implements PrimitiveSerializer<DeviceRegistration> {
  @override
  final Iterable<Type> types = const [DeviceRegistration, _$DeviceRegistration];

  @override
  final String wireName = r'DeviceRegistration';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    DeviceRegistration object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'token';
    yield serializers.serialize(
      object.token,
      specifiedType: const FullType(String),
    );
    yield r'platform';
    yield serializers.serialize(
      object.platform,
      specifiedType: const FullType(DeviceRegistrationPlatformEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    DeviceRegistration object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required DeviceRegistrationBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'token':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.token = valueDes;
          break;
        case r'platform':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(DeviceRegistrationPlatformEnum),
          ) as DeviceRegistrationPlatformEnum;
          result.platform = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  DeviceRegistration deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = DeviceRegistrationBuilder();
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


class DeviceRegistrationPlatformEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'ANDROID')
  static const DeviceRegistrationPlatformEnum ANDROID = _$deviceRegistrationPlatformEnum_ANDROID;
  @BuiltValueEnumConst(wireName: r'IOS')
  static const DeviceRegistrationPlatformEnum IOS = _$deviceRegistrationPlatformEnum_IOS;
  @BuiltValueEnumConst(wireName: r'WEB')
  static const DeviceRegistrationPlatformEnum WEB = _$deviceRegistrationPlatformEnum_WEB;

  static Serializer<DeviceRegistrationPlatformEnum> get serializer => _$deviceRegistrationPlatformEnumSerializer;

  const DeviceRegistrationPlatformEnum._(String name): super(name);

  static BuiltSet<DeviceRegistrationPlatformEnum> get values => _$deviceRegistrationPlatformEnumValues;
  static DeviceRegistrationPlatformEnum valueOf(String name) => _$deviceRegistrationPlatformEnumValueOf(name);
}

