//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'reassignment.g.dart';

/// Reassignment
///
/// Properties:
/// * [riderId] 
@BuiltValue()
abstract class Reassignment implements Built<Reassignment, ReassignmentBuilder> {
  @BuiltValueField(wireName: r'riderId')
  String? get riderId;

  Reassignment._();

  factory Reassignment([void updates(ReassignmentBuilder b)]) = _$Reassignment;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ReassignmentBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Reassignment> get serializer => _$ReassignmentSerializer();
}

class _$ReassignmentSerializer implements PrimitiveSerializer<Reassignment> {
  @override
  final Iterable<Type> types = const [Reassignment, _$Reassignment];

  @override
  final String wireName = r'Reassignment';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Reassignment object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.riderId != null) {
      yield r'riderId';
      yield serializers.serialize(
        object.riderId,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Reassignment object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ReassignmentBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'riderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.riderId = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Reassignment deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ReassignmentBuilder();
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


