//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/report_meta.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/rider_report_row.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'report_envelope_list_rider_report_row.g.dart';

/// ReportEnvelopeListRiderReportRow
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class ReportEnvelopeListRiderReportRow implements Built<ReportEnvelopeListRiderReportRow, ReportEnvelopeListRiderReportRowBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  BuiltList<RiderReportRow>? get data;

  @BuiltValueField(wireName: r'meta')
  ReportMeta? get meta;

  ReportEnvelopeListRiderReportRow._();

  factory ReportEnvelopeListRiderReportRow([void updates(ReportEnvelopeListRiderReportRowBuilder b)]) = _$ReportEnvelopeListRiderReportRow;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ReportEnvelopeListRiderReportRowBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ReportEnvelopeListRiderReportRow> get serializer => _$ReportEnvelopeListRiderReportRowSerializer();
}

class _$ReportEnvelopeListRiderReportRowSerializer implements PrimitiveSerializer<ReportEnvelopeListRiderReportRow> {
  @override
  final Iterable<Type> types = const [ReportEnvelopeListRiderReportRow, _$ReportEnvelopeListRiderReportRow];

  @override
  final String wireName = r'ReportEnvelopeListRiderReportRow';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ReportEnvelopeListRiderReportRow object, {
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
        specifiedType: const FullType(BuiltList, [FullType(RiderReportRow)]),
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
    ReportEnvelopeListRiderReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ReportEnvelopeListRiderReportRowBuilder result,
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
            specifiedType: const FullType.nullable(BuiltList, [FullType(RiderReportRow)]),
          ) as BuiltList<RiderReportRow>?;
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
  ReportEnvelopeListRiderReportRow deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ReportEnvelopeListRiderReportRowBuilder();
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


