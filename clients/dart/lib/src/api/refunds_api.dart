//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/api_util.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/new_refund.dart';
import 'package:vurksha_api/src/model/refund_answer.dart';

class RefundsApi {

  final Dio _dio;

  final Serializers _serializers;

  const RefundsApi(this._dio, this._serializers);

  /// Refund a captured payment in full or in part (operators only)
  /// Requires the ADMIN role and X-Idempotency-Key. Without an amount refunds all that is left. Refunds together never exceed the captured amount (409 REFUND_EXCEEDS_CAPTURED). The refund is PENDING until the provider reports it processed.  Error codes: &#x60;IDEMPOTENCY_KEY_REQUIRED&#x60; (400), &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;PAYMENT_NOT_FOUND&#x60; (404), &#x60;IDEMPOTENCY_KEY_IN_PROGRESS&#x60; (409), &#x60;PAYMENT_NOT_REFUNDABLE&#x60; (409), &#x60;REFUND_EXCEEDS_CAPTURED&#x60; (409), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;IDEMPOTENCY_KEY_REUSED&#x60; (422), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;PAYMENT_PROVIDER_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [paymentId] 
  /// * [newRefund] 
  /// * [xIdempotencyKey] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [RefundAnswer] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<RefundAnswer>> refundPayment({ 
    required String paymentId,
    required NewRefund newRefund,
    String? xIdempotencyKey,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/payments/{paymentId}/refunds'.replaceAll('{' r'paymentId' '}', encodeQueryParameter(_serializers, paymentId, const FullType(String)).toString());
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        if (xIdempotencyKey != null) r'X-Idempotency-Key': xIdempotencyKey,
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
      const _type = FullType(NewRefund);
      _bodyData = _serializers.serialize(newRefund, specifiedType: _type);

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

    RefundAnswer? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(RefundAnswer),
      ) as RefundAnswer;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<RefundAnswer>(
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
