//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/search_meta.dart';
import 'package:vurksha_api/src/model/suggestion.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'search_envelope_list_suggestion.g.dart';

/// SearchEnvelopeListSuggestion
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
/// * [pagination] 
@BuiltValue()
abstract class SearchEnvelopeListSuggestion implements Built<SearchEnvelopeListSuggestion, SearchEnvelopeListSuggestionBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  BuiltList<Suggestion>? get data;

  @BuiltValueField(wireName: r'meta')
  SearchMeta? get meta;

  @BuiltValueField(wireName: r'pagination')
  Pagination? get pagination;

  SearchEnvelopeListSuggestion._();

  factory SearchEnvelopeListSuggestion([void updates(SearchEnvelopeListSuggestionBuilder b)]) = _$SearchEnvelopeListSuggestion;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SearchEnvelopeListSuggestionBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SearchEnvelopeListSuggestion> get serializer => _$SearchEnvelopeListSuggestionSerializer();
}

class _$SearchEnvelopeListSuggestionSerializer implements PrimitiveSerializer<SearchEnvelopeListSuggestion> {
  @override
  final Iterable<Type> types = const [SearchEnvelopeListSuggestion, _$SearchEnvelopeListSuggestion];

  @override
  final String wireName = r'SearchEnvelopeListSuggestion';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SearchEnvelopeListSuggestion object, {
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
        specifiedType: const FullType(BuiltList, [FullType(Suggestion)]),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(SearchMeta),
      );
    }
    if (object.pagination != null) {
      yield r'pagination';
      yield serializers.serialize(
        object.pagination,
        specifiedType: const FullType(Pagination),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    SearchEnvelopeListSuggestion object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SearchEnvelopeListSuggestionBuilder result,
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
            specifiedType: const FullType.nullable(BuiltList, [FullType(Suggestion)]),
          ) as BuiltList<Suggestion>?;
          if (valueDes == null) continue;
          result.data.replace(valueDes);
          break;
        case r'meta':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(SearchMeta),
          ) as SearchMeta?;
          if (valueDes == null) continue;
          result.meta.replace(valueDes);
          break;
        case r'pagination':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(Pagination),
          ) as Pagination?;
          if (valueDes == null) continue;
          result.pagination.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  SearchEnvelopeListSuggestion deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SearchEnvelopeListSuggestionBuilder();
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


