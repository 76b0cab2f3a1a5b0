using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;
using ProgrammeWorkflows.Adapters.Rendering;

namespace ProgrammeWorkflows.Web.Pages;

/// <summary>A page as the answer to a request: its own component inside the <see cref="Layout"/>, as text/html with its status code.</summary>
public static class PageResult
{
    /// <param name="title">The page's title (the browser's tab).</param>
    /// <param name="body">The parameters of <typeparamref name="TBody"/>, by their property names.</param>
    /// <param name="statusCode">The response's status code.</param>
    public static IResult Of<TBody>(string title, IDictionary<string, object?> body, int statusCode = StatusCodes.Status200OK)
        where TBody : IComponent => new Page<TBody>(title, body, statusCode);

    /// <summary>Rendered as the response is written, so that a handler which answers at once can answer with a page.</summary>
    private sealed class Page<TBody>(string title, IDictionary<string, object?> body, int statusCode) : IResult
        where TBody : IComponent
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var html = await ComponentHtml.RenderAsync<Layout>(new Dictionary<string, object?>
            {
                [nameof(Layout.Title)] = title,
                [nameof(Layout.Body)] = (RenderFragment)Body,
            });
            await Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode).ExecuteAsync(httpContext);
        }

        private void Body(RenderTreeBuilder main)
        {
            main.OpenComponent<TBody>(0);
            foreach (var (name, value) in body)
                main.AddComponentParameter(1, name, value);
            main.CloseComponent();
        }
    }
}
