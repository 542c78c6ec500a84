//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:vurksha_api/src/model/category_node.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'tree_answer.g.dart';

/// TreeAnswer
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
@BuiltValue()
abstract class TreeAnswer implements Built<TreeAnswer, TreeAnswerBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  BuiltList<CategoryNode>? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  TreeAnswer._();

  factory TreeAnswer([void updates(TreeAnswerBuilder b)]) = _$TreeAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(TreeAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<TreeAnswer> get serializer => _$TreeAnswerSerializer();
}

class _$TreeAnswerSerializer implements PrimitiveSerializer<TreeAnswer> {
  @override
  final Iterable<Type> types = const [TreeAnswer, _$TreeAnswer];

  @override
  final String wireName = r'TreeAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    TreeAnswer object, {
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
        specifiedType: const FullType(BuiltList, [FullType(CategoryNode)]),
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
    TreeAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required TreeAnswerBuilder result,
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
            specifiedType: const FullType.nullable(BuiltList, [FullType(CategoryNode)]),
          ) as BuiltList<CategoryNode>?;
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
  TreeAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = TreeAnswerBuilder();
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


