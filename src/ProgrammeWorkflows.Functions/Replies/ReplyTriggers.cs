using ProgrammeWorkflows.Web.Replies;

namespace ProgrammeWorkflows.Functions.Replies;

/// <summary>The delegate's reply link as anonymous HTTP triggers (the link is the credential), handing over to <see cref="ReplyEndpoints"/>.</summary>
public sealed class ReplyTriggers
{
    [Function("ReplyForm")]
    public static Task<IResult> ShowAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReplyEndpoints.Route)] HttpRequest request, string token) =>
        ReplyEndpoints.ShowAsync(token, request.HttpContext);

    [Function("ReplySubmit")]
    public static Task<IResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReplyEndpoints.Route)] HttpRequest request, string token, [DurableClient] DurableTaskClient client) =>
        ReplyEndpoints.SubmitAsync(token, request, client);
}
