//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/grower_ref.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'variant_view.g.dart';

/// VariantView
///
/// Properties:
/// * [id] 
/// * [label] 
/// * [unit] 
/// * [unitValue] 
/// * [price] 
/// * [mrp] 
/// * [currency] 
/// * [discountPercent] 
/// * [pricePerKg] 
/// * [pricePerLitre] 
/// * [minQuantity] 
/// * [stepQuantity] 
/// * [maxPerOrder] 
/// * [inStock] 
/// * [active] 
/// * [farm] 
@BuiltValue()
abstract class VariantView implements Built<VariantView, VariantViewBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'label')
  String? get label;

  @BuiltValueField(wireName: r'unit')
  VariantViewUnitEnum? get unit;
  // enum unitEnum {  KG,  G,  L,  ML,  PIECE,  BUNCH,  DOZEN,  };

  @BuiltValueField(wireName: r'unitValue')
  int? get unitValue;

  @BuiltValueField(wireName: r'price')
  int? get price;

  @BuiltValueField(wireName: r'mrp')
  int? get mrp;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  @BuiltValueField(wireName: r'discountPercent')
  int? get discountPercent;

  @BuiltValueField(wireName: r'pricePerKg')
  int? get pricePerKg;

  @BuiltValueField(wireName: r'pricePerLitre')
  int? get pricePerLitre;

  @BuiltValueField(wireName: r'minQuantity')
  int? get minQuantity;

  @BuiltValueField(wireName: r'stepQuantity')
  int? get stepQuantity;

  @BuiltValueField(wireName: r'maxPerOrder')
  int? get maxPerOrder;

  @BuiltValueField(wireName: r'inStock')
  bool? get inStock;

  @BuiltValueField(wireName: r'active')
  bool? get active;

  @BuiltValueField(wireName: r'farm')
  GrowerRef? get farm;

  VariantView._();

  factory VariantView([void updates(VariantViewBuilder b)]) = _$VariantView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(VariantViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<VariantView> get serializer => _$VariantViewSerializer();
}

class _$VariantViewSerializer implements PrimitiveSerializer<VariantView> {
  @override
  final Iterable<Type> types = const [VariantView, _$VariantView];

  @override
  final String wireName = r'VariantView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    VariantView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.label != null) {
      yield r'label';
      yield serializers.serialize(
        object.label,
        specifiedType: const FullType(String),
      );
    }
    if (object.unit != null) {
      yield r'unit';
      yield serializers.serialize(
        object.unit,
        specifiedType: const FullType(VariantViewUnitEnum),
      );
    }
    if (object.unitValue != null) {
      yield r'unitValue';
      yield serializers.serialize(
        object.unitValue,
        specifiedType: const FullType(int),
      );
    }
    if (object.price != null) {
      yield r'price';
      yield serializers.serialize(
        object.price,
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
    if (object.currency != null) {
      yield r'currency';
      yield serializers.serialize(
        object.currency,
        specifiedType: const FullType(String),
      );
    }
    if (object.discountPercent != null) {
      yield r'discountPercent';
      yield serializers.serialize(
        object.discountPercent,
        specifiedType: const FullType(int),
      );
    }
    if (object.pricePerKg != null) {
      yield r'pricePerKg';
      yield serializers.serialize(
        object.pricePerKg,
        specifiedType: const FullType(int),
      );
    }
    if (object.pricePerLitre != null) {
      yield r'pricePerLitre';
      yield serializers.serialize(
        object.pricePerLitre,
        specifiedType: const FullType(int),
      );
    }
    if (object.minQuantity != null) {
      yield r'minQuantity';
      yield serializers.serialize(
        object.minQuantity,
        specifiedType: const FullType(int),
      );
    }
    if (object.stepQuantity != null) {
      yield r'stepQuantity';
      yield serializers.serialize(
        object.stepQuantity,
        specifiedType: const FullType(int),
      );
    }
    if (object.maxPerOrder != null) {
      yield r'maxPerOrder';
      yield serializers.serialize(
        object.maxPerOrder,
        specifiedType: const FullType(int),
      );
    }
    if (object.inStock != null) {
      yield r'inStock';
      yield serializers.serialize(
        object.inStock,
        specifiedType: const FullType(bool),
      );
    }
    if (object.active != null) {
      yield r'active';
      yield serializers.serialize(
        object.active,
        specifiedType: const FullType(bool),
      );
    }
    if (object.farm != null) {
      yield r'farm';
      yield serializers.serialize(
        object.farm,
        specifiedType: const FullType(GrowerRef),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    VariantView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required VariantViewBuilder result,
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
        case r'label':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.label = valueDes;
          break;
        case r'unit':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(VariantViewUnitEnum),
          ) as VariantViewUnitEnum?;
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
        case r'price':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.price = valueDes;
          break;
        case r'mrp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.mrp = valueDes;
          break;
        case r'currency':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.currency = valueDes;
          break;
        case r'discountPercent':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.discountPercent = valueDes;
          break;
        case r'pricePerKg':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.pricePerKg = valueDes;
          break;
        case r'pricePerLitre':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.pricePerLitre = valueDes;
          break;
        case r'minQuantity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.minQuantity = valueDes;
          break;
        case r'stepQuantity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.stepQuantity = valueDes;
          break;
        case r'maxPerOrder':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.maxPerOrder = valueDes;
          break;
        case r'inStock':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.inStock = valueDes;
          break;
        case r'active':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.active = valueDes;
          break;
        case r'farm':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(GrowerRef),
          ) as GrowerRef?;
          if (valueDes == null) continue;
          result.farm.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  VariantView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = VariantViewBuilder();
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


class VariantViewUnitEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'KG')
  static const VariantViewUnitEnum KG = _$variantViewUnitEnum_KG;
  @BuiltValueEnumConst(wireName: r'G')
  static const VariantViewUnitEnum G = _$variantViewUnitEnum_G;
  @BuiltValueEnumConst(wireName: r'L')
  static const VariantViewUnitEnum L = _$variantViewUnitEnum_L;
  @BuiltValueEnumConst(wireName: r'ML')
  static const VariantViewUnitEnum ML = _$variantViewUnitEnum_ML;
  @BuiltValueEnumConst(wireName: r'PIECE')
  static const VariantViewUnitEnum PIECE = _$variantViewUnitEnum_PIECE;
  @BuiltValueEnumConst(wireName: r'BUNCH')
  static const VariantViewUnitEnum BUNCH = _$variantViewUnitEnum_BUNCH;
  @BuiltValueEnumConst(wireName: r'DOZEN')
  static const VariantViewUnitEnum DOZEN = _$variantViewUnitEnum_DOZEN;

  static Serializer<VariantViewUnitEnum> get serializer => _$variantViewUnitEnumSerializer;

  const VariantViewUnitEnum._(String name): super(name);

  static BuiltSet<VariantViewUnitEnum> get values => _$variantViewUnitEnumValues;
  static VariantViewUnitEnum valueOf(String name) => _$variantViewUnitEnumValueOf(name);
}

