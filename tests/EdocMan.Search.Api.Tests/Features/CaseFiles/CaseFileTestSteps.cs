using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Api.Tests.Features.Documents;

namespace EdocMan.Search.Api.Tests.Features.CaseFiles;

/// <summary>The steps the case-file tests share: uploads, plans and files through the real API.</summary>
internal static class CaseFileTestSteps
{
    /// <summary>Uploads a text document and waits until it is searchable.</summary>
    public static async Task<Guid> UploadAsync(
        HttpClient client, string agency, string text, string register = "noibo", string? number = null,
        DateOnly? date = null, string? issuer = null, string? title = null)
    {
        var fields = new Dictionary<string, string> { ["register"] = register };
        if (number is not null)
        {
            fields["number"] = number;
        }
        if (date is { } d)
        {
            fields["documentDate"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (issuer is not null)
        {
            fields["issuer"] = issuer;
        }
        if (title is not null)
        {
            fields["title"] = title;
        }
        var upload = await client.UploadAsync(agency, Encoding.UTF8.GetBytes($"{text}\nMã {Guid.NewGuid():N}"), "van-ban.txt", fields);
        Assert.True(upload.StatusCode == HttpStatusCode.Accepted, await upload.Content.ReadAsStringAsync());
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }

    public static async Task<CaseFileDetailResponse> OpenAdHocAsync(HttpClient client, string agency, string title, string retention = "10 năm", string? headingCode = null)
    {
        var response = await client.PostAsJsonAsync($"/{agency}/api/case-files", new OpenCaseFileRequest(null, title, retention, headingCode, null, null, null));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!;
    }

    public static async Task<CaseFileDetailResponse> AddAsync(HttpClient client, string agency, int fileId, Guid documentId)
    {
        var response = await client.PostAsJsonAsync($"/{agency}/api/case-files/{fileId}/documents", new AddCaseFileDocumentRequest(documentId, null));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!;
    }

    public static async Task<CaseFileListResponse> ListAsync(HttpClient client, string agency, string query)
    {
        var response = await client.GetAsync($"/{agency}/api/case-files?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseFileListResponse>())!;
    }

    public static async Task<FilePlanItemResponse> AddLineAsync(
        HttpClient client, string agency, int year, string heading, string? headingCode, string title, string retention, string? responsible = null)
    {
        var response = await client.PostAsJsonAsync($"/{agency}/api/file-plans/{year}/items",
            new FilePlanItemRequest(heading, headingCode, title, retention, responsible, null));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FilePlanItemResponse>())!;
    }

    public static Task<ProblemBody> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail) =>
        UploadErrorsTests.AssertProblemAsync(response, status, detail);
}
