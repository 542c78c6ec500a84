//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_import

import 'package:one_of_serializer/any_of_serializer.dart';
import 'package:one_of_serializer/one_of_serializer.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:built_value/standard_json_plugin.dart';
import 'package:built_value/iso_8601_date_time_serializer.dart';
import 'package:vurksha_api/src/date_serializer.dart';
import 'package:vurksha_api/src/model/date.dart';

import 'package:vurksha_api/src/model/address_change.dart';
import 'package:vurksha_api/src/model/address_snapshot.dart';
import 'package:vurksha_api/src/model/address_view.dart';
import 'package:vurksha_api/src/model/admin_slot_view.dart';
import 'package:vurksha_api/src/model/api_error.dart';
import 'package:vurksha_api/src/model/api_response_address_view.dart';
import 'package:vurksha_api/src/model/api_response_cart_view.dart';
import 'package:vurksha_api/src/model/api_response_category.dart';
import 'package:vurksha_api/src/model/api_response_coupon.dart';
import 'package:vurksha_api/src/model/api_response_delivery_view.dart';
import 'package:vurksha_api/src/model/api_response_device_registration.dart';
import 'package:vurksha_api/src/model/api_response_farm.dart';
import 'package:vurksha_api/src/model/api_response_file.dart';
import 'package:vurksha_api/src/model/api_response_list_address_view.dart';
import 'package:vurksha_api/src/model/api_response_list_admin_slot_view.dart';
import 'package:vurksha_api/src/model/api_response_list_audit_entry.dart';
import 'package:vurksha_api/src/model/api_response_list_coupon.dart';
import 'package:vurksha_api/src/model/api_response_list_delivery_view.dart';
import 'package:vurksha_api/src/model/api_response_list_farm.dart';
import 'package:vurksha_api/src/model/api_response_list_message_view.dart';
import 'package:vurksha_api/src/model/api_response_list_notification_view.dart';
import 'package:vurksha_api/src/model/api_response_list_order_summary.dart';
import 'package:vurksha_api/src/model/api_response_list_recommended_product.dart';
import 'package:vurksha_api/src/model/api_response_list_review_view.dart';
import 'package:vurksha_api/src/model/api_response_list_rider.dart';
import 'package:vurksha_api/src/model/api_response_list_slot_template.dart';
import 'package:vurksha_api/src/model/api_response_list_slot_view.dart';
import 'package:vurksha_api/src/model/api_response_list_zone_detail.dart';
import 'package:vurksha_api/src/model/api_response_map_string_long.dart';
import 'package:vurksha_api/src/model/api_response_message_view.dart';
import 'package:vurksha_api/src/model/api_response_notification_view.dart';
import 'package:vurksha_api/src/model/api_response_order_view.dart';
import 'package:vurksha_api/src/model/api_response_otp_sent.dart';
import 'package:vurksha_api/src/model/api_response_payment_view.dart';
import 'package:vurksha_api/src/model/api_response_preferences.dart';
import 'package:vurksha_api/src/model/api_response_product_detail.dart';
import 'package:vurksha_api/src/model/api_response_profile_view.dart';
import 'package:vurksha_api/src/model/api_response_progress.dart';
import 'package:vurksha_api/src/model/api_response_rebuilt.dart';
import 'package:vurksha_api/src/model/api_response_review_view.dart';
import 'package:vurksha_api/src/model/api_response_rider.dart';
import 'package:vurksha_api/src/model/api_response_serviceability.dart';
import 'package:vurksha_api/src/model/api_response_session_view.dart';
import 'package:vurksha_api/src/model/api_response_slot_template.dart';
import 'package:vurksha_api/src/model/api_response_stock_view.dart';
import 'package:vurksha_api/src/model/api_response_tracking_view.dart';
import 'package:vurksha_api/src/model/api_response_unread_count.dart';
import 'package:vurksha_api/src/model/api_response_upload_ticket.dart';
import 'package:vurksha_api/src/model/api_response_variant_view.dart';
import 'package:vurksha_api/src/model/api_response_webhook_receipt.dart';
import 'package:vurksha_api/src/model/api_response_zone_detail.dart';
import 'package:vurksha_api/src/model/audit_entry.dart';
import 'package:vurksha_api/src/model/bucket.dart';
import 'package:vurksha_api/src/model/cancellation.dart';
import 'package:vurksha_api/src/model/cart_item.dart';
import 'package:vurksha_api/src/model/cart_view.dart';
import 'package:vurksha_api/src/model/cart_warning.dart';
import 'package:vurksha_api/src/model/category.dart';
import 'package:vurksha_api/src/model/category_node.dart';
import 'package:vurksha_api/src/model/category_ref.dart';
import 'package:vurksha_api/src/model/checkout_request.dart';
import 'package:vurksha_api/src/model/coupon.dart';
import 'package:vurksha_api/src/model/coupon_report_row.dart';
import 'package:vurksha_api/src/model/coupons_report.dart';
import 'package:vurksha_api/src/model/delivery_address.dart';
import 'package:vurksha_api/src/model/delivery_delivery_view.dart';
import 'package:vurksha_api/src/model/delivery_location.dart';
import 'package:vurksha_api/src/model/delivery_slot.dart';
import 'package:vurksha_api/src/model/device_registration.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/facets.dart';
import 'package:vurksha_api/src/model/failure.dart';
import 'package:vurksha_api/src/model/farm.dart';
import 'package:vurksha_api/src/model/farm_ref.dart';
import 'package:vurksha_api/src/model/field_violation.dart';
import 'package:vurksha_api/src/model/file.dart';
import 'package:vurksha_api/src/model/file_variant.dart';
import 'package:vurksha_api/src/model/file_variant_source.dart';
import 'package:vurksha_api/src/model/grower_ref.dart';
import 'package:vurksha_api/src/model/handover.dart';
import 'package:vurksha_api/src/model/hit.dart';
import 'package:vurksha_api/src/model/image_selection.dart';
import 'package:vurksha_api/src/model/image_variant.dart';
import 'package:vurksha_api/src/model/list_answer.dart';
import 'package:vurksha_api/src/model/message_view.dart';
import 'package:vurksha_api/src/model/meta.dart';
import 'package:vurksha_api/src/model/model_source.dart';
import 'package:vurksha_api/src/model/movement.dart';
import 'package:vurksha_api/src/model/new_address.dart';
import 'package:vurksha_api/src/model/new_category.dart';
import 'package:vurksha_api/src/model/new_coupon.dart';
import 'package:vurksha_api/src/model/new_farm.dart';
import 'package:vurksha_api/src/model/new_payment.dart';
import 'package:vurksha_api/src/model/new_product.dart';
import 'package:vurksha_api/src/model/new_refund.dart';
import 'package:vurksha_api/src/model/new_rider.dart';
import 'package:vurksha_api/src/model/new_slot_template.dart';
import 'package:vurksha_api/src/model/new_upload.dart';
import 'package:vurksha_api/src/model/new_variant.dart';
import 'package:vurksha_api/src/model/new_zone.dart';
import 'package:vurksha_api/src/model/notification_view.dart';
import 'package:vurksha_api/src/model/order_delivery_view.dart';
import 'package:vurksha_api/src/model/order_line.dart';
import 'package:vurksha_api/src/model/order_location.dart';
import 'package:vurksha_api/src/model/order_status_change.dart';
import 'package:vurksha_api/src/model/order_summary.dart';
import 'package:vurksha_api/src/model/order_view.dart';
import 'package:vurksha_api/src/model/orders_report.dart';
import 'package:vurksha_api/src/model/otp_request.dart';
import 'package:vurksha_api/src/model/otp_sent.dart';
import 'package:vurksha_api/src/model/otp_verification.dart';
import 'package:vurksha_api/src/model/pagination.dart';
import 'package:vurksha_api/src/model/payment_answer.dart';
import 'package:vurksha_api/src/model/payment_view.dart';
import 'package:vurksha_api/src/model/pincode_list.dart';
import 'package:vurksha_api/src/model/placed_order_answer.dart';
import 'package:vurksha_api/src/model/preferences.dart';
import 'package:vurksha_api/src/model/price_range.dart';
import 'package:vurksha_api/src/model/product_answer.dart';
import 'package:vurksha_api/src/model/product_changes.dart';
import 'package:vurksha_api/src/model/product_detail.dart';
import 'package:vurksha_api/src/model/product_image.dart';
import 'package:vurksha_api/src/model/product_report_row.dart';
import 'package:vurksha_api/src/model/product_status_change.dart';
import 'package:vurksha_api/src/model/product_summary.dart';
import 'package:vurksha_api/src/model/products_report.dart';
import 'package:vurksha_api/src/model/profile_update.dart';
import 'package:vurksha_api/src/model/profile_view.dart';
import 'package:vurksha_api/src/model/progress.dart';
import 'package:vurksha_api/src/model/quantity_change.dart';
import 'package:vurksha_api/src/model/rating.dart';
import 'package:vurksha_api/src/model/reassignment.dart';
import 'package:vurksha_api/src/model/rebuilt.dart';
import 'package:vurksha_api/src/model/recommended_product.dart';
import 'package:vurksha_api/src/model/refresh_request.dart';
import 'package:vurksha_api/src/model/refund_answer.dart';
import 'package:vurksha_api/src/model/refund_view.dart';
import 'package:vurksha_api/src/model/rejection.dart';
import 'package:vurksha_api/src/model/report_envelope_coupons_report.dart';
import 'package:vurksha_api/src/model/report_envelope_list_rider_report_row.dart';
import 'package:vurksha_api/src/model/report_envelope_list_slot_report_row.dart';
import 'package:vurksha_api/src/model/report_envelope_list_stock_alert.dart';
import 'package:vurksha_api/src/model/report_envelope_orders_report.dart';
import 'package:vurksha_api/src/model/report_envelope_products_report.dart';
import 'package:vurksha_api/src/model/report_envelope_sales_report.dart';
import 'package:vurksha_api/src/model/report_meta.dart';
import 'package:vurksha_api/src/model/review_request.dart';
import 'package:vurksha_api/src/model/review_view.dart';
import 'package:vurksha_api/src/model/rider.dart';
import 'package:vurksha_api/src/model/rider_changes.dart';
import 'package:vurksha_api/src/model/rider_report_row.dart';
import 'package:vurksha_api/src/model/sales_bucket.dart';
import 'package:vurksha_api/src/model/sales_report.dart';
import 'package:vurksha_api/src/model/search_answer.dart';
import 'package:vurksha_api/src/model/search_envelope_list_suggestion.dart';
import 'package:vurksha_api/src/model/search_envelope_search_answer.dart';
import 'package:vurksha_api/src/model/search_meta.dart';
import 'package:vurksha_api/src/model/serviceability.dart';
import 'package:vurksha_api/src/model/session_view.dart';
import 'package:vurksha_api/src/model/slot_report_row.dart';
import 'package:vurksha_api/src/model/slot_template.dart';
import 'package:vurksha_api/src/model/slot_view.dart';
import 'package:vurksha_api/src/model/stock_alert.dart';
import 'package:vurksha_api/src/model/stock_update.dart';
import 'package:vurksha_api/src/model/stock_view.dart';
import 'package:vurksha_api/src/model/suggestion.dart';
import 'package:vurksha_api/src/model/timeline_entry.dart';
import 'package:vurksha_api/src/model/tracking_view.dart';
import 'package:vurksha_api/src/model/tree_answer.dart';
import 'package:vurksha_api/src/model/unread_count.dart';
import 'package:vurksha_api/src/model/upload_ticket.dart';
import 'package:vurksha_api/src/model/user_summary.dart';
import 'package:vurksha_api/src/model/variant_changes.dart';
import 'package:vurksha_api/src/model/variant_view.dart';
import 'package:vurksha_api/src/model/webhook_receipt.dart';
import 'package:vurksha_api/src/model/zone.dart';
import 'package:vurksha_api/src/model/zone_changes.dart';
import 'package:vurksha_api/src/model/zone_detail.dart';

part 'serializers.g.dart';

@SerializersFor([
  AddressChange,
  AddressSnapshot,
  AddressView,
  AdminSlotView,
  ApiError,
  ApiResponseAddressView,
  ApiResponseCartView,
  ApiResponseCategory,
  ApiResponseCoupon,
  ApiResponseDeliveryView,
  ApiResponseDeviceRegistration,
  ApiResponseFarm,
  ApiResponseFile,
  ApiResponseListAddressView,
  ApiResponseListAdminSlotView,
  ApiResponseListAuditEntry,
  ApiResponseListCoupon,
  ApiResponseListDeliveryView,
  ApiResponseListFarm,
  ApiResponseListMessageView,
  ApiResponseListNotificationView,
  ApiResponseListOrderSummary,
  ApiResponseListRecommendedProduct,
  ApiResponseListReviewView,
  ApiResponseListRider,
  ApiResponseListSlotTemplate,
  ApiResponseListSlotView,
  ApiResponseListZoneDetail,
  ApiResponseMapStringLong,
  ApiResponseMessageView,
  ApiResponseNotificationView,
  ApiResponseOrderView,
  ApiResponseOtpSent,
  ApiResponsePaymentView,
  ApiResponsePreferences,
  ApiResponseProductDetail,
  ApiResponseProfileView,
  ApiResponseProgress,
  ApiResponseRebuilt,
  ApiResponseReviewView,
  ApiResponseRider,
  ApiResponseServiceability,
  ApiResponseSessionView,
  ApiResponseSlotTemplate,
  ApiResponseStockView,
  ApiResponseTrackingView,
  ApiResponseUnreadCount,
  ApiResponseUploadTicket,
  ApiResponseVariantView,
  ApiResponseWebhookReceipt,
  ApiResponseZoneDetail,
  AuditEntry,
  Bucket,
  Cancellation,
  CartItem,
  CartView,
  CartWarning,
  Category,
  CategoryNode,
  CategoryRef,
  CheckoutRequest,
  Coupon,
  CouponReportRow,
  CouponsReport,
  DeliveryAddress,
  DeliveryDeliveryView,
  DeliveryLocation,
  DeliverySlot,
  DeviceRegistration,
  ErrorBody,
  Facets,
  Failure,
  Farm,
  FarmRef,
  FieldViolation,
  File,
  FileVariant,
  FileVariantSource,
  GrowerRef,
  Handover,
  Hit,
  ImageSelection,
  ImageVariant,
  ListAnswer,
  MessageView,
  Meta,
  ModelSource,
  Movement,
  NewAddress,
  NewCategory,
  NewCoupon,
  NewFarm,
  NewPayment,
  NewProduct,
  NewRefund,
  NewRider,
  NewSlotTemplate,
  NewUpload,
  NewVariant,
  NewZone,
  NotificationView,
  OrderDeliveryView,
  OrderLine,
  OrderLocation,
  OrderStatusChange,
  OrderSummary,
  OrderView,
  OrdersReport,
  OtpRequest,
  OtpSent,
  OtpVerification,
  Pagination,
  PaymentAnswer,
  PaymentView,
  PincodeList,
  PlacedOrderAnswer,
  Preferences,
  PriceRange,
  ProductAnswer,
  ProductChanges,
  ProductDetail,
  ProductImage,
  ProductReportRow,
  ProductStatusChange,
  ProductSummary,
  ProductsReport,
  ProfileUpdate,
  ProfileView,
  Progress,
  QuantityChange,
  Rating,
  Reassignment,
  Rebuilt,
  RecommendedProduct,
  RefreshRequest,
  RefundAnswer,
  RefundView,
  Rejection,
  ReportEnvelopeCouponsReport,
  ReportEnvelopeListRiderReportRow,
  ReportEnvelopeListSlotReportRow,
  ReportEnvelopeListStockAlert,
  ReportEnvelopeOrdersReport,
  ReportEnvelopeProductsReport,
  ReportEnvelopeSalesReport,
  ReportMeta,
  ReviewRequest,
  ReviewView,
  Rider,
  RiderChanges,
  RiderReportRow,
  SalesBucket,
  SalesReport,
  SearchAnswer,
  SearchEnvelopeListSuggestion,
  SearchEnvelopeSearchAnswer,
  SearchMeta,
  Serviceability,
  SessionView,
  SlotReportRow,
  SlotTemplate,
  SlotView,
  StockAlert,
  StockUpdate,
  StockView,
  Suggestion,
  TimelineEntry,
  TrackingView,
  TreeAnswer,
  UnreadCount,
  UploadTicket,
  UserSummary,
  VariantChanges,
  VariantView,
  WebhookReceipt,
  Zone,
  ZoneChanges,
  ZoneDetail,
])
Serializers serializers = (_$serializers.toBuilder()
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Movement)]),
        () => ListBuilder<Movement>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType(String)]),
        () => MapBuilder<String, String>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Rider)]),
        () => ListBuilder<Rider>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(StockAlert)]),
        () => ListBuilder<StockAlert>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(RecommendedProduct)]),
        () => ListBuilder<RecommendedProduct>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(FileVariantSource)]),
        () => ListBuilder<FileVariantSource>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(AdminSlotView)]),
        () => ListBuilder<AdminSlotView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(OrderLine)]),
        () => ListBuilder<OrderLine>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Suggestion)]),
        () => ListBuilder<Suggestion>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(SlotTemplate)]),
        () => ListBuilder<SlotTemplate>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(SalesBucket)]),
        () => ListBuilder<SalesBucket>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(TimelineEntry)]),
        () => ListBuilder<TimelineEntry>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(MessageView)]),
        () => ListBuilder<MessageView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType(int)]),
        () => MapBuilder<String, int>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ModelSource)]),
        () => ListBuilder<ModelSource>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(DeliveryDeliveryView)]),
        () => ListBuilder<DeliveryDeliveryView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ReviewView)]),
        () => ListBuilder<ReviewView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(SlotReportRow)]),
        () => ListBuilder<SlotReportRow>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(RiderReportRow)]),
        () => ListBuilder<RiderReportRow>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Bucket)]),
        () => ListBuilder<Bucket>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ProductSummary)]),
        () => ListBuilder<ProductSummary>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(NewVariant)]),
        () => ListBuilder<NewVariant>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(FieldViolation)]),
        () => ListBuilder<FieldViolation>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ProductImage)]),
        () => ListBuilder<ProductImage>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(NotificationView)]),
        () => ListBuilder<NotificationView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType(FileVariant)]),
        () => MapBuilder<String, FileVariant>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(SlotView)]),
        () => ListBuilder<SlotView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(OrderSummary)]),
        () => ListBuilder<OrderSummary>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(AuditEntry)]),
        () => ListBuilder<AuditEntry>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(CouponReportRow)]),
        () => ListBuilder<CouponReportRow>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Farm)]),
        () => ListBuilder<Farm>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Hit)]),
        () => ListBuilder<Hit>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(CategoryNode)]),
        () => ListBuilder<CategoryNode>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(PriceRange)]),
        () => ListBuilder<PriceRange>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(VariantView)]),
        () => ListBuilder<VariantView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ZoneDetail)]),
        () => ListBuilder<ZoneDetail>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
        () => MapBuilder<String, JsonObject?>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(CartItem)]),
        () => ListBuilder<CartItem>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Coupon)]),
        () => ListBuilder<Coupon>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ProductReportRow)]),
        () => ListBuilder<ProductReportRow>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(AddressView)]),
        () => ListBuilder<AddressView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(String)]),
        () => ListBuilder<String>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(CartWarning)]),
        () => ListBuilder<CartWarning>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType(JsonObject)]),
        () => MapBuilder<String, JsonObject>(),
      )
      ..add(const OneOfSerializer())
      ..add(const AnyOfSerializer())
      ..add(const DateSerializer())
      ..add(Iso8601DateTimeSerializer())
    ).build();

Serializers standardSerializers =
    (serializers.toBuilder()..addPlugin(StandardJsonPlugin())).build();
