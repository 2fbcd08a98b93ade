using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Registers;

/// <summary>
/// A closed day of a register (khóa sổ, đóng sổ): printed, signed for, and from then on immutable.
/// A later correction of one of its lines is a <see cref="RegisterAnnotation"/>, never an edit.
/// </summary>
public sealed class RegisterDay
{
    public int AgencyId { get; set; }

    public RegisterKind Kind { get; set; }

    public DateOnly Day { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public int? ClosedBy { get; set; }
}

/// <summary>A dated correction of a line of a closed register day.</summary>
public sealed class RegisterAnnotation
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public DateTimeOffset At { get; set; }

    public int? By { get; set; }

    public required string Text { get; set; }
}
