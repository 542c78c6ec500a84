//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/payment_view.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'payment_answer.g.dart';

/// PaymentAnswer
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class PaymentAnswer implements Built<PaymentAnswer, PaymentAnswerBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  PaymentView? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  PaymentAnswer._();

  factory PaymentAnswer([void updates(PaymentAnswerBuilder b)]) = _$PaymentAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(PaymentAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<PaymentAnswer> get serializer => _$PaymentAnswerSerializer();
}

class _$PaymentAnswerSerializer implements PrimitiveSerializer<PaymentAnswer> {
  @override
  final Iterable<Type> types = const [PaymentAnswer, _$PaymentAnswer];

  @override
  final String wireName = r'PaymentAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    PaymentAnswer object, {
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
        specifiedType: const FullType(PaymentView),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(Meta),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    PaymentAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required PaymentAnswerBuilder result,
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
            specifiedType: const FullType.nullable(PaymentView),
          ) as PaymentView?;
          if (valueDes == null) continue;
          result.data.replace(valueDes);
          break;
        case r'meta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Meta),
          ) as Meta?;
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
  PaymentAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = PaymentAnswerBuilder();
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


