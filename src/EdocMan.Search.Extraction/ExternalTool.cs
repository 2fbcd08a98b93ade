using System.Diagnostics;

namespace EdocMan.Search.Extraction;

/// <summary>Runs a Debian command-line converter (pdftoppm, catdoc) with a time limit.</summary>
/// <remarks>
/// Implementation note: converters are separate processes on purpose: a converter crashing or looping on
/// a hostile file cannot take the worker down, and the limit is enforced by killing the process tree.
/// Standard output and error are read concurrently so a chatty tool cannot block on a full pipe.
/// </remarks>
internal static class ExternalTool
{
    /// <summary>The outcome of a run.</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Errors);

    /// <exception cref="TimeoutException">The tool ran longer than <paramref name="timeout"/>; it was killed.</exception>
    /// <exception cref="FileNotFoundException">The tool is not installed.</exception>
    public static async Task<Result> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new FileNotFoundException($"{tool} could not be started.", tool);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new FileNotFoundException($"{tool} is not installed.", tool, ex);
        }
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                await copy.ConfigureAwait(false);
                return new Result(process.ExitCode, output.ToArray(), await errors.ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException($"{tool} ran longer than {timeout.TotalSeconds:0} s and was stopped.");
            }
        }
    }
}
