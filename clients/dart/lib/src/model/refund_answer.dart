//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/refund_view.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'refund_answer.g.dart';

/// RefundAnswer
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class RefundAnswer implements Built<RefundAnswer, RefundAnswerBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  RefundView? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  RefundAnswer._();

  factory RefundAnswer([void updates(RefundAnswerBuilder b)]) = _$RefundAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RefundAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<RefundAnswer> get serializer => _$RefundAnswerSerializer();
}

class _$RefundAnswerSerializer implements PrimitiveSerializer<RefundAnswer> {
  @override
  final Iterable<Type> types = const [RefundAnswer, _$RefundAnswer];

  @override
  final String wireName = r'RefundAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    RefundAnswer object, {
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
        specifiedType: const FullType(RefundView),
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
    RefundAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RefundAnswerBuilder result,
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
            specifiedType: const FullType.nullable(RefundView),
          ) as RefundView?;
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
  RefundAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RefundAnswerBuilder();
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


