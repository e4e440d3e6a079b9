namespace Training.BuildingBlocks.Documents;

/// <summary>
/// A list for a facility's files, printed by <see cref="ListPdf"/>: a title in Indonesian with English
/// beneath, a few lines of facts, then tables; the footer names when it was printed.
/// </summary>
public sealed record PrintedList(string Title, string EnglishTitle, IReadOnlyList<string> Facts, string PrintedAt, IReadOnlyList<PrintedTable> Tables);

/// <summary>A table that starts on a new page; <paramref name="Caption"/> says which part it is when a list has several.</summary>
public sealed record PrintedTable(string? Caption, IReadOnlyList<PrintedColumn> Columns, IReadOnlyList<PrintedRow> Rows);

/// <summary>A column's heading, a quieter line beneath it (English, or a weekday), and its share of the page's width.</summary>
public sealed record PrintedColumn(string Heading, string SubHeading, double Weight, bool Centred = false);

/// <summary>One cell per column; a summary row (a total, a rate) is set in bold on a tint.</summary>
public sealed record PrintedRow(IReadOnlyList<string> Cells, bool Summary = false);
