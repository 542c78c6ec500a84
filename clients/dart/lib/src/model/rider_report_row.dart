//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'rider_report_row.g.dart';

/// RiderReportRow
///
/// Properties:
/// * [riderId] 
/// * [firstName] 
/// * [zoneId] 
/// * [deliveries] 
/// * [delivered] 
/// * [onTimePercent] 
/// * [failed] 
/// * [failedByReason] 
/// * [codCollectedPaise] 
@BuiltValue()
abstract class RiderReportRow implements Built<RiderReportRow, RiderReportRowBuilder> {
  @BuiltValueField(wireName: r'riderId')
  String? get riderId;

  @BuiltValueField(wireName: r'firstName')
  String? get firstName;

  @BuiltValueField(wireName: r'zoneId')
  String? get zoneId;

  @BuiltValueField(wireName: r'deliveries')
  int? get deliveries;

  @BuiltValueField(wireName: r'delivered')
  int? get delivered;

  @BuiltValueField(wireName: r'onTimePercent')
  num? get onTimePercent;

  @BuiltValueField(wireName: r'failed')
  int? get failed;

  @BuiltValueField(wireName: r'failedByReason')
  BuiltMap<String, int>? get failedByReason;

  @BuiltValueField(wireName: r'codCollectedPaise')
  int? get codCollectedPaise;

  RiderReportRow._();

  factory RiderReportRow([void updates(RiderReportRowBuilder b)]) = _$RiderReportRow;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RiderReportRowBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<RiderReportRow> get serializer => _$RiderReportRowSerializer();
}

class _$RiderReportRowSerializer implements PrimitiveSerializer<RiderReportRow> {
  @override
  final Iterable<Type> types = const [RiderReportRow, _$RiderReportRow];

  @override
  final String wireName = r'RiderReportRow';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    RiderReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.riderId != null) {
      yield r'riderId';
      yield serializers.serialize(
        object.riderId,
        specifiedType: const FullType(String),
      );
    }
    if (object.firstName != null) {
      yield r'firstName';
      yield serializers.serialize(
        object.firstName,
        specifiedType: const FullType(String),
      );
    }
    if (object.zoneId != null) {
      yield r'zoneId';
      yield serializers.serialize(
        object.zoneId,
        specifiedType: const FullType(String),
      );
    }
    if (object.deliveries != null) {
      yield r'deliveries';
      yield serializers.serialize(
        object.deliveries,
        specifiedType: const FullType(int),
      );
    }
    if (object.delivered != null) {
      yield r'delivered';
      yield serializers.serialize(
        object.delivered,
        specifiedType: const FullType(int),
      );
    }
    if (object.onTimePercent != null) {
      yield r'onTimePercent';
      yield serializers.serialize(
        object.onTimePercent,
        specifiedType: const FullType(num),
      );
    }
    if (object.failed != null) {
      yield r'failed';
      yield serializers.serialize(
        object.failed,
        specifiedType: const FullType(int),
      );
    }
    if (object.failedByReason != null) {
      yield r'failedByReason';
      yield serializers.serialize(
        object.failedByReason,
        specifiedType: const FullType(BuiltMap, [FullType(String), FullType(int)]),
      );
    }
    if (object.codCollectedPaise != null) {
      yield r'codCollectedPaise';
      yield serializers.serialize(
        object.codCollectedPaise,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    RiderReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RiderReportRowBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'riderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.riderId = valueDes;
          break;
        case r'firstName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.firstName = valueDes;
          break;
        case r'zoneId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.zoneId = valueDes;
          break;
        case r'deliveries':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.deliveries = valueDes;
          break;
        case r'delivered':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.delivered = valueDes;
          break;
        case r'onTimePercent':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(num),
          ) as num?;
          if (valueDes == null) continue;
          result.onTimePercent = valueDes;
          break;
        case r'failed':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.failed = valueDes;
          break;
        case r'failedByReason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType(int)]),
          ) as BuiltMap<String, int>?;
          if (valueDes == null) continue;
          result.failedByReason.replace(valueDes);
          break;
        case r'codCollectedPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.codCollectedPaise = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  RiderReportRow deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RiderReportRowBuilder();
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


