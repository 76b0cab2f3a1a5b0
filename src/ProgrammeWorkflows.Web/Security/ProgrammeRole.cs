namespace ProgrammeWorkflows.Web.Security;

/// <summary>What a person signed in to the programme may do: the app roles of the Entra app registration, the roles of a local key.</summary>
public enum ProgrammeRole
{
    /// <summary>Works the escalation queue: reads everything the secretariat reads, and decides.</summary>
    Presidency,

    /// <summary>Reads the items, the reports and the queue; takes no decision.</summary>
    Secretariat,

    /// <summary>Starts the programme, produces annual reports, and may do everything the others may.</summary>
    Administrator,
}

/// <summary>What a route asks of the person calling it; each route but the reply link names one.</summary>
public enum RouteAccess
{
    /// <summary>Items, reports, the queue and the pages: any role.</summary>
    Read,

    /// <summary>A decision on an escalation: the Presidency or an administrator.</summary>
    Decide,

    /// <summary>Starting the programme, producing an annual report, the local mail folder: an administrator.</summary>
    Administer,
}

public static class ProgrammeRoles
{
    /// <summary>The roles that may use a route of this access, the first the one a refusal names.</summary>
    public static IReadOnlyList<ProgrammeRole> Admitted(this RouteAccess access) => access switch
    {
        RouteAccess.Read => [ProgrammeRole.Secretariat, ProgrammeRole.Presidency, ProgrammeRole.Administrator],
        RouteAccess.Decide => [ProgrammeRole.Presidency, ProgrammeRole.Administrator],
        RouteAccess.Administer => [ProgrammeRole.Administrator],
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "not a route access"),
    };

    /// <summary>A role named as the app registration and the settings name it (<c>Presidency</c>, <c>secretariat</c>): case does not matter.</summary>
    public static bool TryParse(string? name, out ProgrammeRole role) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(name, out _) && !name!.Contains(',', StringComparison.Ordinal);
}
