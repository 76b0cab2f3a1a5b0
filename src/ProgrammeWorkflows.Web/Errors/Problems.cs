
namespace ProgrammeWorkflows.Web.Errors;

/// <summary>
/// The problem details every handler answers with when it refuses: one typed result, <see cref="ProblemHttpResult"/>,
/// for a 400 naming each field (its body carries <c>errors</c>) as for a 404, 409 or 415.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Invalid(string title, IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = title });

    public static ProblemHttpResult Invalid(string title, string field, string problem) =>
        Invalid(title, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [problem] });

    public static ProblemHttpResult Of(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult NotFound(string title, string detail) => Of(StatusCodes.Status404NotFound, title, detail);

    public static ProblemHttpResult Conflict(string title, string detail) => Of(StatusCodes.Status409Conflict, title, detail);

    public static ProblemHttpResult Unsupported(string title, string? detail = null) => Of(StatusCodes.Status415UnsupportedMediaType, title, detail);
}
