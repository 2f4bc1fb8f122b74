-- Accounts, their roles and structures, the links sent by mail, login throttling, and the HTTP
-- sessions that every instance of AVA shares (Spring Session JDBC). Same script for H2 and PostgreSQL.

create table compte (
    id              uuid primary key,
    email           varchar(254) not null,
    nom_affiche     varchar(80) not null,
    -- null for an account created by an identity provider (OIDC) and never given a password
    mot_de_passe    varchar(100),
    email_confirme  boolean not null,
    cree_le         timestamp with time zone not null,
    constraint compte_email_unique unique (email)
);

create table role_de_compte (
    compte_id  uuid not null references compte (id) on delete cascade,
    role       varchar(20) not null,
    constraint role_de_compte_pk primary key (compte_id, role)
);

create table structure (
    id     uuid primary key,
    type   varchar(30) not null,
    nom    varchar(120) not null,
    siren  varchar(9),
    rna    varchar(10)
);

create table appartenance (
    id            uuid primary key,
    compte_id     uuid not null references compte (id) on delete cascade,
    structure_id  uuid not null references structure (id) on delete cascade,
    role          varchar(20) not null,
    constraint appartenance_unique unique (compte_id, structure_id)
);

-- A link sent by mail is kept only as the SHA-256 of its secret.
create table jeton_de_compte (
    empreinte     varchar(64) primary key,
    compte_id     uuid not null references compte (id) on delete cascade,
    usage         varchar(20) not null,
    nouvel_email  varchar(254),
    expire_le     timestamp with time zone not null
);

-- Failed logins per account ("compte:<email>") and per address ("adresse:<ip>").
create table echec_de_connexion (
    cle             varchar(300) primary key,
    echecs          integer not null,
    dernier_echec   timestamp with time zone not null,
    bloque_jusqu_a  timestamp with time zone
);

create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  integer not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
