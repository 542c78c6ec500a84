//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'product_status_change.g.dart';

/// ProductStatusChange
///
/// Properties:
/// * [status] 
@BuiltValue()
abstract class ProductStatusChange implements Built<ProductStatusChange, ProductStatusChangeBuilder> {
  @BuiltValueField(wireName: r'status')
  ProductStatusChangeStatusEnum get status;
  // enum statusEnum {  PUBLISHED,  HIDDEN,  };

  ProductStatusChange._();

  factory ProductStatusChange([void updates(ProductStatusChangeBuilder b)]) = _$ProductStatusChange;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ProductStatusChangeBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ProductStatusChange> get serializer => _$ProductStatusChangeSerializer();
}

class _$ProductStatusChangeSerializer implements PrimitiveSerializer<ProductStatusChange> {
  @override
  final Iterable<Type> types = const [ProductStatusChange, _$ProductStatusChange];

  @override
  final String wireName = r'ProductStatusChange';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ProductStatusChange object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(ProductStatusChangeStatusEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ProductStatusChange object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ProductStatusChangeBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(ProductStatusChangeStatusEnum),
          ) as ProductStatusChangeStatusEnum;
          result.status = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ProductStatusChange deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ProductStatusChangeBuilder();
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


class ProductStatusChangeStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PUBLISHED')
  static const ProductStatusChangeStatusEnum PUBLISHED = _$productStatusChangeStatusEnum_PUBLISHED;
  @BuiltValueEnumConst(wireName: r'HIDDEN')
  static const ProductStatusChangeStatusEnum HIDDEN = _$productStatusChangeStatusEnum_HIDDEN;

  static Serializer<ProductStatusChangeStatusEnum> get serializer => _$productStatusChangeStatusEnumSerializer;

  const ProductStatusChangeStatusEnum._(String name): super(name);

  static BuiltSet<ProductStatusChangeStatusEnum> get values => _$productStatusChangeStatusEnumValues;
  static ProductStatusChangeStatusEnum valueOf(String name) => _$productStatusChangeStatusEnumValueOf(name);
}

