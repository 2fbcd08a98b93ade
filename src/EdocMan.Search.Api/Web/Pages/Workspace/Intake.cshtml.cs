namespace EdocMan.Search.Api.Web.Pages.Workspace;

/// <summary>The intake page; the upload itself goes to <c>POST /{agency}/api/documents</c> from the page's script.</summary>
public sealed class IntakeModel : AgencyPageModel
{
    public void OnGet()
    {
    }
}
