using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Reports;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Reports;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>Every figure of the reports checked against what <see cref="NewYearScenario"/> did.</summary>
[Collection(NewYearScenario.Collection)]
public sealed class UsageReportTotalsTests(NewYearScenario scenario)
{
    // Columns: incoming, outgoing, internal, electronic, paper, on time, late, pending, OCR pages, searches, active accounts.
    private static readonly UsageFigures TtttDecember = new(2, 1, 0, 1, 1, 1, 1, 2, 1, 2, 1);
    private static readonly UsageFigures TtttQ4 = TtttDecember with { HandledOnTime = 2 };
    private static readonly UsageFigures TtttJanuary = new(1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 2);
    private static readonly UsageFigures MaisonDecember = new(0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1);

    [Fact]
    public async Task Registration_records_a_scan_as_paper_an_upload_as_electronic_and_the_clerks_choice_when_given()
    {
        var arrivals = (await scenario.ArrivalsAsync()).ToDictionary(a => a.Document, a => a.Arrival);

        Assert.Equal(ArrivalChannel.Electronic, arrivals[scenario.Emailed]);
        Assert.Equal(ArrivalChannel.Paper, arrivals[scenario.Scanned]);
        Assert.Equal(ArrivalChannel.Paper, arrivals[scenario.TypedFromPaper]);
        Assert.Equal(1, await scenario.OcrPagesAsync(scenario.Scanned));
        Assert.Equal(0, await scenario.OcrPagesAsync(scenario.Emailed));
    }

    [Fact]
    public async Task A_document_registered_at_23_00_on_31_December_counts_in_December_Q4_and_2025_and_one_at_00_30_in_January()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), scenario.EmailedRegisteredOn);
        Assert.Equal(1, scenario.JanuaryIncomingNumber); // the số đến series restarted on 1 January
        var leader = await scenario.Host.SignedInClientAsync("anhdd");

        var december = await GetAsync(leader, "/tttt/api/reports/usage?period=month&year=2025&number=12");
        var q4 = await GetAsync(leader, "/tttt/api/reports/usage?period=quarter&year=2025&number=4");
        var year2025 = await GetAsync(leader, "/tttt/api/reports/usage?period=year&year=2025");
        var january = await GetAsync(leader, "/tttt/api/reports/usage?period=month&year=2026&number=1");
        var q1 = await GetAsync(leader, "/tttt/api/reports/usage?period=quarter&year=2026&number=1");

        Assert.Equal(TtttDecember, december.Current);
        Assert.Equal(UsageFigures.Zero, december.Previous);
        Assert.Equal(("month", 2025, 11), (december.PreviousPeriod.Kind, december.PreviousPeriod.Year, december.PreviousPeriod.Number));
        Assert.Equal(TtttQ4, q4.Current);
        Assert.Equal(UsageFigures.Zero, q4.Previous);
        Assert.Equal(TtttQ4, year2025.Current);
        Assert.Equal(TtttJanuary, january.Current);
        Assert.Equal(TtttDecember, january.Previous);
        Assert.Equal("Tháng 12/2025", january.PreviousPeriod.Label);
        Assert.Equal(TtttJanuary, q1.Current);
        Assert.Equal(TtttQ4, q1.Previous);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (q4.Period.From, q4.Period.To));
        Assert.Equal(UsageIndicators.All.Select(i => i.Key), december.Lines.Select(l => l.Key));
        Assert.Equal(2, december.Lines.Single(l => l.Key == "incomingRegistered").Current);
    }

    [Fact]
    public async Task The_year_2026_counts_the_logins_of_1_January_and_of_today()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv"); // of tttt, logging in now, in 2026
        var leader = await scenario.Host.SignedInClientAsync("anhdd");

        var year = await GetAsync(leader, "/tttt/api/reports/usage?period=year&year=2026");

        // Today's logins (anhdd again, khanhdv) count in 2026 only while today is in 2026.
        var today = ReportPeriod.VietnamDay(DateTimeOffset.UtcNow);
        Assert.Equal(TtttJanuary with { ActiveAccounts = today.Year == 2026 ? 3 : 2 }, year.Current);
        Assert.Equal(TtttQ4, year.Previous);
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task The_province_report_has_a_row_per_agency_and_their_total()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");
        var agencies = await admin.GetFromJsonAsync<List<AgencyCode>>("/api/agencies");

        var province = (await admin.GetFromJsonAsync<ProvinceUsageResponse>("/api/reports/usage?period=month&year=2025&number=12"))!;

        Assert.Equal(agencies!.Select(a => a.Code).Order(), province.Agencies.Select(r => r.Agency).Order());
        var rows = province.Agencies.ToDictionary(r => r.Agency, r => r.Figures);
        Assert.Equal(TtttDecember, rows["tttt"]);
        Assert.Equal(MaisonDecember, rows["maison"]);
        Assert.All(rows.Where(r => r.Key is not ("tttt" or "maison")), r => Assert.Equal(UsageFigures.Zero, r.Value));
        Assert.Equal(TtttDecember + MaisonDecember, province.Total);
        Assert.Equal(UsageFigures.Zero, province.PreviousTotal);
        Assert.Equal("Sở Thông tin và Truyền thông", province.Agencies.Single(r => r.Agency == "tttt").AgencyName);
    }

    internal static async Task<UsageReportResponse> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UsageReportResponse>())!;
    }

    private sealed record AgencyCode(string Code);
}
