//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:vurksha_api/src/api_util.dart';
import 'package:vurksha_api/src/model/api_response_list_audit_entry.dart';
import 'package:vurksha_api/src/model/date.dart';
import 'package:vurksha_api/src/model/error_body.dart';
import 'package:vurksha_api/src/model/report_envelope_coupons_report.dart';
import 'package:vurksha_api/src/model/report_envelope_list_rider_report_row.dart';
import 'package:vurksha_api/src/model/report_envelope_list_slot_report_row.dart';
import 'package:vurksha_api/src/model/report_envelope_list_stock_alert.dart';
import 'package:vurksha_api/src/model/report_envelope_orders_report.dart';
import 'package:vurksha_api/src/model/report_envelope_products_report.dart';
import 'package:vurksha_api/src/model/report_envelope_sales_report.dart';

class AdminReportsApi {

  final Dio _dio;

  final Serializers _serializers;

  const AdminReportsApi(this._dio, this._serializers);

  /// Coupon use
  /// Per coupon used on orders placed in the range: redemptions (those orders that still count as a use: not CANCELLED, as the per-customer limit counts them), the discount they got, their items before the discount, and the orders since cancelled (not counted). Most redeemed first. Reads the order replica. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeCouponsReport] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeCouponsReport>> getCouponsReport({ 
    Date? from,
    Date? to,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/coupons';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeCouponsReport? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeCouponsReport),
      ) as ReportEnvelopeCouponsReport;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeCouponsReport>(
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

  /// Orders by status and payment method
  /// The orders placed in the range, every status: how many there are, how many are in each status now (PENDING_PAYMENT, CONFIRMED, PACKED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, every one listed) and how many are paid COD or ONLINE. Reads the order replica. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeOrdersReport] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeOrdersReport>> getOrdersReport({ 
    Date? from,
    Date? to,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/orders';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeOrdersReport? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeOrdersReport),
      ) as ReportEnvelopeOrdersReport;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeOrdersReport>(
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

  /// Top products
  /// The best-selling products, per pack (variant), over the lines of the orders the sales report counts (placed in the range, not CANCELLED, not PENDING_PAYMENT): packs sold (quantity), revenuePaise (the lines&#39; totals at the GST-inclusive prices charged, before coupon discounts, which are not split over lines) and the orders they were in; ranked by sort, ties by the other figure. Reads the order replica. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [sort] - quantity or revenue (default quantity)
  /// * [limit] - How many products, 1 to 100 (default 20)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeProductsReport] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeProductsReport>> getProductsReport({ 
    Date? from,
    Date? to,
    String? sort,
    int? limit,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/products';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (sort != null) r'sort': encodeQueryParameter(_serializers, sort, const FullType(String)),
      if (limit != null) r'limit': encodeQueryParameter(_serializers, limit, const FullType(int)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeProductsReport? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeProductsReport),
      ) as ReportEnvelopeProductsReport;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeProductsReport>(
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

  /// Rider performance
  /// Per rider, the deliveries that ended in the range: DELIVERED ones by their hand-over time, FAILED ones (given up on, back to the hub) by when they failed; a delivery counts for the rider of its last attempt. deliveries &#x3D; delivered + failed. onTimePercent: of the delivered ones with a slot, the share handed over by the slot&#39;s end (null when none). failedByReason: the failed ones by the reason of their last attempt. codCollectedPaise: the cash to collect on the delivered COD orders (the hand-over is the collection). Cash deposited by riders is not reported: no service records it. Reads the delivery replica. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeListRiderReportRow] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeListRiderReportRow>> getRidersReport({ 
    Date? from,
    Date? to,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/riders';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeListRiderReportRow? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeListRiderReportRow),
      ) as ReportEnvelopeListRiderReportRow;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeListRiderReportRow>(
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

  /// Sales per hour or day
  /// Per India-time hour or day of the range, every one listed (zeros included), and totals. orders: orders placed in the bucket that are not CANCELLED and not PENDING_PAYMENT (COD orders from placing, online orders once paid). grossPaise: their items at the GST-inclusive prices charged, before coupons. discountPaise: their coupon discounts. gstPaise: the GST contained in grossPaise (not added to it). deliveryFeePaise: their delivery fees. refundPaise: refunds of online payments that the provider completed (PROCESSED) in the bucket, whenever their order was placed, except refunds of orders now CANCELLED, whose sale is not counted at all. netPaise &#x3D; grossPaise - discountPaise + deliveryFeePaise - refundPaise. Reads the order and payment replicas. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [granularity] - hour or day (default day)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeSalesReport] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeSalesReport>> getSalesReport({ 
    Date? from,
    Date? to,
    String? granularity,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/sales';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (granularity != null) r'granularity': encodeQueryParameter(_serializers, granularity, const FullType(String)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeSalesReport? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeSalesReport),
      ) as ReportEnvelopeSalesReport;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeSalesReport>(
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

  /// Slot utilisation per zone and day
  /// Per delivery day of the range and zone: the slots, their places (capacity), the bookings CONFIRMED (orders placed) and HELD (checkouts in progress) now, the places free, and filledPercent &#x3D; (capacity - free) / capacity x 100, one decimal. Reads the delivery replica. Days are India time (Asia/Kolkata), from and to both included, at most 366 days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (header row; attachment named &lt;report&gt;-&lt;from&gt;-&lt;to&gt;.csv) with the freshness in the X-Data-As-Of header. The data is read from the services&#39; read replicas: meta.dataAsOf is the last transaction the least caught-up of them had replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [from] - First day, India time (yyyy-MM-dd; default: to)
  /// * [to] - Last day, India time, included (yyyy-MM-dd; default: today)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeListSlotReportRow] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeListSlotReportRow>> getSlotsReport({ 
    Date? from,
    Date? to,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/slots';
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

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeListSlotReportRow? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeListSlotReportRow),
      ) as ReportEnvelopeListSlotReportRow;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeListSlotReportRow>(
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

  /// Variants out of stock or low
  /// The variants on sale (variant and product active) whose available packs (on hand - reserved) are at most threshold, now: level OUT_OF_STOCK when the shop shows them sold out (available below the order minimum), else LOW; sold out first, then fewest available. No date range. &#x60;Accept: text/csv&#x60; or &#x60;format&#x3D;csv&#x60; answers a CSV file (stock-alerts-&lt;today&gt;.csv) with the freshness in the X-Data-As-Of header. Read from the product replica: meta.dataAsOf is the last transaction it had replayed; when it is down (or is not a standby) the answer is 503 REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;REPORTS_REPLICA_UNAVAILABLE&#x60; (503), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [threshold] - Alert at this many available packs or fewer, 0 to 1000000 (default 5)
  /// * [format] - json or csv; without it the Accept header decides (JSON by default)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ReportEnvelopeListStockAlert] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ReportEnvelopeListStockAlert>> getStockAlertsReport({ 
    int? threshold,
    String? format,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/reports/stock-alerts';
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

    final _queryParameters = <String, dynamic>{
      if (threshold != null) r'threshold': encodeQueryParameter(_serializers, threshold, const FullType(int)),
      if (format != null) r'format': encodeQueryParameter(_serializers, format, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    ReportEnvelopeListStockAlert? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ReportEnvelopeListStockAlert),
      ) as ReportEnvelopeListStockAlert;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ReportEnvelopeListStockAlert>(
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

  /// Operator actions
  /// Every action an operator made through the console, newest first: who, what, when, the owning service&#39;s answer, and the thing before and after. Filter by operator, by what was acted on, and by days in India time (from and to both included; without them, every day). Needs role ADMIN (403 FORBIDDEN otherwise).  Error codes: &#x60;MALFORMED_REQUEST&#x60; (400), &#x60;VALIDATION_FAILED&#x60; (400), &#x60;UNAUTHORIZED&#x60; (401), &#x60;FORBIDDEN&#x60; (403), &#x60;RATE_LIMITED&#x60; (429), &#x60;INTERNAL_ERROR&#x60; (500), &#x60;SERVICE_UNAVAILABLE&#x60; (503).
  ///
  /// Parameters:
  /// * [actorId] - Only this operator's actions (user id)
  /// * [targetType] - Only actions on this kind of thing: order, variant, product, delivery, coupon, zone, slot-template, notification
  /// * [targetId] - Only actions on this thing (with targetType)
  /// * [from] - First day, India time (yyyy-MM-dd)
  /// * [to] - Last day, India time, included (yyyy-MM-dd)
  /// * [page] - Page number, from 1
  /// * [limit] - Items per page, 1 to 100
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [ApiResponseListAuditEntry] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<ApiResponseListAuditEntry>> listAuditEntries({ 
    String? actorId,
    String? targetType,
    String? targetId,
    Date? from,
    Date? to,
    int? page = 1,
    int? limit = 20,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/admin/audit';
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

    final _queryParameters = <String, dynamic>{
      if (actorId != null) r'actorId': encodeQueryParameter(_serializers, actorId, const FullType(String)),
      if (targetType != null) r'targetType': encodeQueryParameter(_serializers, targetType, const FullType(String)),
      if (targetId != null) r'targetId': encodeQueryParameter(_serializers, targetId, const FullType(String)),
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
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

    ApiResponseListAuditEntry? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(ApiResponseListAuditEntry),
      ) as ApiResponseListAuditEntry;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<ApiResponseListAuditEntry>(
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
