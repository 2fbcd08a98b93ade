using EdocMan.Search.Core.Options;
using EdocMan.Search.Extraction.Ocr;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Health;

/// <summary>Whether libtesseract loads and the Vietnamese model is found; scanned arrivals depend on it.</summary>
internal sealed class OcrHealthCheck(OcrProbe probe, IOptions<OcrOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var health = probe.Check(options.Value);
        var data = new Dictionary<string, object>
        {
            ["libraryLoaded"] = health.LibraryLoaded,
            ["version"] = health.Version ?? string.Empty,
            ["tessdata"] = health.TessdataPath ?? string.Empty,
            ["ompThreadLimit"] = health.OpenMpThreadLimit ?? string.Empty,
        };
        return Task.FromResult(health.IsHealthy
            ? HealthCheckResult.Healthy($"libtesseract {health.Version}", data)
            : HealthCheckResult.Unhealthy(health.Problem, data: data));
    }
}
