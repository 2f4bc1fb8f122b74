-- Job descriptions (fiches de poste) saved by employers: private to their author, tied to the
-- version of the framework they were built on; deleted with the account.

create table fiche_de_poste (
    id                     uuid primary key,
    compte_id              uuid not null references compte (id) on delete cascade,
    version                varchar(11) not null,
    cree_le                timestamp with time zone not null,
    modifie_le             timestamp with time zone not null,
    type_d_employeur       varchar(40) not null,
    type_de_territoire     varchar(20) not null,
    nom_employeur          varchar(120) not null,
    intitule               varchar(120) not null,
    categorie              varchar(1),
    cadre_d_emplois        varchar(120) not null,
    convention_collective  varchar(200) not null,
    horaires               varchar(300) not null,
    travail_en_soiree      varchar(15),
    deplacements           varchar(300) not null,
    permanences            varchar(300) not null,
    rattachement           varchar(200) not null,
    relations              varchar(1000) not null
);
create index fiche_de_poste_compte on fiche_de_poste (compte_id);

-- The missions and functions of the post, in the order chosen, and their share of the time (the
-- shares total 100).
create table part_de_fiche (
    fiche_id     uuid not null references fiche_de_poste (id) on delete cascade,
    code         varchar(20) not null,
    rang         smallint not null,
    pourcentage  smallint not null,
    constraint part_de_fiche_pk primary key (fiche_id, code),
    constraint part_de_fiche_pourcentage check (pourcentage between 1 and 100)
);

-- The activities, competencies and values of the post, in order: a framework item by its code,
-- or a line of the employer's own (activities and competencies only).
create table element_de_fiche (
    fiche_id  uuid not null references fiche_de_poste (id) on delete cascade,
    nature    varchar(12) not null,
    rang      smallint not null,
    code      varchar(20),
    texte     varchar(300),
    constraint element_de_fiche_pk primary key (fiche_id, nature, rang),
    constraint element_de_fiche_code_ou_texte check ((code is null and texte is not null) or (code is not null and texte is null))
);
