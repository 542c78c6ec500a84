//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'coupon_report_row.g.dart';

/// CouponReportRow
///
/// Properties:
/// * [code] 
/// * [kind] 
/// * [redemptions] 
/// * [discountPaise] 
/// * [itemsSubtotalPaise] 
/// * [cancelledOrders] 
@BuiltValue()
abstract class CouponReportRow implements Built<CouponReportRow, CouponReportRowBuilder> {
  @BuiltValueField(wireName: r'code')
  String? get code;

  @BuiltValueField(wireName: r'kind')
  String? get kind;

  @BuiltValueField(wireName: r'redemptions')
  int? get redemptions;

  @BuiltValueField(wireName: r'discountPaise')
  int? get discountPaise;

  @BuiltValueField(wireName: r'itemsSubtotalPaise')
  int? get itemsSubtotalPaise;

  @BuiltValueField(wireName: r'cancelledOrders')
  int? get cancelledOrders;

  CouponReportRow._();

  factory CouponReportRow([void updates(CouponReportRowBuilder b)]) = _$CouponReportRow;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CouponReportRowBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<CouponReportRow> get serializer => _$CouponReportRowSerializer();
}

class _$CouponReportRowSerializer implements PrimitiveSerializer<CouponReportRow> {
  @override
  final Iterable<Type> types = const [CouponReportRow, _$CouponReportRow];

  @override
  final String wireName = r'CouponReportRow';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    CouponReportRow object, {
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
        specifiedType: const FullType(String),
      );
    }
    if (object.redemptions != null) {
      yield r'redemptions';
      yield serializers.serialize(
        object.redemptions,
        specifiedType: const FullType(int),
      );
    }
    if (object.discountPaise != null) {
      yield r'discountPaise';
      yield serializers.serialize(
        object.discountPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.itemsSubtotalPaise != null) {
      yield r'itemsSubtotalPaise';
      yield serializers.serialize(
        object.itemsSubtotalPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.cancelledOrders != null) {
      yield r'cancelledOrders';
      yield serializers.serialize(
        object.cancelledOrders,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    CouponReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CouponReportRowBuilder result,
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
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.kind = valueDes;
          break;
        case r'redemptions':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.redemptions = valueDes;
          break;
        case r'discountPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.discountPaise = valueDes;
          break;
        case r'itemsSubtotalPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.itemsSubtotalPaise = valueDes;
          break;
        case r'cancelledOrders':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.cancelledOrders = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  CouponReportRow deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CouponReportRowBuilder();
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


