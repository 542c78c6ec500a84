//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'quantity_change.g.dart';

/// QuantityChange
///
/// Properties:
/// * [quantity] 
@BuiltValue()
abstract class QuantityChange implements Built<QuantityChange, QuantityChangeBuilder> {
  @BuiltValueField(wireName: r'quantity')
  int get quantity;

  QuantityChange._();

  factory QuantityChange([void updates(QuantityChangeBuilder b)]) = _$QuantityChange;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(QuantityChangeBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<QuantityChange> get serializer => _$QuantityChangeSerializer();
}

class _$QuantityChangeSerializer implements PrimitiveSerializer<QuantityChange> {
  @override
  final Iterable<Type> types = const [QuantityChange, _$QuantityChange];

  @override
  final String wireName = r'QuantityChange';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    QuantityChange object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'quantity';
    yield serializers.serialize(
      object.quantity,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    QuantityChange object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required QuantityChangeBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'quantity':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.quantity = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  QuantityChange deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = QuantityChangeBuilder();
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


