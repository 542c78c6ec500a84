//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/timeline_entry.dart';
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/order_line.dart';
import 'package:vurksha_api/src/model/delivery_slot.dart';
import 'package:vurksha_api/src/model/address_snapshot.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'order_view.g.dart';

/// OrderView
///
/// Properties:
/// * [id] 
/// * [number] 
/// * [userId] 
/// * [status] 
/// * [paymentStatus] 
/// * [paymentMethod] 
/// * [items] 
/// * [subtotal] 
/// * [discount] 
/// * [deliveryFee] 
/// * [tax] 
/// * [total] 
/// * [currency] 
/// * [amountPaid] 
/// * [amountRefunded] 
/// * [couponCode] 
/// * [notes] 
/// * [deliverySlot] 
/// * [address] 
/// * [expiresAt] 
/// * [placedAt] 
/// * [timeline] 
@BuiltValue()
abstract class OrderView implements Built<OrderView, OrderViewBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'number')
  String? get number;

  @BuiltValueField(wireName: r'userId')
  String? get userId;

  @BuiltValueField(wireName: r'status')
  OrderViewStatusEnum? get status;
  // enum statusEnum {  PENDING_PAYMENT,  CONFIRMED,  PACKED,  OUT_FOR_DELIVERY,  DELIVERED,  CANCELLED,  };

  @BuiltValueField(wireName: r'paymentStatus')
  OrderViewPaymentStatusEnum? get paymentStatus;
  // enum paymentStatusEnum {  PENDING,  PENDING_COLLECTION,  CAPTURED,  VOID,  REFUND_PENDING,  PARTIALLY_REFUNDED,  REFUNDED,  };

  @BuiltValueField(wireName: r'paymentMethod')
  OrderViewPaymentMethodEnum? get paymentMethod;
  // enum paymentMethodEnum {  COD,  ONLINE,  };

  @BuiltValueField(wireName: r'items')
  BuiltList<OrderLine>? get items;

  @BuiltValueField(wireName: r'subtotal')
  int? get subtotal;

  @BuiltValueField(wireName: r'discount')
  int? get discount;

  @BuiltValueField(wireName: r'deliveryFee')
  int? get deliveryFee;

  @BuiltValueField(wireName: r'tax')
  int? get tax;

  @BuiltValueField(wireName: r'total')
  int? get total;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  @BuiltValueField(wireName: r'amountPaid')
  int? get amountPaid;

  @BuiltValueField(wireName: r'amountRefunded')
  int? get amountRefunded;

  @BuiltValueField(wireName: r'couponCode')
  String? get couponCode;

  @BuiltValueField(wireName: r'notes')
  String? get notes;

  @BuiltValueField(wireName: r'deliverySlot')
  DeliverySlot? get deliverySlot;

  @BuiltValueField(wireName: r'address')
  AddressSnapshot? get address;

  @BuiltValueField(wireName: r'expiresAt')
  DateTime? get expiresAt;

  @BuiltValueField(wireName: r'placedAt')
  DateTime? get placedAt;

  @BuiltValueField(wireName: r'timeline')
  BuiltList<TimelineEntry>? get timeline;

  OrderView._();

  factory OrderView([void updates(OrderViewBuilder b)]) = _$OrderView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OrderViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OrderView> get serializer => _$OrderViewSerializer();
}

class _$OrderViewSerializer implements PrimitiveSerializer<OrderView> {
  @override
  final Iterable<Type> types = const [OrderView, _$OrderView];

  @override
  final String wireName = r'OrderView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OrderView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.id != null) {
      yield r'id';
      yield serializers.serialize(
        object.id,
        specifiedType: const FullType(String),
      );
    }
    if (object.number != null) {
      yield r'number';
      yield serializers.serialize(
        object.number,
        specifiedType: const FullType(String),
      );
    }
    if (object.userId != null) {
      yield r'userId';
      yield serializers.serialize(
        object.userId,
        specifiedType: const FullType(String),
      );
    }
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(OrderViewStatusEnum),
      );
    }
    if (object.paymentStatus != null) {
      yield r'paymentStatus';
      yield serializers.serialize(
        object.paymentStatus,
        specifiedType: const FullType(OrderViewPaymentStatusEnum),
      );
    }
    if (object.paymentMethod != null) {
      yield r'paymentMethod';
      yield serializers.serialize(
        object.paymentMethod,
        specifiedType: const FullType(OrderViewPaymentMethodEnum),
      );
    }
    if (object.items != null) {
      yield r'items';
      yield serializers.serialize(
        object.items,
        specifiedType: const FullType(BuiltList, [FullType(OrderLine)]),
      );
    }
    if (object.subtotal != null) {
      yield r'subtotal';
      yield serializers.serialize(
        object.subtotal,
        specifiedType: const FullType(int),
      );
    }
    if (object.discount != null) {
      yield r'discount';
      yield serializers.serialize(
        object.discount,
        specifiedType: const FullType(int),
      );
    }
    if (object.deliveryFee != null) {
      yield r'deliveryFee';
      yield serializers.serialize(
        object.deliveryFee,
        specifiedType: const FullType(int),
      );
    }
    if (object.tax != null) {
      yield r'tax';
      yield serializers.serialize(
        object.tax,
        specifiedType: const FullType(int),
      );
    }
    if (object.total != null) {
      yield r'total';
      yield serializers.serialize(
        object.total,
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
    if (object.amountPaid != null) {
      yield r'amountPaid';
      yield serializers.serialize(
        object.amountPaid,
        specifiedType: const FullType(int),
      );
    }
    if (object.amountRefunded != null) {
      yield r'amountRefunded';
      yield serializers.serialize(
        object.amountRefunded,
        specifiedType: const FullType(int),
      );
    }
    if (object.couponCode != null) {
      yield r'couponCode';
      yield serializers.serialize(
        object.couponCode,
        specifiedType: const FullType(String),
      );
    }
    if (object.notes != null) {
      yield r'notes';
      yield serializers.serialize(
        object.notes,
        specifiedType: const FullType(String),
      );
    }
    if (object.deliverySlot != null) {
      yield r'deliverySlot';
      yield serializers.serialize(
        object.deliverySlot,
        specifiedType: const FullType(DeliverySlot),
      );
    }
    if (object.address != null) {
      yield r'address';
      yield serializers.serialize(
        object.address,
        specifiedType: const FullType(AddressSnapshot),
      );
    }
    if (object.expiresAt != null) {
      yield r'expiresAt';
      yield serializers.serialize(
        object.expiresAt,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.placedAt != null) {
      yield r'placedAt';
      yield serializers.serialize(
        object.placedAt,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.timeline != null) {
      yield r'timeline';
      yield serializers.serialize(
        object.timeline,
        specifiedType: const FullType(BuiltList, [FullType(TimelineEntry)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    OrderView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OrderViewBuilder result,
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
        case r'number':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.number = valueDes;
          break;
        case r'userId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.userId = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderViewStatusEnum),
          ) as OrderViewStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'paymentStatus':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderViewPaymentStatusEnum),
          ) as OrderViewPaymentStatusEnum?;
          if (valueDes == null) continue;
          result.paymentStatus = valueDes;
          break;
        case r'paymentMethod':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderViewPaymentMethodEnum),
          ) as OrderViewPaymentMethodEnum?;
          if (valueDes == null) continue;
          result.paymentMethod = valueDes;
          break;
        case r'items':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(OrderLine)]),
          ) as BuiltList<OrderLine>?;
          if (valueDes == null) continue;
          result.items.replace(valueDes);
          break;
        case r'subtotal':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.subtotal = valueDes;
          break;
        case r'discount':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.discount = valueDes;
          break;
        case r'deliveryFee':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.deliveryFee = valueDes;
          break;
        case r'tax':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.tax = valueDes;
          break;
        case r'total':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.total = valueDes;
          break;
        case r'currency':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.currency = valueDes;
          break;
        case r'amountPaid':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.amountPaid = valueDes;
          break;
        case r'amountRefunded':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.amountRefunded = valueDes;
          break;
        case r'couponCode':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.couponCode = valueDes;
          break;
        case r'notes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.notes = valueDes;
          break;
        case r'deliverySlot':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DeliverySlot),
          ) as DeliverySlot?;
          if (valueDes == null) continue;
          result.deliverySlot.replace(valueDes);
          break;
        case r'address':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(AddressSnapshot),
          ) as AddressSnapshot?;
          if (valueDes == null) continue;
          result.address.replace(valueDes);
          break;
        case r'expiresAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.expiresAt = valueDes;
          break;
        case r'placedAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.placedAt = valueDes;
          break;
        case r'timeline':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(TimelineEntry)]),
          ) as BuiltList<TimelineEntry>?;
          if (valueDes == null) continue;
          result.timeline.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OrderView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OrderViewBuilder();
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


class OrderViewStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING_PAYMENT')
  static const OrderViewStatusEnum PENDING_PAYMENT = _$orderViewStatusEnum_PENDING_PAYMENT;
  @BuiltValueEnumConst(wireName: r'CONFIRMED')
  static const OrderViewStatusEnum CONFIRMED = _$orderViewStatusEnum_CONFIRMED;
  @BuiltValueEnumConst(wireName: r'PACKED')
  static const OrderViewStatusEnum PACKED = _$orderViewStatusEnum_PACKED;
  @BuiltValueEnumConst(wireName: r'OUT_FOR_DELIVERY')
  static const OrderViewStatusEnum OUT_FOR_DELIVERY = _$orderViewStatusEnum_OUT_FOR_DELIVERY;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const OrderViewStatusEnum DELIVERED = _$orderViewStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const OrderViewStatusEnum CANCELLED = _$orderViewStatusEnum_CANCELLED;

  static Serializer<OrderViewStatusEnum> get serializer => _$orderViewStatusEnumSerializer;

  const OrderViewStatusEnum._(String name): super(name);

  static BuiltSet<OrderViewStatusEnum> get values => _$orderViewStatusEnumValues;
  static OrderViewStatusEnum valueOf(String name) => _$orderViewStatusEnumValueOf(name);
}

class OrderViewPaymentStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING')
  static const OrderViewPaymentStatusEnum PENDING = _$orderViewPaymentStatusEnum_PENDING;
  @BuiltValueEnumConst(wireName: r'PENDING_COLLECTION')
  static const OrderViewPaymentStatusEnum PENDING_COLLECTION = _$orderViewPaymentStatusEnum_PENDING_COLLECTION;
  @BuiltValueEnumConst(wireName: r'CAPTURED')
  static const OrderViewPaymentStatusEnum CAPTURED = _$orderViewPaymentStatusEnum_CAPTURED;
  @BuiltValueEnumConst(wireName: r'VOID')
  static const OrderViewPaymentStatusEnum VOID = _$orderViewPaymentStatusEnum_VOID;
  @BuiltValueEnumConst(wireName: r'REFUND_PENDING')
  static const OrderViewPaymentStatusEnum REFUND_PENDING = _$orderViewPaymentStatusEnum_REFUND_PENDING;
  @BuiltValueEnumConst(wireName: r'PARTIALLY_REFUNDED')
  static const OrderViewPaymentStatusEnum PARTIALLY_REFUNDED = _$orderViewPaymentStatusEnum_PARTIALLY_REFUNDED;
  @BuiltValueEnumConst(wireName: r'REFUNDED')
  static const OrderViewPaymentStatusEnum REFUNDED = _$orderViewPaymentStatusEnum_REFUNDED;

  static Serializer<OrderViewPaymentStatusEnum> get serializer => _$orderViewPaymentStatusEnumSerializer;

  const OrderViewPaymentStatusEnum._(String name): super(name);

  static BuiltSet<OrderViewPaymentStatusEnum> get values => _$orderViewPaymentStatusEnumValues;
  static OrderViewPaymentStatusEnum valueOf(String name) => _$orderViewPaymentStatusEnumValueOf(name);
}

class OrderViewPaymentMethodEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'COD')
  static const OrderViewPaymentMethodEnum COD = _$orderViewPaymentMethodEnum_COD;
  @BuiltValueEnumConst(wireName: r'ONLINE')
  static const OrderViewPaymentMethodEnum ONLINE = _$orderViewPaymentMethodEnum_ONLINE;

  static Serializer<OrderViewPaymentMethodEnum> get serializer => _$orderViewPaymentMethodEnumSerializer;

  const OrderViewPaymentMethodEnum._(String name): super(name);

  static BuiltSet<OrderViewPaymentMethodEnum> get values => _$orderViewPaymentMethodEnumValues;
  static OrderViewPaymentMethodEnum valueOf(String name) => _$orderViewPaymentMethodEnumValueOf(name);
}

