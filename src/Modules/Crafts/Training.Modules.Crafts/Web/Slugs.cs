using System.Text;
using Training.BuildingBlocks.Text;

namespace Training.Modules.Crafts.Web;

/// <summary>Readable addresses for public pages: "Tas Purun Anyaman" becomes "tas-purun-anyaman".</summary>
internal static class Slugs
{
    private const int MaxLength = 60;

    public static string From(string text)
    {
        var slug = new StringBuilder();
        foreach (var word in Folded.Words(text))
        {
            var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0 && slug.Length + letters.Length < MaxLength)
            {
                slug.Append(slug.Length > 0 ? "-" : "").Append(letters);
            }
        }

        return slug.Length > 0 ? slug.ToString() : "produk";
    }

    /// <summary>The slug with a piece of the id after it, so two products of the same title never share an address.</summary>
    public static string Unique(string text, Guid id) => $"{From(text)}-{id.ToString("N")[..6]}";
}
