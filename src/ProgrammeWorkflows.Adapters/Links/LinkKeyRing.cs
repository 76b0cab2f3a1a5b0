using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ProgrammeWorkflows.Adapters.Links;

/// <summary>The keys of <see cref="LinkOptions.Keys"/>, decoded once: the first derives, each verifies what it derived.</summary>
public sealed partial class LinkKeyRing
{
    public const int ShortestSecretBytes = 32;

    /// <summary>The id of a key the local host generates when none is configured.</summary>
    public const string GeneratedId = "local-1";

    private readonly Dictionary<string, byte[]> secrets;

    public LinkKeyRing(IOptions<LinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = options.Value.Keys;
        if (Problems(keys) is { Count: > 0 } problems)
            throw new OptionsValidationException(LinkOptions.Section, typeof(LinkOptions), problems);
        secrets = keys.ToDictionary(k => k.Id, k => Convert.FromBase64String(k.Secret), StringComparer.Ordinal);
        Current = keys[0].Id;
    }

    /// <summary>The id of the key new links are derived with.</summary>
    public string Current { get; }

    public byte[]? Secret(string id) => secrets.GetValueOrDefault(id);

    /// <summary>A key for a host that keeps none (a generated one is kept in the local data folder by <c>serve</c>).</summary>
    public static LinkKey Generate(string id = GeneratedId) => new() { Id = id, Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(ShortestSecretBytes)) };

    /// <summary>What is wrong with the keys, each naming the setting; empty when they can be used.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<LinkKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return [$"{LinkOptions.Section}:Keys is empty: reply links are derived with a key; set {LinkOptions.Section}:Keys:0:Id and {LinkOptions.Section}:Keys:0:Secret (openssl rand -base64 32)"];
        var problems = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!KeyId().IsMatch(keys[i].Id))
                problems.Add($"{LinkOptions.Section}:Keys:{i}:Id \"{keys[i].Id}\" is not 1 to 16 lower-case letters, digits or dashes");
            var bytes = new byte[keys[i].Secret.Length];
            if (!Convert.TryFromBase64String(keys[i].Secret, bytes, out var length) || length < ShortestSecretBytes)
                problems.Add($"{LinkOptions.Section}:Keys:{i}:Secret is not base64 of at least {ShortestSecretBytes} bytes");
        }

        foreach (var twice in keys.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{LinkOptions.Section}:Keys names the key \"{twice.Key}\" {twice.Count()} times");
        return problems;
    }

    [GeneratedRegex("^[a-z0-9-]{1,16}$")]
    private static partial Regex KeyId();
}

/// <summary>The link keys checked at start: a host without a usable key does not start, and says which setting to fix.</summary>
internal sealed class LinkKeysValidation : IValidateOptions<LinkOptions>
{
    public ValidateOptionsResult Validate(string? name, LinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return LinkKeyRing.Problems(options.Keys) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
