//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/hit.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/facets.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'search_answer.g.dart';

/// SearchAnswer
///
/// Properties:
/// * [hits] 
/// * [facets] 
@BuiltValue()
abstract class SearchAnswer implements Built<SearchAnswer, SearchAnswerBuilder> {
  @BuiltValueField(wireName: r'hits')
  BuiltList<Hit>? get hits;

  @BuiltValueField(wireName: r'facets')
  Facets? get facets;

  SearchAnswer._();

  factory SearchAnswer([void updates(SearchAnswerBuilder b)]) = _$SearchAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SearchAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SearchAnswer> get serializer => _$SearchAnswerSerializer();
}

class _$SearchAnswerSerializer implements PrimitiveSerializer<SearchAnswer> {
  @override
  final Iterable<Type> types = const [SearchAnswer, _$SearchAnswer];

  @override
  final String wireName = r'SearchAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SearchAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.hits != null) {
      yield r'hits';
      yield serializers.serialize(
        object.hits,
        specifiedType: const FullType(BuiltList, [FullType(Hit)]),
      );
    }
    if (object.facets != null) {
      yield r'facets';
      yield serializers.serialize(
        object.facets,
        specifiedType: const FullType(Facets),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    SearchAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SearchAnswerBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'hits':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(Hit)]),
          ) as BuiltList<Hit>?;
          if (valueDes == null) continue;
          result.hits.replace(valueDes);
          break;
        case r'facets':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Facets),
          ) as Facets?;
          if (valueDes == null) continue;
          result.facets.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  SearchAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SearchAnswerBuilder();
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


