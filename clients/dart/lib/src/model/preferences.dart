//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'preferences.g.dart';

/// Preferences
///
/// Properties:
/// * [push] 
/// * [sms] 
/// * [email] 
@BuiltValue()
abstract class Preferences implements Built<Preferences, PreferencesBuilder> {
  @BuiltValueField(wireName: r'push')
  bool get push;

  @BuiltValueField(wireName: r'sms')
  bool get sms;

  @BuiltValueField(wireName: r'email')
  bool get email;

  Preferences._();

  factory Preferences([void updates(PreferencesBuilder b)]) = _$Preferences;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(PreferencesBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Preferences> get serializer => _$PreferencesSerializer();
}

class _$PreferencesSerializer implements PrimitiveSerializer<Preferences> {
  @override
  final Iterable<Type> types = const [Preferences, _$Preferences];

  @override
  final String wireName = r'Preferences';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Preferences object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'push';
    yield serializers.serialize(
      object.push,
      specifiedType: const FullType(bool),
    );
    yield r'sms';
    yield serializers.serialize(
      object.sms,
      specifiedType: const FullType(bool),
    );
    yield r'email';
    yield serializers.serialize(
      object.email,
      specifiedType: const FullType(bool),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    Preferences object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required PreferencesBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'push':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.push = valueDes;
          break;
        case r'sms':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.sms = valueDes;
          break;
        case r'email':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.email = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Preferences deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = PreferencesBuilder();
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


