using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EdocMan.Search.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks, which SQLite can compare and sort.</summary>
internal sealed class DateTimeOffsetToTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
