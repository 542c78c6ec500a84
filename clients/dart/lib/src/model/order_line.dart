//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'order_line.g.dart';

/// OrderLine
///
/// Properties:
/// * [variantId] 
/// * [productId] 
/// * [productName] 
/// * [productNameHi] 
/// * [variantLabel] 
/// * [unit] 
/// * [unitValue] 
/// * [farmId] 
/// * [farmName] 
/// * [unitPrice] 
/// * [mrp] 
/// * [quantity] 
/// * [lineTotal] 
/// * [gstRateBp] 
/// * [hsnCode] 
/// * [tax] 
@BuiltValue()
abstract class OrderLine implements Built<OrderLine, OrderLineBuilder> {
  @BuiltValueField(wireName: r'variantId')
  String? get variantId;

  @BuiltValueField(wireName: r'productId')
  String? get productId;

  @BuiltValueField(wireName: r'productName')
  String? get productName;

  @BuiltValueField(wireName: r'productNameHi')
  String? get productNameHi;

  @BuiltValueField(wireName: r'variantLabel')
  String? get variantLabel;

  @BuiltValueField(wireName: r'unit')
  String? get unit;

  @BuiltValueField(wireName: r'unitValue')
  int? get unitValue;

  @BuiltValueField(wireName: r'farmId')
  String? get farmId;

  @BuiltValueField(wireName: r'farmName')
  String? get farmName;

  @BuiltValueField(wireName: r'unitPrice')
  int? get unitPrice;

  @BuiltValueField(wireName: r'mrp')
  int? get mrp;

  @BuiltValueField(wireName: r'quantity')
  int? get quantity;

  @BuiltValueField(wireName: r'lineTotal')
  int? get lineTotal;

  @BuiltValueField(wireName: r'gstRateBp')
  int? get gstRateBp;

  @BuiltValueField(wireName: r'hsnCode')
  String? get hsnCode;

  @BuiltValueField(wireName: r'tax')
  int? get tax;

  OrderLine._();

  factory OrderLine([void updates(OrderLineBuilder b)]) = _$OrderLine;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OrderLineBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OrderLine> get serializer => _$OrderLineSerializer();
}

class _$OrderLineSerializer implements PrimitiveSerializer<OrderLine> {
  @override
  final Iterable<Type> types = const [OrderLine, _$OrderLine];

  @override
  final String wireName = r'OrderLine';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OrderLine object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.variantId != null) {
      yield r'variantId';
      yield serializers.serialize(
        object.variantId,
        specifiedType: const FullType(String),
      );
    }
    if (object.productId != null) {
      yield r'productId';
      yield serializers.serialize(
        object.productId,
        specifiedType: const FullType(String),
      );
    }
    if (object.productName != null) {
      yield r'productName';
      yield serializers.serialize(
        object.productName,
        specifiedType: const FullType(String),
      );
    }
    if (object.productNameHi != null) {
      yield r'productNameHi';
      yield serializers.serialize(
        object.productNameHi,
        specifiedType: const FullType(String),
      );
    }
    if (object.variantLabel != null) {
      yield r'variantLabel';
      yield serializers.serialize(
        object.variantLabel,
        specifiedType: const FullType(String),
      );
    }
    if (object.unit != null) {
      yield r'unit';
      yield serializers.serialize(
        object.unit,
        specifiedType: const FullType(String),
      );
    }
    if (object.unitValue != null) {
      yield r'unitValue';
      yield serializers.serialize(
        object.unitValue,
        specifiedType: const FullType(int),
      );
    }
    if (object.farmId != null) {
      yield r'farmId';
      yield serializers.serialize(
        object.farmId,
        specifiedType: const FullType(String),
      );
    }
    if (object.farmName != null) {
      yield r'farmName';
      yield serializers.serialize(
        object.farmName,
        specifiedType: const FullType(String),
      );
    }
    if (object.unitPrice != null) {
      yield r'unitPrice';
      yield serializers.serialize(
        object.unitPrice,
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
    if (object.quantity != null) {
      yield r'quantity';
      yield serializers.serialize(
        object.quantity,
        specifiedType: const FullType(int),
      );
    }
    if (object.lineTotal != null) {
      yield r'lineTotal';
      yield serializers.serialize(
        object.lineTotal,
        specifiedType: const FullType(int),
      );
    }
    if (object.gstRateBp != null) {
      yield r'gstRateBp';
      yield serializers.serialize(
        object.gstRateBp,
        specifiedType: const FullType(int),
      );
    }
    if (object.hsnCode != null) {
      yield r'hsnCode';
      yield serializers.serialize(
        object.hsnCode,
        specifiedType: const FullType(String),
      );
    }
    if (object.tax != null) {
      yield r'tax';
      yield serializers.serialize(
        object.tax,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    OrderLine object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OrderLineBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'variantId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.variantId = valueDes;
          break;
        case r'productId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.productId = valueDes;
          break;
        case r'productName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.productName = valueDes;
          break;
        case r'productNameHi':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.productNameHi = valueDes;
          break;
        case r'variantLabel':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.variantLabel = valueDes;
          break;
        case r'unit':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.unit = valueDes;
          break;
        case r'unitValue':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.unitValue = valueDes;
          break;
        case r'farmId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.farmId = valueDes;
          break;
        case r'farmName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.farmName = valueDes;
          break;
        case r'unitPrice':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.unitPrice = valueDes;
          break;
        case r'mrp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.mrp = valueDes;
          break;
        case r'quantity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.quantity = valueDes;
          break;
        case r'lineTotal':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.lineTotal = valueDes;
          break;
        case r'gstRateBp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.gstRateBp = valueDes;
          break;
        case r'hsnCode':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.hsnCode = valueDes;
          break;
        case r'tax':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.tax = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OrderLine deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OrderLineBuilder();
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


