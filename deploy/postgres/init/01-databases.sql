-- Run by the postgres image once, when docker-compose.yml's volume is first initialised.
-- Each service owns one database and migrates it at start; it cannot create it.
CREATE DATABASE atrium_identity;
CREATE DATABASE atrium_tenancy;
CREATE DATABASE atrium_billing;
CREATE DATABASE atrium_campaigns;
CREATE DATABASE atrium_notification;
