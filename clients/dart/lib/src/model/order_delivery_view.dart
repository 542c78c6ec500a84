//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:vurksha_api/src/model/order_location.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'order_delivery_view.g.dart';

/// OrderDeliveryView
///
/// Properties:
/// * [deliveryId] 
/// * [orderId] 
/// * [status] 
/// * [attempt] 
/// * [riderFirstName] 
/// * [lastLocation] 
/// * [etaMinutes] 
/// * [etaAt] 
/// * [deliveryOtp] 
/// * [proofFileId] 
@BuiltValue()
abstract class OrderDeliveryView implements Built<OrderDeliveryView, OrderDeliveryViewBuilder> {
  @BuiltValueField(wireName: r'deliveryId')
  String? get deliveryId;

  @BuiltValueField(wireName: r'orderId')
  String? get orderId;

  @BuiltValueField(wireName: r'status')
  String? get status;

  @BuiltValueField(wireName: r'attempt')
  int? get attempt;

  @BuiltValueField(wireName: r'riderFirstName')
  String? get riderFirstName;

  @BuiltValueField(wireName: r'lastLocation')
  OrderLocation? get lastLocation;

  @BuiltValueField(wireName: r'etaMinutes')
  int? get etaMinutes;

  @BuiltValueField(wireName: r'etaAt')
  DateTime? get etaAt;

  @BuiltValueField(wireName: r'deliveryOtp')
  String? get deliveryOtp;

  @BuiltValueField(wireName: r'proofFileId')
  String? get proofFileId;

  OrderDeliveryView._();

  factory OrderDeliveryView([void updates(OrderDeliveryViewBuilder b)]) = _$OrderDeliveryView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OrderDeliveryViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OrderDeliveryView> get serializer => _$OrderDeliveryViewSerializer();
}

class _$OrderDeliveryViewSerializer implements PrimitiveSerializer<OrderDeliveryView> {
  @override
  final Iterable<Type> types = const [OrderDeliveryView, _$OrderDeliveryView];

  @override
  final String wireName = r'OrderDeliveryView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OrderDeliveryView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.deliveryId != null) {
      yield r'deliveryId';
      yield serializers.serialize(
        object.deliveryId,
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
    if (object.status != null) {
      yield r'status';
      yield serializers.serialize(
        object.status,
        specifiedType: const FullType(String),
      );
    }
    if (object.attempt != null) {
      yield r'attempt';
      yield serializers.serialize(
        object.attempt,
        specifiedType: const FullType(int),
      );
    }
    if (object.riderFirstName != null) {
      yield r'riderFirstName';
      yield serializers.serialize(
        object.riderFirstName,
        specifiedType: const FullType(String),
      );
    }
    if (object.lastLocation != null) {
      yield r'lastLocation';
      yield serializers.serialize(
        object.lastLocation,
        specifiedType: const FullType(OrderLocation),
      );
    }
    if (object.etaMinutes != null) {
      yield r'etaMinutes';
      yield serializers.serialize(
        object.etaMinutes,
        specifiedType: const FullType(int),
      );
    }
    if (object.etaAt != null) {
      yield r'etaAt';
      yield serializers.serialize(
        object.etaAt,
        specifiedType: const FullType(DateTime),
      );
    }
    if (object.deliveryOtp != null) {
      yield r'deliveryOtp';
      yield serializers.serialize(
        object.deliveryOtp,
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
    OrderDeliveryView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OrderDeliveryViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'deliveryId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.deliveryId = valueDes;
          break;
        case r'orderId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.orderId = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
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
        case r'riderFirstName':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.riderFirstName = valueDes;
          break;
        case r'lastLocation':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(OrderLocation),
          ) as OrderLocation?;
          if (valueDes == null) continue;
          result.lastLocation.replace(valueDes);
          break;
        case r'etaMinutes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.etaMinutes = valueDes;
          break;
        case r'etaAt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.etaAt = valueDes;
          break;
        case r'deliveryOtp':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.deliveryOtp = valueDes;
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
  OrderDeliveryView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OrderDeliveryViewBuilder();
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


