using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProgrammeWorkflows.Domain;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Local.Simulation;

/// <summary>Section <c>Simulation</c>: <c>Seed</c>, <c>Mix</c>, <c>DaysPerSecond</c>, read and checked in one place.</summary>
public sealed record SimulationOptions(int Seed, BehaviourMix Mix, double DaysPerSecond)
{
    public const int DefaultSeed = 1997;

    public static Validated<SimulationOptions> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<Problem>();
        var seed = DefaultSeed;
        if (configuration["Simulation:Seed"] is { Length: > 0 } seedText && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
            problems.Add(new Problem("seed", $"\"{seedText}\" is not a whole number"));

        var mix = BehaviourMix.Default;
        if (configuration["Simulation:Mix"] is { Length: > 0 } mixText)
        {
            var read = BehaviourMix.Parse(mixText);
            if (read.IsValid)
                mix = read.Value!;
            else
                problems.AddRange(read.Problems);
        }

        var speed = SimulationSettings.DefaultDaysPerSecond;
        if (configuration["Simulation:DaysPerSecond"] is { Length: > 0 } speedText
            && (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out speed) || !(speed > 0) || speed > SimulationSettings.MaxDaysPerSecond))
            problems.Add(new Problem("days-per-second", $"\"{speedText}\" is not a number above 0 and at most {SimulationSettings.MaxDaysPerSecond}"));

        return problems.Count > 0 ? Validated.Invalid<SimulationOptions>(problems) : Validated.Valid(new SimulationOptions(seed, mix, speed));
    }
}
