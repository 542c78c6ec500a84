-- What the notification service lets operator reports read (from a read replica): its outgoing push, SMS and e-mail
-- messages with their sending outcome. Views only, versioned: a _v1 view may only gain columns; an incompatible change
-- is a new _v2 beside it. No destinations (phone numbers, e-mail addresses, device tokens), titles, bodies or provider
-- answers: the last error is reduced to a code.

create schema if not exists reporting;

create view reporting.notifications_v1 as
select m.id                                                           as message_id,
       m.event_id                                                     as event_id,
       m.event_type                                                   as event_type,
       m.user_id                                                      as user_id,
       m.channel                                                      as channel,
       m.status                                                       as status,
       m.attempts + case when m.status = 'SENT' then 1 else 0 end     as attempts,
       m.attempts                                                     as failed_attempts,
       m.created_at                                                   as created_at,
       m.updated_at                                                   as updated_at,
       m.sent_at                                                      as sent_at,
       case when m.status = 'DEAD' or (m.status = 'PENDING' and m.attempts > 0) then m.updated_at end
                                                                      as failed_at,
       case
           when m.last_error is null then null
           when m.last_error ~ '^[A-Za-z_$][A-Za-z0-9_$]*: ' then substring(m.last_error from '^[A-Za-z_$][A-Za-z0-9_$]*')
           when m.last_error like 'No sender is configured for channel %' then 'NO_SENDER'
           else 'OTHER'
       end                                                            as last_error_code
from outgoing_message m;

comment on view reporting.notifications_v1 is
    'One row per outgoing message: a push to one device, an SMS or an e-mail sent because of one event to one user '
    '(the in-app inbox entry is not a message and is not listed). A message is PENDING until sent (SENT) or given up '
    'on (DEAD: refused for good, or out of attempts), and DEAD messages are the dead-lettered ones operators retry. '
    'An operator''s retry of a DEAD message makes it PENDING again with its attempts counted afresh.';
comment on column reporting.notifications_v1.message_id is 'The message''s id.';
comment on column reporting.notifications_v1.event_id is 'Id of the event that caused the message (one event, many messages).';
comment on column reporting.notifications_v1.event_type is
    'Type of that event, as its producer names it, e.g. order.order.confirmed, delivery.delivery.failed.';
comment on column reporting.notifications_v1.user_id is 'The user the message is for (opaque user id).';
comment on column reporting.notifications_v1.channel is 'PUSH, SMS or EMAIL.';
comment on column reporting.notifications_v1.status is
    'PENDING (waiting for its first or next attempt), SENT (the provider accepted it) or DEAD (given up on).';
comment on column reporting.notifications_v1.attempts is
    'Provider calls made for the message since it was queued or last retried by an operator: failed_attempts, plus '
    'one for the call that sent it. Calls held back by an open circuit breaker are not made and not counted.';
comment on column reporting.notifications_v1.failed_attempts is
    'How many of those calls failed or were refused.';
comment on column reporting.notifications_v1.created_at is 'When the message was queued.';
comment on column reporting.notifications_v1.updated_at is 'When the message''s status or attempts last changed.';
comment on column reporting.notifications_v1.sent_at is 'When the provider accepted it; null unless SENT.';
comment on column reporting.notifications_v1.failed_at is
    'When the latest failed attempt was recorded: for DEAD, when it was given up on; for PENDING, the failure it will '
    'be retried after; null for SENT messages and for PENDING ones with no failed attempt yet.';
comment on column reporting.notifications_v1.last_error_code is
    'What the latest failed attempt came to, without the provider''s words: PermanentRefusal (the provider refused '
    'this message for good, e.g. an unregistered device or a refused address), NO_SENDER (the service had no sender '
    'for the channel), otherwise the name of the failure (e.g. IllegalStateException for an error answer, '
    'ResourceAccessException for no answer), OTHER when unrecognised. Null when no attempt failed or once SENT; kept '
    'through an operator''s retry until the message is sent.';

-- The read-only role of the admin service's replica connections. Production creates it with the databases (a
-- service's own database user has no CREATEROLE there); where the migrating user may create roles (local runs,
-- tests) it is made here. The grants follow wherever the role exists.
DO $$
BEGIN
    BEGIN
        CREATE ROLE vurksha_reporting NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
    END;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vurksha_reporting') THEN
        GRANT USAGE ON SCHEMA reporting TO vurksha_reporting;
        GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO vurksha_reporting;
    END IF;
END $$;
