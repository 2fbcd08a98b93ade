using System.Globalization;
using System.Text;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>One synthetic document: its row, page texts, grants, original bytes and access tokens.</summary>
internal sealed record GeneratedDocument(
    Document Document, IReadOnlyList<DocumentPage> Pages, IReadOnlyList<DocumentGrant> Grants,
    string AgencyCode, IReadOnlyCollection<string> AccessTokens, byte[] Original);

/// <summary>
/// Turns a <see cref="DocumentPlan"/> into a registered, Indexed document with the layout of a
/// Decree 30 document (heading, number, place and date, type, trích yếu, body, signature) and a body
/// of recombined real sentences.
/// </summary>
/// <remarks>Thread-safe: every document uses its own seeded random source.</remarks>
internal sealed class DocumentComposer(SentencePool pool, int seed)
{
    /// <summary>The file name prefix that marks generated documents; resuming counts them.</summary>
    public const string FileNamePrefix = "synthetic-";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Cầm", "Quàng", "Lường", "Đinh", "Hà"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thu", "Hồng", "Xuân"];
    private static readonly string[] GivenNames = ["Bình", "Thu", "Tuấn", "Chiến", "Anh", "Mai", "Thắng", "Lan", "Sơn", "Hoa", "Hạnh", "Long", "Huy", "Dũng", "Hương"];

    public GeneratedDocument Compose(DocumentPlan plan, DateTimeOffset now)
    {
        var random = DocumentPlanner.RandomFor(seed, plan.Ordinal, 1);
        var signer = $"{Pick(random, FamilyNames)} {Pick(random, MiddleNames)} {Pick(random, GivenNames)}";
        var subject = Clause(pool.Pick(random), random);
        var title = (plan.Type.Code == Core.Registers.DocumentTypeCatalog.OfficialLetter ? "V/v " : plan.Type.Name + " về việc ") + subject;
        var pageCount = 1 + random.Next(3);
        var pages = new List<DocumentPage>(pageCount);
        for (var number = 1; number <= pageCount; number++)
        {
            var text = new StringBuilder();
            if (number == 1)
            {
                text.Append(plan.Issuer.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))).Append('\n')
                    .Append("Số: ").Append(plan.Number).Append('\n')
                    .Append(CultureInfo.InvariantCulture, $"Sơn La, ngày {plan.Date.Day:00} tháng {plan.Date.Month:00} năm {plan.Date.Year}\n")
                    .Append(plan.Type.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))).Append('\n')
                    .Append(title).Append('\n');
            }
            for (var i = 6 + random.Next(15); i > 0; i--)
            {
                text.Append(pool.Pick(random)).Append(i % 4 == 0 ? '\n' : ' ');
            }
            if (number == pageCount)
            {
                text.Append("\nNơi nhận: như trên; lưu VT.\n").Append(signer);
            }
            pages.Add(new DocumentPage { DocumentId = plan.Id, Number = number, Text = text.ToString().Trim(), Source = TextSource.PlainText });
        }
        // The original is the plain text itself: a real file in the content-addressed store.
        var original = Encoding.UTF8.GetBytes(string.Join("\f", pages.Select(p => p.Text)));
        var published = AccessPolicy.PublishedByDefault(plan.Register, plan.Number, plan.Type.Code, plan.Issuer);
        var created = new DateTimeOffset(plan.Date.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60))), TimeSpan.FromHours(7));
        var document = new Document
        {
            Id = plan.Id,
            AgencyId = plan.Agency.Id,
            Register = plan.Register,
            Title = title.Length > 500 ? title[..500] : title,
            Number = plan.Number,
            DocumentType = plan.Type.Code,
            Issuer = plan.Issuer,
            Signer = signer,
            DocumentDate = plan.Date,
            FileName = FileNamePrefix + plan.Ordinal.ToString("D7", CultureInfo.InvariantCulture) + ".txt",
            ContentType = "text/plain",
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(original)),
            SizeBytes = original.Length,
            Status = DocumentStatus.Indexed,
            PageCount = pageCount,
            Published = published,
            CreatedAt = created,
            IndexedAt = now,
        };
        var grants = plan.Recipients
            .Select(a => new DocumentGrant { DocumentId = plan.Id, Kind = GrantKind.Recipient, AgencyId = a.Id, GrantedAt = created })
            .ToList();
        var facts = new DocumentAccessFacts(plan.Agency.Code, plan.Register, published, null,
            plan.Recipients.Select(a => a.Code).ToList(), [], [], []);
        return new GeneratedDocument(document, pages, grants, plan.Agency.Code, AccessPolicy.ForDocument(facts), original);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    // A trích yếu reads like the start of a sentence: its first 6 to 14 words, lower-cased first letter.
    private static string Clause(string sentence, Random random)
    {
        var words = sentence.TrimEnd('.', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var clause = string.Join(' ', words.Take(6 + random.Next(9)));
        return char.ToLower(clause[0], CultureInfo.InvariantCulture) + clause[1..];
    }
}
