//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'package:dio/dio.dart';
import 'package:built_value/serializer.dart';
import 'package:vurksha_api/src/serializers.dart';
import 'package:vurksha_api/src/auth/api_key_auth.dart';
import 'package:vurksha_api/src/auth/basic_auth.dart';
import 'package:vurksha_api/src/auth/bearer_auth.dart';
import 'package:vurksha_api/src/auth/oauth.dart';
import 'package:vurksha_api/src/api/addresses_api.dart';
import 'package:vurksha_api/src/api/admin_reports_api.dart';
import 'package:vurksha_api/src/api/cart_api.dart';
import 'package:vurksha_api/src/api/catalogue_api.dart';
import 'package:vurksha_api/src/api/catalogue_administration_api.dart';
import 'package:vurksha_api/src/api/coupon_administration_api.dart';
import 'package:vurksha_api/src/api/delivery_api.dart';
import 'package:vurksha_api/src/api/delivery_administration_api.dart';
import 'package:vurksha_api/src/api/devices_api.dart';
import 'package:vurksha_api/src/api/files_api.dart';
import 'package:vurksha_api/src/api/keys_api.dart';
import 'package:vurksha_api/src/api/notification_administration_api.dart';
import 'package:vurksha_api/src/api/notification_preferences_api.dart';
import 'package:vurksha_api/src/api/notifications_api.dart';
import 'package:vurksha_api/src/api/order_administration_api.dart';
import 'package:vurksha_api/src/api/orders_api.dart';
import 'package:vurksha_api/src/api/payments_api.dart';
import 'package:vurksha_api/src/api/profile_api.dart';
import 'package:vurksha_api/src/api/recommendations_api.dart';
import 'package:vurksha_api/src/api/refunds_api.dart';
import 'package:vurksha_api/src/api/reviews_api.dart';
import 'package:vurksha_api/src/api/reviews_administration_api.dart';
import 'package:vurksha_api/src/api/rider_api.dart';
import 'package:vurksha_api/src/api/rider_administration_api.dart';
import 'package:vurksha_api/src/api/search_api.dart';
import 'package:vurksha_api/src/api/search_administration_api.dart';
import 'package:vurksha_api/src/api/sign_in_api.dart';
import 'package:vurksha_api/src/api/stock_administration_api.dart';
import 'package:vurksha_api/src/api/webhooks_api.dart';

class VurkshaApi {
  static const String basePath = r'http://localhost';

  final Dio dio;
  final Serializers serializers;

  VurkshaApi({
    Dio? dio,
    Serializers? serializers,
    String? basePathOverride,
    List<Interceptor>? interceptors,
  })  : this.serializers = serializers ?? standardSerializers,
        this.dio = dio ??
            Dio(BaseOptions(
              baseUrl: basePathOverride ?? basePath,
              connectTimeout: const Duration(milliseconds: 5000),
              receiveTimeout: const Duration(milliseconds: 3000),
            )) {
    if (interceptors == null) {
      this.dio.interceptors.addAll([
        OAuthInterceptor(),
        BasicAuthInterceptor(),
        BearerAuthInterceptor(),
        ApiKeyAuthInterceptor(),
      ]);
    } else {
      this.dio.interceptors.addAll(interceptors);
    }
  }

  void setOAuthToken(String name, String token) {
    if (this.dio.interceptors.any((i) => i is OAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is OAuthInterceptor) as OAuthInterceptor).tokens[name] = token;
    }
  }

  /// Removes the OAuth token associated with the given [name].
  ///
  /// If no [OAuthInterceptor] is registered or no token exists for the given
  /// [name], this method has no effect.
  void removeOAuthToken(String name) {
    if (this.dio.interceptors.any((i) => i is OAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is OAuthInterceptor) as OAuthInterceptor).tokens.remove(name);
    }
  }

  void setBearerAuth(String name, String token) {
    if (this.dio.interceptors.any((i) => i is BearerAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is BearerAuthInterceptor) as BearerAuthInterceptor).tokens[name] = token;
    }
  }

  /// Removes the bearer authentication token associated with the given [name].
  ///
  /// If no [BearerAuthInterceptor] is registered or no token exists for the
  /// given [name], this method has no effect.
  void removeBearerAuth(String name) {
    if (this.dio.interceptors.any((i) => i is BearerAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is BearerAuthInterceptor) as BearerAuthInterceptor).tokens.remove(name);
    }
  }

  void setBasicAuth(String name, String username, String password) {
    if (this.dio.interceptors.any((i) => i is BasicAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is BasicAuthInterceptor) as BasicAuthInterceptor).authInfo[name] = BasicAuthInfo(username, password);
    }
  }

  /// Removes the basic authentication credentials associated with the given [name].
  ///
  /// If no [BasicAuthInterceptor] is registered or no credentials exist for the
  /// given [name], this method has no effect.
  void removeBasicAuth(String name) {
    if (this.dio.interceptors.any((i) => i is BasicAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((i) => i is BasicAuthInterceptor) as BasicAuthInterceptor).authInfo.remove(name);
    }
  }

  void setApiKey(String name, String apiKey) {
    if (this.dio.interceptors.any((i) => i is ApiKeyAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((element) => element is ApiKeyAuthInterceptor) as ApiKeyAuthInterceptor).apiKeys[name] = apiKey;
    }
  }

  /// Removes the API key associated with the given [name].
  ///
  /// If no [ApiKeyAuthInterceptor] is registered or no API key exists for the
  /// given [name], this method has no effect.
  void removeApiKey(String name) {
    if (this.dio.interceptors.any((i) => i is ApiKeyAuthInterceptor)) {
      (this.dio.interceptors.firstWhere((element) => element is ApiKeyAuthInterceptor) as ApiKeyAuthInterceptor).apiKeys.remove(name);
    }
  }

  /// Get AddressesApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  AddressesApi getAddressesApi() {
    return AddressesApi(dio, serializers);
  }

  /// Get AdminReportsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  AdminReportsApi getAdminReportsApi() {
    return AdminReportsApi(dio, serializers);
  }

  /// Get CartApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  CartApi getCartApi() {
    return CartApi(dio, serializers);
  }

  /// Get CatalogueApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  CatalogueApi getCatalogueApi() {
    return CatalogueApi(dio, serializers);
  }

  /// Get CatalogueAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  CatalogueAdministrationApi getCatalogueAdministrationApi() {
    return CatalogueAdministrationApi(dio, serializers);
  }

  /// Get CouponAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  CouponAdministrationApi getCouponAdministrationApi() {
    return CouponAdministrationApi(dio, serializers);
  }

  /// Get DeliveryApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  DeliveryApi getDeliveryApi() {
    return DeliveryApi(dio, serializers);
  }

  /// Get DeliveryAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  DeliveryAdministrationApi getDeliveryAdministrationApi() {
    return DeliveryAdministrationApi(dio, serializers);
  }

  /// Get DevicesApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  DevicesApi getDevicesApi() {
    return DevicesApi(dio, serializers);
  }

  /// Get FilesApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  FilesApi getFilesApi() {
    return FilesApi(dio, serializers);
  }

  /// Get KeysApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  KeysApi getKeysApi() {
    return KeysApi(dio, serializers);
  }

  /// Get NotificationAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  NotificationAdministrationApi getNotificationAdministrationApi() {
    return NotificationAdministrationApi(dio, serializers);
  }

  /// Get NotificationPreferencesApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  NotificationPreferencesApi getNotificationPreferencesApi() {
    return NotificationPreferencesApi(dio, serializers);
  }

  /// Get NotificationsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  NotificationsApi getNotificationsApi() {
    return NotificationsApi(dio, serializers);
  }

  /// Get OrderAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  OrderAdministrationApi getOrderAdministrationApi() {
    return OrderAdministrationApi(dio, serializers);
  }

  /// Get OrdersApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  OrdersApi getOrdersApi() {
    return OrdersApi(dio, serializers);
  }

  /// Get PaymentsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  PaymentsApi getPaymentsApi() {
    return PaymentsApi(dio, serializers);
  }

  /// Get ProfileApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  ProfileApi getProfileApi() {
    return ProfileApi(dio, serializers);
  }

  /// Get RecommendationsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  RecommendationsApi getRecommendationsApi() {
    return RecommendationsApi(dio, serializers);
  }

  /// Get RefundsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  RefundsApi getRefundsApi() {
    return RefundsApi(dio, serializers);
  }

  /// Get ReviewsApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  ReviewsApi getReviewsApi() {
    return ReviewsApi(dio, serializers);
  }

  /// Get ReviewsAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  ReviewsAdministrationApi getReviewsAdministrationApi() {
    return ReviewsAdministrationApi(dio, serializers);
  }

  /// Get RiderApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  RiderApi getRiderApi() {
    return RiderApi(dio, serializers);
  }

  /// Get RiderAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  RiderAdministrationApi getRiderAdministrationApi() {
    return RiderAdministrationApi(dio, serializers);
  }

  /// Get SearchApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  SearchApi getSearchApi() {
    return SearchApi(dio, serializers);
  }

  /// Get SearchAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  SearchAdministrationApi getSearchAdministrationApi() {
    return SearchAdministrationApi(dio, serializers);
  }

  /// Get SignInApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  SignInApi getSignInApi() {
    return SignInApi(dio, serializers);
  }

  /// Get StockAdministrationApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  StockAdministrationApi getStockAdministrationApi() {
    return StockAdministrationApi(dio, serializers);
  }

  /// Get WebhooksApi instance, base route and serializer can be overridden by a given but be careful,
  /// by doing that all interceptors will not be executed
  WebhooksApi getWebhooksApi() {
    return WebhooksApi(dio, serializers);
  }
}
