//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'handover.g.dart';

/// Handover
///
/// Properties:
/// * [otp] 
@BuiltValue()
abstract class Handover implements Built<Handover, HandoverBuilder> {
  @BuiltValueField(wireName: r'otp')
  String get otp;

  Handover._();

  factory Handover([void updates(HandoverBuilder b)]) = _$Handover;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(HandoverBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Handover> get serializer => _$HandoverSerializer();
}

class _$HandoverSerializer implements PrimitiveSerializer<Handover> {
  @override
  final Iterable<Type> types = const [Handover, _$Handover];

  @override
  final String wireName = r'Handover';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Handover object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'otp';
    yield serializers.serialize(
      object.otp,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    Handover object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required HandoverBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'otp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.otp = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Handover deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = HandoverBuilder();
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


