//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'slot_template.g.dart';

/// SlotTemplate
///
/// Properties:
/// * [id] 
/// * [zoneId] 
/// * [weekday] 
/// * [start] 
/// * [end] 
/// * [capacity] 
/// * [cutoffMinutes] 
@BuiltValue()
abstract class SlotTemplate implements Built<SlotTemplate, SlotTemplateBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'zoneId')
  String? get zoneId;

  @BuiltValueField(wireName: r'weekday')
  SlotTemplateWeekdayEnum? get weekday;
  // enum weekdayEnum {  MONDAY,  TUESDAY,  WEDNESDAY,  THURSDAY,  FRIDAY,  SATURDAY,  SUNDAY,  };

  @BuiltValueField(wireName: r'start')
  String? get start;

  @BuiltValueField(wireName: r'end')
  String? get end;

  @BuiltValueField(wireName: r'capacity')
  int? get capacity;

  @BuiltValueField(wireName: r'cutoffMinutes')
  int? get cutoffMinutes;

  SlotTemplate._();

  factory SlotTemplate([void updates(SlotTemplateBuilder b)]) = _$SlotTemplate;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SlotTemplateBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SlotTemplate> get serializer => _$SlotTemplateSerializer();
}

class _$SlotTemplateSerializer implements PrimitiveSerializer<SlotTemplate> {
  @override
  final Iterable<Type> types = const [SlotTemplate, _$SlotTemplate];

  @override
  final String wireName = r'SlotTemplate';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SlotTemplate object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
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
    if (object.weekday != null) {
      yield r'weekday';
      yield serializers.serialize(
        object.weekday,
        specifiedType: const FullType(SlotTemplateWeekdayEnum),
      );
    }
    if (object.start != null) {
      yield r'start';
      yield serializers.serialize(
        object.start,
        specifiedType: const FullType(String),
      );
    }
    if (object.end != null) {
      yield r'end';
      yield serializers.serialize(
        object.end,
        specifiedType: const FullType(String),
      );
    }
    if (object.capacity != null) {
      yield r'capacity';
      yield serializers.serialize(
        object.capacity,
        specifiedType: const FullType(int),
      );
    }
    if (object.cutoffMinutes != null) {
      yield r'cutoffMinutes';
      yield serializers.serialize(
        object.cutoffMinutes,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    SlotTemplate object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SlotTemplateBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.id = valueDes;
          break;
        case r'zoneId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.zoneId = valueDes;
          break;
        case r'weekday':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(SlotTemplateWeekdayEnum),
          ) as SlotTemplateWeekdayEnum?;
          if (valueDes == null) continue;
          result.weekday = valueDes;
          break;
        case r'start':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.start = valueDes;
          break;
        case r'end':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.end = valueDes;
          break;
        case r'capacity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.capacity = valueDes;
          break;
        case r'cutoffMinutes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.cutoffMinutes = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  SlotTemplate deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SlotTemplateBuilder();
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


class SlotTemplateWeekdayEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'MONDAY')
  static const SlotTemplateWeekdayEnum MONDAY = _$slotTemplateWeekdayEnum_MONDAY;
  @BuiltValueEnumConst(wireName: r'TUESDAY')
  static const SlotTemplateWeekdayEnum TUESDAY = _$slotTemplateWeekdayEnum_TUESDAY;
  @BuiltValueEnumConst(wireName: r'WEDNESDAY')
  static const SlotTemplateWeekdayEnum WEDNESDAY = _$slotTemplateWeekdayEnum_WEDNESDAY;
  @BuiltValueEnumConst(wireName: r'THURSDAY')
  static const SlotTemplateWeekdayEnum THURSDAY = _$slotTemplateWeekdayEnum_THURSDAY;
  @BuiltValueEnumConst(wireName: r'FRIDAY')
  static const SlotTemplateWeekdayEnum FRIDAY = _$slotTemplateWeekdayEnum_FRIDAY;
  @BuiltValueEnumConst(wireName: r'SATURDAY')
  static const SlotTemplateWeekdayEnum SATURDAY = _$slotTemplateWeekdayEnum_SATURDAY;
  @BuiltValueEnumConst(wireName: r'SUNDAY')
  static const SlotTemplateWeekdayEnum SUNDAY = _$slotTemplateWeekdayEnum_SUNDAY;

  static Serializer<SlotTemplateWeekdayEnum> get serializer => _$slotTemplateWeekdayEnumSerializer;

  const SlotTemplateWeekdayEnum._(String name): super(name);

  static BuiltSet<SlotTemplateWeekdayEnum> get values => _$slotTemplateWeekdayEnumValues;
  static SlotTemplateWeekdayEnum valueOf(String name) => _$slotTemplateWeekdayEnumValueOf(name);
}

