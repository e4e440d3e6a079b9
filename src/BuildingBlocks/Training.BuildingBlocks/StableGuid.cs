using System.Security.Cryptography;
using System.Text;

namespace Training.BuildingBlocks;

/// <summary>
/// The same id for the same key, every time: for records found again by what they belong to
/// (one plan per course version, one dead letter per handler and event) instead of by a stored id.
/// </summary>
public static class StableGuid
{
    public static Guid From(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
