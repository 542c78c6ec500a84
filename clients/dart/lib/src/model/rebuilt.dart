//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'rebuilt.g.dart';

/// Rebuilt
///
/// Properties:
/// * [index] 
/// * [products] 
/// * [millis] 
@BuiltValue()
abstract class Rebuilt implements Built<Rebuilt, RebuiltBuilder> {
  @BuiltValueField(wireName: r'index')
  String? get index;

  @BuiltValueField(wireName: r'products')
  int? get products;

  @BuiltValueField(wireName: r'millis')
  int? get millis;

  Rebuilt._();

  factory Rebuilt([void updates(RebuiltBuilder b)]) = _$Rebuilt;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RebuiltBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Rebuilt> get serializer => _$RebuiltSerializer();
}

class _$RebuiltSerializer implements PrimitiveSerializer<Rebuilt> {
  @override
  final Iterable<Type> types = const [Rebuilt, _$Rebuilt];

  @override
  final String wireName = r'Rebuilt';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Rebuilt object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.index != null) {
      yield r'index';
      yield serializers.serialize(
        object.index,
        specifiedType: const FullType(String),
      );
    }
    if (object.products != null) {
      yield r'products';
      yield serializers.serialize(
        object.products,
        specifiedType: const FullType(int),
      );
    }
    if (object.millis != null) {
      yield r'millis';
      yield serializers.serialize(
        object.millis,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Rebuilt object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RebuiltBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'index':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.index = valueDes;
          break;
        case r'products':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.products = valueDes;
          break;
        case r'millis':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.millis = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Rebuilt deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RebuiltBuilder();
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


