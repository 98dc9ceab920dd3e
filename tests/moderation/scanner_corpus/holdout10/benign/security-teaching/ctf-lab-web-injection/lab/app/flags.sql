CREATE TABLE notes (title TEXT);
INSERT INTO notes VALUES ('welcome'), ('todo: rotate lab flags');
CREATE TABLE secrets (flag TEXT);
INSERT INTO secrets VALUES ('FLAG{union-select-found-me}');
