-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d): one database per service and
-- one for the web application's sessions, each owned by its own login role, and no other role may connect to it. The
-- services' DATABASE_URLs and WEB_SESSION_DATABASE_URL in docker-compose.yml use these names and passwords
-- (tests/deploy/test_compose.py holds them equal).
-- DEMO PASSWORDS for a local docker-compose only: never reuse them anywhere reachable.
-- A database added here later needs a fresh volume: `docker compose down -v`.

CREATE ROLE cases LOGIN PASSWORD 'cases-db-demo';
CREATE DATABASE cases OWNER cases;
REVOKE ALL ON DATABASE cases FROM PUBLIC;

CREATE ROLE matching LOGIN PASSWORD 'matching-db-demo';
CREATE DATABASE matching OWNER matching;
REVOKE ALL ON DATABASE matching FROM PUBLIC;

CREATE ROLE library LOGIN PASSWORD 'library-db-demo';
CREATE DATABASE library OWNER library;
REVOKE ALL ON DATABASE library FROM PUBLIC;

CREATE ROLE notifications LOGIN PASSWORD 'notifications-db-demo';
CREATE DATABASE notifications OWNER notifications;
REVOKE ALL ON DATABASE notifications FROM PUBLIC;

CREATE ROLE forum LOGIN PASSWORD 'forum-db-demo';
CREATE DATABASE forum OWNER forum;
REVOKE ALL ON DATABASE forum FROM PUBLIC;

-- The web application's sessions (shared by its replicas): WEB_SESSION_DATABASE_URL.
CREATE ROLE web LOGIN PASSWORD 'web-db-demo';
CREATE DATABASE web OWNER web;
REVOKE ALL ON DATABASE web FROM PUBLIC;
