-- One database per service, created at the first start of the PostgreSQL container.
CREATE DATABASE procedure;
CREATE DATABASE dossier;
CREATE DATABASE reporting;
