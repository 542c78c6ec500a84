//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/report_meta.dart';
import 'package:vurksha_api/src/model/products_report.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'report_envelope_products_report.g.dart';

/// ReportEnvelopeProductsReport
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class ReportEnvelopeProductsReport implements Built<ReportEnvelopeProductsReport, ReportEnvelopeProductsReportBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  ProductsReport? get data;

  @BuiltValueField(wireName: r'meta')
  ReportMeta? get meta;

  ReportEnvelopeProductsReport._();

  factory ReportEnvelopeProductsReport([void updates(ReportEnvelopeProductsReportBuilder b)]) = _$ReportEnvelopeProductsReport;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ReportEnvelopeProductsReportBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ReportEnvelopeProductsReport> get serializer => _$ReportEnvelopeProductsReportSerializer();
}

class _$ReportEnvelopeProductsReportSerializer implements PrimitiveSerializer<ReportEnvelopeProductsReport> {
  @override
  final Iterable<Type> types = const [ReportEnvelopeProductsReport, _$ReportEnvelopeProductsReport];

  @override
  final String wireName = r'ReportEnvelopeProductsReport';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ReportEnvelopeProductsReport object, {
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
        specifiedType: const FullType(ProductsReport),
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
    ReportEnvelopeProductsReport object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ReportEnvelopeProductsReportBuilder result,
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
            specifiedType: const FullType.nullable(ProductsReport),
          ) as ProductsReport?;
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
  ReportEnvelopeProductsReport deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ReportEnvelopeProductsReportBuilder();
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


