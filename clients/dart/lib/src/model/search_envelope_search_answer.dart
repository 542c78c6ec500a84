//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:vurksha_api/src/model/search_meta.dart';
import 'package:vurksha_api/src/model/search_answer.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'search_envelope_search_answer.g.dart';

/// SearchEnvelopeSearchAnswer
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
/// * [pagination] 
@BuiltValue()
abstract class SearchEnvelopeSearchAnswer implements Built<SearchEnvelopeSearchAnswer, SearchEnvelopeSearchAnswerBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  SearchAnswer? get data;

  @BuiltValueField(wireName: r'meta')
  SearchMeta? get meta;

  @BuiltValueField(wireName: r'pagination')
  Pagination? get pagination;

  SearchEnvelopeSearchAnswer._();

  factory SearchEnvelopeSearchAnswer([void updates(SearchEnvelopeSearchAnswerBuilder b)]) = _$SearchEnvelopeSearchAnswer;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SearchEnvelopeSearchAnswerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SearchEnvelopeSearchAnswer> get serializer => _$SearchEnvelopeSearchAnswerSerializer();
}

class _$SearchEnvelopeSearchAnswerSerializer implements PrimitiveSerializer<SearchEnvelopeSearchAnswer> {
  @override
  final Iterable<Type> types = const [SearchEnvelopeSearchAnswer, _$SearchEnvelopeSearchAnswer];

  @override
  final String wireName = r'SearchEnvelopeSearchAnswer';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SearchEnvelopeSearchAnswer object, {
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
        specifiedType: const FullType(SearchAnswer),
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
    SearchEnvelopeSearchAnswer object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SearchEnvelopeSearchAnswerBuilder result,
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
            specifiedType: const FullType.nullable(SearchAnswer),
          ) as SearchAnswer?;
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
  SearchEnvelopeSearchAnswer deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SearchEnvelopeSearchAnswerBuilder();
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


