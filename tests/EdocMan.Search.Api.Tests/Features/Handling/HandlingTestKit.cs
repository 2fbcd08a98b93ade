using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Handling;

/// <summary>Upload, register and assignment helpers for the handling tests.</summary>
internal static class HandlingTestKit
{
    /// <summary>9:00 in Vietnam on that day.</summary>
    public static DateTimeOffset VietnamMorning(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Uploads a text as an incoming document and registers it in the agency's incoming register.</summary>
    public static async Task<Guid> RegisterIncomingAsync(HttpClient clerk, string agency, string text, Urgency urgency = Urgency.Normal)
    {
        var upload = await clerk.UploadAsync(agency, Encoding.UTF8.GetBytes(text), "cong-van-den.txt");
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        var request = new RegisterRequest(document.Id, true, "CV", text.Length > 80 ? text[..80] : text, "125/UBND-VX", null,
            "UBND tỉnh Sơn La", null, null, null, null, null, null, urgency, null, null);
        var registered = await clerk.PostAsJsonAsync($"/{agency}/api/registers/den/entries", request);
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        return document.Id;
    }

    public static AssigneeRequest Lead(string? unit = null, string? user = null, DateOnly? deadline = null, string? instruction = null) =>
        new("Lead", unit, user, deadline, instruction);

    public static AssigneeRequest CoHandler(string? unit = null, string? user = null, DateOnly? deadline = null) =>
        new("CoHandler", unit, user, deadline, null);

    public static Task<HttpResponseMessage> AssignAsync(HttpClient client, string agency, Guid id, params AssigneeRequest[] assignees) =>
        client.PostAsJsonAsync($"/{agency}/api/handling/{id}/assignments", new AssignRequest(assignees));

    public static async Task<HandlingSlipResponse> OkSlipAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<HandlingSlipResponse>())!;
    }

    public static async Task<HandlingSlipResponse> SlipAsync(HttpClient client, string agency, Guid id) =>
        await OkSlipAsync(await client.GetAsync($"/{agency}/api/handling/{id}"));

    /// <summary>Whether the official finds the document by its marker and may open it by its id.</summary>
    public static async Task<(long Hits, HttpStatusCode Get)> SeesAsync(HttpClient client, string agency, Guid id, string marker)
    {
        var found = await client.GetFromJsonAsync<SearchResponse>($"/{agency}/api/search?q={marker}");
        var get = await client.GetAsync($"/{agency}/api/documents/{id}");
        return (found!.Total, get.StatusCode);
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        Assert.Contains(detailPart, problem.RootElement.GetProperty("detail").GetString());
    }

    public static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
