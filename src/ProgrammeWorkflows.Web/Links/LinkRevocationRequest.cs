using ProgrammeWorkflows.Domain.Delegates;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Domain.FollowUp;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Web.Errors;
using ProgrammeWorkflows.Web.Requests;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Links;

/// <summary>A revocation as asked: the delegate's scope, the delegate, and why.</summary>
public sealed record RevocationAsked(LinkScope Scope, PartyDelegate Delegate, string Reason);

/// <summary>
/// The body of <c>POST /api/links/revoke</c>: whose link (<c>item</c>, <c>cycle</c>, <c>party</c>, the delegate's
/// <c>email</c>) and why (<c>reason</c>). Each field is checked against the programme and the directory.
/// </summary>
public sealed record LinkRevocationRequest(int? Item, string? Cycle, string? Party, string? Email, string? Reason)
{
    private const string Title = "The revocation is not valid";

    /// <summary>The scope and the delegate asked for, or a 400 naming each field that does not fit.</summary>
    public static async Task<Checked<RevocationAsked>> ReadAsync(HttpRequest request, ProgrammeDefinition programme, DelegateDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(directory);
        var (body, refusal) = await JsonBody.ReadAsync<LinkRevocationRequest>(
            request, Title, ("The revocation must be JSON", "Send Content-Type: application/json with {\"item\", \"cycle\", \"party\", \"email\", \"reason\"}."), "not a revocation");
        if (body is null)
            return refusal!;

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var item = programme.Items.FirstOrDefault(i => i.Number == body.Item);
        var cycle = item is null ? null : ProgrammeSchedule.CyclesOf(programme, item).FirstOrDefault(c => c.Cycle == body.Cycle);
        var recipient = body.Party is null || body.Email is null ? null : directory.Find(PartyDelegate.IdOf(body.Party, body.Email));
        if (item is null)
            errors["item"] = [$"\"{body.Item}\" is not an item of the timetable (1 to {programme.Items.Count})"];
        else if (cycle is null)
            errors["cycle"] = [$"\"{body.Cycle}\" is not a cycle of item {item.Number} ({string.Join(", ", ProgrammeSchedule.CyclesOf(programme, item).Select(c => c.Cycle))})"];
        else if (body.Party is null || !cycle.Owners.Contains(body.Party))
            errors["party"] = [$"\"{body.Party}\" owes nothing on item {item.Number} ({cycle.Cycle})"];
        if (!errors.ContainsKey("party") && recipient is null)
            errors["email"] = [$"\"{body.Email}\" is not a delegate of {body.Party} in the directory"];
        if (body.Reason?.Trim() is not { Length: > 0 } reason)
            errors["reason"] = ["say why the link is revoked"];
        else if (reason.Length > Escalation.MaxReasonLength)
            errors["reason"] = [$"{reason.Length} characters; at most {Escalation.MaxReasonLength}"];

        return errors.Count > 0
            ? Problems.Invalid(Title, errors)
            : new RevocationAsked(new LinkScope(programme.Id, item!.Number, cycle!.Cycle, body.Party!, recipient!.Id), recipient, body.Reason!.Trim());
    }
}
