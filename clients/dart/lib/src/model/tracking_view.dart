//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:vurksha_api/src/model/order_delivery_view.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'tracking_view.g.dart';

/// TrackingView
///
/// Properties:
/// * [orderId] 
/// * [number] 
/// * [status] 
/// * [delivery] 
/// * [deliveryUnavailable] 
@BuiltValue()
abstract class TrackingView implements Built<TrackingView, TrackingViewBuilder> {
  @BuiltValueField(wireName: r'orderId')
  String? get orderId;

  @BuiltValueField(wireName: r'number')
  String? get number;

  @BuiltValueField(wireName: r'status')
  TrackingViewStatusEnum? get status;
  // enum statusEnum {  PENDING_PAYMENT,  CONFIRMED,  PACKED,  OUT_FOR_DELIVERY,  DELIVERED,  CANCELLED,  };

  @BuiltValueField(wireName: r'delivery')
  OrderDeliveryView? get delivery;

  @BuiltValueField(wireName: r'deliveryUnavailable')
  bool? get deliveryUnavailable;

  TrackingView._();

  factory TrackingView([void updates(TrackingViewBuilder b)]) = _$TrackingView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(TrackingViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<TrackingView> get serializer => _$TrackingViewSerializer();
}

class _$TrackingViewSerializer implements PrimitiveSerializer<TrackingView> {
  @override
  final Iterable<Type> types = const [TrackingView, _$TrackingView];

  @override
  final String wireName = r'TrackingView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    TrackingView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.orderId != null) {
      yield r'orderId';
      yield serializers.serialize(
        object.orderId,
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
        specifiedType: const FullType(TrackingViewStatusEnum),
      );
    }
    if (object.delivery != null) {
      yield r'delivery';
      yield serializers.serialize(
        object.delivery,
        specifiedType: const FullType(OrderDeliveryView),
      );
    }
    if (object.deliveryUnavailable != null) {
      yield r'deliveryUnavailable';
      yield serializers.serialize(
        object.deliveryUnavailable,
        specifiedType: const FullType(bool),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    TrackingView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required TrackingViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'orderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.orderId = valueDes;
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
            specifiedType: const FullType.nullable(TrackingViewStatusEnum),
          ) as TrackingViewStatusEnum?;
          if (valueDes == null) continue;
          result.status = valueDes;
          break;
        case r'delivery':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderDeliveryView),
          ) as OrderDeliveryView?;
          if (valueDes == null) continue;
          result.delivery.replace(valueDes);
          break;
        case r'deliveryUnavailable':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.deliveryUnavailable = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  TrackingView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = TrackingViewBuilder();
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


class TrackingViewStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'PENDING_PAYMENT')
  static const TrackingViewStatusEnum PENDING_PAYMENT = _$trackingViewStatusEnum_PENDING_PAYMENT;
  @BuiltValueEnumConst(wireName: r'CONFIRMED')
  static const TrackingViewStatusEnum CONFIRMED = _$trackingViewStatusEnum_CONFIRMED;
  @BuiltValueEnumConst(wireName: r'PACKED')
  static const TrackingViewStatusEnum PACKED = _$trackingViewStatusEnum_PACKED;
  @BuiltValueEnumConst(wireName: r'OUT_FOR_DELIVERY')
  static const TrackingViewStatusEnum OUT_FOR_DELIVERY = _$trackingViewStatusEnum_OUT_FOR_DELIVERY;
  @BuiltValueEnumConst(wireName: r'DELIVERED')
  static const TrackingViewStatusEnum DELIVERED = _$trackingViewStatusEnum_DELIVERED;
  @BuiltValueEnumConst(wireName: r'CANCELLED')
  static const TrackingViewStatusEnum CANCELLED = _$trackingViewStatusEnum_CANCELLED;

  static Serializer<TrackingViewStatusEnum> get serializer => _$trackingViewStatusEnumSerializer;

  const TrackingViewStatusEnum._(String name): super(name);

  static BuiltSet<TrackingViewStatusEnum> get values => _$trackingViewStatusEnumValues;
  static TrackingViewStatusEnum valueOf(String name) => _$trackingViewStatusEnumValueOf(name);
}

