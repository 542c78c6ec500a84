//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'new_coupon.g.dart';

/// NewCoupon
///
/// Properties:
/// * [code] 
/// * [kind] 
/// * [amount] 
/// * [maxDiscount] 
/// * [minOrder] 
/// * [validFrom] 
/// * [validTo] 
/// * [perCustomerLimit] 
@BuiltValue()
abstract class NewCoupon implements Built<NewCoupon, NewCouponBuilder> {
  @BuiltValueField(wireName: r'code')
  String get code;

  @BuiltValueField(wireName: r'kind')
  NewCouponKindEnum get kind;
  // enum kindEnum {  PERCENT,  FLAT,  };

  @BuiltValueField(wireName: r'amount')
  int? get amount;

  @BuiltValueField(wireName: r'maxDiscount')
  int? get maxDiscount;

  @BuiltValueField(wireName: r'minOrder')
  int? get minOrder;

  @BuiltValueField(wireName: r'validFrom')
  DateTime? get validFrom;

  @BuiltValueField(wireName: r'validTo')
  DateTime? get validTo;

  @BuiltValueField(wireName: r'perCustomerLimit')
  int? get perCustomerLimit;

  NewCoupon._();

  factory NewCoupon([void updates(NewCouponBuilder b)]) = _$NewCoupon;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(NewCouponBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<NewCoupon> get serializer => _$NewCouponSerializer();
}

class _$NewCouponSerializer implements PrimitiveSerializer<NewCoupon> {
  @override
  final Iterable<Type> types = const [NewCoupon, _$NewCoupon];

  @override
  final String wireName = r'NewCoupon';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    NewCoupon object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(String),
    );
    yield r'kind';
    yield serializers.serialize(
      object.kind,
      specifiedType: const FullType(NewCouponKindEnum),
    );
    if (object.amount != null) {
      yield r'amount';
      yield serializers.serialize(
        object.amount,
        specifiedType: const FullType(int),
      );
    }
    if (object.maxDiscount != null) {
      yield r'maxDiscount';
      yield serializers.serialize(
        object.maxDiscount,
        specifiedType: const FullType(int),
      );
    }
    if (object.minOrder != null) {
      yield r'minOrder';
      yield serializers.serialize(
        object.minOrder,
        specifiedType: const FullType(int),
      );
    }
    if (object.validFrom != null) {
      yield r'validFrom';
      yield serializers.serialize(
        object.validFrom,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.validTo != null) {
      yield r'validTo';
      yield serializers.serialize(
        object.validTo,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.perCustomerLimit != null) {
      yield r'perCustomerLimit';
      yield serializers.serialize(
        object.perCustomerLimit,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    NewCoupon object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required NewCouponBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.code = valueDes;
          break;
        case r'kind':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(NewCouponKindEnum),
          ) as NewCouponKindEnum;
          result.kind = valueDes;
          break;
        case r'amount':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.amount = valueDes;
          break;
        case r'maxDiscount':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.maxDiscount = valueDes;
          break;
        case r'minOrder':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.minOrder = valueDes;
          break;
        case r'validFrom':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.validFrom = valueDes;
          break;
        case r'validTo':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.validTo = valueDes;
          break;
        case r'perCustomerLimit':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.perCustomerLimit = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  NewCoupon deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = NewCouponBuilder();
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


class NewCouponKindEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PERCENT')
  static const NewCouponKindEnum PERCENT = _$newCouponKindEnum_PERCENT;
  @BuiltValueEnumConst(wireName: r'FLAT')
  static const NewCouponKindEnum FLAT = _$newCouponKindEnum_FLAT;

  static Serializer<NewCouponKindEnum> get serializer => _$newCouponKindEnumSerializer;

  const NewCouponKindEnum._(String name): super(name);

  static BuiltSet<NewCouponKindEnum> get values => _$newCouponKindEnumValues;
  static NewCouponKindEnum valueOf(String name) => _$newCouponKindEnumValueOf(name);
}

