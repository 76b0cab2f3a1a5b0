using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace ProgrammeWorkflows.Adapters.Rendering;

/// <summary>
/// HTML that is safe by construction: text interpolated into it is HTML-encoded, unless it is itself <see cref="Html"/>.
/// <c>Html.Of($"&lt;p&gt;{delegateText}&lt;/p&gt;")</c> encodes <c>delegateText</c>; there is no way to forget.
/// </summary>
public sealed class Html
{
    private Html(string value) => Value = value;

    public static Html Empty { get; } = new(string.Empty);

    public string Value { get; }

    public static Html Of([InterpolatedStringHandlerArgument] ref Builder builder) => new(builder.ToString());

    /// <summary>Markup written in this code base, never text that came from a person or a store.</summary>
    public static Html Raw(string trustedMarkup) => new(trustedMarkup);

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public override string ToString() => Value;

    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private readonly StringBuilder text;

        public Builder(int literalLength, int formattedCount) => text = new StringBuilder(literalLength + (formattedCount * 16));

        public readonly void AppendLiteral(string value) => text.Append(value);

        public readonly void AppendFormatted(Html? value) => text.Append(value?.Value);

        public readonly void AppendFormatted<T>(T value) => text.Append(HtmlEncoder.Default.Encode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));

        public readonly void AppendFormatted<T>(T value, string? format)
            where T : IFormattable => text.Append(HtmlEncoder.Default.Encode(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));

        public override readonly string ToString() => text.ToString();
    }
}
