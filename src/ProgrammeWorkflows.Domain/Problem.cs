namespace ProgrammeWorkflows.Domain;

/// <summary>One thing wrong with an input, and where it is (an item and field, a line of a file).</summary>
public sealed record Problem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>
/// The outcome of reading an input that may be wrong: a value, or every problem found.
/// Never both: a value is only given when nothing is wrong, so nothing is half-loaded.
/// </summary>
public sealed class Validated<T>
    where T : class
{
    internal Validated(T? value, IReadOnlyList<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public bool IsValid => Value is not null;

    /// <summary>The value, or an exception listing every problem.</summary>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidDataException(string.Join(Environment.NewLine, Problems));
}

public static class Validated
{
    public static Validated<T> Valid<T>(T value)
        where T : class => new(value, []);

    public static Validated<T> Invalid<T>(IReadOnlyList<Problem> problems)
        where T : class =>
        problems.Count == 0
            ? throw new ArgumentException("An invalid result needs at least one problem.", nameof(problems))
            : new(null, problems);
}
