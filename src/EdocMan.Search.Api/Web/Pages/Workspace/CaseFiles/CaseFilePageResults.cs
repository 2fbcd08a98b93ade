using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Web.Pages.Workspace.CaseFiles;

/// <summary>Reads what an API handler answered, for the pages that call the handlers directly.</summary>
internal static class CaseFilePageResults
{
    /// <summary>The value of a 200 or 201 answer, or null.</summary>
    public static T? Value<T>(IResult result) where T : class => result switch
    {
        Ok<T> ok => ok.Value,
        Created<T> created => created.Value,
        _ => null,
    };

    /// <summary>The Vietnamese detail of a refusal, or null when the handler succeeded.</summary>
    public static string? Problem(IResult result) => (result as ProblemHttpResult)?.ProblemDetails.Detail;
}
