//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'order_summary.g.dart';

/// OrderSummary
///
/// Properties:
/// * [id] 
/// * [number] 
/// * [status] 
/// * [paymentStatus] 
/// * [paymentMethod] 
/// * [total] 
/// * [currency] 
/// * [itemCount] 
/// * [placedAt] 
@BuiltValue()
abstract class OrderSummary implements Built<OrderSummary, OrderSummaryBuilder> {
  @BuiltValueField(wireName: r'id')
  String? get id;

  @BuiltValueField(wireName: r'number')
  String? get number;

  @BuiltValueField(wireName: r'status')
  OrderSummaryStatusEnum? get status;
  // enum statusEnum {  PENDING_PAYMENT,  CONFIRMED,  PACKED,  OUT_FOR_DELIVERY,  DELIVERED,  CANCELLED,  };

  @BuiltValueField(wireName: r'paymentStatus')
  OrderSummaryPaymentStatusEnum? get paymentStatus;
  // enum paymentStatusEnum {  PENDING,  PENDING_COLLECTION,  CAPTURED,  VOID,  REFUND_PENDING,  PARTIALLY_REFUNDED,  REFUNDED,  };

  @BuiltValueField(wireName: r'paymentMethod')
  OrderSummaryPaymentMethodEnum? get paymentMethod;
  // enum paymentMethodEnum {  COD,  ONLINE,  };

  @BuiltValueField(wireName: r'total')
  int? get total;

  @BuiltValueField(wireName: r'currency')
  String? get currency;

  @BuiltValueField(wireName: r'itemCount')
  int? get itemCount;

  @BuiltValueField(wireName: r'placedAt')
  DateTime? get placedAt;

  OrderSummary._();

  factory OrderSummary([void updates(OrderSummaryBuilder b)]) = _$OrderSummary;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OrderSummaryBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OrderSummary> get serializer => _$OrderSummarySerializer();
}

class _$OrderSummarySerializer implements PrimitiveSerializer<OrderSummary> {
  @override
  final Iterable<Type> types = const [OrderSummary, _$OrderSummary];

  @override
  final String wireName = r'OrderSummary';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OrderSummary object, {
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
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(OrderSummaryStatusEnum),
      );
    }
    if (object.paymentStatus != null) {
      yield r'paymentStatus';
      yield serializers.serialize(
        object.paymentStatus,
        specifiedType: const FullType(OrderSummaryPaymentStatusEnum),
      );
    }
    if (object.paymentMethod != null) {
      yield r'paymentMethod';
      yield serializers.serialize(
        object.paymentMethod,
        specifiedType: const FullType(OrderSummaryPaymentMethodEnum),
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
    if (object.itemCount != null) {
      yield r'itemCount';
      yield serializers.serialize(
        object.itemCount,
        specifiedType: const FullType(int),
      );
    }
    if (object.placedAt != null) {
      yield r'placedAt';
      yield serializers.serialize(
        object.placedAt,
        specifiedType: const FullType(DateTime),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    OrderSummary object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OrderSummaryBuilder result,
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
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderSummaryStatusEnum),
          ) as OrderSummaryStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'paymentStatus':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderSummaryPaymentStatusEnum),
          ) as OrderSummaryPaymentStatusEnum?;
          if (valueDes == null) continue;
          result.paymentStatus = valueDes;
          break;
        case r'paymentMethod':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderSummaryPaymentMethodEnum),
          ) as OrderSummaryPaymentMethodEnum?;
          if (valueDes == null) continue;
          result.paymentMethod = valueDes;
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
        case r'itemCount':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.itemCount = valueDes;
          break;
        case r'placedAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.placedAt = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OrderSummary deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OrderSummaryBuilder();
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


class OrderSummaryStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING_PAYMENT')
  static const OrderSummaryStatusEnum PENDING_PAYMENT = _$orderSummaryStatusEnum_PENDING_PAYMENT;
  @BuiltValueEnumConst(wireName: r'CONFIRMED')
  static const OrderSummaryStatusEnum CONFIRMED = _$orderSummaryStatusEnum_CONFIRMED;
  @BuiltValueEnumConst(wireName: r'PACKED')
  static const OrderSummaryStatusEnum PACKED = _$orderSummaryStatusEnum_PACKED;
  @BuiltValueEnumConst(wireName: r'OUT_FOR_DELIVERY')
  static const OrderSummaryStatusEnum OUT_FOR_DELIVERY = _$orderSummaryStatusEnum_OUT_FOR_DELIVERY;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const OrderSummaryStatusEnum DELIVERED = _$orderSummaryStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const OrderSummaryStatusEnum CANCELLED = _$orderSummaryStatusEnum_CANCELLED;

  static Serializer<OrderSummaryStatusEnum> get serializer => _$orderSummaryStatusEnumSerializer;

  const OrderSummaryStatusEnum._(String name): super(name);

  static BuiltSet<OrderSummaryStatusEnum> get values => _$orderSummaryStatusEnumValues;
  static OrderSummaryStatusEnum valueOf(String name) => _$orderSummaryStatusEnumValueOf(name);
}

class OrderSummaryPaymentStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING')
  static const OrderSummaryPaymentStatusEnum PENDING = _$orderSummaryPaymentStatusEnum_PENDING;
  @BuiltValueEnumConst(wireName: r'PENDING_COLLECTION')
  static const OrderSummaryPaymentStatusEnum PENDING_COLLECTION = _$orderSummaryPaymentStatusEnum_PENDING_COLLECTION;
  @BuiltValueEnumConst(wireName: r'CAPTURED')
  static const OrderSummaryPaymentStatusEnum CAPTURED = _$orderSummaryPaymentStatusEnum_CAPTURED;
  @BuiltValueEnumConst(wireName: r'VOID')
  static const OrderSummaryPaymentStatusEnum VOID = _$orderSummaryPaymentStatusEnum_VOID;
  @BuiltValueEnumConst(wireName: r'REFUND_PENDING')
  static const OrderSummaryPaymentStatusEnum REFUND_PENDING = _$orderSummaryPaymentStatusEnum_REFUND_PENDING;
  @BuiltValueEnumConst(wireName: r'PARTIALLY_REFUNDED')
  static const OrderSummaryPaymentStatusEnum PARTIALLY_REFUNDED = _$orderSummaryPaymentStatusEnum_PARTIALLY_REFUNDED;
  @BuiltValueEnumConst(wireName: r'REFUNDED')
  static const OrderSummaryPaymentStatusEnum REFUNDED = _$orderSummaryPaymentStatusEnum_REFUNDED;

  static Serializer<OrderSummaryPaymentStatusEnum> get serializer => _$orderSummaryPaymentStatusEnumSerializer;

  const OrderSummaryPaymentStatusEnum._(String name): super(name);

  static BuiltSet<OrderSummaryPaymentStatusEnum> get values => _$orderSummaryPaymentStatusEnumValues;
  static OrderSummaryPaymentStatusEnum valueOf(String name) => _$orderSummaryPaymentStatusEnumValueOf(name);
}

class OrderSummaryPaymentMethodEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'COD')
  static const OrderSummaryPaymentMethodEnum COD = _$orderSummaryPaymentMethodEnum_COD;
  @BuiltValueEnumConst(wireName: r'ONLINE')
  static const OrderSummaryPaymentMethodEnum ONLINE = _$orderSummaryPaymentMethodEnum_ONLINE;

  static Serializer<OrderSummaryPaymentMethodEnum> get serializer => _$orderSummaryPaymentMethodEnumSerializer;

  const OrderSummaryPaymentMethodEnum._(String name): super(name);

  static BuiltSet<OrderSummaryPaymentMethodEnum> get values => _$orderSummaryPaymentMethodEnumValues;
  static OrderSummaryPaymentMethodEnum valueOf(String name) => _$orderSummaryPaymentMethodEnumValueOf(name);
}

