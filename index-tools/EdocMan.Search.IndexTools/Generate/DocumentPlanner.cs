using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>
/// Draws document metadata: agency, register, type, number, issuer, date across ten years and
/// recipients. Each ordinal has its own seeded <see cref="Random"/>, so the same seed always yields
/// the same documents, and a resumed run replays the earlier plans (cheap, no text) to continue the
/// number series exactly where they were.
/// </summary>
/// <remarks>Not thread-safe: it owns the number series.</remarks>
internal sealed class DocumentPlanner(IReadOnlyList<Agency> agencies, IReadOnlyList<DocumentTypeInfo> types, int seed, int firstYear)
{
    // Outside bodies that send incoming mail: name and the symbol that ends their numbers.
    private static readonly (string Name, string Symbol)[] OutsideIssuers =
    [
        ("UBND tỉnh Sơn La", "UBND"), ("Bộ Nội vụ", "BNV"), ("Bộ Tài chính", "BTC"), ("Sở Tài chính", "STC"),
        ("Sở Nội vụ", "SNV"), ("Sở Kế hoạch và Đầu tư", "SKHĐT"), ("Sở Tài nguyên và Môi trường", "STNMT"),
        ("Công an tỉnh Sơn La", "CAT"), ("Bảo hiểm xã hội tỉnh", "BHXH"), ("Kho bạc Nhà nước Sơn La", "KBNN"),
    ];

    // Drafting units in công văn numbers ({n}/{ISSUER}-{UNIT}).
    private static readonly string[] Units = ["VP", "TH", "KT", "VX", "NC", "TCCB", "QLGT", "KHTC"];

    private readonly Dictionary<(int Agency, RegisterKind Register, string Type, int Year), int> _series = [];
    private readonly DocumentTypeInfo[] _weightedTypes = Weighted(types);

    /// <summary>How many years the dates span, ending with <c>firstYear + Years - 1</c>.</summary>
    public const int Years = 10;

    /// <summary>The seeded random source of one ordinal's metadata (<paramref name="stream"/> 0) or text (1).</summary>
    public static Random RandomFor(int seed, int ordinal, int stream) =>
        new(unchecked((seed * 1_000_003) ^ (ordinal * 31) ^ (stream * 0x5bd1e995)));

    /// <summary>The plan of <paramref name="ordinal"/>; call in increasing ordinal order from 0.</summary>
    public DocumentPlan Next(int ordinal)
    {
        var random = RandomFor(seed, ordinal, 0);
        var idBytes = new byte[16];
        random.NextBytes(idBytes);
        var agency = agencies[random.Next(agencies.Count)];
        var roll = random.NextDouble();
        var register = roll < 0.45 ? RegisterKind.Outgoing : roll < 0.85 ? RegisterKind.Incoming : RegisterKind.Internal;
        var type = _weightedTypes[random.Next(_weightedTypes.Length)];
        var year = firstYear + random.Next(Years);
        var date = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var legal = register == RegisterKind.Outgoing && type.Code is "QĐ" or "NQ" && random.NextDouble() < 0.2;
        var unit = Units[random.Next(Units.Length)];
        string issuer, symbol;
        int number;
        if (register == RegisterKind.Incoming)
        {
            // The sender's own number: not a series of this agency.
            var outside = OutsideIssuers[random.Next(OutsideIssuers.Length)];
            (issuer, symbol, number) = (outside.Name, outside.Symbol, 1 + random.Next(2500));
        }
        else
        {
            var key = (agency.Id, register, type.Code, year);
            number = _series[key] = _series.GetValueOrDefault(key) + 1;
            (issuer, symbol) = (agency.Name, agency.Symbol ?? agency.Code.ToUpperInvariant());
        }
        var recipients = new List<Agency>();
        if (register == RegisterKind.Outgoing && agencies.Count > 1 && random.NextDouble() < 0.3)
        {
            var others = agencies.Where(a => a.Id != agency.Id).ToList();
            recipients.Add(others[random.Next(others.Count)]);
        }
        var formatted = DocumentNumberFormatter.Format(number, type.Abbreviation, symbol, unit, year, legal);
        return new DocumentPlan(ordinal, new Guid(idBytes), agency, register, type, formatted, issuer, date, legal, recipients);
    }

    // Công văn dominates real registers; decisions, reports, notices and plans follow; the rest are rare.
    private static DocumentTypeInfo[] Weighted(IReadOnlyList<DocumentTypeInfo> types)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [DocumentTypeCatalog.OfficialLetter] = 30, ["QĐ"] = 14, ["TB"] = 7, ["BC"] = 7, ["KH"] = 6, ["TTr"] = 5, ["GM"] = 5,
        };
        return types.SelectMany(t => Enumerable.Repeat(t, weights.GetValueOrDefault(t.Code, 1))).ToArray();
    }
}
