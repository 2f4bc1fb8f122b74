-- Self-assessments (auto-positionnements): private to their author, tied to the version they were
-- made on; deleted with the account.

create table positionnement (
    id          uuid primary key,
    compte_id   uuid not null references compte (id) on delete cascade,
    version     varchar(11) not null,
    cree_le     timestamp with time zone not null,
    modifie_le  timestamp with time zone not null,
    termine_le  timestamp with time zone
);
create index positionnement_compte on positionnement (compte_id);

-- The missions and functions the person includes (M1 and M2 always).
create table perimetre_de_positionnement (
    positionnement_id  uuid not null references positionnement (id) on delete cascade,
    code               varchar(20) not null,
    constraint perimetre_de_positionnement_pk primary key (positionnement_id, code)
);

-- One row per item answered: a competency's level, an activity's frequency, a portfolio example,
-- a value's reflection. Each answer updates only its own columns, so two tabs lose nothing.
create table reponse_de_positionnement (
    positionnement_id  uuid not null references positionnement (id) on delete cascade,
    code               varchar(20) not null,
    niveau             smallint,
    frequence          varchar(10),
    exemple            varchar(500),
    sens               varchar(15),
    note               varchar(1000),
    modifie_le         timestamp with time zone not null,
    constraint reponse_de_positionnement_pk primary key (positionnement_id, code),
    constraint reponse_niveau check (niveau between 0 and 4)
);
