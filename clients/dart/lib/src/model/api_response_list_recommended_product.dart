//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:vurksha_api/src/model/recommended_product.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'api_response_list_recommended_product.g.dart';

/// ApiResponseListRecommendedProduct
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
/// * [pagination] 
@BuiltValue()
abstract class ApiResponseListRecommendedProduct implements Built<ApiResponseListRecommendedProduct, ApiResponseListRecommendedProductBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  BuiltList<RecommendedProduct>? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  @BuiltValueField(wireName: r'pagination')
  Pagination? get pagination;

  ApiResponseListRecommendedProduct._();

  factory ApiResponseListRecommendedProduct([void updates(ApiResponseListRecommendedProductBuilder b)]) = _$ApiResponseListRecommendedProduct;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ApiResponseListRecommendedProductBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ApiResponseListRecommendedProduct> get serializer => _$ApiResponseListRecommendedProductSerializer();
}

class _$ApiResponseListRecommendedProductSerializer implements PrimitiveSerializer<ApiResponseListRecommendedProduct> {
  @override
  final Iterable<Type> types = const [ApiResponseListRecommendedProduct, _$ApiResponseListRecommendedProduct];

  @override
  final String wireName = r'ApiResponseListRecommendedProduct';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ApiResponseListRecommendedProduct object, {
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
        specifiedType: const FullType(BuiltList, [FullType(RecommendedProduct)]),
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
    ApiResponseListRecommendedProduct object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ApiResponseListRecommendedProductBuilder result,
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
            specifiedType: const FullType.nullable(BuiltList, [FullType(RecommendedProduct)]),
          ) as BuiltList<RecommendedProduct>?;
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
  ApiResponseListRecommendedProduct deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ApiResponseListRecommendedProductBuilder();
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


