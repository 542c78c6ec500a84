//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/api_util.dart';
import 'package:vurksha_api/src/model/api_response_farm.dart';
import 'package:vurksha_api/src/model/api_response_list_farm.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/list_answer.dart';
import 'package:vurksha_api/src/model/product_answer.dart';
import 'package:vurksha_api/src/model/tree_answer.dart';

class CatalogueApi {

  final Dio _dio;

  final Serializers _serializers;

  const CatalogueApi(this._dio, this._serializers);

  /// The category tree
  /// Top-level categories with their sub-categories, in menu order. Answers with an ETag; send it back in If-None-Match to get 304 when nothing changed.  Error codes: &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [TreeAnswer] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<TreeAnswer>> getCategoryTree({ 
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/categories';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
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

    TreeAnswer? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(TreeAnswer),
      ) as TreeAnswer;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<TreeAnswer>(
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

  /// One farm by id or slug
  /// 404 FARM_NOT_FOUND when there is none.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;FARM_NOT_FOUND&#x60; (404), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [idOrSlug] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseFarm] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseFarm>> getFarm({ 
    required String idOrSlug,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/farms/{idOrSlug}'.replaceAll('{' r'idOrSlug' '}', encodeQueryParameter(_serializers, idOrSlug, const FullType(String)).toString());
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
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

    ApiResponseFarm? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseFarm),
      ) as ApiResponseFarm;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseFarm>(
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

  /// One product with its packs
  /// By id or slug. 404 PRODUCT_NOT_FOUND for an unknown or deactivated product. Answers with an ETag; If-None-Match gives 304.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;PRODUCT_NOT_FOUND&#x60; (404), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [idOrSlug] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ProductAnswer] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ProductAnswer>> getProduct({ 
    required String idOrSlug,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/products/{idOrSlug}'.replaceAll('{' r'idOrSlug' '}', encodeQueryParameter(_serializers, idOrSlug, const FullType(String)).toString());
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
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

    ProductAnswer? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ProductAnswer),
      ) as ProductAnswer;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ProductAnswer>(
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

  /// Partner farms
  /// Paged with page and limit, ordered by name.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [page] - Page number, from 1
  /// * [limit] - Items per page, 1 to 100
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseListFarm] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseListFarm>> listFarms({ 
    int? page = 1,
    int? limit = 20,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/farms';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _queryParameters = <String, dynamic>{
      if (page != null) r'page': encodeQueryParameter(_serializers, page, const FullType(int)),
      if (limit != null) r'limit': encodeQueryParameter(_serializers, limit, const FullType(int)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ApiResponseListFarm? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseListFarm),
      ) as ApiResponseListFarm;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseListFarm>(
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

  /// Product list
  /// Active products, paged with page and limit. Prices are paise of the cheapest pack in stock. Answers with an ETag; If-None-Match gives 304.  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [category] - category id or slug; includes its sub-categories
  /// * [farm] - farm id or slug
  /// * [tag] - a tag such as organic
  /// * [inStock] - true for products that can be bought now, false for sold-out ones
  /// * [sort] - price_asc, price_desc, newest or popular (default)
  /// * [page] - Page number, from 1
  /// * [limit] - Items per page, 1 to 100
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ListAnswer] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ListAnswer>> listProducts({ 
    String? category,
    String? farm,
    String? tag,
    bool? inStock,
    String? sort,
    int? page = 1,
    int? limit = 20,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/products';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _queryParameters = <String, dynamic>{
      if (category != null) r'category': encodeQueryParameter(_serializers, category, const FullType(String)),
      if (farm != null) r'farm': encodeQueryParameter(_serializers, farm, const FullType(String)),
      if (tag != null) r'tag': encodeQueryParameter(_serializers, tag, const FullType(String)),
      if (inStock != null) r'inStock': encodeQueryParameter(_serializers, inStock, const FullType(bool)),
      if (sort != null) r'sort': encodeQueryParameter(_serializers, sort, const FullType(String)),
      if (page != null) r'page': encodeQueryParameter(_serializers, page, const FullType(int)),
      if (limit != null) r'limit': encodeQueryParameter(_serializers, limit, const FullType(int)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ListAnswer? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ListAnswer),
      ) as ListAnswer;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ListAnswer>(
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
