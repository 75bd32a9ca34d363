-- Directory: the region's reference data. Seeded rows carry fixed UUIDs so that every Corridor
-- instance names Gevgelija (and every other place) with the same key.

create table country (
    id        uuid primary key,
    iso2      char(2) not null unique check (iso2 ~ '^[A-Z]{2}$'),
    iso3      char(3) not null unique check (iso3 ~ '^[A-Z]{3}$'),
    name      text    not null check (length(trim(name)) > 0),
    on_route  boolean not null default false,
    version   bigint  not null default 0
);

create table field_operation (
    id               uuid primary key,
    code             text not null unique check (code ~ '^[a-z][a-z0-9-]*$'),
    name             text not null unique check (length(trim(name)) > 0),
    host_country_id  uuid not null references country (id),
    head_office_city text not null,
    website          text,
    version          bigint not null default 0
);

create table office (
    id           uuid primary key,
    operation_id uuid not null references field_operation (id),
    name         text not null check (length(trim(name)) > 0),
    city         text not null,
    head_office  boolean not null default false,
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    version      bigint not null default 0,
    unique (operation_id, name)
);

create table location (
    id          uuid primary key,
    code        text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name        text not null check (length(trim(name)) > 0),
    kind        text not null check (kind in ('BORDER_CROSSING', 'TRANSIT_CENTRE', 'ONE_STOP_CENTRE',
                                              'CAMP', 'TOWN', 'OFFICE')),
    country_id  uuid not null references country (id),
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    description text,
    version     bigint not null default 0
);
create index location_country on location (country_id);

create table partner_organisation (
    id         uuid primary key,
    name       text not null unique check (length(trim(name)) > 0),
    acronym    text,
    kind       text not null check (kind in ('UN_AGENCY', 'INTERNATIONAL_ORGANISATION', 'INGO', 'NGO',
                                             'NATIONAL_AUTHORITY', 'OSCE_STRUCTURE', 'EU')),
    country_id uuid references country (id),
    website    text,
    version    bigint not null default 0
);
