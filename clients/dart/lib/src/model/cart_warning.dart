//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'cart_warning.g.dart';

/// CartWarning
///
/// Properties:
/// * [code] 
/// * [variantId] 
/// * [message] 
@BuiltValue()
abstract class CartWarning implements Built<CartWarning, CartWarningBuilder> {
  @BuiltValueField(wireName: r'code')
  CartWarningCodeEnum? get code;
  // enum codeEnum {  PRICE_CHANGED,  OUT_OF_STOCK,  QUANTITY_REDUCED,  UNAVAILABLE,  PRICES_MAY_BE_STALE,  };

  @BuiltValueField(wireName: r'variantId')
  String? get variantId;

  @BuiltValueField(wireName: r'message')
  String? get message;

  CartWarning._();

  factory CartWarning([void updates(CartWarningBuilder b)]) = _$CartWarning;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CartWarningBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<CartWarning> get serializer => _$CartWarningSerializer();
}

class _$CartWarningSerializer implements PrimitiveSerializer<CartWarning> {
  @override
  final Iterable<Type> types = const [CartWarning, _$CartWarning];

  @override
  final String wireName = r'CartWarning';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    CartWarning object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.code != null) {
      yield r'code';
      yield serializers.serialize(
        object.code,
        specifiedType: const FullType(CartWarningCodeEnum),
      );
    }
    if (object.variantId != null) {
      yield r'variantId';
      yield serializers.serialize(
        object.variantId,
        specifiedType: const FullType(String),
      );
    }
    if (object.message != null) {
      yield r'message';
      yield serializers.serialize(
        object.message,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    CartWarning object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CartWarningBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(CartWarningCodeEnum),
          ) as CartWarningCodeEnum?;
          if (valueDes == null) continue;
          result.code = valueDes;
          break;
        case r'variantId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.variantId = valueDes;
          break;
        case r'message':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.message = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  CartWarning deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CartWarningBuilder();
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


class CartWarningCodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PRICE_CHANGED')
  static const CartWarningCodeEnum PRICE_CHANGED = _$cartWarningCodeEnum_PRICE_CHANGED;
  @BuiltValueEnumConst(wireName: r'OUT_OF_STOCK')
  static const CartWarningCodeEnum OUT_OF_STOCK = _$cartWarningCodeEnum_OUT_OF_STOCK;
  @BuiltValueEnumConst(wireName: r'QUANTITY_REDUCED')
  static const CartWarningCodeEnum QUANTITY_REDUCED = _$cartWarningCodeEnum_QUANTITY_REDUCED;
  @BuiltValueEnumConst(wireName: r'UNAVAILABLE')
  static const CartWarningCodeEnum UNAVAILABLE = _$cartWarningCodeEnum_UNAVAILABLE;
  @BuiltValueEnumConst(wireName: r'PRICES_MAY_BE_STALE')
  static const CartWarningCodeEnum PRICES_MAY_BE_STALE = _$cartWarningCodeEnum_PRICES_MAY_BE_STALE;

  static Serializer<CartWarningCodeEnum> get serializer => _$cartWarningCodeEnumSerializer;

  const CartWarningCodeEnum._(String name): super(name);

  static BuiltSet<CartWarningCodeEnum> get values => _$cartWarningCodeEnumValues;
  static CartWarningCodeEnum valueOf(String name) => _$cartWarningCodeEnumValueOf(name);
}

