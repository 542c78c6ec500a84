//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'rejection.g.dart';

/// Rejection
///
/// Properties:
/// * [reason] 
@BuiltValue()
abstract class Rejection implements Built<Rejection, RejectionBuilder> {
  @BuiltValueField(wireName: r'reason')
  String? get reason;

  Rejection._();

  factory Rejection([void updates(RejectionBuilder b)]) = _$Rejection;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RejectionBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Rejection> get serializer => _$RejectionSerializer();
}

class _$RejectionSerializer implements PrimitiveSerializer<Rejection> {
  @override
  final Iterable<Type> types = const [Rejection, _$Rejection];

  @override
  final String wireName = r'Rejection';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Rejection object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.reason != null) {
      yield r'reason';
      yield serializers.serialize(
        object.reason,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Rejection object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RejectionBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'reason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.reason = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Rejection deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RejectionBuilder();
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


