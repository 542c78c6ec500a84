//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'coupon.g.dart';

/// Coupon
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
abstract class Coupon implements Built<Coupon, CouponBuilder> {
  @BuiltValueField(wireName: r'code')
  String? get code;

  @BuiltValueField(wireName: r'kind')
  CouponKindEnum? get kind;
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

  Coupon._();

  factory Coupon([void updates(CouponBuilder b)]) = _$Coupon;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CouponBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Coupon> get serializer => _$CouponSerializer();
}

class _$CouponSerializer implements PrimitiveSerializer<Coupon> {
  @override
  final Iterable<Type> types = const [Coupon, _$Coupon];

  @override
  final String wireName = r'Coupon';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Coupon object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.code != null) {
      yield r'code';
      yield serializers.serialize(
        object.code,
        specifiedType: const FullType(String),
      );
    }
    if (object.kind != null) {
      yield r'kind';
      yield serializers.serialize(
        object.kind,
        specifiedType: const FullType(CouponKindEnum),
      );
    }
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
    Coupon object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CouponBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.code = valueDes;
          break;
        case r'kind':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(CouponKindEnum),
          ) as CouponKindEnum?;
          if (valueDes == null) continue;
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
  Coupon deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CouponBuilder();
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


class CouponKindEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PERCENT')
  static const CouponKindEnum PERCENT = _$couponKindEnum_PERCENT;
  @BuiltValueEnumConst(wireName: r'FLAT')
  static const CouponKindEnum FLAT = _$couponKindEnum_FLAT;

  static Serializer<CouponKindEnum> get serializer => _$couponKindEnumSerializer;

  const CouponKindEnum._(String name): super(name);

  static BuiltSet<CouponKindEnum> get values => _$couponKindEnumValues;
  static CouponKindEnum valueOf(String name) => _$couponKindEnumValueOf(name);
}

