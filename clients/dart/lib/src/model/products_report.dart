//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/date.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/product_report_row.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'products_report.g.dart';

/// ProductsReport
///
/// Properties:
/// * [from] 
/// * [to] 
/// * [sort] 
/// * [products] 
@BuiltValue()
abstract class ProductsReport implements Built<ProductsReport, ProductsReportBuilder> {
  @BuiltValueField(wireName: r'from')
  Date? get from;

  @BuiltValueField(wireName: r'to')
  Date? get to;

  @BuiltValueField(wireName: r'sort')
  String? get sort;

  @BuiltValueField(wireName: r'products')
  BuiltList<ProductReportRow>? get products;

  ProductsReport._();

  factory ProductsReport([void updates(ProductsReportBuilder b)]) = _$ProductsReport;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProductsReportBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProductsReport> get serializer => _$ProductsReportSerializer();
}

class _$ProductsReportSerializer implements PrimitiveSerializer<ProductsReport> {
  @override
  final Iterable<Type> types = const [ProductsReport, _$ProductsReport];

  @override
  final String wireName = r'ProductsReport';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProductsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.from != null) {
      yield r'from';
      yield serializers.serialize(
        object.from,
        specifiedType: const FullType(Date),
      );
    }
    if (object.to != null) {
      yield r'to';
      yield serializers.serialize(
        object.to,
        specifiedType: const FullType(Date),
      );
    }
    if (object.sort != null) {
      yield r'sort';
      yield serializers.serialize(
        object.sort,
        specifiedType: const FullType(String),
      );
    }
    if (object.products != null) {
      yield r'products';
      yield serializers.serialize(
        object.products,
        specifiedType: const FullType(BuiltList, [FullType(ProductReportRow)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ProductsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProductsReportBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'from':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Date),
          ) as Date?;
          if (valueDes == null) continue;
          result.from = valueDes;
          break;
        case r'to':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Date),
          ) as Date?;
          if (valueDes == null) continue;
          result.to = valueDes;
          break;
        case r'sort':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.sort = valueDes;
          break;
        case r'products':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(ProductReportRow)]),
          ) as BuiltList<ProductReportRow>?;
          if (valueDes == null) continue;
          result.products.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProductsReport deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProductsReportBuilder();
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


