using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// <c>GET /presidency</c>: the escalation queue, oldest first, with counts per party and per item, and a form per
/// escalation to acknowledge, extend, waive or resolve it (<c>POST /presidency/escalations/{id}/{action}</c>). The forms
/// are authenticated by a cookie, so each carries an antiforgery token and a post from another site is refused (<see cref="PageForms"/>).
/// </summary>
public static class PresidencyPage
{
    public const string Route = "presidency";
    public const string DecideRoute = "presidency/escalations/{id}/{action}";

    public static async Task<IResult> ShowAsync(HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);

        var all = await http.RequestServices.GetRequiredService<IEscalationStore>().ListAsync(programmeId, http.RequestAborted);
        var queue = all.Where(e => !e.IsClosed).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var decided = all.Where(e => e.IsClosed).OrderByDescending(e => e.ResolvedAt).Take(50).ToList();
        var tokens = PageForms.IssueTokens(http);

        return PageResult.Of<PresidencyQueue>("Escalation queue", new Dictionary<string, object?>
        {
            [nameof(PresidencyQueue.Done)] = http.Request.Query["done"].ToString(),
            [nameof(PresidencyQueue.Queue)] = queue,
            [nameof(PresidencyQueue.Decided)] = decided,
            [nameof(PresidencyQueue.DecidedCount)] = all.Count - queue.Count,
            [nameof(PresidencyQueue.Tokens)] = tokens,
        });
    }

    public static async Task<IResult> DecideAsync(string id, string action, HttpRequest request, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PageForms.RefuseCrossSite(request) is { } crossSite)
            return crossSite;
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The decision must be a form");
        var (form, unreadable) = await FormBody.ReadAsync(request);
        if (form is null)
            return unreadable!;
        if (await PageForms.RefuseWithoutTokenAsync(request.HttpContext) is { } forged)
            return forged;
        var newDueDate = form["newDueDate"].ToString() is { Length: > 0 } date ? date : null;
        var (asked, refusal) = DecisionAsked.Read(action, form["reason"], newDueDate);
        if (asked is null)
            return refusal!;
        var taken = await EscalationEndpoints.TakeAsync(id, asked, request.HttpContext, request.HttpContext.RequestServices.GetRequiredService<Workflows.Intake.EscalationDecisions>(), client, programmeId);
        return taken.Result is Microsoft.AspNetCore.Http.HttpResults.Ok<EscalationView> { Value: { } decided }
            ? Results.Redirect($"/{Route}?done={Uri.EscapeDataString($"Escalation {decided.Id}: {action} recorded.")}", permanent: false, preserveMethod: false)
            : taken.Result;
    }
}
