//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'pincode_list.g.dart';

/// PincodeList
///
/// Properties:
/// * [pincodes] 
@BuiltValue()
abstract class PincodeList implements Built<PincodeList, PincodeListBuilder> {
  @BuiltValueField(wireName: r'pincodes')
  BuiltList<String> get pincodes;

  PincodeList._();

  factory PincodeList([void updates(PincodeListBuilder b)]) = _$PincodeList;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(PincodeListBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<PincodeList> get serializer => _$PincodeListSerializer();
}

class _$PincodeListSerializer implements PrimitiveSerializer<PincodeList> {
  @override
  final Iterable<Type> types = const [PincodeList, _$PincodeList];

  @override
  final String wireName = r'PincodeList';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    PincodeList object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'pincodes';
    yield serializers.serialize(
      object.pincodes,
      specifiedType: const FullType(BuiltList, [FullType(String)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    PincodeList object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required PincodeListBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'pincodes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(String)]),
          ) as BuiltList<String>;
          result.pincodes.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  PincodeList deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = PincodeListBuilder();
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


