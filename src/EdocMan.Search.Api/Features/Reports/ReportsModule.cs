using Carter;
using EdocMan.Search.Api.Auth;

namespace EdocMan.Search.Api.Features.Reports;

/// <summary>Usage reports (seed regulation, Art. 9.5): per agency and province-wide, as JSON, PDF and CSV.</summary>
public sealed class ReportsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var agency = app.MapAgencyGroup("/reports").WithTags("Báo cáo thống kê");
        agency.MapGet("/usage", GetUsageReport.JsonAsync)
            .WithName("GetUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng của đơn vị theo tháng, quý, năm, so với kỳ trước.");
        agency.MapGet("/usage.pdf", GetUsageReport.PdfAsync)
            .WithName("PrintUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng của đơn vị: bản in PDF có chỗ ký.");
        agency.MapGet("/usage.csv", GetUsageReport.CsvAsync)
            .WithName("ExportUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng của đơn vị: tệp CSV (UTF-8, dấu chấm phẩy) mở bằng Excel.");

        var province = app.MapGroup("/api/reports").WithTags("Báo cáo thống kê").RequireAuthorization();
        province.MapGet("/usage", GetProvinceUsageReport.JsonAsync)
            .WithName("GetProvinceUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng toàn tỉnh: mỗi cơ quan, đơn vị một dòng và tổng cộng.");
        province.MapGet("/usage.pdf", GetProvinceUsageReport.PdfAsync)
            .WithName("PrintProvinceUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng toàn tỉnh: bản in PDF.");
        province.MapGet("/usage.csv", GetProvinceUsageReport.CsvAsync)
            .WithName("ExportProvinceUsageReport")
            .WithSummary("Báo cáo tình hình sử dụng toàn tỉnh: tệp CSV.");
    }
}
