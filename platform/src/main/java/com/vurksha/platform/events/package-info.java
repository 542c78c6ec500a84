/** Events between services: the envelope, the transactional outbox and its relay to RabbitMQ, and the consumer inbox. */
package com.vurksha.platform.events;
