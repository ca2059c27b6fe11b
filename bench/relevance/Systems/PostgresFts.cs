using Npgsql;
using NpgsqlTypes;
using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Systems;

/// <summary>
/// Baseline: PostgreSQL full-text search with the built-in 'finnish' configuration over the same text and
/// filters, ranked by ts_rank. <paramref name="orWords"/> turns plainto_tsquery's AND into OR.
/// </summary>
public sealed class PostgresFts(string connectionString, IReadOnlyDictionary<string, string> municipalityCodes, bool orWords) : ISearchSystem
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly string _table = orWords ? "services_or" : "services_and";

    public string Name => orWords ? "PostgreSQL FTS (OR)" : "PostgreSQL FTS (plainto_tsquery, AND)";

    public void Index(IReadOnlyList<SearchDocument> documents)
    {
        Execute($"""
            DROP TABLE IF EXISTS {_table};
            CREATE TABLE {_table} (
              id text PRIMARY KEY, body text NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (to_tsvector('finnish', body)) STORED,
              municipalities text[] NOT NULL, nationwide boolean NOT NULL,
              min_months int, max_months int, needs text[] NOT NULL);
            CREATE INDEX ON {_table} USING gin (tsv);
            """);
        using (var connection = _dataSource.OpenConnection())
        using (var import = connection.BeginBinaryImport($"COPY {_table} (id, body, municipalities, nationwide, min_months, max_months, needs) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in documents)
            {
                import.StartRow();
                import.Write(d.Id, NpgsqlDbType.Text);
                import.Write(DocumentText.Flatten(d), NpgsqlDbType.Text);
                import.Write(d.MunicipalityCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                import.Write(d.Nationwide, NpgsqlDbType.Boolean);
                WriteNullable(import, d.MinMonths);
                WriteNullable(import, d.MaxMonths);
                import.Write(d.Needs.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            import.Complete();
        }

        Execute($"ANALYZE {_table};");
    }

    public IReadOnlyList<string> Run(EvalQuery query, int limit)
    {
        var tsquery = orWords
            ? "NULLIF(replace(plainto_tsquery('finnish', $1)::text, '&', '|'), '')::tsquery"
            : "plainto_tsquery('finnish', $1)";
        using var command = _dataSource.CreateCommand($"""
            WITH q AS (SELECT {tsquery} AS query)
            SELECT id FROM {_table}, q
            WHERE tsv @@ q.query
              AND ($2::text IS NULL OR nationwide OR $2 = ANY (municipalities))
              AND ($3::int IS NULL OR ((min_months IS NULL OR min_months <= $3 * 12 + 11) AND (max_months IS NULL OR max_months >= $3 * 12)))
              AND ($4::text IS NULL OR $4 = ANY (needs))
            ORDER BY ts_rank(tsv, q.query) DESC, id
            LIMIT $5
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = query.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = query.Municipality is null ? DBNull.Value : municipalityCodes.GetValueOrDefault(query.Municipality, "none"), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.AgeYears ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Need ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void WriteNullable(NpgsqlBinaryImporter import, int? value)
    {
        if (value is { } v)
        {
            import.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            import.WriteNull();
        }
    }

    private void Execute(string sql)
    {
        using var command = _dataSource.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();
}
