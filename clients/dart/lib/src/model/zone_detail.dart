//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'zone_detail.g.dart';

/// ZoneDetail
///
/// Properties:
/// * [id] 
/// * [name] 
/// * [hub] 
/// * [deliveryFee] 
/// * [freeDeliveryThreshold] 
/// * [minimumOrderValue] 
/// * [currency] 
/// * [pincodes] 
@BuiltValue()
abstract class ZoneDetail implements Built<ZoneDetail, ZoneDetailBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'name')
  String? get name;

  @BuiltValueField(wireName: r'hub')
  String? get hub;

  @BuiltValueField(wireName: r'deliveryFee')
  int? get deliveryFee;

  @BuiltValueField(wireName: r'freeDeliveryThreshold')
  int? get freeDeliveryThreshold;

  @BuiltValueField(wireName: r'minimumOrderValue')
  int? get minimumOrderValue;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  @BuiltValueField(wireName: r'pincodes')
  BuiltList<String>? get pincodes;

  ZoneDetail._();

  factory ZoneDetail([void updates(ZoneDetailBuilder b)]) = _$ZoneDetail;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ZoneDetailBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ZoneDetail> get serializer => _$ZoneDetailSerializer();
}

class _$ZoneDetailSerializer implements PrimitiveSerializer<ZoneDetail> {
  @override
  final Iterable<Type> types = const [ZoneDetail, _$ZoneDetail];

  @override
  final String wireName = r'ZoneDetail';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ZoneDetail object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.name != null) {
      yield r'name';
      yield serializers.serialize(
        object.name,
        specifiedType: const FullType(String),
      );
    }
    if (object.hub != null) {
      yield r'hub';
      yield serializers.serialize(
        object.hub,
        specifiedType: const FullType(String),
      );
    }
    if (object.deliveryFee != null) {
      yield r'deliveryFee';
      yield serializers.serialize(
        object.deliveryFee,
        specifiedType: const FullType(int),
      );
    }
    if (object.freeDeliveryThreshold != null) {
      yield r'freeDeliveryThreshold';
      yield serializers.serialize(
        object.freeDeliveryThreshold,
        specifiedType: const FullType(int),
      );
    }
    if (object.minimumOrderValue != null) {
      yield r'minimumOrderValue';
      yield serializers.serialize(
        object.minimumOrderValue,
        specifiedType: const FullType(int),
      );
    }
    if (object.currency != null) {
      yield r'currency';
      yield serializers.serialize(
        object.currency,
        specifiedType: const FullType(String),
      );
    }
    if (object.pincodes != null) {
      yield r'pincodes';
      yield serializers.serialize(
        object.pincodes,
        specifiedType: const FullType(BuiltList, [FullType(String)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ZoneDetail object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ZoneDetailBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.id = valueDes;
          break;
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.name = valueDes;
          break;
        case r'hub':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.hub = valueDes;
          break;
        case r'deliveryFee':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.deliveryFee = valueDes;
          break;
        case r'freeDeliveryThreshold':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.freeDeliveryThreshold = valueDes;
          break;
        case r'minimumOrderValue':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.minimumOrderValue = valueDes;
          break;
        case r'currency':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.currency = valueDes;
          break;
        case r'pincodes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(String)]),
          ) as BuiltList<String>?;
          if (valueDes == null) continue;
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
  ZoneDetail deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ZoneDetailBuilder();
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


