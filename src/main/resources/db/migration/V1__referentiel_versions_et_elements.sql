-- referentiel: the versions of the framework and their items, one row per item with its parent.
create table version_referentiel (
    numero      varchar(20)  not null primary key,
    majeur      integer      not null,
    mineur      integer      not null,
    statut      varchar(20)  not null,
    titre       varchar(500) not null,
    sous_titre  varchar(500) not null,
    publiee_le  timestamp with time zone,
    constraint version_referentiel_statut check (statut in ('BROUILLON', 'PUBLIEE')),
    constraint version_referentiel_publiee check ((statut = 'PUBLIEE') = (publiee_le is not null))
);

create table element_referentiel (
    version     varchar(20)   not null references version_referentiel (numero) on delete cascade,
    code        varchar(40)   not null,
    ordre       integer       not null,
    nature      varchar(30)   not null,
    parent_code varchar(40),
    slug        varchar(100),
    numero      varchar(20),
    titre       varchar(500),
    texte       varchar(4000),
    complement  varchar(1000),
    primary key (version, code),
    constraint element_referentiel_ordre unique (version, ordre),
    constraint element_referentiel_parent foreign key (version, parent_code)
        references element_referentiel (version, code)
);
