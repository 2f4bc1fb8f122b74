-- Sharing a self-assessment, which stays private until its author shares it: with the managers of
-- one of the author's structures, or through a link that expires and can be revoked. Everything
-- goes with the self-assessment (and so with the account) or with the structure.

create table partage_avec_structure (
    positionnement_id  uuid not null references positionnement (id) on delete cascade,
    structure_id       uuid not null references structure (id) on delete cascade,
    partage_le         timestamp with time zone not null,
    constraint partage_avec_structure_pk primary key (positionnement_id, structure_id)
);
create index partage_avec_structure_structure on partage_avec_structure (structure_id);

-- Only the SHA-256 of a link's secret is kept (hexadecimal); the secret is shown once.
create table lien_de_partage (
    id                 uuid primary key,
    positionnement_id  uuid not null references positionnement (id) on delete cascade,
    empreinte          varchar(64) not null,
    cree_le            timestamp with time zone not null,
    expire_le          timestamp with time zone not null,
    revoque            boolean not null,
    constraint lien_de_partage_empreinte unique (empreinte)
);
create index lien_de_partage_positionnement on lien_de_partage (positionnement_id);
