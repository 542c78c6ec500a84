//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'failure.g.dart';

/// Failure
///
/// Properties:
/// * [reason] 
/// * [note] 
/// * [proofFileId] 
@BuiltValue()
abstract class Failure implements Built<Failure, FailureBuilder> {
  @BuiltValueField(wireName: r'reason')
  FailureReasonEnum get reason;
  // enum reasonEnum {  CUSTOMER_UNAVAILABLE,  ADDRESS_NOT_FOUND,  CUSTOMER_REFUSED,  DAMAGED,  OTHER,  };

  @BuiltValueField(wireName: r'note')
  String? get note;

  @BuiltValueField(wireName: r'proofFileId')
  String? get proofFileId;

  Failure._();

  factory Failure([void updates(FailureBuilder b)]) = _$Failure;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(FailureBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Failure> get serializer => _$FailureSerializer();
}

class _$FailureSerializer implements PrimitiveSerializer<Failure> {
  @override
  final Iterable<Type> types = const [Failure, _$Failure];

  @override
  final String wireName = r'Failure';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Failure object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'reason';
    yield serializers.serialize(
      object.reason,
      specifiedType: const FullType(FailureReasonEnum),
    );
    if (object.note != null) {
      yield r'note';
      yield serializers.serialize(
        object.note,
        specifiedType: const FullType(String),
      );
    }
    if (object.proofFileId != null) {
      yield r'proofFileId';
      yield serializers.serialize(
        object.proofFileId,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Failure object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required FailureBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'reason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(FailureReasonEnum),
          ) as FailureReasonEnum;
          result.reason = valueDes;
          break;
        case r'note':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.note = valueDes;
          break;
        case r'proofFileId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.proofFileId = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Failure deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = FailureBuilder();
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


class FailureReasonEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'CUSTOMER_UNAVAILABLE')
  static const FailureReasonEnum CUSTOMER_UNAVAILABLE = _$failureReasonEnum_CUSTOMER_UNAVAILABLE;
  @BuiltValueEnumConst(wireName: r'ADDRESS_NOT_FOUND')
  static const FailureReasonEnum ADDRESS_NOT_FOUND = _$failureReasonEnum_ADDRESS_NOT_FOUND;
  @BuiltValueEnumConst(wireName: r'CUSTOMER_REFUSED')
  static const FailureReasonEnum CUSTOMER_REFUSED = _$failureReasonEnum_CUSTOMER_REFUSED;
  @BuiltValueEnumConst(wireName: r'DAMAGED')
  static const FailureReasonEnum DAMAGED = _$failureReasonEnum_DAMAGED;
  @BuiltValueEnumConst(wireName: r'OTHER')
  static const FailureReasonEnum OTHER = _$failureReasonEnum_OTHER;

  static Serializer<FailureReasonEnum> get serializer => _$failureReasonEnumSerializer;

  const FailureReasonEnum._(String name): super(name);

  static BuiltSet<FailureReasonEnum> get values => _$failureReasonEnumValues;
  static FailureReasonEnum valueOf(String name) => _$failureReasonEnumValueOf(name);
}

