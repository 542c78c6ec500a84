/**
 * Proof of a failed delivery: the rider's photo of the door lives in the file service, and a failure may name it only
 * after the file service confirms it is a delivery proof of that very delivery.
 */
package com.vurksha.delivery.proof;
