using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EdocMan.Search.Indexing;

/// <summary>
/// Field names of the Lucene index and the version of the schema they form.
/// </summary>
/// <remarks>
/// Bump <see cref="SchemaVersion"/> whenever a field, an analyzer or a stored format changes: the
/// version is written into the commit user data, so <see cref="NeedsRebuild"/> can tell that the
/// documents on disk were analysed differently and must be re-indexed. <c>LuceneSearchIndex</c>
/// recreates such an index empty when it opens it.
/// </remarks>
public static class IndexSchema
{
    /// <summary>The version of the fields and analysis chains defined here.</summary>
    public const int SchemaVersion = 3;

    /// <summary>Commit user-data key holding the schema version the index was written with.</summary>
    public const string SchemaVersionKey = "edocman.schema";

    /// <summary>Document id (<c>Guid</c>, format "N"); indexed untokenised and stored; the update key.</summary>
    public const string Id = "id";

    /// <summary>Agency code, lower-cased, indexed untokenised for the permission filter.</summary>
    public const string Agency = "agency";

    /// <summary>
    /// Access tokens (<c>EdocMan.Search.Core.Permissions.AccessTokens</c>), one untokenised value each,
    /// not stored: the permission filter of every search.
    /// </summary>
    public const string Access = "access";

    /// <summary>Agency code as given, stored only.</summary>
    public const string AgencyCode = "agency_code";

    /// <summary>Register (<c>RegisterKind</c> as int), stored only.</summary>
    public const string Register = "register";

    /// <summary>Title (trích yếu), stored only; its words are indexed in the text fields.</summary>
    public const string Title = "title";

    /// <summary>Title words folded, indexed only, so a title match ranks higher than a body match.</summary>
    public const string TitleFold = "title_fold";

    /// <summary>Document number (số, ký hiệu) as given, stored only; searchable through <see cref="DocNo"/>.</summary>
    public const string Number = "number";

    /// <summary>Document type code, stored only.</summary>
    public const string DocumentType = "doc_type";

    /// <summary>Document date as <c>yyyy-MM-dd</c>, stored only.</summary>
    public const string DocumentDate = "doc_date";

    /// <summary>Original file name, stored only.</summary>
    public const string FileName = "file_name";

    /// <summary>Page numbers, stored, one value per page in the same order as <see cref="PageText"/>.</summary>
    public const string PageNumber = "page_no";

    /// <summary>Page texts, stored only, one value per page; the highlighter reads them.</summary>
    public const string PageText = "page_text";

    /// <summary>Exact syllables: lower-cased, tone placement canonicalised.</summary>
    public const string Text = "text";

    /// <summary>Diacritic-free syllables (ASCII folding, đ→d).</summary>
    public const string TextFold = "text_fold";

    /// <summary>Diacritic-free syllable bigrams; approximates Vietnamese word segmentation.</summary>
    public const string TextFold2 = "text_fold2";

    /// <summary>Document numbers (metadata and found in the body), keyword-analysed with their parts.</summary>
    public const string DocNo = "docno";

    /// <summary>Document date as <c>yyyyMMdd</c> (long), indexed for ranges (<c>ngay:</c>, <c>nam:</c>, from/to).</summary>
    public const string DocumentDateNumber = "doc_date_n";

    /// <summary>Document date as <c>yyyyMMdd</c> in numeric doc values, for sorting by date.</summary>
    public const string DocumentDateSort = "doc_date_dv";

    /// <summary>Document type folded (lower case, no diacritics, đ→d), untokenised, for <c>loai:</c>.</summary>
    public const string DocumentTypeKey = "doc_type_k";

    /// <summary>The document's own number in canonical form (<c>31/2014/qd-ubnd</c>), untokenised, for <c>so:</c>.</summary>
    public const string NumberKey = "number_k";

    /// <summary>Issuing body (cơ quan ban hành), folded syllables, for <c>coquanbanhanh:</c>.</summary>
    public const string IssuerFold = "issuer_fold";

    /// <summary>Signer (người ký), folded syllables, for <c>nguoiky:</c>.</summary>
    public const string SignerFold = "signer_fold";

    /// <summary>Sorted doc values for the facets: agency code, register, type, year and signer as shown.</summary>
    public const string FacetAgency = "f_agency";

    /// <inheritdoc cref="FacetAgency"/>
    public const string FacetRegister = "f_register";

    /// <inheritdoc cref="FacetAgency"/>
    public const string FacetType = "f_type";

    /// <inheritdoc cref="FacetAgency"/>
    public const string FacetYear = "f_year";

    /// <inheritdoc cref="FacetAgency"/>
    public const string FacetSigner = "f_signer";

    /// <summary>Reads the schema version from the latest commit, or <c>null</c> for a missing or unversioned index.</summary>
    public static int? ReadSchemaVersion(LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }
        var infos = new SegmentInfos();
        infos.Read(directory);
        return ParseVersion(infos.UserData);
    }

    /// <summary>
    /// Whether the index in <paramref name="directory"/> exists and was written with another schema
    /// (or none), so its documents must be re-indexed. A missing index needs no rebuild: it is created.
    /// </summary>
    public static bool NeedsRebuild(LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return DirectoryReader.IndexExists(directory) && ReadSchemaVersion(directory) != SchemaVersion;
    }

    internal static int? ParseVersion(IDictionary<string, string>? userData) =>
        userData is not null
        && userData.TryGetValue(SchemaVersionKey, out var raw)
        && int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : null;

    internal static Dictionary<string, string> CommitData(int version) =>
        new() { [SchemaVersionKey] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
