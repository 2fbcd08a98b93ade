using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// The real server as <c>scripts/run.sh</c> starts it (<c>dotnet EdocMan.Search.Api.dll</c>), in its own
/// process, on its own data folder and port, so it can be killed with SIGKILL like a crashed machine.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process)
    {
        _process = process;
        Id = process.Id;
    }

    public int Id { get; }

    /// <summary>What the server wrote to its console, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The server build of the same configuration as this test assembly, beside the solution.</summary>
    public static string ServerDll()
    {
        // …/tests/EdocMan.Search.Api.Tests/bin/{Configuration}/{tfm}/
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        var root = tfm;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "EdocMan.Search.sln")))
        {
            root = root.Parent;
        }
        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("EdocMan.Search.sln not found above the tests."),
            "src", "EdocMan.Search.Api", "bin", configuration, tfm.Name, "EdocMan.Search.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first.", dll);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static ServerProcess Start(string dataFolder, int port, IReadOnlyDictionary<string, string> settings)
    {
        var dll = ServerDll();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--contentRoot", Path.GetDirectoryName(dll)! },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataDirectory"] = dataFolder;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until <c>/health</c> answers (any status: the OCR check may be degraded on a CI box).</summary>
    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await client.GetAsync("/health");
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM: the host stops gracefully (the index commits and closes).</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
