//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/bucket.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/price_range.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'facets.g.dart';

/// Facets
///
/// Properties:
/// * [categories] 
/// * [priceRanges] 
/// * [organic] 
/// * [farms] 
@BuiltValue()
abstract class Facets implements Built<Facets, FacetsBuilder> {
  @BuiltValueField(wireName: r'categories')
  BuiltList<Bucket>? get categories;

  @BuiltValueField(wireName: r'priceRanges')
  BuiltList<PriceRange>? get priceRanges;

  @BuiltValueField(wireName: r'organic')
  BuiltMap<String, int>? get organic;

  @BuiltValueField(wireName: r'farms')
  BuiltList<Bucket>? get farms;

  Facets._();

  factory Facets([void updates(FacetsBuilder b)]) = _$Facets;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(FacetsBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Facets> get serializer => _$FacetsSerializer();
}

class _$FacetsSerializer implements PrimitiveSerializer<Facets> {
  @override
  final Iterable<Type> types = const [Facets, _$Facets];

  @override
  final String wireName = r'Facets';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Facets object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.categories != null) {
      yield r'categories';
      yield serializers.serialize(
        object.categories,
        specifiedType: const FullType(BuiltList, [FullType(Bucket)]),
      );
    }
    if (object.priceRanges != null) {
      yield r'priceRanges';
      yield serializers.serialize(
        object.priceRanges,
        specifiedType: const FullType(BuiltList, [FullType(PriceRange)]),
      );
    }
    if (object.organic != null) {
      yield r'organic';
      yield serializers.serialize(
        object.organic,
        specifiedType: const FullType(BuiltMap, [FullType(String), FullType(int)]),
      );
    }
    if (object.farms != null) {
      yield r'farms';
      yield serializers.serialize(
        object.farms,
        specifiedType: const FullType(BuiltList, [FullType(Bucket)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Facets object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required FacetsBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'categories':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(Bucket)]),
          ) as BuiltList<Bucket>?;
          if (valueDes == null) continue;
          result.categories.replace(valueDes);
          break;
        case r'priceRanges':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(PriceRange)]),
          ) as BuiltList<PriceRange>?;
          if (valueDes == null) continue;
          result.priceRanges.replace(valueDes);
          break;
        case r'organic':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType(int)]),
          ) as BuiltMap<String, int>?;
          if (valueDes == null) continue;
          result.organic.replace(valueDes);
          break;
        case r'farms':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(Bucket)]),
          ) as BuiltList<Bucket>?;
          if (valueDes == null) continue;
          result.farms.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Facets deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = FacetsBuilder();
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


