using System.Net;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>The pages obey the same rules as the API.</summary>
public sealed class ReportPagePermissionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_specialist_has_no_report_link_and_the_page_answers_403()
    {
        var specialist = await factory.SignedInClientAsync("nhungtth");

        var home = await ReportPagesTests.Html(specialist, "/tttt/tim-kiem");
        var page = await specialist.GetAsync("/tttt/bao-cao");
        var audit = await specialist.GetAsync("/tttt/quan-tri/nhat-ky");

        Assert.DoesNotContain("/tttt/bao-cao", home);
        Assert.DoesNotContain("/tttt/quan-tri/nhat-ky", home);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("dành cho văn thư, lãnh đạo và quản trị của đơn vị", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }

    [Fact]
    public async Task Another_agencys_leader_cannot_open_the_page_and_the_agency_admin_reads_only_their_agencys_log()
    {
        var otherLeader = await factory.SignedInClientAsync("thupt");
        var agencyAdmin = await factory.SignedInClientAsync("mailt");
        await factory.SignedInClientAsync("binhhv"); // a login in gtvt

        var page = await otherLeader.GetAsync("/tttt/bao-cao");
        var html = await ReportPagesTests.Html(agencyAdmin, "/tttt/quan-tri/nhat-ky?hanhdong=login&tatca=true");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("<a href=\"/tttt/bao-cao\">Báo cáo thống kê</a>", html);
        Assert.DoesNotContain("Tất cả cơ quan, đơn vị", html); // only the system admin widens the log
        Assert.Contains("<td>mailt</td>", html);
        Assert.DoesNotContain("<td>binhhv</td>", html);
        Assert.DoesNotContain("<td>thupt</td>", html);
    }
}

public sealed class AuditLabelsTests
{
    [Fact]
    public void Every_audited_action_has_a_Vietnamese_name()
    {
        var actions = typeof(EdocMan.Search.Core.Audit.AuditActions).GetFields()
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.True(EdocMan.Search.Api.Web.AuditLabels.Actions.ContainsKey(a), $"no label for {a}"));
    }
}
