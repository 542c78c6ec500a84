//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/model/api_response_coupon.dart';
import 'package:vurksha_api/src/model/api_response_list_coupon.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/new_coupon.dart';

class CouponAdministrationApi {

  final Dio _dio;

  final Serializers _serializers;

  const CouponAdministrationApi(this._dio, this._serializers);

  /// Add a coupon
  /// PERCENT amounts are basis points (1000 &#x3D; 10 %) with an optional maxDiscount in paise; FLAT amounts are paise. The code is stored upper-case; a taken code is 409 COUPON_CODE_TAKEN. perCustomerLimit defaults to 1, validFrom to now. Needs role ADMIN.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;COUPON_CODE_TAKEN&#x60; (409), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [newCoupon] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseCoupon] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseCoupon>> createCoupon({ 
    required NewCoupon newCoupon,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/coupons';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[
          {
            'type': 'http',
            'scheme': 'bearer',
            'name': 'bearer',
          },
        ],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(NewCoupon);
      _bodyData = _serializers.serialize(newCoupon, specifiedType: _type);

    } catch(error, stackTrace) {
      throw DioException(
         requestOptions: _options.compose(
          _dio.options,
          _path,
        ),
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    final _response = await _dio.request<Object>(
      _path,
      data: _bodyData,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ApiResponseCoupon? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseCoupon),
      ) as ApiResponseCoupon;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseCoupon>(
      data: _responseData,
      headers: _response.headers,
      isRedirect: _response.isRedirect,
      requestOptions: _response.requestOptions,
      redirects: _response.redirects,
      statusCode: _response.statusCode,
      statusMessage: _response.statusMessage,
      extra: _response.extra,
    );
  }

  /// All coupons
  /// Newest validity first. Needs role ADMIN.  Error codes: &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseListCoupon] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseListCoupon>> listCoupons({ 
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/coupons';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[
          {
            'type': 'http',
            'scheme': 'bearer',
            'name': 'bearer',
          },
        ],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ApiResponseListCoupon? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseListCoupon),
      ) as ApiResponseListCoupon;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseListCoupon>(
      data: _responseData,
      headers: _response.headers,
      isRedirect: _response.isRedirect,
      requestOptions: _response.requestOptions,
      redirects: _response.redirects,
      statusCode: _response.statusCode,
      statusMessage: _response.statusMessage,
      extra: _response.extra,
    );
  }

}
