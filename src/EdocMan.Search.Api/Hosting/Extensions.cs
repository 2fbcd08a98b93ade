using System.Text.Encodings.Web;
using System.Text.Unicode;
using Carter;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.DemoData;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Features.Search.History;
using EdocMan.Search.Api.Health;
using EdocMan.Search.Api.Ingestion;
using EdocMan.Search.Api.Intake;
using EdocMan.Search.Api.Maintenance;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Data;
using EdocMan.Search.Extraction;
using EdocMan.Search.Indexing;
using EdocMan.Search.Printing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EdocMan.Search.Api.Hosting;

/// <summary>The whole application's wiring, one call per project, so Program.cs stays a table of contents.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddEdocManSearch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddEdocManOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddData().AddExtraction().AddIndexing().AddPrinting();
        services.AddIngestion();
        // Page images need the data layer's store as well as the converters, so they are wired here.
        services.TryAddSingleton<EdocMan.Search.Extraction.Pdf.PagePreviewRenderer>();
        services.TryAddSingleton<SearchHistoryRecorder>();
        services.AddHostedService<SearchHistoryWriter>();
        services.AddHostedService<IndexCompactionService>();

        var maxUpload = builder.Configuration.GetSection("Storage").Get<StorageOptions>()?.MaxUploadBytes
                        ?? new StorageOptions().MaxUploadBytes;
        // Room above the file limit for the multipart envelope and metadata fields, so the handler,
        // not Kestrel, is the one that explains an oversized file.
        var bodyLimit = maxUpload + (1 << 20);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = bodyLimit);
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = bodyLimit);

        services.AddCarter();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.FillInFrameworkProblem);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddRazorPages(o => o.RootDirectory = "/Web/Pages");
        services.AddEdocManAuthentication();
        services.AddEdocManHealthChecks();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static IServiceCollection AddEdocManOptions(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        services.AddOptions<OcrOptions>().BindConfiguration("Ocr");
        services.AddOptions<ExtractionOptions>().BindConfiguration("Extraction");
        services.AddOptions<IngestionOptions>().BindConfiguration("Ingestion");
        services.AddOptions<DemoDataOptions>().BindConfiguration("DemoData");
        services.AddOptions<IntakeOptions>().BindConfiguration("Intake");
        services.AddOptions<IndexMaintenanceOptions>().BindConfiguration("IndexMaintenance");
        return services;
    }

    private static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<IngestionSignal>();
        services.TryAddSingleton<IndexReconciler>();
        services.TryAddScoped<IngestionJobRunner>();
        services.TryAddScoped<DocumentIntake>();
        services.TryAddScoped<DemoDataSeeder>();
        services.AddHostedService<IngestionWorker>();
        services.AddFileIntake();
        services.AddHostedService<WatchedFolderService>();
        return services;
    }

    public static WebApplication UseEdocManSearch(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapEdocManSearch(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapEdocManHealth();
        app.MapCarter();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Creates or migrates the database, then seeds the demo data into an empty one.</summary>
    public static async Task InitializeEdocManSearchAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
    }
}
