//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'otp_sent.g.dart';

/// OtpSent
///
/// Properties:
/// * [expiresInSeconds] 
/// * [resendAfterSeconds] 
@BuiltValue()
abstract class OtpSent implements Built<OtpSent, OtpSentBuilder> {
  @BuiltValueField(wireName: r'expiresInSeconds')
  int? get expiresInSeconds;

  @BuiltValueField(wireName: r'resendAfterSeconds')
  int? get resendAfterSeconds;

  OtpSent._();

  factory OtpSent([void updates(OtpSentBuilder b)]) = _$OtpSent;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OtpSentBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OtpSent> get serializer => _$OtpSentSerializer();
}

class _$OtpSentSerializer implements PrimitiveSerializer<OtpSent> {
  @override
  final Iterable<Type> types = const [OtpSent, _$OtpSent];

  @override
  final String wireName = r'OtpSent';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OtpSent object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.expiresInSeconds != null) {
      yield r'expiresInSeconds';
      yield serializers.serialize(
        object.expiresInSeconds,
        specifiedType: const FullType(int),
      );
    }
    if (object.resendAfterSeconds != null) {
      yield r'resendAfterSeconds';
      yield serializers.serialize(
        object.resendAfterSeconds,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    OtpSent object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OtpSentBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'expiresInSeconds':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.expiresInSeconds = valueDes;
          break;
        case r'resendAfterSeconds':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.resendAfterSeconds = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OtpSent deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OtpSentBuilder();
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


