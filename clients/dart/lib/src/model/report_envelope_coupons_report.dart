//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/report_meta.dart';
import 'package:vurksha_api/src/model/coupons_report.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'report_envelope_coupons_report.g.dart';

/// ReportEnvelopeCouponsReport
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class ReportEnvelopeCouponsReport implements Built<ReportEnvelopeCouponsReport, ReportEnvelopeCouponsReportBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  CouponsReport? get data;

  @BuiltValueField(wireName: r'meta')
  ReportMeta? get meta;

  ReportEnvelopeCouponsReport._();

  factory ReportEnvelopeCouponsReport([void updates(ReportEnvelopeCouponsReportBuilder b)]) = _$ReportEnvelopeCouponsReport;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ReportEnvelopeCouponsReportBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ReportEnvelopeCouponsReport> get serializer => _$ReportEnvelopeCouponsReportSerializer();
}

class _$ReportEnvelopeCouponsReportSerializer implements PrimitiveSerializer<ReportEnvelopeCouponsReport> {
  @override
  final Iterable<Type> types = const [ReportEnvelopeCouponsReport, _$ReportEnvelopeCouponsReport];

  @override
  final String wireName = r'ReportEnvelopeCouponsReport';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ReportEnvelopeCouponsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.success != null) {
      yield r'success';
      yield serializers.serialize(
        object.success,
        specifiedType: const FullType(bool),
      );
    }
    if (object.data != null) {
      yield r'data';
      yield serializers.serialize(
        object.data,
        specifiedType: const FullType(CouponsReport),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(ReportMeta),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ReportEnvelopeCouponsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ReportEnvelopeCouponsReportBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'success':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.success = valueDes;
          break;
        case r'data':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(CouponsReport),
          ) as CouponsReport?;
          if (valueDes == null) continue;
          result.data.replace(valueDes);
          break;
        case r'meta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ReportMeta),
          ) as ReportMeta?;
          if (valueDes == null) continue;
          result.meta.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ReportEnvelopeCouponsReport deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ReportEnvelopeCouponsReportBuilder();
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


