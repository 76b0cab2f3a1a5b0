using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Workflows.Intake;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Replies;

/// <summary>
/// <c>GET /reply/{token}</c> shows a delegate the item, the party's earlier answers and the form;
/// <c>POST /reply/{token}</c> stores a new version first, then raises it to the item orchestration, then confirms and
/// queues a receipt. The link is the delegate's only credential, for its own (item, cycle, party) alone.
/// </summary>
public static class ReplyEndpoints
{
    public const string Route = "reply/{token}";

    /// <summary>Anonymous: the link is the credential.</summary>
    public static IEndpointRouteBuilder MapReplies(this IEndpointRouteBuilder app)
    {
        app.MapGet("/" + Route, (string token, HttpContext http) => ShowAsync(token, http));
        app.MapPost("/" + Route, (string token, HttpRequest request, [FromServices] DurableTaskClient client) => SubmitAsync(token, request, client))
            .WithMetadata(new RequestSizeLimitAttribute(ReplyForm.MaxRequestBytes));
        return app;
    }

    public static async Task<IResult> ShowAsync(string token, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        if (await services.GetRequiredService<TableLinkTokens>().ResolveAsync(token, http.RequestAborted) is not { } link)
            return UnknownLink(http.Request);
        var view = await ReplyView.LoadAsync(services, link.Scope, http.RequestAborted);
        return view is null
            ? UnknownLink(http.Request)
            : PageResult.Of<ReplyPage>($"Item {view.Item.Number}: your answer", ReplyPage.Parameters(view, confirmation: null));
    }

    public static async Task<IResult> SubmitAsync(string token, HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        var aborted = request.HttpContext.RequestAborted;
        if (await services.GetRequiredService<TableLinkTokens>().ResolveAsync(token, aborted) is not { } link
            || await ReplyView.LoadAsync(services, link.Scope, aborted) is not { } view)
            return UnknownLink(request);
        if (!request.HasFormContentType)
            return Problems.Unsupported("The answer must be a form", "Send multipart/form-data (or application/x-www-form-urlencoded without attachments).");
        if (request.ContentLength > ReplyForm.MaxRequestBytes)
            return TooLarge($"the request is {request.ContentLength} bytes; at most {ReplyForm.MaxRequestBytes} are accepted");
        var (form, unreadable) = await FormBody.ReadAsync(request);
        if (form is null)
            return unreadable!;

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!SubmissionStatusNames.TryParse(form["status"].ToString(), out var status))
            errors["status"] = [$"choose one of {string.Join(", ", SubmissionStatusNames.All)}"];
        var text = form["text"].ToString();
        if (form["text"].Count > 1)
            errors["text"] = ["send the text once"];
        else if (text.Length > Submission.MaxTextLength)
            errors["text"] = [$"{text.Length} characters; at most {Submission.MaxTextLength} are accepted"];
        if (form.Files.Count > ReplyForm.MaxAttachments)
            errors["attachments"] = [$"{form.Files.Count} files; at most {ReplyForm.MaxAttachments} are accepted"];
        if (errors.Count > 0)
            return Problems.Invalid("The answer is not complete", errors);
        foreach (var file in form.Files)
        {
            if (ReplyForm.Check(file) is { } problem)
                return Problems.Of(problem.Status, "An attachment is refused", problem.Message);
        }

        if (view.State.IsClosed)
            return Refuse(request, StatusCodes.Status409Conflict, "The item is closed", "Answers and amendments are no longer accepted for this item.");

        var attachments = new List<AttachmentRef>();
        var store = services.GetRequiredService<IAttachmentStore>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            var name = Path.GetFileName(file.FileName);
            attachments.Add(await store.SaveAsync(link.Scope, name, ReplyForm.ContentTypeOf(name), content, aborted));
        }

        var result = await services.GetRequiredService<SubmissionIntake>().SubmitAsync(client, link.Scope, status, text, attachments, linkEndsAt: link.EndsAt, cancellationToken: aborted);
        if (result.Refusal != IntakeRefusal.None)
            return Problems.Conflict("The item is not open", result.Refusal == IntakeRefusal.Closed ? "Answers and amendments are no longer accepted for this item." : "The item is not open for answers yet.");

        var answered = await ReplyView.LoadAsync(services, link.Scope, aborted);
        return PageResult.Of<ReplyPage>($"Item {link.Scope.Item}: answer received", ReplyPage.Parameters(answered!, result.Submission));
    }

    /// <summary>Malformed, unknown, expired and revoked links all get the same answer: no hint which.</summary>
    private static IResult UnknownLink(HttpRequest request) =>
        Refuse(request, StatusCodes.Status404NotFound, "This link is not valid", "The link is unknown, has expired or has been revoked. Use the link in the most recent mail about this item.");

    /// <summary>A refusal: a page for a person's browser (it asks for text/html), problem details for everything else; the same status and words.</summary>
    private static IResult Refuse(HttpRequest request, int status, string title, string detail) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
            ? PageResult.Of<Refusal>(
                title,
                new Dictionary<string, object?> { [nameof(Refusal.Title)] = title, [nameof(Refusal.Detail)] = detail },
                status)
            : Problems.Of(status, title, detail);

    private static ProblemHttpResult TooLarge(string detail) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "The answer is too large", detail);
}
