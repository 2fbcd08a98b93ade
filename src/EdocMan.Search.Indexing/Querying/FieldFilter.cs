namespace EdocMan.Search.Indexing.Querying;

/// <summary>The metadata a user can filter on by typing <c>name:value</c>.</summary>
internal enum FilterField
{
    /// <summary><c>loai:</c> document type ("QĐ", "CV").</summary>
    DocumentType,

    /// <summary><c>coquan:</c> the agency whose register holds the document (agency code).</summary>
    Agency,

    /// <summary><c>coquanbanhanh:</c> the issuing body.</summary>
    Issuer,

    /// <summary><c>so:</c> the document's own number.</summary>
    Number,

    /// <summary><c>nguoiky:</c> the signer.</summary>
    Signer,

    /// <summary><c>nam:</c> the year of the document date.</summary>
    Year,

    /// <summary><c>ngay:</c> a document date or range <c>from..to</c> (either end may be left out).</summary>
    Date,
}

/// <summary>One <c>name:value</c> filter; <paramref name="Excluded"/> for <c>-name:value</c>.</summary>
internal sealed record FieldFilter(FilterField Field, string Value, bool Excluded = false)
{
    /// <summary>Filter names as typed, without diacritics (so "loại:" and "loai:" are the same).</summary>
    public static readonly IReadOnlyDictionary<string, FilterField> Names = new Dictionary<string, FilterField>(StringComparer.Ordinal)
    {
        ["loai"] = FilterField.DocumentType,
        ["coquan"] = FilterField.Agency,
        ["coquanbanhanh"] = FilterField.Issuer,
        ["noibanhanh"] = FilterField.Issuer,
        ["so"] = FilterField.Number,
        ["sokyhieu"] = FilterField.Number,
        ["nguoiky"] = FilterField.Signer,
        ["nam"] = FilterField.Year,
        ["ngay"] = FilterField.Date,
    };
}
