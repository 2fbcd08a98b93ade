using EdocMan.Search.Api.Features.Agencies;

namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>The fields of the add and edit forms of <see cref="AgenciesModel"/>.</summary>
public sealed class AgencyForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Symbol { get; set; }

    public string? OrganisationCode { get; set; }

    public bool SeriesPerType { get; set; }

    public AgencyRequest ToRequest(string? code) => new(Name, Symbol, OrganisationCode, code, SeriesPerType);
}
