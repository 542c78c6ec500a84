//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'sales_bucket.g.dart';

/// SalesBucket
///
/// Properties:
/// * [bucket] 
/// * [orders] 
/// * [grossPaise] 
/// * [discountPaise] 
/// * [gstPaise] 
/// * [deliveryFeePaise] 
/// * [refundPaise] 
/// * [netPaise] 
@BuiltValue()
abstract class SalesBucket implements Built<SalesBucket, SalesBucketBuilder> {
  @BuiltValueField(wireName: r'bucket')
  String? get bucket;

  @BuiltValueField(wireName: r'orders')
  int? get orders;

  @BuiltValueField(wireName: r'grossPaise')
  int? get grossPaise;

  @BuiltValueField(wireName: r'discountPaise')
  int? get discountPaise;

  @BuiltValueField(wireName: r'gstPaise')
  int? get gstPaise;

  @BuiltValueField(wireName: r'deliveryFeePaise')
  int? get deliveryFeePaise;

  @BuiltValueField(wireName: r'refundPaise')
  int? get refundPaise;

  @BuiltValueField(wireName: r'netPaise')
  int? get netPaise;

  SalesBucket._();

  factory SalesBucket([void updates(SalesBucketBuilder b)]) = _$SalesBucket;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(SalesBucketBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<SalesBucket> get serializer => _$SalesBucketSerializer();
}

class _$SalesBucketSerializer implements PrimitiveSerializer<SalesBucket> {
  @override
  final Iterable<Type> types = const [SalesBucket, _$SalesBucket];

  @override
  final String wireName = r'SalesBucket';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    SalesBucket object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.bucket != null) {
      yield r'bucket';
      yield serializers.serialize(
        object.bucket,
        specifiedType: const FullType(String),
      );
    }
    if (object.orders != null) {
      yield r'orders';
      yield serializers.serialize(
        object.orders,
        specifiedType: const FullType(int),
      );
    }
    if (object.grossPaise != null) {
      yield r'grossPaise';
      yield serializers.serialize(
        object.grossPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.discountPaise != null) {
      yield r'discountPaise';
      yield serializers.serialize(
        object.discountPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.gstPaise != null) {
      yield r'gstPaise';
      yield serializers.serialize(
        object.gstPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.deliveryFeePaise != null) {
      yield r'deliveryFeePaise';
      yield serializers.serialize(
        object.deliveryFeePaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.refundPaise != null) {
      yield r'refundPaise';
      yield serializers.serialize(
        object.refundPaise,
        specifiedType: const FullType(int),
      );
    }
    if (object.netPaise != null) {
      yield r'netPaise';
      yield serializers.serialize(
        object.netPaise,
        specifiedType: const FullType(int),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    SalesBucket object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required SalesBucketBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'bucket':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.bucket = valueDes;
          break;
        case r'orders':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.orders = valueDes;
          break;
        case r'grossPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.grossPaise = valueDes;
          break;
        case r'discountPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.discountPaise = valueDes;
          break;
        case r'gstPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.gstPaise = valueDes;
          break;
        case r'deliveryFeePaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.deliveryFeePaise = valueDes;
          break;
        case r'refundPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.refundPaise = valueDes;
          break;
        case r'netPaise':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.netPaise = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  SalesBucket deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = SalesBucketBuilder();
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


