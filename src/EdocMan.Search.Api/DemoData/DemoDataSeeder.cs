using System.Text.Json;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.DemoData;

/// <summary>
/// Fills an empty database with the demo agencies, accounts and sample documents, so that a new
/// user can log in and search at once. Runs only when there are no agencies yet, so the issued
/// passwords are printed exactly once.
/// </summary>
internal sealed partial class DemoDataSeeder(
    EdocManDbContext db, DocumentIntake intake, TimeProvider time, IOptions<DemoDataOptions> options, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled || await db.Agencies.AnyAsync(ct))
        {
            return;
        }
        LogIssuedHeader(logger);
        foreach (var demo in DemoCatalog.Agencies)
        {
            var agency = new Agency { Code = demo.Code, Name = demo.Name, Symbol = demo.Symbol };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(ct);
            var units = (demo.Units ?? []).ToDictionary(u => u.Code, u => new OrgUnit { AgencyId = agency.Id, Code = u.Code, Name = u.Name });
            db.OrgUnits.AddRange(units.Values);
            // Units first: a unit and its head point at each other, so the head is set once both exist.
            await db.SaveChangesAsync(ct);
            var heads = new List<(OrgUnit Unit, Account Head)>();
            foreach (var official in demo.Officials)
            {
                var username = UsernameGenerator.Generate(official.FullName, name => db.Accounts.Local.Any(a => a.Username == name));
                var password = string.IsNullOrEmpty(options.Value.Password) ? PasswordPolicy.Issue() : options.Value.Password;
                var account = new Account
                {
                    AgencyId = agency.Id, Username = username, FullName = official.FullName, PasswordHash = string.Empty,
                    MustChangePassword = true, Roles = [.. official.Roles],
                    UnitId = official.Unit is null ? null : units[official.Unit].Id,
                };
                if (official.Heads && official.Unit is not null)
                {
                    heads.Add((units[official.Unit], account));
                }
                account.PasswordHash = AuthHandlers.HashPassword(account, password);
                db.Accounts.Add(account);
                LogIssued(logger, demo.Code, username, password, official.FullName, string.Join(", ", official.Roles.Select(r => Roles.Labels[r])));
            }
            await db.SaveChangesAsync(ct);
            foreach (var (unit, head) in heads)
            {
                unit.HeadAccountId = head.Id;
            }
            await db.SaveChangesAsync(ct);
        }
        await SeedSamplesAsync(ct);
    }

    private async Task SeedSamplesAsync(CancellationToken ct)
    {
        var folder = options.Value.SamplesPath ?? Path.Combine(AppContext.BaseDirectory, "samples");
        var manifest = Path.Combine(folder, "samples.json");
        if (!File.Exists(manifest))
        {
            LogNoSamples(logger, folder);
            return;
        }
        var samples = JsonSerializer.Deserialize<List<SampleDocument>>(await File.ReadAllTextAsync(manifest, ct), JsonSerializerOptions.Web) ?? [];
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Code, ct);
        foreach (var sample in samples)
        {
            var path = Path.Combine(folder, sample.File);
            if (!File.Exists(path) || !agencies.TryGetValue(sample.Agency, out var agency))
            {
                LogNoSamples(logger, path);
                continue;
            }
            await using var content = File.OpenRead(path);
            var metadata = new UploadMetadata(
                UploadDocument.ParseRegister(sample.Register) ?? default, sample.Title, sample.Number, sample.Type,
                sample.Issuer, sample.Signer, sample.Date);
            if (await intake.AcceptAsync(agency, content, sample.File, metadata, uploadedBy: null, ct) is IntakeResult.Accepted accepted)
            {
                await RegisterAsync(agency, accepted.Document, sample, ct);
            }
        }
        LogSamples(logger, samples.Count);
    }

    /// <summary>
    /// Enters the sample into its agency's register as it was at the time: an outgoing document keeps the
    /// number it was issued with (the province's 2014 regulation, published to everyone as a legal
    /// normative document); an incoming one gets the next số đến of its year, two days after its date.
    /// </summary>
    private async Task RegisterAsync(Agency agency, Document document, SampleDocument sample, CancellationToken ct)
    {
        var register = document.Register;
        var type = await db.DocumentTypes.SingleAsync(t => t.Code == (sample.Type ?? DocumentTypeCatalog.OfficialLetter), ct);
        var date = sample.Date ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var legalNormative = sample.Number is not null && AccessPolicy.PublishedByDefault(RegisterKind.Outgoing, sample.Number, null, null);
        var request = new RegisterRequest(
            document.Id, ConfirmNotExcluded: true, type.Code, sample.Title, sample.Number, sample.Date, sample.Issuer, sample.Signer,
            Recipients: register == RegisterKind.Outgoing ? "Như trên" : null, FileCopyHolder: register == RegisterKind.Outgoing ? "Văn thư" : null,
            Copies: register == RegisterKind.Outgoing ? 1 : null, ReceivedBy: register == RegisterKind.Incoming ? "Lãnh đạo" : null,
            TransferDate: null, Urgency.Normal, Notes: null, DraftingUnit: null, legalNormative);
        int? issued = register == RegisterKind.Incoming ? null : LeadingNumber(sample.Number);
        var day = register == RegisterKind.Incoming ? date.AddDays(2) : date;
        await RegisterWriter.WriteAsync(db, time, user: null, agency, document, request, register, type, day, issued, ct);
    }

    private static int? LeadingNumber(string? number)
    {
        var digits = new string((number ?? string.Empty).TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private sealed record SampleDocument(
        string File, string Agency, string Register, string Title, string? Number, string? Type,
        string? Issuer, string? Signer, DateOnly? Date);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Demo accounts created. Their passwords are shown only this once and must be changed at first login:")]
    private static partial void LogIssuedHeader(ILogger logger);

    // One line per account, so the single-line console format keeps it readable.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account {Agency,-8} {Username,-10} password {Password}  ({FullName}, {Roles})")]
    private static partial void LogIssued(ILogger logger, string agency, string username, string password, string fullName, string roles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample documents not found at {Path}; skipping")]
    private static partial void LogNoSamples(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} sample documents for indexing")]
    private static partial void LogSamples(ILogger logger, int count);
}
