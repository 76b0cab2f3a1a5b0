using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain.Programme;

namespace ProgrammeWorkflows.Functions.Programme;

/// <summary>The programme this app follows up: the app setting <c>Programme:Id</c>, the customs programme of 1997 by default.</summary>
public sealed record FollowedProgramme(string Id)
{
    public static FollowedProgramme From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(configuration["Programme:Id"] ?? BuiltInProgrammes.CustomsActionProgramme1997);
    }
}
