//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:vurksha_api/src/model/rebuilt.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'api_response_rebuilt.g.dart';

/// ApiResponseRebuilt
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
/// * [pagination] 
@BuiltValue()
abstract class ApiResponseRebuilt implements Built<ApiResponseRebuilt, ApiResponseRebuiltBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  Rebuilt? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  @BuiltValueField(wireName: r'pagination')
  Pagination? get pagination;

  ApiResponseRebuilt._();

  factory ApiResponseRebuilt([void updates(ApiResponseRebuiltBuilder b)]) = _$ApiResponseRebuilt;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ApiResponseRebuiltBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ApiResponseRebuilt> get serializer => _$ApiResponseRebuiltSerializer();
}

class _$ApiResponseRebuiltSerializer implements PrimitiveSerializer<ApiResponseRebuilt> {
  @override
  final Iterable<Type> types = const [ApiResponseRebuilt, _$ApiResponseRebuilt];

  @override
  final String wireName = r'ApiResponseRebuilt';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ApiResponseRebuilt object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.success != null) {
      yield r'success';
      yield serializers.serialize(
        object.success,
        specifiedType: const FullType(bool),
      );
    }
    if (object.data != null) {
      yield r'data';
      yield serializers.serialize(
        object.data,
        specifiedType: const FullType(Rebuilt),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(Meta),
      );
    }
    if (object.pagination != null) {
      yield r'pagination';
      yield serializers.serialize(
        object.pagination,
        specifiedType: const FullType(Pagination),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ApiResponseRebuilt object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ApiResponseRebuiltBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'success':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.success = valueDes;
          break;
        case r'data':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Rebuilt),
          ) as Rebuilt?;
          if (valueDes == null) continue;
          result.data.replace(valueDes);
          break;
        case r'meta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Meta),
          ) as Meta?;
          if (valueDes == null) continue;
          result.meta.replace(valueDes);
          break;
        case r'pagination':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Pagination),
          ) as Pagination?;
          if (valueDes == null) continue;
          result.pagination.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ApiResponseRebuilt deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ApiResponseRebuiltBuilder();
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


