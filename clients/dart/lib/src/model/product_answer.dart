//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/meta.dart';
import 'package:vurksha_api/src/model/product_detail.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'product_answer.g.dart';

/// ProductAnswer
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class ProductAnswer implements Built<ProductAnswer, ProductAnswerBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  ProductDetail? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  ProductAnswer._();

  factory ProductAnswer([void updates(ProductAnswerBuilder b)]) = _$ProductAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProductAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProductAnswer> get serializer => _$ProductAnswerSerializer();
}

class _$ProductAnswerSerializer implements PrimitiveSerializer<ProductAnswer> {
  @override
  final Iterable<Type> types = const [ProductAnswer, _$ProductAnswer];

  @override
  final String wireName = r'ProductAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProductAnswer object, {
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
        specifiedType: const FullType(ProductDetail),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(Meta),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProductAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProductAnswerBuilder result,
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
            specifiedType: const FullType.nullable(ProductDetail),
          ) as ProductDetail?;
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
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProductAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProductAnswerBuilder();
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


