using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EdocMan.Search.Data;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>How an incoming document arrived, as the clerk states it or as registration infers it.</summary>
public sealed class ArrivalChannelTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_clerk_states_the_arrival_as_a_word_the_proposal_suggests_it_and_a_wrong_word_is_400()
    {
        var clerk = await factory.SignedInClientAsync("thanglv");
        var typed = await clerk.UploadTextAsync("maison", "Công văn nhận bản giấy qua bưu điện, văn thư nhập lại.");
        var plain = await clerk.UploadTextAsync("maison", "Công văn nhận qua thư điện tử công vụ.");

        var proposal = await clerk.GetStringAsync($"/maison/api/registers/den/proposal/{plain}");
        var wrong = await clerk.PostAsync("/maison/api/registers/den/entries", Json(typed, "\"Fax\"", "11/UBND"));
        var paper = await clerk.PostAsync("/maison/api/registers/den/entries", Json(typed, "\"Paper\"", "11/UBND"));
        var electronic = await clerk.PostAsync("/maison/api/registers/den/entries", Json(plain, "null", "12/UBND"));

        Assert.Contains("\"arrival\":\"Electronic\"", proposal);
        // A body that does not bind is refused before the handler (its ProblemDetails has no Vietnamese detail yet).
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, paper.StatusCode);
        Assert.Equal(HttpStatusCode.Created, electronic.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        Assert.Equal(ArrivalChannel.Paper, await db.RegisterEntries.Where(e => e.DocumentId == typed).Select(e => e.Arrival).SingleAsync());
        Assert.Equal(ArrivalChannel.Electronic, await db.RegisterEntries.Where(e => e.DocumentId == plain).Select(e => e.Arrival).SingleAsync());

        var leader = await factory.SignedInClientAsync("lanqt");
        var report = await UsageReportTotalsTests.GetAsync(leader, "/maison/api/reports/usage");
        Assert.Equal((2, 1, 1), (report.Current.IncomingRegistered, report.Current.ElectronicArrivals, report.Current.PaperArrivals));
    }

    private static StringContent Json(Guid document, string arrival, string number) => new(
        $$"""{"documentId":"{{document}}","confirmNotExcluded":true,"documentType":"CV","summary":"Văn bản đến","numberSymbol":"{{number}}","issuer":"UBND tỉnh Sơn La","arrival":{{arrival}}}""",
        Encoding.UTF8, "application/json");
}
