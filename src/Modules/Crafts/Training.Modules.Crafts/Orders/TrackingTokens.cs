using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Training.BuildingBlocks.Errors;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// The private link a buyer follows an order by: 128 random bits, written base64url (22 characters). The
/// order keeps only the token's SHA-256 hash, so a copy of the database opens no order.
/// </summary>
internal static class TrackingTokens
{
    private const int Bytes = 16;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all: anything else is answered "not found" without a look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 22 } && Base64Url.IsValid(token, out var length) && length == Bytes;

    /// <summary>The order the token opens; a wrong or malformed token is answered as not found.</summary>
    public static async Task<Guid> FindOrderAsync(IQuerySession session, string? token, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(token))
        {
            throw new NotFound("order", "tracking");
        }

        var hash = HashOf(token!);
        var order = await session.Query<Order>().FirstOrDefaultAsync(o => o.TokenHash == hash, cancellationToken);
        return order?.Id ?? throw new NotFound("order", "tracking");
    }
}
