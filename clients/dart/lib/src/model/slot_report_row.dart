//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/date.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'slot_report_row.g.dart';

/// SlotReportRow
///
/// Properties:
/// * [date] 
/// * [zoneId] 
/// * [zoneName] 
/// * [slots] 
/// * [capacity] 
/// * [confirmed] 
/// * [held] 
/// * [free] 
/// * [filledPercent] 
@BuiltValue()
abstract class SlotReportRow implements Built<SlotReportRow, SlotReportRowBuilder> {
  @BuiltValueField(wireName: r'date')
  Date? get date;

  @BuiltValueField(wireName: r'zoneId')
  String? get zoneId;

  @BuiltValueField(wireName: r'zoneName')
  String? get zoneName;

  @BuiltValueField(wireName: r'slots')
  int? get slots;

  @BuiltValueField(wireName: r'capacity')
  int? get capacity;

  @BuiltValueField(wireName: r'confirmed')
  int? get confirmed;

  @BuiltValueField(wireName: r'held')
  int? get held;

  @BuiltValueField(wireName: r'free')
  int? get free;

  @BuiltValueField(wireName: r'filledPercent')
  num? get filledPercent;

  SlotReportRow._();

  factory SlotReportRow([void updates(SlotReportRowBuilder b)]) = _$SlotReportRow;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SlotReportRowBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SlotReportRow> get serializer => _$SlotReportRowSerializer();
}

class _$SlotReportRowSerializer implements PrimitiveSerializer<SlotReportRow> {
  @override
  final Iterable<Type> types = const [SlotReportRow, _$SlotReportRow];

  @override
  final String wireName = r'SlotReportRow';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SlotReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.date != null) {
      yield r'date';
      yield serializers.serialize(
        object.date,
        specifiedType: const FullType(Date),
      );
    }
    if (object.zoneId != null) {
      yield r'zoneId';
      yield serializers.serialize(
        object.zoneId,
        specifiedType: const FullType(String),
      );
    }
    if (object.zoneName != null) {
      yield r'zoneName';
      yield serializers.serialize(
        object.zoneName,
        specifiedType: const FullType(String),
      );
    }
    if (object.slots != null) {
      yield r'slots';
      yield serializers.serialize(
        object.slots,
        specifiedType: const FullType(int),
      );
    }
    if (object.capacity != null) {
      yield r'capacity';
      yield serializers.serialize(
        object.capacity,
        specifiedType: const FullType(int),
      );
    }
    if (object.confirmed != null) {
      yield r'confirmed';
      yield serializers.serialize(
        object.confirmed,
        specifiedType: const FullType(int),
      );
    }
    if (object.held != null) {
      yield r'held';
      yield serializers.serialize(
        object.held,
        specifiedType: const FullType(int),
      );
    }
    if (object.free != null) {
      yield r'free';
      yield serializers.serialize(
        object.free,
        specifiedType: const FullType(int),
      );
    }
    if (object.filledPercent != null) {
      yield r'filledPercent';
      yield serializers.serialize(
        object.filledPercent,
        specifiedType: const FullType(num),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    SlotReportRow object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SlotReportRowBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'date':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Date),
          ) as Date?;
          if (valueDes == null) continue;
          result.date = valueDes;
          break;
        case r'zoneId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.zoneId = valueDes;
          break;
        case r'zoneName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.zoneName = valueDes;
          break;
        case r'slots':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.slots = valueDes;
          break;
        case r'capacity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.capacity = valueDes;
          break;
        case r'confirmed':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.confirmed = valueDes;
          break;
        case r'held':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.held = valueDes;
          break;
        case r'free':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.free = valueDes;
          break;
        case r'filledPercent':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(num),
          ) as num?;
          if (valueDes == null) continue;
          result.filledPercent = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  SlotReportRow deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SlotReportRowBuilder();
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


