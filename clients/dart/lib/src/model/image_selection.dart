//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'image_selection.g.dart';

/// ImageSelection
///
/// Properties:
/// * [fileIds] 
@BuiltValue()
abstract class ImageSelection implements Built<ImageSelection, ImageSelectionBuilder> {
  @BuiltValueField(wireName: r'fileIds')
  BuiltList<String> get fileIds;

  ImageSelection._();

  factory ImageSelection([void updates(ImageSelectionBuilder b)]) = _$ImageSelection;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ImageSelectionBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ImageSelection> get serializer => _$ImageSelectionSerializer();
}

class _$ImageSelectionSerializer implements PrimitiveSerializer<ImageSelection> {
  @override
  final Iterable<Type> types = const [ImageSelection, _$ImageSelection];

  @override
  final String wireName = r'ImageSelection';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ImageSelection object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'fileIds';
    yield serializers.serialize(
      object.fileIds,
      specifiedType: const FullType(BuiltList, [FullType(String)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ImageSelection object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ImageSelectionBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'fileIds':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(String)]),
          ) as BuiltList<String>;
          result.fileIds.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ImageSelection deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ImageSelectionBuilder();
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


