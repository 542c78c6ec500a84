//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'variant_changes.g.dart';

/// VariantChanges
///
/// Properties:
/// * [price] 
/// * [mrp] 
/// * [minQuantity] 
/// * [stepQuantity] 
/// * [maxPerOrder] 
/// * [farmId] 
/// * [active] 
/// * [sortOrder] 
@BuiltValue()
abstract class VariantChanges implements Built<VariantChanges, VariantChangesBuilder> {
  @BuiltValueField(wireName: r'price')
  int? get price;

  @BuiltValueField(wireName: r'mrp')
  int? get mrp;

  @BuiltValueField(wireName: r'minQuantity')
  int? get minQuantity;

  @BuiltValueField(wireName: r'stepQuantity')
  int? get stepQuantity;

  @BuiltValueField(wireName: r'maxPerOrder')
  int? get maxPerOrder;

  @BuiltValueField(wireName: r'farmId')
  String? get farmId;

  @BuiltValueField(wireName: r'active')
  bool? get active;

  @BuiltValueField(wireName: r'sortOrder')
  int? get sortOrder;

  VariantChanges._();

  factory VariantChanges([void updates(VariantChangesBuilder b)]) = _$VariantChanges;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(VariantChangesBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<VariantChanges> get serializer => _$VariantChangesSerializer();
}

class _$VariantChangesSerializer implements PrimitiveSerializer<VariantChanges> {
  @override
  final Iterable<Type> types = const [VariantChanges, _$VariantChanges];

  @override
  final String wireName = r'VariantChanges';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    VariantChanges object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
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
    if (object.active != null) {
      yield r'active';
      yield serializers.serialize(
        object.active,
        specifiedType: const FullType(bool),
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
    VariantChanges object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required VariantChangesBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
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
        case r'active':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.active = valueDes;
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
  VariantChanges deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = VariantChangesBuilder();
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


