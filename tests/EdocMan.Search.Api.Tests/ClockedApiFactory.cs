using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EdocMan.Search.Api.Tests;

/// <summary>
/// A clock that runs at the real pace but can be moved to any moment, so a test can register a document at
/// 23:30 on 31 December in Sơn La through the real API while extraction, logins and timers run normally.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>From now on, the time is <paramref name="now"/> and runs on from there.</summary>
    public void MoveTo(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);

    public void BackToRealTime() => Interlocked.Exchange(ref _offsetTicks, 0);
}

/// <summary>The real application with <typeparamref name="TClock"/> in place of the system clock.</summary>
public class ClockedApiFactory<TClock> : ApiFactory where TClock : TimeProvider, new()
{
    public TClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>The real application on a <see cref="MovableClock"/>.</summary>
public sealed class ClockedApiFactory : ClockedApiFactory<MovableClock>;
