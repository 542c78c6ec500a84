//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'profile_update.g.dart';

/// ProfileUpdate
///
/// Properties:
/// * [name] 
/// * [email] 
/// * [preferredLanguage] 
@BuiltValue()
abstract class ProfileUpdate implements Built<ProfileUpdate, ProfileUpdateBuilder> {
  @BuiltValueField(wireName: r'name')
  String? get name;

  @BuiltValueField(wireName: r'email')
  String? get email;

  @BuiltValueField(wireName: r'preferredLanguage')
  ProfileUpdatePreferredLanguageEnum? get preferredLanguage;
  // enum preferredLanguageEnum {  en,  hi,  };

  ProfileUpdate._();

  factory ProfileUpdate([void updates(ProfileUpdateBuilder b)]) = _$ProfileUpdate;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProfileUpdateBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProfileUpdate> get serializer => _$ProfileUpdateSerializer();
}

class _$ProfileUpdateSerializer implements PrimitiveSerializer<ProfileUpdate> {
  @override
  final Iterable<Type> types = const [ProfileUpdate, _$ProfileUpdate];

  @override
  final String wireName = r'ProfileUpdate';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProfileUpdate object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.name != null) {
      yield r'name';
      yield serializers.serialize(
        object.name,
        specifiedType: const FullType(String),
      );
    }
    if (object.email != null) {
      yield r'email';
      yield serializers.serialize(
        object.email,
        specifiedType: const FullType(String),
      );
    }
    if (object.preferredLanguage != null) {
      yield r'preferredLanguage';
      yield serializers.serialize(
        object.preferredLanguage,
        specifiedType: const FullType(ProfileUpdatePreferredLanguageEnum),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProfileUpdate object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProfileUpdateBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.name = valueDes;
          break;
        case r'email':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.email = valueDes;
          break;
        case r'preferredLanguage':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ProfileUpdatePreferredLanguageEnum),
          ) as ProfileUpdatePreferredLanguageEnum?;
          if (valueDes == null) continue;
          result.preferredLanguage = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProfileUpdate deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProfileUpdateBuilder();
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


class ProfileUpdatePreferredLanguageEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'en')
  static const ProfileUpdatePreferredLanguageEnum en = _$profileUpdatePreferredLanguageEnum_en;
  @BuiltValueEnumConst(wireName: r'hi')
  static const ProfileUpdatePreferredLanguageEnum hi = _$profileUpdatePreferredLanguageEnum_hi;

  static Serializer<ProfileUpdatePreferredLanguageEnum> get serializer => _$profileUpdatePreferredLanguageEnumSerializer;

  const ProfileUpdatePreferredLanguageEnum._(String name): super(name);

  static BuiltSet<ProfileUpdatePreferredLanguageEnum> get values => _$profileUpdatePreferredLanguageEnumValues;
  static ProfileUpdatePreferredLanguageEnum valueOf(String name) => _$profileUpdatePreferredLanguageEnumValueOf(name);
}

