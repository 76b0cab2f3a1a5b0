using Microsoft.AspNetCore.Components;

namespace ProgrammeWorkflows.Web.Pages;

/// <summary>The page frame: self-contained (no external scripts, styles or fonts), readable, printable, keyboard-usable.</summary>
public partial class Layout
{
    /// <summary>The frame's style element; the header policy allows it by its hash.</summary>
    internal const string Style = """
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
        header{border-bottom:3px solid #003399;margin-bottom:1rem}header p{margin:.2rem 0;color:#555}
        h1{font-size:1.6rem;color:#003399}h2{font-size:1.2rem;margin-top:1.6rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f8}.notice{padding:.75rem 1rem;border-left:4px solid #003399;background:#eef1f8}
        .closed{border-color:#a00;background:#fbeaea}label{display:block;font-weight:600;margin-top:1rem}
        textarea{width:100%;min-height:12rem;font:inherit}select,input,button{font:inherit}
        button{margin-top:1rem;padding:.5rem 1.2rem;background:#003399;color:#fff;border:0;border-radius:3px;cursor:pointer}
        button:focus,a:focus,select:focus,textarea:focus,input:focus{outline:3px solid #ffcc00;outline-offset:2px}
        .muted{color:#555}.pre{white-space:pre-wrap}
        @media print{button,form{display:none}body{max-width:none}}
        """;

    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <summary>The page's own content, inside <c>&lt;main&gt;</c>.</summary>
    [Parameter, EditorRequired]
    public RenderFragment Body { get; set; } = default!;
}
