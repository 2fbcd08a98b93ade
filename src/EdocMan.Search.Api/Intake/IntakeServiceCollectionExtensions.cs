using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Api.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EdocMan.Search.Api.Intake;

/// <summary>Registration of the accept path, shared by the server and the <c>edocman-index import</c> tool.</summary>
internal static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="DocumentIntake"/> and <see cref="FileIntake"/> with what they need besides the database, the
    /// store and the extractor registry (AddData, AddExtraction).
    /// </summary>
    public static IServiceCollection AddFileIntake(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IngestionSignal>();
        services.TryAddScoped<DocumentIntake>();
        services.TryAddScoped<FileIntake>();
        return services;
    }
}
