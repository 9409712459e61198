/// The tables of a sweep result set in PostgreSQL.
///
/// Primary keys make every write idempotent: a point is keyed by (sweep, point), a replicate by
/// (sweep, point, replicate), and writers insert with `ON CONFLICT DO NOTHING`. Numbers are
/// `float8`, which PostgreSQL stores and sends (in binary) bit for bit, NaN included. The tables
/// live beside a knowledge store's if the database holds one; their names do not collide.
enum SweepResultsSchema {
    /// Serialises the `CREATE TABLE IF NOT EXISTS` of writers starting at once, which would
    /// otherwise collide on PostgreSQL's catalogue ("EnteSwp" in ASCII).
    static let creationLock = 0x456E_7465_5377_70

    static let statements = [
        """
        CREATE TABLE IF NOT EXISTS sim_sweep (
          id text PRIMARY KEY,
          scenario text NOT NULL,
          model text NOT NULL,
          seed text NOT NULL,
          replicates bigint NOT NULL,
          total_points bigint NOT NULL,
          parameter_names text[] NOT NULL,
          varied_names text[] NOT NULL,
          summary_names text[] NOT NULL,
          design text NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sim_sweep_point (
          sweep_id text NOT NULL REFERENCES sim_sweep (id),
          point bigint NOT NULL,
          parameters float8[] NOT NULL,
          written_by text NOT NULL,
          written_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (sweep_id, point)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sim_sweep_replicate (
          sweep_id text NOT NULL,
          point bigint NOT NULL,
          replicate bigint NOT NULL,
          summaries float8[] NOT NULL,
          PRIMARY KEY (sweep_id, point, replicate),
          FOREIGN KEY (sweep_id, point) REFERENCES sim_sweep_point (sweep_id, point)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sim_sweep_shard (
          sweep_id text NOT NULL REFERENCES sim_sweep (id),
          shard_index bigint NOT NULL,
          shard_count bigint NOT NULL,
          starts bigint NOT NULL,
          started_at timestamptz NOT NULL,
          finished_at timestamptz,
          PRIMARY KEY (sweep_id, shard_index, shard_count)
        )
        """,
    ]
}
