
namespace ProgrammeWorkflows.Web.Requests;

/// <summary>
/// A request of an endpoint as read and checked by its request type: the request, or the problem to answer instead.
/// The request type is where validation lives, because endpoint filters do not run inside Functions triggers and the
/// same handlers serve both hosts.
/// </summary>
public readonly record struct Checked<T>(T? Request, ProblemHttpResult? Refusal)
    where T : class
{
    public static implicit operator Checked<T>(T request) => new(request, null);

    public static implicit operator Checked<T>(ProblemHttpResult refusal) => new(null, refusal);
}
