using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Data.Registers;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdocMan.Search.Data.Tests.Registers;

/// <summary>Yearly series on a real SQLite file, with many writers at once.</summary>
public sealed class RegisterNumberingTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ServiceProvider _services;

    public RegisterNumberingTests()
    {
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>().Configure(o => o.DataDirectory = _dir.Path);
        services.AddLogging();
        services.AddData();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Series_count_per_agency_register_year_and_series_and_never_repeat_under_concurrency()
    {
        var agencyId = await SetUpAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => TakeAsync(agencyId, RegisterKind.Incoming, 2025, ""))));

        Assert.Equal(Enumerable.Range(1, 40), numbers.Order());
        Assert.Equal(1, await TakeAsync(agencyId, RegisterKind.Incoming, 2026, ""));
        Assert.Equal(1, await TakeAsync(agencyId, RegisterKind.Outgoing, 2025, ""));
        Assert.Equal(1, await TakeAsync(agencyId, RegisterKind.Outgoing, 2025, "QĐ"));
    }

    [Fact]
    public async Task A_number_taken_in_a_rolled_back_transaction_is_given_again_and_imports_move_the_series_on()
    {
        var agencyId = await SetUpAsync();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await db.NextNumberAsync(agencyId, RegisterKind.Outgoing, 2014, "", CancellationToken.None));
            await tx.RollbackAsync();
        }
        Assert.Equal(1, await TakeAsync(agencyId, RegisterKind.Outgoing, 2014, ""));

        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.AdvanceSeriesAsync(agencyId, RegisterKind.Outgoing, 2014, "", 31, CancellationToken.None);
            await db.AdvanceSeriesAsync(agencyId, RegisterKind.Outgoing, 2014, "", 7, CancellationToken.None);
            await tx.CommitAsync();
        }
        Assert.Equal(32, await TakeAsync(agencyId, RegisterKind.Outgoing, 2014, ""));
    }

    [Fact]
    public async Task A_number_outside_a_transaction_is_refused()
    {
        var agencyId = await SetUpAsync();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.NextNumberAsync(agencyId, RegisterKind.Incoming, 2025, "", CancellationToken.None));
    }

    private async Task<int> TakeAsync(int agencyId, RegisterKind kind, int year, string series)
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var n = await db.NextNumberAsync(agencyId, kind, year, series, CancellationToken.None);
        await tx.CommitAsync();
        return n;
    }

    private async Task<int> SetUpAsync()
    {
        await new DatabaseInitializer(_services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance)
            .InitializeAsync(CancellationToken.None);
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var agency = new Agency { Code = "gtvt", Name = "Sở Giao thông vận tải" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        Assert.Equal(29, await db.DocumentTypes.CountAsync());
        return agency.Id;
    }

    public void Dispose()
    {
        _services.Dispose();
        _dir.Dispose();
    }
}
