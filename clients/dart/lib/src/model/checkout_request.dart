//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'checkout_request.g.dart';

/// CheckoutRequest
///
/// Properties:
/// * [addressId] 
/// * [deliverySlotId] 
/// * [paymentMethod] 
/// * [couponCode] 
/// * [notes] 
@BuiltValue()
abstract class CheckoutRequest implements Built<CheckoutRequest, CheckoutRequestBuilder> {
  @BuiltValueField(wireName: r'addressId')
  String get addressId;

  @BuiltValueField(wireName: r'deliverySlotId')
  String get deliverySlotId;

  @BuiltValueField(wireName: r'paymentMethod')
  CheckoutRequestPaymentMethodEnum get paymentMethod;
  // enum paymentMethodEnum {  COD,  ONLINE,  };

  @BuiltValueField(wireName: r'couponCode')
  String? get couponCode;

  @BuiltValueField(wireName: r'notes')
  String? get notes;

  CheckoutRequest._();

  factory CheckoutRequest([void updates(CheckoutRequestBuilder b)]) = _$CheckoutRequest;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CheckoutRequestBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<CheckoutRequest> get serializer => _$CheckoutRequestSerializer();
}

class _$CheckoutRequestSerializer implements PrimitiveSerializer<CheckoutRequest> {
  @override
  final Iterable<Type> types = const [CheckoutRequest, _$CheckoutRequest];

  @override
  final String wireName = r'CheckoutRequest';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    CheckoutRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'addressId';
    yield serializers.serialize(
      object.addressId,
      specifiedType: const FullType(String),
    );
    yield r'deliverySlotId';
    yield serializers.serialize(
      object.deliverySlotId,
      specifiedType: const FullType(String),
    );
    yield r'paymentMethod';
    yield serializers.serialize(
      object.paymentMethod,
      specifiedType: const FullType(CheckoutRequestPaymentMethodEnum),
    );
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
  }

  @override
  Object serialize(
    Serializers serializers,
    CheckoutRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CheckoutRequestBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'addressId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.addressId = valueDes;
          break;
        case r'deliverySlotId':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.deliverySlotId = valueDes;
          break;
        case r'paymentMethod':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(CheckoutRequestPaymentMethodEnum),
          ) as CheckoutRequestPaymentMethodEnum;
          result.paymentMethod = valueDes;
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
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  CheckoutRequest deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CheckoutRequestBuilder();
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


class CheckoutRequestPaymentMethodEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'COD')
  static const CheckoutRequestPaymentMethodEnum COD = _$checkoutRequestPaymentMethodEnum_COD;
  @BuiltValueEnumConst(wireName: r'ONLINE')
  static const CheckoutRequestPaymentMethodEnum ONLINE = _$checkoutRequestPaymentMethodEnum_ONLINE;

  static Serializer<CheckoutRequestPaymentMethodEnum> get serializer => _$checkoutRequestPaymentMethodEnumSerializer;

  const CheckoutRequestPaymentMethodEnum._(String name): super(name);

  static BuiltSet<CheckoutRequestPaymentMethodEnum> get values => _$checkoutRequestPaymentMethodEnumValues;
  static CheckoutRequestPaymentMethodEnum valueOf(String name) => _$checkoutRequestPaymentMethodEnumValueOf(name);
}

