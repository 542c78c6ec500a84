//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/report_meta.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/stock_alert.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'report_envelope_list_stock_alert.g.dart';

/// ReportEnvelopeListStockAlert
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class ReportEnvelopeListStockAlert implements Built<ReportEnvelopeListStockAlert, ReportEnvelopeListStockAlertBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  BuiltList<StockAlert>? get data;

  @BuiltValueField(wireName: r'meta')
  ReportMeta? get meta;

  ReportEnvelopeListStockAlert._();

  factory ReportEnvelopeListStockAlert([void updates(ReportEnvelopeListStockAlertBuilder b)]) = _$ReportEnvelopeListStockAlert;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ReportEnvelopeListStockAlertBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ReportEnvelopeListStockAlert> get serializer => _$ReportEnvelopeListStockAlertSerializer();
}

class _$ReportEnvelopeListStockAlertSerializer implements PrimitiveSerializer<ReportEnvelopeListStockAlert> {
  @override
  final Iterable<Type> types = const [ReportEnvelopeListStockAlert, _$ReportEnvelopeListStockAlert];

  @override
  final String wireName = r'ReportEnvelopeListStockAlert';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ReportEnvelopeListStockAlert object, {
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
        specifiedType: const FullType(BuiltList, [FullType(StockAlert)]),
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
    ReportEnvelopeListStockAlert object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ReportEnvelopeListStockAlertBuilder result,
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
            specifiedType: const FullType.nullable(BuiltList, [FullType(StockAlert)]),
          ) as BuiltList<StockAlert>?;
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
  ReportEnvelopeListStockAlert deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ReportEnvelopeListStockAlertBuilder();
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


