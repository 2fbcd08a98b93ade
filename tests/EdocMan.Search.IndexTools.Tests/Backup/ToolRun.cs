using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Data;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Backup;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Generate;
using EdocMan.Search.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Tests.Backup;

/// <summary>Runs the tool's commands as the program does, each over its own data folder and service provider.</summary>
internal static class ToolRun
{
    public static ServiceProvider Services(string dataFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataFolder })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System);
        services.AddEdocManOptions().AddData().AddIndexing();
        return services.BuildServiceProvider();
    }

    public static async Task GenerateAsync(ServiceProvider services, int documents, int seed = 7)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var options = new GenerateOptions(documents, [], Samples.Directory, Seed: seed, BatchSize: 20);
        await GenerateCommand.GenerateAsync(services, options, TextWriter.Null, CancellationToken.None);
    }

    public static async Task<(int Exit, string Output, string Errors)> BackupAsync(string dataFolder, params string[] args)
    {
        await using var services = Services(dataFolder);
        return await CaptureAsync((o, e) => BackupCommand.RunAsync(services, ["backup", .. args], o, e));
    }

    public static async Task<(int Exit, string Output, string Errors)> RestoreAsync(string dataFolder, params string[] args)
    {
        await using var services = Services(dataFolder);
        return await CaptureAsync((o, e) => RestoreCommand.RunAsync(services, ["restore", .. args], o, e));
    }

    public static async Task<(int Exit, string Output)> VerifyAsync(string dataFolder)
    {
        await using var services = Services(dataFolder);
        var (exit, output, _) = await CaptureAsync((o, _) => VerifyCommand.RunAsync(services, o));
        return (exit, output);
    }

    private static async Task<(int, string, string)> CaptureAsync(Func<TextWriter, TextWriter, Task<int>> run)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await run(output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
