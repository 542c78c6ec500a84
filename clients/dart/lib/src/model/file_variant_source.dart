//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'file_variant_source.g.dart';

/// FileVariantSource
///
/// Properties:
/// * [format] 
/// * [url] 
@BuiltValue()
abstract class FileVariantSource implements Built<FileVariantSource, FileVariantSourceBuilder> {
  @BuiltValueField(wireName: r'format')
  String? get format;

  @BuiltValueField(wireName: r'url')
  String? get url;

  FileVariantSource._();

  factory FileVariantSource([void updates(FileVariantSourceBuilder b)]) = _$FileVariantSource;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(FileVariantSourceBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<FileVariantSource> get serializer => _$FileVariantSourceSerializer();
}

class _$FileVariantSourceSerializer implements PrimitiveSerializer<FileVariantSource> {
  @override
  final Iterable<Type> types = const [FileVariantSource, _$FileVariantSource];

  @override
  final String wireName = r'FileVariantSource';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    FileVariantSource object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.format != null) {
      yield r'format';
      yield serializers.serialize(
        object.format,
        specifiedType: const FullType(String),
      );
    }
    if (object.url != null) {
      yield r'url';
      yield serializers.serialize(
        object.url,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    FileVariantSource object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required FileVariantSourceBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'format':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.format = valueDes;
          break;
        case r'url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.url = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  FileVariantSource deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = FileVariantSourceBuilder();
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


