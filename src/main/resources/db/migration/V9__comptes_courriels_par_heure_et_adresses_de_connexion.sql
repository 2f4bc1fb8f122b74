-- compte: the mails each mailbox received in the current hour, and the addresses each account logged
-- in from (failures from elsewhere never delay its owner there). Shared by every instance. Same script
-- for H2 and PostgreSQL.

create table courriels_par_adresse (
    -- the SHA-256 digest, in hexadecimal, of the address without its sub-address
    cle     char(64) primary key,
    depuis  timestamp with time zone not null,
    envois  integer not null
);

create table adresse_de_connexion (
    compte_id           uuid not null references compte (id) on delete cascade,
    adresse             varchar(64) not null,
    derniere_connexion  timestamp with time zone not null,
    constraint adresse_de_connexion_pk primary key (compte_id, adresse)
);
