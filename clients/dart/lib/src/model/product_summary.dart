//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/product_image.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/category_ref.dart';
import 'package:vurksha_api/src/model/rating.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'product_summary.g.dart';

/// ProductSummary
///
/// Properties:
/// * [id] 
/// * [slug] 
/// * [name] 
/// * [nameHi] 
/// * [image] - the same as imageUrl
/// * [imageUrl] 
/// * [images] 
/// * [category] 
/// * [farmName] 
/// * [fromPrice] 
/// * [mrp] 
/// * [fromLabel] 
/// * [currency] 
/// * [inStock] 
/// * [rating] 
@BuiltValue()
abstract class ProductSummary implements Built<ProductSummary, ProductSummaryBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'slug')
  String? get slug;

  @BuiltValueField(wireName: r'name')
  String? get name;

  @BuiltValueField(wireName: r'nameHi')
  String? get nameHi;

  /// the same as imageUrl
  @Deprecated('image has been deprecated')
  @BuiltValueField(wireName: r'image')
  String? get image;

  @BuiltValueField(wireName: r'imageUrl')
  String? get imageUrl;

  @BuiltValueField(wireName: r'images')
  BuiltList<ProductImage>? get images;

  @BuiltValueField(wireName: r'category')
  CategoryRef? get category;

  @BuiltValueField(wireName: r'farmName')
  String? get farmName;

  @BuiltValueField(wireName: r'fromPrice')
  int? get fromPrice;

  @BuiltValueField(wireName: r'mrp')
  int? get mrp;

  @BuiltValueField(wireName: r'fromLabel')
  String? get fromLabel;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  @BuiltValueField(wireName: r'inStock')
  bool? get inStock;

  @BuiltValueField(wireName: r'rating')
  Rating? get rating;

  ProductSummary._();

  factory ProductSummary([void updates(ProductSummaryBuilder b)]) = _$ProductSummary;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProductSummaryBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProductSummary> get serializer => _$ProductSummarySerializer();
}

class _$ProductSummarySerializer implements PrimitiveSerializer<ProductSummary> {
  @override
  final Iterable<Type> types = const [ProductSummary, _$ProductSummary];

  @override
  final String wireName = r'ProductSummary';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProductSummary object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.slug != null) {
      yield r'slug';
      yield serializers.serialize(
        object.slug,
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
    if (object.nameHi != null) {
      yield r'nameHi';
      yield serializers.serialize(
        object.nameHi,
        specifiedType: const FullType(String),
      );
    }
    if (object.image != null) {
      yield r'image';
      yield serializers.serialize(
        object.image,
        specifiedType: const FullType(String),
      );
    }
    if (object.imageUrl != null) {
      yield r'imageUrl';
      yield serializers.serialize(
        object.imageUrl,
        specifiedType: const FullType(String),
      );
    }
    if (object.images != null) {
      yield r'images';
      yield serializers.serialize(
        object.images,
        specifiedType: const FullType(BuiltList, [FullType(ProductImage)]),
      );
    }
    if (object.category != null) {
      yield r'category';
      yield serializers.serialize(
        object.category,
        specifiedType: const FullType(CategoryRef),
      );
    }
    if (object.farmName != null) {
      yield r'farmName';
      yield serializers.serialize(
        object.farmName,
        specifiedType: const FullType(String),
      );
    }
    if (object.fromPrice != null) {
      yield r'fromPrice';
      yield serializers.serialize(
        object.fromPrice,
        specifiedType: const FullType(int),
      );
    }
    if (object.mrp != null) {
      yield r'mrp';
      yield serializers.serialize(
        object.mrp,
        specifiedType: const FullType(int),
      );
    }
    if (object.fromLabel != null) {
      yield r'fromLabel';
      yield serializers.serialize(
        object.fromLabel,
        specifiedType: const FullType(String),
      );
    }
    if (object.currency != null) {
      yield r'currency';
      yield serializers.serialize(
        object.currency,
        specifiedType: const FullType(String),
      );
    }
    if (object.inStock != null) {
      yield r'inStock';
      yield serializers.serialize(
        object.inStock,
        specifiedType: const FullType(bool),
      );
    }
    if (object.rating != null) {
      yield r'rating';
      yield serializers.serialize(
        object.rating,
        specifiedType: const FullType(Rating),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProductSummary object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProductSummaryBuilder result,
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
        case r'slug':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.slug = valueDes;
          break;
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.name = valueDes;
          break;
        case r'nameHi':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.nameHi = valueDes;
          break;
        case r'image':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.image = valueDes;
          break;
        case r'imageUrl':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.imageUrl = valueDes;
          break;
        case r'images':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(ProductImage)]),
          ) as BuiltList<ProductImage>?;
          if (valueDes == null) continue;
          result.images.replace(valueDes);
          break;
        case r'category':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(CategoryRef),
          ) as CategoryRef?;
          if (valueDes == null) continue;
          result.category.replace(valueDes);
          break;
        case r'farmName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.farmName = valueDes;
          break;
        case r'fromPrice':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.fromPrice = valueDes;
          break;
        case r'mrp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.mrp = valueDes;
          break;
        case r'fromLabel':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.fromLabel = valueDes;
          break;
        case r'currency':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.currency = valueDes;
          break;
        case r'inStock':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.inStock = valueDes;
          break;
        case r'rating':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Rating),
          ) as Rating?;
          if (valueDes == null) continue;
          result.rating.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProductSummary deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProductSummaryBuilder();
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


