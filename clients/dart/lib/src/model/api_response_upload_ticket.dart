//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:vurksha_api/src/model/upload_ticket.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'api_response_upload_ticket.g.dart';

/// ApiResponseUploadTicket
///
/// Properties:
/// * [success] 
/// * [data] 
/// * [meta] 
/// * [pagination] 
@BuiltValue()
abstract class ApiResponseUploadTicket implements Built<ApiResponseUploadTicket, ApiResponseUploadTicketBuilder> {
  @BuiltValueField(wireName: r'success')
  bool? get success;

  @BuiltValueField(wireName: r'data')
  UploadTicket? get data;

  @BuiltValueField(wireName: r'meta')
  Meta? get meta;

  @BuiltValueField(wireName: r'pagination')
  Pagination? get pagination;

  ApiResponseUploadTicket._();

  factory ApiResponseUploadTicket([void updates(ApiResponseUploadTicketBuilder b)]) = _$ApiResponseUploadTicket;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ApiResponseUploadTicketBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ApiResponseUploadTicket> get serializer => _$ApiResponseUploadTicketSerializer();
}

class _$ApiResponseUploadTicketSerializer implements PrimitiveSerializer<ApiResponseUploadTicket> {
  @override
  final Iterable<Type> types = const [ApiResponseUploadTicket, _$ApiResponseUploadTicket];

  @override
  final String wireName = r'ApiResponseUploadTicket';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ApiResponseUploadTicket object, {
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
        specifiedType: const FullType(UploadTicket),
      );
    }
    if (object.meta != null) {
      yield r'meta';
      yield serializers.serialize(
        object.meta,
        specifiedType: const FullType(Meta),
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
    ApiResponseUploadTicket object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ApiResponseUploadTicketBuilder result,
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
            specifiedType: const FullType.nullable(UploadTicket),
          ) as UploadTicket?;
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
  ApiResponseUploadTicket deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ApiResponseUploadTicketBuilder();
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


