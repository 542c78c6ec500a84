//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'new_payment.g.dart';

/// NewPayment
///
/// Properties:
/// * [orderId] 
@BuiltValue()
abstract class NewPayment implements Built<NewPayment, NewPaymentBuilder> {
  @BuiltValueField(wireName: r'orderId')
  String get orderId;

  NewPayment._();

  factory NewPayment([void updates(NewPaymentBuilder b)]) = _$NewPayment;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(NewPaymentBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<NewPayment> get serializer => _$NewPaymentSerializer();
}

class _$NewPaymentSerializer implements PrimitiveSerializer<NewPayment> {
  @override
  final Iterable<Type> types = const [NewPayment, _$NewPayment];

  @override
  final String wireName = r'NewPayment';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    NewPayment object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'orderId';
    yield serializers.serialize(
      object.orderId,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    NewPayment object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required NewPaymentBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'orderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.orderId = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  NewPayment deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = NewPaymentBuilder();
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


