//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'order_status_change.g.dart';

/// OrderStatusChange
///
/// Properties:
/// * [status] 
@BuiltValue()
abstract class OrderStatusChange implements Built<OrderStatusChange, OrderStatusChangeBuilder> {
  @BuiltValueField(wireName: r'status')
  OrderStatusChangeStatusEnum get status;
  // enum statusEnum {  PENDING_PAYMENT,  CONFIRMED,  PACKED,  OUT_FOR_DELIVERY,  DELIVERED,  CANCELLED,  };

  OrderStatusChange._();

  factory OrderStatusChange([void updates(OrderStatusChangeBuilder b)]) = _$OrderStatusChange;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OrderStatusChangeBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OrderStatusChange> get serializer => _$OrderStatusChangeSerializer();
}

class _$OrderStatusChangeSerializer implements PrimitiveSerializer<OrderStatusChange> {
  @override
  final Iterable<Type> types = const [OrderStatusChange, _$OrderStatusChange];

  @override
  final String wireName = r'OrderStatusChange';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OrderStatusChange object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(OrderStatusChangeStatusEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OrderStatusChange object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OrderStatusChangeBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OrderStatusChangeStatusEnum),
          ) as OrderStatusChangeStatusEnum;
          result.status = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OrderStatusChange deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OrderStatusChangeBuilder();
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


class OrderStatusChangeStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING_PAYMENT')
  static const OrderStatusChangeStatusEnum PENDING_PAYMENT = _$orderStatusChangeStatusEnum_PENDING_PAYMENT;
  @BuiltValueEnumConst(wireName: r'CONFIRMED')
  static const OrderStatusChangeStatusEnum CONFIRMED = _$orderStatusChangeStatusEnum_CONFIRMED;
  @BuiltValueEnumConst(wireName: r'PACKED')
  static const OrderStatusChangeStatusEnum PACKED = _$orderStatusChangeStatusEnum_PACKED;
  @BuiltValueEnumConst(wireName: r'OUT_FOR_DELIVERY')
  static const OrderStatusChangeStatusEnum OUT_FOR_DELIVERY = _$orderStatusChangeStatusEnum_OUT_FOR_DELIVERY;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const OrderStatusChangeStatusEnum DELIVERED = _$orderStatusChangeStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const OrderStatusChangeStatusEnum CANCELLED = _$orderStatusChangeStatusEnum_CANCELLED;

  static Serializer<OrderStatusChangeStatusEnum> get serializer => _$orderStatusChangeStatusEnumSerializer;

  const OrderStatusChangeStatusEnum._(String name): super(name);

  static BuiltSet<OrderStatusChangeStatusEnum> get values => _$orderStatusChangeStatusEnumValues;
  static OrderStatusChangeStatusEnum valueOf(String name) => _$orderStatusChangeStatusEnumValueOf(name);
}

