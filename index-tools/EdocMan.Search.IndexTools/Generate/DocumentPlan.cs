using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Registers;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>The metadata of one synthetic document, drawn before its text.</summary>
internal sealed record DocumentPlan(
    int Ordinal,
    Guid Id,
    Agency Agency,
    RegisterKind Register,
    DocumentTypeInfo Type,
    string Number,
    string Issuer,
    DateOnly Date,
    bool LegalNormative,
    IReadOnlyList<Agency> Recipients);
