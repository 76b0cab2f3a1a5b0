using System.Net.Http.Headers;

namespace ProgrammeWorkflows.Tests;

/// <summary>What a delegate's browser posts to a reply link: a multipart form with the status, the text and any files.</summary>
internal static class AnswerForm
{
    public static MultipartFormDataContent Of(string status, string text, params (string Name, string Type, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(status), "status" }, { new StringContent(text), "text" } };
        foreach (var (name, type, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "attachments", name);
        }

        return form;
    }
}
