//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/model/api_response_otp_sent.dart';
import 'package:vurksha_api/src/model/api_response_session_view.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/otp_request.dart';
import 'package:vurksha_api/src/model/otp_verification.dart';
import 'package:vurksha_api/src/model/refresh_request.dart';

class SignInApi {

  final Dio _dio;

  final Serializers _serializers;

  const SignInApi(this._dio, this._serializers);

  /// Sign out
  /// Ends the refresh token&#39;s session; an unknown token is accepted.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [refreshRequest] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future]
  /// Throws [DioException] if API call or serialization fails
  Future<Response<void>> logout({ 
    required RefreshRequest refreshRequest,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/auth/logout';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(RefreshRequest);
      _bodyData = _serializers.serialize(refreshRequest, specifiedType: _type);

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

    return _response;
  }

  /// Exchange a refresh token for a new pair
  /// The presented refresh token stops working. Presenting one that was already used signs out every session of its family.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;REFRESH_TOKEN_EXPIRED&#x60; (401), &#x60;REFRESH_TOKEN_INVALID&#x60; (401), &#x60;REFRESH_TOKEN_REUSED&#x60; (401), &#x60;REFRESH_TOKEN_REVOKED&#x60; (401), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [refreshRequest] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseSessionView] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseSessionView>> refreshToken({ 
    required RefreshRequest refreshRequest,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/auth/token/refresh';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(RefreshRequest);
      _bodyData = _serializers.serialize(refreshRequest, specifiedType: _type);

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

    ApiResponseSessionView? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseSessionView),
      ) as ApiResponseSessionView;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseSessionView>(
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

  /// Send a sign-in code by SMS
  /// Accepts 9876543210, 09876543210, +91 98765 43210 or 919876543210. The code is valid for expiresInSeconds; another may be asked for after resendAfterSeconds.  Error codes: &#x60;INVALID_PHONE&#x60; (400), &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503), &#x60;SMS_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [otpRequest] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseOtpSent] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseOtpSent>> requestOtp({ 
    required OtpRequest otpRequest,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/auth/otp/request';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(OtpRequest);
      _bodyData = _serializers.serialize(otpRequest, specifiedType: _type);

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

    ApiResponseOtpSent? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseOtpSent),
      ) as ApiResponseOtpSent;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseOtpSent>(
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

  /// Sign in with the code
  /// Creates the account (role CUSTOMER) on the first sign-in; isNewUser tells the app to ask for a name.  Error codes: &#x60;INVALID_PHONE&#x60; (400), &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;OTP_EXPIRED&#x60; (401), &#x60;OTP_INVALID&#x60; (401), &#x60;OTP_LOCKED&#x60; (401), &#x60;OTP_NOT_FOUND&#x60; (401), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [otpVerification] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseSessionView] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseSessionView>> verifyOtp({ 
    required OtpVerification otpVerification,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/auth/otp/verify';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(OtpVerification);
      _bodyData = _serializers.serialize(otpVerification, specifiedType: _type);

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

    ApiResponseSessionView? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseSessionView),
      ) as ApiResponseSessionView;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseSessionView>(
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
