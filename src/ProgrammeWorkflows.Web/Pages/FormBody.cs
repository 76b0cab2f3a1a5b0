using Microsoft.AspNetCore.Http;

namespace ProgrammeWorkflows.Web.Pages;

/// <summary>
/// Reads a posted form, or says why it could not: a body over a limit is 413, a body cut off or malformed is 400.
/// The one way the reply form and the Presidency page read what a browser posts.
/// </summary>
public static class FormBody
{
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return (await request.ReadFormAsync(request.HttpContext.RequestAborted), null);
        }
        catch (InvalidDataException e)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The form is too large", detail: e.Message));
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

    private static IResult Unreadable(int status, string detail) =>
        Results.Problem(statusCode: status, title: "The form could not be read", detail: detail);
}
