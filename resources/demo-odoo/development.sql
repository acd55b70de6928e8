-- Development is where the stock migration started: the same state as staging.
\ir staging.sql
