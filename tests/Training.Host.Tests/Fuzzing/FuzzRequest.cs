using System.Net.Http.Headers;
using System.Text;

namespace Training.Host.Tests.Fuzzing;

/// <summary>One part of a multipart form: a field, or a file when it has a file name.</summary>
internal sealed record FormPart(string Name, string? FileName, byte[] Bytes);

/// <summary>One generated request, kept as data so that a failure can be printed and replayed.</summary>
internal sealed record FuzzRequest(string Kind, string Method, string Path, string? ContentType, byte[]? Body, IReadOnlyList<FormPart>? Form = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Form is not null)
        {
            var form = new MultipartFormDataContent("fuzz-boundary");
            foreach (var part in Form)
            {
                var content = new ByteArrayContent(part.Bytes);
                if (part.FileName is null)
                {
                    form.Add(content, part.Name);
                }
                else
                {
                    // Written by hand: the client's own header check refuses the odd file names this sends on purpose.
                    content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
                    content.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{part.Name}\"; filename=\"{part.FileName}\"");
                    form.Add(content);
                }
            }

            message.Content = form;
        }
        else if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString()
    {
        var body = Form is not null
            ? string.Join(", ", Form.Select(p => $"{p.Name}{(p.FileName is null ? "" : $" ({p.FileName})")}: {p.Bytes.Length} bytes"))
            : Body is null ? "" : Excerpt(Encoding.UTF8.GetString(Body));
        return $"[{Kind}] {Method} {Excerpt(Path)} {ContentType} {body}";
    }

    public static string Excerpt(string text) =>
        (text.Length > 160 ? text[..160] + $"…({text.Length} chars)" : text).Replace("\0", "\\0", StringComparison.Ordinal);
}
