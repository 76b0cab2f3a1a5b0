using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ProgrammeWorkflows.Adapters.Rendering;

/// <summary>
/// The one way this code base writes HTML (pages, reports, mail): a Razor component rendered to a string by Blazor's
/// <see cref="HtmlRenderer"/>, which encodes every value the component writes.
/// </summary>
public static class ComponentHtml
{
    /// <summary>
    /// The renderer's container, empty: the components take all they show as parameters and inject nothing, so rendering
    /// needs nothing of a host (nor can it resolve a host's scoped services from its root, which a container that
    /// validates scopes refuses, as the Functions worker does in Development).
    /// </summary>
    private static readonly ServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    /// <summary>The HTML of <typeparamref name="TComponent"/> given these parameters (by their property names).</summary>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(NoServices, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
