//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/delivery_address.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'delivery_delivery_view.g.dart';

/// DeliveryDeliveryView
///
/// Properties:
/// * [id] 
/// * [orderId] 
/// * [orderNumber] 
/// * [status] 
/// * [attempt] 
/// * [riderId] 
/// * [slotId] 
/// * [slotStart] 
/// * [slotEnd] 
/// * [address] 
/// * [amountToCollect] 
/// * [etaMinutes] 
/// * [failureReason] 
/// * [failureNote] 
/// * [followUp] 
/// * [proofFileId] 
/// * [deliveredAt] 
@BuiltValue()
abstract class DeliveryDeliveryView implements Built<DeliveryDeliveryView, DeliveryDeliveryViewBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'orderId')
  String? get orderId;

  @BuiltValueField(wireName: r'orderNumber')
  String? get orderNumber;

  @BuiltValueField(wireName: r'status')
  DeliveryDeliveryViewStatusEnum? get status;
  // enum statusEnum {  UNASSIGNED,  ASSIGNED,  ACCEPTED,  PICKED_UP,  EN_ROUTE,  ARRIVED,  DELIVERED,  FAILED,  CANCELLED,  };

  @BuiltValueField(wireName: r'attempt')
  int? get attempt;

  @BuiltValueField(wireName: r'riderId')
  String? get riderId;

  @BuiltValueField(wireName: r'slotId')
  String? get slotId;

  @BuiltValueField(wireName: r'slotStart')
  DateTime? get slotStart;

  @BuiltValueField(wireName: r'slotEnd')
  DateTime? get slotEnd;

  @BuiltValueField(wireName: r'address')
  DeliveryAddress? get address;

  @BuiltValueField(wireName: r'amountToCollect')
  int? get amountToCollect;

  @BuiltValueField(wireName: r'etaMinutes')
  int? get etaMinutes;

  @BuiltValueField(wireName: r'failureReason')
  DeliveryDeliveryViewFailureReasonEnum? get failureReason;
  // enum failureReasonEnum {  CUSTOMER_UNAVAILABLE,  ADDRESS_NOT_FOUND,  CUSTOMER_REFUSED,  DAMAGED,  OTHER,  };

  @BuiltValueField(wireName: r'failureNote')
  String? get failureNote;

  @BuiltValueField(wireName: r'followUp')
  DeliveryDeliveryViewFollowUpEnum? get followUp;
  // enum followUpEnum {  REATTEMPT,  RETURN_TO_HUB,  };

  @BuiltValueField(wireName: r'proofFileId')
  String? get proofFileId;

  @BuiltValueField(wireName: r'deliveredAt')
  DateTime? get deliveredAt;

  DeliveryDeliveryView._();

  factory DeliveryDeliveryView([void updates(DeliveryDeliveryViewBuilder b)]) = _$DeliveryDeliveryView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(DeliveryDeliveryViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<DeliveryDeliveryView> get serializer => _$DeliveryDeliveryViewSerializer();
}

class _$DeliveryDeliveryViewSerializer implements PrimitiveSerializer<DeliveryDeliveryView> {
  @override
  final Iterable<Type> types = const [DeliveryDeliveryView, _$DeliveryDeliveryView];

  @override
  final String wireName = r'DeliveryDeliveryView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    DeliveryDeliveryView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.orderId != null) {
      yield r'orderId';
      yield serializers.serialize(
        object.orderId,
        specifiedType: const FullType(String),
      );
    }
    if (object.orderNumber != null) {
      yield r'orderNumber';
      yield serializers.serialize(
        object.orderNumber,
        specifiedType: const FullType(String),
      );
    }
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(DeliveryDeliveryViewStatusEnum),
      );
    }
    if (object.attempt != null) {
      yield r'attempt';
      yield serializers.serialize(
        object.attempt,
        specifiedType: const FullType(int),
      );
    }
    if (object.riderId != null) {
      yield r'riderId';
      yield serializers.serialize(
        object.riderId,
        specifiedType: const FullType(String),
      );
    }
    if (object.slotId != null) {
      yield r'slotId';
      yield serializers.serialize(
        object.slotId,
        specifiedType: const FullType(String),
      );
    }
    if (object.slotStart != null) {
      yield r'slotStart';
      yield serializers.serialize(
        object.slotStart,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.slotEnd != null) {
      yield r'slotEnd';
      yield serializers.serialize(
        object.slotEnd,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.address != null) {
      yield r'address';
      yield serializers.serialize(
        object.address,
        specifiedType: const FullType(DeliveryAddress),
      );
    }
    if (object.amountToCollect != null) {
      yield r'amountToCollect';
      yield serializers.serialize(
        object.amountToCollect,
        specifiedType: const FullType(int),
      );
    }
    if (object.etaMinutes != null) {
      yield r'etaMinutes';
      yield serializers.serialize(
        object.etaMinutes,
        specifiedType: const FullType(int),
      );
    }
    if (object.failureReason != null) {
      yield r'failureReason';
      yield serializers.serialize(
        object.failureReason,
        specifiedType: const FullType(DeliveryDeliveryViewFailureReasonEnum),
      );
    }
    if (object.failureNote != null) {
      yield r'failureNote';
      yield serializers.serialize(
        object.failureNote,
        specifiedType: const FullType(String),
      );
    }
    if (object.followUp != null) {
      yield r'followUp';
      yield serializers.serialize(
        object.followUp,
        specifiedType: const FullType(DeliveryDeliveryViewFollowUpEnum),
      );
    }
    if (object.proofFileId != null) {
      yield r'proofFileId';
      yield serializers.serialize(
        object.proofFileId,
        specifiedType: const FullType(String),
      );
    }
    if (object.deliveredAt != null) {
      yield r'deliveredAt';
      yield serializers.serialize(
        object.deliveredAt,
        specifiedType: const FullType(DateTime),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    DeliveryDeliveryView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required DeliveryDeliveryViewBuilder result,
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
        case r'orderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.orderId = valueDes;
          break;
        case r'orderNumber':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.orderNumber = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DeliveryDeliveryViewStatusEnum),
          ) as DeliveryDeliveryViewStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'attempt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.attempt = valueDes;
          break;
        case r'riderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.riderId = valueDes;
          break;
        case r'slotId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.slotId = valueDes;
          break;
        case r'slotStart':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.slotStart = valueDes;
          break;
        case r'slotEnd':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.slotEnd = valueDes;
          break;
        case r'address':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DeliveryAddress),
          ) as DeliveryAddress?;
          if (valueDes == null) continue;
          result.address.replace(valueDes);
          break;
        case r'amountToCollect':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.amountToCollect = valueDes;
          break;
        case r'etaMinutes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.etaMinutes = valueDes;
          break;
        case r'failureReason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DeliveryDeliveryViewFailureReasonEnum),
          ) as DeliveryDeliveryViewFailureReasonEnum?;
          if (valueDes == null) continue;
          result.failureReason = valueDes;
          break;
        case r'failureNote':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.failureNote = valueDes;
          break;
        case r'followUp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DeliveryDeliveryViewFollowUpEnum),
          ) as DeliveryDeliveryViewFollowUpEnum?;
          if (valueDes == null) continue;
          result.followUp = valueDes;
          break;
        case r'proofFileId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.proofFileId = valueDes;
          break;
        case r'deliveredAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.deliveredAt = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  DeliveryDeliveryView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = DeliveryDeliveryViewBuilder();
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


class DeliveryDeliveryViewStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'UNASSIGNED')
  static const DeliveryDeliveryViewStatusEnum UNASSIGNED = _$deliveryDeliveryViewStatusEnum_UNASSIGNED;
  @BuiltValueEnumConst(wireName: r'ASSIGNED')
  static const DeliveryDeliveryViewStatusEnum ASSIGNED = _$deliveryDeliveryViewStatusEnum_ASSIGNED;
  @BuiltValueEnumConst(wireName: r'ACCEPTED')
  static const DeliveryDeliveryViewStatusEnum ACCEPTED = _$deliveryDeliveryViewStatusEnum_ACCEPTED;
  @BuiltValueEnumConst(wireName: r'PICKED_UP')
  static const DeliveryDeliveryViewStatusEnum PICKED_UP = _$deliveryDeliveryViewStatusEnum_PICKED_UP;
  @BuiltValueEnumConst(wireName: r'EN_ROUTE')
  static const DeliveryDeliveryViewStatusEnum EN_ROUTE = _$deliveryDeliveryViewStatusEnum_EN_ROUTE;
  @BuiltValueEnumConst(wireName: r'ARRIVED')
  static const DeliveryDeliveryViewStatusEnum ARRIVED = _$deliveryDeliveryViewStatusEnum_ARRIVED;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const DeliveryDeliveryViewStatusEnum DELIVERED = _$deliveryDeliveryViewStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'FAILED')
  static const DeliveryDeliveryViewStatusEnum FAILED = _$deliveryDeliveryViewStatusEnum_FAILED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const DeliveryDeliveryViewStatusEnum CANCELLED = _$deliveryDeliveryViewStatusEnum_CANCELLED;

  static Serializer<DeliveryDeliveryViewStatusEnum> get serializer => _$deliveryDeliveryViewStatusEnumSerializer;

  const DeliveryDeliveryViewStatusEnum._(String name): super(name);

  static BuiltSet<DeliveryDeliveryViewStatusEnum> get values => _$deliveryDeliveryViewStatusEnumValues;
  static DeliveryDeliveryViewStatusEnum valueOf(String name) => _$deliveryDeliveryViewStatusEnumValueOf(name);
}

class DeliveryDeliveryViewFailureReasonEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'CUSTOMER_UNAVAILABLE')
  static const DeliveryDeliveryViewFailureReasonEnum CUSTOMER_UNAVAILABLE = _$deliveryDeliveryViewFailureReasonEnum_CUSTOMER_UNAVAILABLE;
  @BuiltValueEnumConst(wireName: r'ADDRESS_NOT_FOUND')
  static const DeliveryDeliveryViewFailureReasonEnum ADDRESS_NOT_FOUND = _$deliveryDeliveryViewFailureReasonEnum_ADDRESS_NOT_FOUND;
  @BuiltValueEnumConst(wireName: r'CUSTOMER_REFUSED')
  static const DeliveryDeliveryViewFailureReasonEnum CUSTOMER_REFUSED = _$deliveryDeliveryViewFailureReasonEnum_CUSTOMER_REFUSED;
  @BuiltValueEnumConst(wireName: r'DAMAGED')
  static const DeliveryDeliveryViewFailureReasonEnum DAMAGED = _$deliveryDeliveryViewFailureReasonEnum_DAMAGED;
  @BuiltValueEnumConst(wireName: r'OTHER')
  static const DeliveryDeliveryViewFailureReasonEnum OTHER = _$deliveryDeliveryViewFailureReasonEnum_OTHER;

  static Serializer<DeliveryDeliveryViewFailureReasonEnum> get serializer => _$deliveryDeliveryViewFailureReasonEnumSerializer;

  const DeliveryDeliveryViewFailureReasonEnum._(String name): super(name);

  static BuiltSet<DeliveryDeliveryViewFailureReasonEnum> get values => _$deliveryDeliveryViewFailureReasonEnumValues;
  static DeliveryDeliveryViewFailureReasonEnum valueOf(String name) => _$deliveryDeliveryViewFailureReasonEnumValueOf(name);
}

class DeliveryDeliveryViewFollowUpEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'REATTEMPT')
  static const DeliveryDeliveryViewFollowUpEnum REATTEMPT = _$deliveryDeliveryViewFollowUpEnum_REATTEMPT;
  @BuiltValueEnumConst(wireName: r'RETURN_TO_HUB')
  static const DeliveryDeliveryViewFollowUpEnum RETURN_TO_HUB = _$deliveryDeliveryViewFollowUpEnum_RETURN_TO_HUB;

  static Serializer<DeliveryDeliveryViewFollowUpEnum> get serializer => _$deliveryDeliveryViewFollowUpEnumSerializer;

  const DeliveryDeliveryViewFollowUpEnum._(String name): super(name);

  static BuiltSet<DeliveryDeliveryViewFollowUpEnum> get values => _$deliveryDeliveryViewFollowUpEnumValues;
  static DeliveryDeliveryViewFollowUpEnum valueOf(String name) => _$deliveryDeliveryViewFollowUpEnumValueOf(name);
}

