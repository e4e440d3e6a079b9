namespace Training.BuildingBlocks.Idempotency;

/// <summary>
/// One honoured key: who sent it with which command (a hash), and the command's answer. Written in the
/// same save as the command's effect, so either both exist or neither does; its id is unique, so two
/// requests racing with one key cannot both commit.
/// </summary>
internal sealed record IdempotencyRecord(string Id, string CommandHash, string Response, DateTimeOffset KeptAt);
