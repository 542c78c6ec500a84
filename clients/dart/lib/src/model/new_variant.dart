//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'new_variant.g.dart';

/// NewVariant
///
/// Properties:
/// * [unit] 
/// * [unitValue] 
/// * [price] 
/// * [mrp] 
/// * [minQuantity] 
/// * [stepQuantity] 
/// * [maxPerOrder] 
/// * [farmId] 
/// * [initialStock] 
/// * [sortOrder] 
@BuiltValue()
abstract class NewVariant implements Built<NewVariant, NewVariantBuilder> {
  @BuiltValueField(wireName: r'unit')
  NewVariantUnitEnum get unit;
  // enum unitEnum {  KG,  G,  L,  ML,  PIECE,  BUNCH,  DOZEN,  };

  @BuiltValueField(wireName: r'unitValue')
  int get unitValue;

  @BuiltValueField(wireName: r'price')
  int get price;

  @BuiltValueField(wireName: r'mrp')
  int get mrp;

  @BuiltValueField(wireName: r'minQuantity')
  int? get minQuantity;

  @BuiltValueField(wireName: r'stepQuantity')
  int? get stepQuantity;

  @BuiltValueField(wireName: r'maxPerOrder')
  int? get maxPerOrder;

  @BuiltValueField(wireName: r'farmId')
  String? get farmId;

  @BuiltValueField(wireName: r'initialStock')
  int? get initialStock;

  @BuiltValueField(wireName: r'sortOrder')
  int? get sortOrder;

  NewVariant._();

  factory NewVariant([void updates(NewVariantBuilder b)]) = _$NewVariant;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(NewVariantBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<NewVariant> get serializer => _$NewVariantSerializer();
}

class _$NewVariantSerializer implements PrimitiveSerializer<NewVariant> {
  @override
  final Iterable<Type> types = const [NewVariant, _$NewVariant];

  @override
  final String wireName = r'NewVariant';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    NewVariant object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'unit';
    yield serializers.serialize(
      object.unit,
      specifiedType: const FullType(NewVariantUnitEnum),
    );
    yield r'unitValue';
    yield serializers.serialize(
      object.unitValue,
      specifiedType: const FullType(int),
    );
    yield r'price';
    yield serializers.serialize(
      object.price,
      specifiedType: const FullType(int),
    );
    yield r'mrp';
    yield serializers.serialize(
      object.mrp,
      specifiedType: const FullType(int),
    );
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
    if (object.farmId != null) {
      yield r'farmId';
      yield serializers.serialize(
        object.farmId,
        specifiedType: const FullType(String),
      );
    }
    if (object.initialStock != null) {
      yield r'initialStock';
      yield serializers.serialize(
        object.initialStock,
        specifiedType: const FullType(int),
      );
    }
    if (object.sortOrder != null) {
      yield r'sortOrder';
      yield serializers.serialize(
        object.sortOrder,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    NewVariant object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required NewVariantBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'unit':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(NewVariantUnitEnum),
          ) as NewVariantUnitEnum;
          result.unit = valueDes;
          break;
        case r'unitValue':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.unitValue = valueDes;
          break;
        case r'price':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.price = valueDes;
          break;
        case r'mrp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.mrp = valueDes;
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
        case r'farmId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.farmId = valueDes;
          break;
        case r'initialStock':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.initialStock = valueDes;
          break;
        case r'sortOrder':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.sortOrder = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  NewVariant deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = NewVariantBuilder();
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


class NewVariantUnitEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'KG')
  static const NewVariantUnitEnum KG = _$newVariantUnitEnum_KG;
  @BuiltValueEnumConst(wireName: r'G')
  static const NewVariantUnitEnum G = _$newVariantUnitEnum_G;
  @BuiltValueEnumConst(wireName: r'L')
  static const NewVariantUnitEnum L = _$newVariantUnitEnum_L;
  @BuiltValueEnumConst(wireName: r'ML')
  static const NewVariantUnitEnum ML = _$newVariantUnitEnum_ML;
  @BuiltValueEnumConst(wireName: r'PIECE')
  static const NewVariantUnitEnum PIECE = _$newVariantUnitEnum_PIECE;
  @BuiltValueEnumConst(wireName: r'BUNCH')
  static const NewVariantUnitEnum BUNCH = _$newVariantUnitEnum_BUNCH;
  @BuiltValueEnumConst(wireName: r'DOZEN')
  static const NewVariantUnitEnum DOZEN = _$newVariantUnitEnum_DOZEN;

  static Serializer<NewVariantUnitEnum> get serializer => _$newVariantUnitEnumSerializer;

  const NewVariantUnitEnum._(String name): super(name);

  static BuiltSet<NewVariantUnitEnum> get values => _$newVariantUnitEnumValues;
  static NewVariantUnitEnum valueOf(String name) => _$newVariantUnitEnumValueOf(name);
}

