//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/api_error.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'error_body.g.dart';

/// ErrorBody
///
/// Properties:
/// * [success] 
/// * [error] 
/// * [meta] 
@BuiltValue()
abstract class ErrorBody implements Built<ErrorBody, ErrorBodyBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'error')
  ApiError? get error;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  ErrorBody._();

  factory ErrorBody([void updates(ErrorBodyBuilder b)]) = _$ErrorBody;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ErrorBodyBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ErrorBody> get serializer => _$ErrorBodySerializer();
}

class _$ErrorBodySerializer implements PrimitiveSerializer<ErrorBody> {
  @override
  final Iterable<Type> types = const [ErrorBody, _$ErrorBody];

  @override
  final String wireName = r'ErrorBody';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ErrorBody object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.success != null) {
      yield r'success';
      yield serializers.serialize(
        object.success,
        specifiedType: const FullType(bool),
      );
    }
    if (object.error != null) {
      yield r'error';
      yield serializers.serialize(
        object.error,
        specifiedType: const FullType(ApiError),
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
    ErrorBody object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ErrorBodyBuilder result,
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
        case r'error':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(ApiError),
          ) as ApiError?;
          if (valueDes == null) continue;
          result.error.replace(valueDes);
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
  ErrorBody deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ErrorBodyBuilder();
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


