using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Data;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>The application on a <see cref="MovableClock"/>, with helpers to read its database.</summary>
public sealed class ReportsApiFactory : ClockedApiFactory<MovableClock>
{
    /// <summary>Runs <paramref name="work"/> on the application's own database.</summary>
    public async Task<T> WithDbAsync<T>(Func<EdocManDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<EdocManDbContext>());
    }

    public Task<int> AccountIdAsync(string username) =>
        WithDbAsync(db => db.Accounts.Where(a => a.Username == username).Select(a => a.Id).SingleAsync());

    public Task<int> AgencyIdAsync(string code) =>
        WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());
}

internal static class ReportsTestClient
{
    public static RegisterRequest Request(Guid id, string type, string summary) =>
        new(id, true, type, summary, null, null, null, null, null, null, null, null, null, null, null, null);

    public static RegisterRequest Incoming(Guid id, string numberSymbol) =>
        Request(id, "CV", "Văn bản đến để thống kê") with { NumberSymbol = numberSymbol, Issuer = "UBND tỉnh Sơn La" };

    public static async Task<RegisteredResponse> RegisterAsync(this HttpClient client, string agency, string kind, RegisterRequest request)
    {
        var response = await client.PostAsJsonAsync($"/{agency}/api/registers/{kind}/entries", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegisteredResponse>())!;
    }

    public static Task<Guid> UploadTextAsync(this HttpClient client, string agency, string text) =>
        client.UploadIndexedAsync(agency, Encoding.UTF8.GetBytes(text + " " + Guid.NewGuid().ToString("N")), "van-ban.txt");

    /// <summary>A "scan": text rendered with a real font, rasterised at 300 dpi; its text can only come from OCR.</summary>
    public static Task<Guid> UploadScanAsync(this HttpClient client, string agency, string text) =>
        client.UploadIndexedAsync(agency,
            PdfRasterizer.FirstPage(PdfFactory.FromText(text), PdfRasterizer.Format.Png, 300, (250, 170, 2150, 400)), "van-ban-quet.png");

    private static async Task<Guid> UploadIndexedAsync(this HttpClient client, string agency, byte[] bytes, string fileName)
    {
        var upload = await client.UploadAsync(agency, bytes, fileName);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString(), TimeSpan.FromSeconds(120));
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }
}
