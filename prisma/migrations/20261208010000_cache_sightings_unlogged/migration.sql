-- The page cache's notes of one-off addresses seen once (next_cache.sightings) are written on the
-- way to every search nobody made before, and each such write used to wait for its commit to
-- reach the disk (1-1.5 ms on average on the bench machine, 4-10 ms at p99). Unlogged, it skips
-- the write-ahead log: 0.3-0.4 ms. A crash empties the table, which only means that a search
-- asked for again right after it is cached one sighting later.
ALTER TABLE next_cache.sightings SET UNLOGGED;
