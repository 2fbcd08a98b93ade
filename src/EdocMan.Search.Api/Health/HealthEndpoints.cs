using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EdocMan.Search.Api.Health;

/// <summary><c>/health</c>: the database, the search index and the OCR library, each with its own status.</summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddEdocManHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<IndexHealthCheck>("index")
            .AddCheck<OcrHealthCheck>("ocr");
        return services;
    }

    public static IEndpointConventionBuilder MapEdocManHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}

internal sealed class DatabaseHealthCheck(EdocManDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var documents = await db.Documents.CountAsync(ct);
            return HealthCheckResult.Healthy("SQLite",
                new Dictionary<string, object> { ["documents"] = documents });
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", ex);
        }
    }
}

internal sealed class IndexHealthCheck(ISearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var stats = index.GetStats();
            return Task.FromResult(HealthCheckResult.Healthy("Lucene.Net", new Dictionary<string, object>
            {
                ["documents"] = stats.DocumentCount,
                ["schemaVersion"] = stats.SchemaVersion,
                ["segments"] = stats.Segments,
                ["deletedEntries"] = stats.DeletedEntries,
                ["location"] = stats.Location,
            }));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Không mở được chỉ mục tìm kiếm.", ex));
        }
    }
}
