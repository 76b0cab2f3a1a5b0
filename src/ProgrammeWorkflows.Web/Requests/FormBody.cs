using ProgrammeWorkflows.Web.Errors;

namespace ProgrammeWorkflows.Web.Requests;

/// <summary>
/// Reads a posted form, or says why it could not: a body over a limit is 413, a body cut off or malformed is 400.
/// The one way the reply form and the Presidency page read what a browser posts.
/// </summary>
public static class FormBody
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return (await request.ReadFormAsync(request.HttpContext.RequestAborted), null);
        }
        catch (InvalidDataException e)
        {
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "The form is too large", e.Message));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Unreadable(e.StatusCode, e.Message));
        }
        catch (IOException e)
        {
            return (null, Unreadable(StatusCodes.Status400BadRequest, e.Message));
        }
    }

    private static ProblemHttpResult Unreadable(int status, string detail) => Problems.Of(status, "The form could not be read", detail);
}
