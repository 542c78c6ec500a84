//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'cancellation.g.dart';

/// Cancellation
///
/// Properties:
/// * [reason] 
@BuiltValue()
abstract class Cancellation implements Built<Cancellation, CancellationBuilder> {
  @BuiltValueField(wireName: r'reason')
  String? get reason;

  Cancellation._();

  factory Cancellation([void updates(CancellationBuilder b)]) = _$Cancellation;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CancellationBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Cancellation> get serializer => _$CancellationSerializer();
}

class _$CancellationSerializer implements PrimitiveSerializer<Cancellation> {
  @override
  final Iterable<Type> types = const [Cancellation, _$Cancellation];

  @override
  final String wireName = r'Cancellation';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Cancellation object, {
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
    Cancellation object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CancellationBuilder result,
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
  Cancellation deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CancellationBuilder();
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


