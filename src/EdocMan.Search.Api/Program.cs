using EdocMan.Search.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddEdocManSearch();

var app = builder.Build();

app.UseEdocManSearch();
app.MapEdocManSearch();

await app.InitializeEdocManSearchAsync();
await app.RunAsync();

/// <summary>Entry point; public so that the test host can start it.</summary>
public partial class Program;
