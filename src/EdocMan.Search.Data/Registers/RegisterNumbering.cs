using EdocMan.Search.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Data.Registers;

/// <summary>Hands out the next number of a yearly register series.</summary>
public static class RegisterNumbering
{
    /// <summary>
    /// Increments the series and returns the new number (1 for the first of the year). Must run inside the
    /// write transaction that also inserts the register entry: a rolled-back registration then gives its
    /// number back, so the series has no gaps.
    /// </summary>
    /// <remarks>
    /// Implementation note: SQLite serialises writers, and EF Core begins SQLite transactions IMMEDIATE
    /// (the write lock is taken at BEGIN), so two registrations never read the same <c>Last</c>. The
    /// increment is one <c>UPDATE … RETURNING</c>, never a read followed by a write.
    /// </remarks>
    public static async Task<int> NextNumberAsync(
        this EdocManDbContext db, int agencyId, RegisterKind kind, int year, string series, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A register number must be taken inside the registration's transaction.");
        }
        var kindName = kind.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "NumberSeries" ("AgencyId", "Kind", "Year", "Series", "Last") VALUES ({agencyId}, {kindName}, {year}, {series}, 0) ON CONFLICT DO NOTHING""",
            ct);
        var numbers = await db.Database.SqlQuery<int>(
                $"""UPDATE "NumberSeries" SET "Last" = "Last" + 1 WHERE "AgencyId" = {agencyId} AND "Kind" = {kindName} AND "Year" = {year} AND "Series" = {series} RETURNING "Last" AS "Value" """)
            .ToListAsync(ct);
        return numbers.Single();
    }

    /// <summary>
    /// Moves the series on to at least <paramref name="number"/>, for a document numbered before it was
    /// registered here (an import); later numbers follow it. Inside the registration's transaction.
    /// </summary>
    public static async Task AdvanceSeriesAsync(
        this EdocManDbContext db, int agencyId, RegisterKind kind, int year, string series, int number, CancellationToken ct)
    {
        var kindName = kind.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "NumberSeries" ("AgencyId", "Kind", "Year", "Series", "Last") VALUES ({agencyId}, {kindName}, {year}, {series}, {number}) ON CONFLICT DO UPDATE SET "Last" = MAX("Last", excluded."Last")""",
            ct);
    }
}
