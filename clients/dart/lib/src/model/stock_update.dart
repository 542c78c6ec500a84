//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'stock_update.g.dart';

/// StockUpdate
///
/// Properties:
/// * [onHand] 
/// * [delta] 
/// * [reason] 
/// * [note] 
@BuiltValue()
abstract class StockUpdate implements Built<StockUpdate, StockUpdateBuilder> {
  @BuiltValueField(wireName: r'onHand')
  int? get onHand;

  @BuiltValueField(wireName: r'delta')
  int? get delta;

  @BuiltValueField(wireName: r'reason')
  StockUpdateReasonEnum get reason;
  // enum reasonEnum {  RECEIVE,  ADJUST,  COUNT,  WRITE_OFF,  RETURN,  ALLOCATE,  RELEASE,  PICK,  RESERVE,  COMMIT,  };

  @BuiltValueField(wireName: r'note')
  String? get note;

  StockUpdate._();

  factory StockUpdate([void updates(StockUpdateBuilder b)]) = _$StockUpdate;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(StockUpdateBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<StockUpdate> get serializer => _$StockUpdateSerializer();
}

class _$StockUpdateSerializer implements PrimitiveSerializer<StockUpdate> {
  @override
  final Iterable<Type> types = const [StockUpdate, _$StockUpdate];

  @override
  final String wireName = r'StockUpdate';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    StockUpdate object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.onHand != null) {
      yield r'onHand';
      yield serializers.serialize(
        object.onHand,
        specifiedType: const FullType(int),
      );
    }
    if (object.delta != null) {
      yield r'delta';
      yield serializers.serialize(
        object.delta,
        specifiedType: const FullType(int),
      );
    }
    yield r'reason';
    yield serializers.serialize(
      object.reason,
      specifiedType: const FullType(StockUpdateReasonEnum),
    );
    if (object.note != null) {
      yield r'note';
      yield serializers.serialize(
        object.note,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    StockUpdate object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required StockUpdateBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'onHand':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.onHand = valueDes;
          break;
        case r'delta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.delta = valueDes;
          break;
        case r'reason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(StockUpdateReasonEnum),
          ) as StockUpdateReasonEnum;
          result.reason = valueDes;
          break;
        case r'note':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.note = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  StockUpdate deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = StockUpdateBuilder();
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


class StockUpdateReasonEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'RECEIVE')
  static const StockUpdateReasonEnum RECEIVE = _$stockUpdateReasonEnum_RECEIVE;
  @BuiltValueEnumConst(wireName: r'ADJUST')
  static const StockUpdateReasonEnum ADJUST = _$stockUpdateReasonEnum_ADJUST;
  @BuiltValueEnumConst(wireName: r'COUNT')
  static const StockUpdateReasonEnum COUNT = _$stockUpdateReasonEnum_COUNT;
  @BuiltValueEnumConst(wireName: r'WRITE_OFF')
  static const StockUpdateReasonEnum WRITE_OFF = _$stockUpdateReasonEnum_WRITE_OFF;
  @BuiltValueEnumConst(wireName: r'RETURN')
  static const StockUpdateReasonEnum RETURN = _$stockUpdateReasonEnum_RETURN;
  @BuiltValueEnumConst(wireName: r'ALLOCATE')
  static const StockUpdateReasonEnum ALLOCATE = _$stockUpdateReasonEnum_ALLOCATE;
  @BuiltValueEnumConst(wireName: r'RELEASE')
  static const StockUpdateReasonEnum RELEASE = _$stockUpdateReasonEnum_RELEASE;
  @BuiltValueEnumConst(wireName: r'PICK')
  static const StockUpdateReasonEnum PICK = _$stockUpdateReasonEnum_PICK;
  @BuiltValueEnumConst(wireName: r'RESERVE')
  static const StockUpdateReasonEnum RESERVE = _$stockUpdateReasonEnum_RESERVE;
  @BuiltValueEnumConst(wireName: r'COMMIT')
  static const StockUpdateReasonEnum COMMIT = _$stockUpdateReasonEnum_COMMIT;

  static Serializer<StockUpdateReasonEnum> get serializer => _$stockUpdateReasonEnumSerializer;

  const StockUpdateReasonEnum._(String name): super(name);

  static BuiltSet<StockUpdateReasonEnum> get values => _$stockUpdateReasonEnumValues;
  static StockUpdateReasonEnum valueOf(String name) => _$stockUpdateReasonEnumValueOf(name);
}

