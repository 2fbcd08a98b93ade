using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Registers;

namespace EdocMan.Search.Api.Tests.Features.Registers;

public sealed class ProposeRegistrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_form_is_prefilled_from_the_heading_but_never_confirmed()
    {
        var clerk = await factory.SignedInClientAsync("soncv");
        var text = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 31/2014/QĐ-UBND\nSơn La, ngày 13 tháng 11 năm 2014\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý";
        var upload = await clerk.UploadAsync("tpsonla", Encoding.UTF8.GetBytes(text), "qd31.txt");
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());

        var form = await clerk.GetFromJsonAsync<RegisterRequest>($"/tpsonla/api/registers/den/proposal/{document.Id}");

        Assert.Equal(("31/2014/QĐ-UBND", new DateOnly(2014, 11, 13), "QĐ"), (form!.NumberSymbol, form.DocumentDate, form.DocumentType));
        Assert.False(form.ConfirmNotExcluded);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_register_permission_and_administration_endpoints()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/{agency}/api/registers/{kind}/entries", "/{agency}/api/registers/{kind}/days/{date}/pdf",
                     "/{agency}/api/documents/{id}/access", "/api/admin/accounts", "/api/admin/audit", "/api/document-types", "/api/auth/tokens" })
        {
            Assert.Contains(path, json);
        }
    }
}
