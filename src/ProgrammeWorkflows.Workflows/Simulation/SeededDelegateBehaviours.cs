using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProgrammeWorkflows.Workflows.Simulation;

/// <summary>
/// How often each behaviour occurs among the simulated parties, as whole weights (not necessarily summing to 100).
/// Written and read as <c>on-invitation=55,after-first-reminder=15,late=10,never=8,extended=7,waived=5</c>.
/// </summary>
public sealed record BehaviourMix(IReadOnlyList<(DelegateBehaviour Behaviour, int Weight)> Weights)
{
    public static BehaviourMix Default { get; } = new(
    [
        (DelegateBehaviour.OnInvitation, 55), (DelegateBehaviour.AfterFirstReminder, 15), (DelegateBehaviour.Late, 10),
        (DelegateBehaviour.Never, 8), (DelegateBehaviour.Extended, 7), (DelegateBehaviour.Waived, 5),
    ]);

    public int Total => Weights.Sum(w => w.Weight);

    public static string NameOf(DelegateBehaviour behaviour) => behaviour switch
    {
        DelegateBehaviour.OnInvitation => "on-invitation",
        DelegateBehaviour.AfterFirstReminder => "after-first-reminder",
        _ => behaviour.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a mix; a behaviour not named has weight 0. Refuses unknown names, bad or negative weights, repeats, and an all-zero mix.</summary>
    public static Domain.Validated<BehaviourMix> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<Domain.Problem>();
        var weights = new Dictionary<DelegateBehaviour, int>();
        var byName = Enum.GetValues<DelegateBehaviour>().ToDictionary(NameOf, StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !byName.TryGetValue(pair[0], out var behaviour))
                problems.Add(new Domain.Problem($"mix \"{part}\"", $"not a behaviour=weight pair; the behaviours are {string.Join(", ", byName.Keys)}"));
            else if (!int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight > 1000)
                problems.Add(new Domain.Problem($"mix \"{part}\"", "the weight must be a whole number from 0 to 1000"));
            else if (!weights.TryAdd(behaviour, weight))
                problems.Add(new Domain.Problem($"mix \"{part}\"", $"{pair[0]} is given twice"));
        }

        if (problems.Count == 0 && weights.Values.Sum() == 0)
            problems.Add(new Domain.Problem("mix", "at least one behaviour needs a weight above 0"));
        return problems.Count > 0
            ? Domain.Validated.Invalid<BehaviourMix>(problems)
            : Domain.Validated.Valid(new BehaviourMix([.. Enum.GetValues<DelegateBehaviour>().Select(b => (b, weights.GetValueOrDefault(b)))]));
    }

    public override string ToString() => string.Join(",", Weights.Where(w => w.Weight > 0).Select(w => $"{NameOf(w.Behaviour)}={w.Weight}"));
}

/// <summary>
/// Each party's behaviour on each item cycle drawn from a mix, the same for the same seed on every machine and run:
/// a SHA-256 of seed, programme, item, cycle and party picks the weight bucket (no shared random state, so the order in
/// which the engine asks does not matter).
/// </summary>
public sealed class SeededDelegateBehaviours(int seed, BehaviourMix mix) : IDelegateBehaviours
{
    public DelegateBehaviour BehaviourOf(string programmeId, int item, string cycle, string party)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}|{programmeId}|{item}|{cycle}|{party}")));
        var draw = (int)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)mix.Total);
        foreach (var (behaviour, weight) in mix.Weights)
        {
            if (draw < weight)
                return behaviour;
            draw -= weight;
        }

        throw new InvalidOperationException("the mix has no weight");
    }
}
