//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'new_slot_template.g.dart';

/// NewSlotTemplate
///
/// Properties:
/// * [weekday] 
/// * [start] 
/// * [end] 
/// * [capacity] 
/// * [cutoffMinutes] 
@BuiltValue()
abstract class NewSlotTemplate implements Built<NewSlotTemplate, NewSlotTemplateBuilder> {
  @BuiltValueField(wireName: r'weekday')
  NewSlotTemplateWeekdayEnum get weekday;
  // enum weekdayEnum {  MONDAY,  TUESDAY,  WEDNESDAY,  THURSDAY,  FRIDAY,  SATURDAY,  SUNDAY,  };

  @BuiltValueField(wireName: r'start')
  String get start;

  @BuiltValueField(wireName: r'end')
  String get end;

  @BuiltValueField(wireName: r'capacity')
  int get capacity;

  @BuiltValueField(wireName: r'cutoffMinutes')
  int get cutoffMinutes;

  NewSlotTemplate._();

  factory NewSlotTemplate([void updates(NewSlotTemplateBuilder b)]) = _$NewSlotTemplate;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(NewSlotTemplateBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<NewSlotTemplate> get serializer => _$NewSlotTemplateSerializer();
}

class _$NewSlotTemplateSerializer implements PrimitiveSerializer<NewSlotTemplate> {
  @override
  final Iterable<Type> types = const [NewSlotTemplate, _$NewSlotTemplate];

  @override
  final String wireName = r'NewSlotTemplate';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    NewSlotTemplate object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'weekday';
    yield serializers.serialize(
      object.weekday,
      specifiedType: const FullType(NewSlotTemplateWeekdayEnum),
    );
    yield r'start';
    yield serializers.serialize(
      object.start,
      specifiedType: const FullType(String),
    );
    yield r'end';
    yield serializers.serialize(
      object.end,
      specifiedType: const FullType(String),
    );
    yield r'capacity';
    yield serializers.serialize(
      object.capacity,
      specifiedType: const FullType(int),
    );
    yield r'cutoffMinutes';
    yield serializers.serialize(
      object.cutoffMinutes,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    NewSlotTemplate object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required NewSlotTemplateBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'weekday':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(NewSlotTemplateWeekdayEnum),
          ) as NewSlotTemplateWeekdayEnum;
          result.weekday = valueDes;
          break;
        case r'start':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.start = valueDes;
          break;
        case r'end':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.end = valueDes;
          break;
        case r'capacity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.capacity = valueDes;
          break;
        case r'cutoffMinutes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
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
  NewSlotTemplate deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = NewSlotTemplateBuilder();
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


class NewSlotTemplateWeekdayEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'MONDAY')
  static const NewSlotTemplateWeekdayEnum MONDAY = _$newSlotTemplateWeekdayEnum_MONDAY;
  @BuiltValueEnumConst(wireName: r'TUESDAY')
  static const NewSlotTemplateWeekdayEnum TUESDAY = _$newSlotTemplateWeekdayEnum_TUESDAY;
  @BuiltValueEnumConst(wireName: r'WEDNESDAY')
  static const NewSlotTemplateWeekdayEnum WEDNESDAY = _$newSlotTemplateWeekdayEnum_WEDNESDAY;
  @BuiltValueEnumConst(wireName: r'THURSDAY')
  static const NewSlotTemplateWeekdayEnum THURSDAY = _$newSlotTemplateWeekdayEnum_THURSDAY;
  @BuiltValueEnumConst(wireName: r'FRIDAY')
  static const NewSlotTemplateWeekdayEnum FRIDAY = _$newSlotTemplateWeekdayEnum_FRIDAY;
  @BuiltValueEnumConst(wireName: r'SATURDAY')
  static const NewSlotTemplateWeekdayEnum SATURDAY = _$newSlotTemplateWeekdayEnum_SATURDAY;
  @BuiltValueEnumConst(wireName: r'SUNDAY')
  static const NewSlotTemplateWeekdayEnum SUNDAY = _$newSlotTemplateWeekdayEnum_SUNDAY;

  static Serializer<NewSlotTemplateWeekdayEnum> get serializer => _$newSlotTemplateWeekdayEnumSerializer;

  const NewSlotTemplateWeekdayEnum._(String name): super(name);

  static BuiltSet<NewSlotTemplateWeekdayEnum> get values => _$newSlotTemplateWeekdayEnumValues;
  static NewSlotTemplateWeekdayEnum valueOf(String name) => _$newSlotTemplateWeekdayEnumValueOf(name);
}

