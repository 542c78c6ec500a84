//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/coupon_report_row.dart';
import 'package:vurksha_api/src/model/date.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'coupons_report.g.dart';

/// CouponsReport
///
/// Properties:
/// * [from] 
/// * [to] 
/// * [coupons] 
@BuiltValue()
abstract class CouponsReport implements Built<CouponsReport, CouponsReportBuilder> {
  @BuiltValueField(wireName: r'from')
  Date? get from;

  @BuiltValueField(wireName: r'to')
  Date? get to;

  @BuiltValueField(wireName: r'coupons')
  BuiltList<CouponReportRow>? get coupons;

  CouponsReport._();

  factory CouponsReport([void updates(CouponsReportBuilder b)]) = _$CouponsReport;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CouponsReportBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<CouponsReport> get serializer => _$CouponsReportSerializer();
}

class _$CouponsReportSerializer implements PrimitiveSerializer<CouponsReport> {
  @override
  final Iterable<Type> types = const [CouponsReport, _$CouponsReport];

  @override
  final String wireName = r'CouponsReport';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    CouponsReport object, {
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
    if (object.coupons != null) {
      yield r'coupons';
      yield serializers.serialize(
        object.coupons,
        specifiedType: const FullType(BuiltList, [FullType(CouponReportRow)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    CouponsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CouponsReportBuilder result,
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
        case r'coupons':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(CouponReportRow)]),
          ) as BuiltList<CouponReportRow>?;
          if (valueDes == null) continue;
          result.coupons.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  CouponsReport deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CouponsReportBuilder();
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


