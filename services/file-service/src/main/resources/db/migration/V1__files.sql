-- The file service's records. The bytes live in S3-compatible storage; these rows say what each object is, who may
-- see it and whether anything still refers to it.

-- An upload in progress: a presigned PUT handed out, bytes not verified yet. Expires after an hour; the cleanup
-- deletes the object of an upload that was never completed.
create table upload (
    id              uuid primary key,
    purpose         text not null check (purpose in ('product-image', 'delivery-proof')),
    content_type    text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          text,
    object_key      text not null unique,
    uploaded_by     text not null,
    -- a delivery proof: the delivery and its customer, who may see the file
    delivery_id     text,
    customer_id     text,
    status          text not null check (status in ('PENDING', 'COMPLETED', 'REJECTED', 'EXPIRED')),
    file_id         uuid,
    created_at      timestamptz not null,
    expires_at      timestamptz not null
);

create index upload_pending_expiry on upload (expires_at) where status = 'PENDING';

-- A verified image. Public files (product images) are served from content-addressed keys through the CDN; private
-- ones (delivery proofs) only through short-lived presigned URLs.
create table file (
    id                  uuid primary key,
    purpose             text not null check (purpose in ('product-image', 'delivery-proof')),
    visibility          text not null check (visibility in ('PUBLIC', 'PRIVATE')),
    uploaded_by         text not null,
    delivery_id         text,
    customer_id         text,
    source_format       text not null,
    source_bytes        bigint not null,
    source_sha256       text not null,
    width               integer not null,
    height              integer not null,
    created_at          timestamptz not null,
    -- null while something refers to the file; a file unreferenced for 7 days is deleted
    unreferenced_since  timestamptz,
    deleted_at          timestamptz
);

create index file_unreferenced on file (unreferenced_since) where deleted_at is null and unreferenced_since is not null;

-- The sizes of a file. Public keys are content-addressed (the SHA-256 of the bytes), so two files with the same
-- picture share an object; it is deleted only when no live file uses it.
create table file_variant (
    file_id     uuid not null references file (id) on delete cascade,
    name        text not null check (name in ('thumb', 'card', 'full')),
    format      text not null check (format in ('webp', 'jpeg')),
    object_key  text not null,
    width       integer not null,
    height      integer not null,
    size_bytes  bigint not null,
    primary key (file_id, name, format)
);

create index file_variant_object on file_variant (object_key);

-- What refers to a file, from the product and delivery services' events: a product's images, a failed delivery's
-- proof.
create table file_reference (
    file_id     uuid not null references file (id) on delete cascade,
    owner_type  text not null check (owner_type in ('product', 'delivery')),
    owner_id    text not null,
    since       timestamptz not null,
    primary key (file_id, owner_type, owner_id)
);

create index file_reference_owner on file_reference (owner_type, owner_id);
