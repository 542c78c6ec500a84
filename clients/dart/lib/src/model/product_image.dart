//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/image_variant.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'product_image.g.dart';

/// ProductImage
///
/// Properties:
/// * [fileId] 
/// * [thumb] 
/// * [card] 
/// * [full] 
@BuiltValue()
abstract class ProductImage implements Built<ProductImage, ProductImageBuilder> {
  @BuiltValueField(wireName: r'fileId')
  String? get fileId;

  @BuiltValueField(wireName: r'thumb')
  ImageVariant? get thumb;

  @BuiltValueField(wireName: r'card')
  ImageVariant? get card;

  @BuiltValueField(wireName: r'full')
  ImageVariant? get full;

  ProductImage._();

  factory ProductImage([void updates(ProductImageBuilder b)]) = _$ProductImage;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProductImageBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProductImage> get serializer => _$ProductImageSerializer();
}

class _$ProductImageSerializer implements PrimitiveSerializer<ProductImage> {
  @override
  final Iterable<Type> types = const [ProductImage, _$ProductImage];

  @override
  final String wireName = r'ProductImage';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProductImage object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.fileId != null) {
      yield r'fileId';
      yield serializers.serialize(
        object.fileId,
        specifiedType: const FullType(String),
      );
    }
    if (object.thumb != null) {
      yield r'thumb';
      yield serializers.serialize(
        object.thumb,
        specifiedType: const FullType(ImageVariant),
      );
    }
    if (object.card != null) {
      yield r'card';
      yield serializers.serialize(
        object.card,
        specifiedType: const FullType(ImageVariant),
      );
    }
    if (object.full != null) {
      yield r'full';
      yield serializers.serialize(
        object.full,
        specifiedType: const FullType(ImageVariant),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProductImage object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProductImageBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'fileId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.fileId = valueDes;
          break;
        case r'thumb':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ImageVariant),
          ) as ImageVariant?;
          if (valueDes == null) continue;
          result.thumb.replace(valueDes);
          break;
        case r'card':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ImageVariant),
          ) as ImageVariant?;
          if (valueDes == null) continue;
          result.card.replace(valueDes);
          break;
        case r'full':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ImageVariant),
          ) as ImageVariant?;
          if (valueDes == null) continue;
          result.full.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProductImage deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProductImageBuilder();
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


