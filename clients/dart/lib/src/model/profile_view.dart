//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'profile_view.g.dart';

/// ProfileView
///
/// Properties:
/// * [id] 
/// * [phone] 
/// * [name] 
/// * [email] 
/// * [preferredLanguage] 
/// * [roles] 
/// * [createdAt] 
/// * [updatedAt] 
@BuiltValue()
abstract class ProfileView implements Built<ProfileView, ProfileViewBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'phone')
  String? get phone;

  @BuiltValueField(wireName: r'name')
  String? get name;

  @BuiltValueField(wireName: r'email')
  String? get email;

  @BuiltValueField(wireName: r'preferredLanguage')
  ProfileViewPreferredLanguageEnum? get preferredLanguage;
  // enum preferredLanguageEnum {  en,  hi,  };

  @BuiltValueField(wireName: r'roles')
  BuiltList<String>? get roles;

  @BuiltValueField(wireName: r'createdAt')
  DateTime? get createdAt;

  @BuiltValueField(wireName: r'updatedAt')
  DateTime? get updatedAt;

  ProfileView._();

  factory ProfileView([void updates(ProfileViewBuilder b)]) = _$ProfileView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProfileViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProfileView> get serializer => _$ProfileViewSerializer();
}

class _$ProfileViewSerializer implements PrimitiveSerializer<ProfileView> {
  @override
  final Iterable<Type> types = const [ProfileView, _$ProfileView];

  @override
  final String wireName = r'ProfileView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProfileView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.phone != null) {
      yield r'phone';
      yield serializers.serialize(
        object.phone,
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
        specifiedType: const FullType(ProfileViewPreferredLanguageEnum),
      );
    }
    if (object.roles != null) {
      yield r'roles';
      yield serializers.serialize(
        object.roles,
        specifiedType: const FullType(BuiltList, [FullType(String)]),
      );
    }
    if (object.createdAt != null) {
      yield r'createdAt';
      yield serializers.serialize(
        object.createdAt,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.updatedAt != null) {
      yield r'updatedAt';
      yield serializers.serialize(
        object.updatedAt,
        specifiedType: const FullType(DateTime),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProfileView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProfileViewBuilder result,
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
        case r'phone':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.phone = valueDes;
          break;
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
            specifiedType: const FullType.nullable(ProfileViewPreferredLanguageEnum),
          ) as ProfileViewPreferredLanguageEnum?;
          if (valueDes == null) continue;
          result.preferredLanguage = valueDes;
          break;
        case r'roles':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(String)]),
          ) as BuiltList<String>?;
          if (valueDes == null) continue;
          result.roles.replace(valueDes);
          break;
        case r'createdAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.createdAt = valueDes;
          break;
        case r'updatedAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.updatedAt = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProfileView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProfileViewBuilder();
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


class ProfileViewPreferredLanguageEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'en')
  static const ProfileViewPreferredLanguageEnum en = _$profileViewPreferredLanguageEnum_en;
  @BuiltValueEnumConst(wireName: r'hi')
  static const ProfileViewPreferredLanguageEnum hi = _$profileViewPreferredLanguageEnum_hi;

  static Serializer<ProfileViewPreferredLanguageEnum> get serializer => _$profileViewPreferredLanguageEnumSerializer;

  const ProfileViewPreferredLanguageEnum._(String name): super(name);

  static BuiltSet<ProfileViewPreferredLanguageEnum> get values => _$profileViewPreferredLanguageEnumValues;
  static ProfileViewPreferredLanguageEnum valueOf(String name) => _$profileViewPreferredLanguageEnumValueOf(name);
}

