using EdocMan.Search.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>
/// The real server (the Api's own wiring, Razor pages included) started in this process on a data folder,
/// Kestrel on 127.0.0.1 and a free port: what bench-search, bench-pages and load-test measure.
/// </summary>
internal static class LoopbackServer
{
    /// <summary>Starts the server; <paramref name="settings"/> adds configuration (demo data, samples).</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(
        string dataFolder, IReadOnlyDictionary<string, string?> settings, LogLevel logLevel = LogLevel.Warning)
    {
        // The pages are compiled into the Api assembly: name it the application so Razor finds them.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(Extensions).Assembly.GetName().Name });
        builder.Configuration["Storage:DataDirectory"] = dataFolder;
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.Logging.SetMinimumLevel(logLevel);
        builder.AddEdocManSearch();
        var app = builder.Build();
        app.UseEdocManSearch();
        app.MapEdocManSearch();
        await app.InitializeEdocManSearchAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }
}
