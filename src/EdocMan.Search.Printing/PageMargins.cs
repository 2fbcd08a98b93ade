namespace EdocMan.Search.Printing;

/// <summary>Page margins in millimetres.</summary>
/// <param name="Top">Top margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Bottom">Bottom margin.</param>
/// <param name="Left">Left margin; wider for binding.</param>
public sealed record PageMargins(double Top, double Right, double Bottom, double Left)
{
    /// <summary>Margins of Nghị định 30/2020/NĐ-CP: 20 mm top and bottom, 30 mm left, 15 mm right.</summary>
    public static PageMargins Standard { get; } = new(20, 15, 20, 30);
}
