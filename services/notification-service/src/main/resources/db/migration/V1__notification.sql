-- Recipients (read model of the user service), push devices, channel preferences, the in-app inbox and the outgoing
-- push/SMS/e-mail messages.

create table recipient (
    user_id     text primary key,
    phone       text,
    name        text,
    email       text,
    language    text not null default 'en' check (language in ('en', 'hi')),
    updated_at  timestamptz not null
);

-- A token names one app install, so it belongs to one user at a time.
create table device (
    token       text primary key,
    user_id     text not null,
    platform    text not null check (platform in ('ANDROID', 'IOS', 'WEB')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index device_user_idx on device (user_id);

-- No row means every channel is on.
create table preference (
    user_id     text primary key,
    push        boolean not null,
    sms         boolean not null,
    email       boolean not null,
    updated_at  timestamptz not null
);

-- One in-app notification per event and user, however often the event is delivered.
create table notification (
    id          text primary key,
    user_id     text not null,
    event_id    text not null,
    event_type  text not null,
    order_id    text,
    title       text not null,
    body        text not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    constraint notification_once_per_event unique (event_id, user_id)
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

-- One message per event, channel and destination (a push per device token). next_attempt_at doubles as the claim
-- lease while a dispatcher sends it.
create table outgoing_message (
    id               text primary key,
    event_id         text not null,
    event_type       text not null,
    user_id          text not null,
    channel          text not null check (channel in ('PUSH', 'SMS', 'EMAIL')),
    destination      text not null,
    title            text,
    body             text not null,
    status           text not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    last_error       text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    sent_at          timestamptz,
    constraint outgoing_message_once unique (event_id, channel, destination)
);
create index outgoing_message_due_idx on outgoing_message (next_attempt_at) where status = 'PENDING';
create index outgoing_message_dead_idx on outgoing_message (updated_at desc) where status = 'DEAD';
