//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/api_util.dart';
import 'package:vurksha_api/src/model/api_response_file.dart';
import 'package:vurksha_api/src/model/api_response_upload_ticket.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/new_upload.dart';

class FilesApi {

  final Dio _dio;

  final Serializers _serializers;

  const FilesApi(this._dio, this._serializers);

  /// Verify an upload and make it a file
  /// Reads what was stored: it must be a JPEG, PNG, WebP or HEIC image by its bytes (415 UNSUPPORTED_IMAGE otherwise, whatever its declared type), the size declared (422 UPLOAD_MISMATCH; also for a wrong sha256), at most 10 MB (413) and 40 megapixels (422 IMAGE_TOO_LARGE). Refused bytes are deleted. The file keeps re-encoded variants only, without metadata (EXIF, GPS), oriented upright: product images WebP and JPEG 200, 400 and 1200 px wide, delivery proofs one JPEG 1200 px wide. Completing again answers the same file. Only the uploader may complete; 404 UPLOAD_NOT_FOUND for anyone else. 503 IMAGE_WORKERS_BUSY when every image worker is busy (retry; the upload stays).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;FILE_NOT_FOUND&#x60; (404), &#x60;UPLOAD_NOT_FOUND&#x60; (404), &#x60;UPLOAD_NOT_RECEIVED&#x60; (409), &#x60;UPLOAD_STATE_CONFLICT&#x60; (409), &#x60;UPLOAD_EXPIRED&#x60; (410), &#x60;FILE_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_IMAGE&#x60; (415), &#x60;IMAGE_TOO_LARGE&#x60; (422), &#x60;IMAGE_UNREADABLE&#x60; (422), &#x60;UPLOAD_MISMATCH&#x60; (422), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;IMAGE_WORKERS_BUSY&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503), &#x60;STORAGE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [uploadId] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseFile] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseFile>> completeUpload({ 
    required String uploadId,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/files/uploads/{uploadId}/complete'.replaceAll('{' r'uploadId' '}', encodeQueryParameter(_serializers, uploadId, const FullType(String)).toString());
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
      validateStatus: validateStatus,
    );

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ApiResponseFile? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseFile),
      ) as ApiResponseFile;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseFile>(
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

  /// A file and its sizes
  /// {fileId, purpose, status, width, height, deliveryId, variants {thumb, card, full}: {url, width, height, format, sources [{format, url}]}}. Product images: anyone signed in; URLs on the CDN, immutable. A delivery proof: only the delivery&#39;s customer and operators, with presigned URLs valid for 5 minutes; anyone else gets 404 FILE_NOT_FOUND.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;FILE_NOT_FOUND&#x60; (404), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503), &#x60;STORAGE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [fileId] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseFile] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseFile>> getFile({ 
    required String fileId,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/files/{fileId}'.replaceAll('{' r'fileId' '}', encodeQueryParameter(_serializers, fileId, const FullType(String)).toString());
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

    ApiResponseFile? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseFile),
      ) as ApiResponseFile;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseFile>(
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

  /// Get a URL to upload a picture to
  /// {purpose: product-image (operators) | delivery-proof (the rider of deliveryId), contentType: image/jpeg|png|webp|heic|heif, sizeBytes (at most 10 MB), sha256?, deliveryId?} -&gt; {uploadId, url, method: PUT, headers, expiresAt}. Send exactly sizeBytes bytes to url with these headers within the hour (the bytes go straight to the storage), then complete the upload. 413 FILE_TOO_LARGE, 415 UNSUPPORTED_IMAGE for another declared type, 403 UPLOAD_NOT_ALLOWED for a customer, or a rider the delivery is not assigned to.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;UPLOAD_NOT_ALLOWED&#x60; (403), &#x60;FILE_TOO_LARGE&#x60; (413), &#x60;PAYLOAD_TOO_LARGE&#x60; (413), &#x60;UNSUPPORTED_IMAGE&#x60; (415), &#x60;UNSUPPORTED_MEDIA_TYPE&#x60; (415), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503), &#x60;STORAGE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [newUpload] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseUploadTicket] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseUploadTicket>> startUpload({ 
    required NewUpload newUpload,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/files/uploads';
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
      const _type = FullType(NewUpload);
      _bodyData = _serializers.serialize(newUpload, specifiedType: _type);

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

    ApiResponseUploadTicket? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseUploadTicket),
      ) as ApiResponseUploadTicket;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseUploadTicket>(
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
