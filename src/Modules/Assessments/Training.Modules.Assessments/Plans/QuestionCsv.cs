using System.Globalization;
using System.Text;
using FluentValidation.Results;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Plans;

/// <summary>
/// A question bank as a spreadsheet saves it (UTF-8, comma or semicolon, quotes as RFC 4180). The first row
/// names the columns, in any order, in English or Indonesian: <c>unit</c> (SKKNI code or unit number),
/// <c>type</c> (single, multiple, truefalse, numeric), <c>question</c>, <c>options</c> (separated by |),
/// <c>correct</c> (option numbers separated by |, Benar/Salah, or the number) and, optionally, <c>tolerance</c>.
/// Rows are numbered as the spreadsheet shows them: the header is row 1.
/// </summary>
internal static class QuestionCsv
{
    public const int MaxBytes = 1024 * 1024;

    public const int MaxRows = 500;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = "Unit", ["type"] = "Type", ["jenis"] = "Type", ["question"] = "Text", ["soal"] = "Text", ["pertanyaan"] = "Text",
        ["options"] = "Options", ["pilihan"] = "Options", ["correct"] = "Correct", ["benar"] = "Correct", ["jawaban"] = "Correct",
        ["tolerance"] = "Tolerance", ["toleransi"] = "Tolerance",
    };

    private static readonly Dictionary<string, QuestionType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["single"] = QuestionType.SingleChoice, ["tunggal"] = QuestionType.SingleChoice, ["pilihan tunggal"] = QuestionType.SingleChoice,
        ["multiple"] = QuestionType.MultipleChoice, ["ganda"] = QuestionType.MultipleChoice, ["pilihan ganda"] = QuestionType.MultipleChoice,
        ["truefalse"] = QuestionType.TrueFalse, ["true/false"] = QuestionType.TrueFalse, ["benar-salah"] = QuestionType.TrueFalse, ["benar/salah"] = QuestionType.TrueFalse,
        ["numeric"] = QuestionType.Numeric, ["angka"] = QuestionType.Numeric,
    };

    /// <summary>The file's questions (with the unit each belongs to), or what is wrong with the file and with each row.</summary>
    public static (IReadOnlyList<DefinePlan.QuestionInput> Questions, IReadOnlyList<ValidationFailure> Failures) Read(byte[] file, IReadOnlyList<CompetencyUnitInfo> units)
    {
        string text;
        try
        {
            text = Strict.GetString(file).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], [Failure("File", "assessment.import.encoding")]);
        }

        var delimiter = Delimiter(text);
        var (records, unclosedAt) = Records(text, delimiter);
        if (records.Count == 0)
        {
            return ([], [Failure("File", "assessment.import.header")]);
        }

        var header = records[0].Fields.Select(f => Columns.GetValueOrDefault(f.Trim())).ToList();
        if (new[] { "Unit", "Type", "Text", "Options", "Correct" }.Any(c => !header.Contains(c)) || header.Any(h => h is null) || header.Distinct().Count() != header.Count)
        {
            return ([], [Failure("File", "assessment.import.header")]);
        }

        var rows = records.Skip(1).Where(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f))).ToList();
        var failures = new List<ValidationFailure>();
        if (rows.Count is 0 or > MaxRows)
        {
            return ([], [Failure("File", "assessment.import.rows", [MaxRows])]);
        }

        if (unclosedAt is { } row)
        {
            failures.Add(Failure($"Rows[{row}].Row", "assessment.import.quote"));
        }

        var questions = new List<DefinePlan.QuestionInput>();
        foreach (var (number, fields) in rows.Where(r => r.Number != unclosedAt))
        {
            var rowFailures = new List<ValidationFailure>();
            var question = Question(fields.Count > header.Count ? null : header.Zip(fields).ToDictionary(p => p.First!, p => p.Second.Trim()), units, rowFailures);
            if (question is not null && rowFailures.Count == 0)
            {
                rowFailures.AddRange(new QuestionInputValidator().Validate(question).Errors);
                questions.Add(question);
            }

            foreach (var failure in rowFailures)
            {
                var column = failure.PropertyName.Split('[')[0];
                failure.PropertyName = $"Rows[{number}].{(column.Length == 0 ? "Row" : column)}";
            }

            failures.AddRange(rowFailures);
        }

        return (questions, failures);
    }

    private static DefinePlan.QuestionInput? Question(Dictionary<string, string>? cells, IReadOnlyList<CompetencyUnitInfo> units, List<ValidationFailure> failures)
    {
        if (cells is null)
        {
            failures.Add(Failure("", "assessment.import.columns"));
            return null;
        }

        var unitCell = cells.GetValueOrDefault("Unit", "");
        var unit = units.FirstOrDefault(u => string.Equals(u.Code, unitCell, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(unitCell, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= units.Count ? units[position - 1] : null);
        if (unit is null)
        {
            failures.Add(Failure("Unit", "assessment.plan.unknown-unit"));
        }

        if (!Types.TryGetValue(cells.GetValueOrDefault("Type", ""), out var type))
        {
            failures.Add(Failure("Type", "assessment.import.type"));
            return null;
        }

        var correct = cells.GetValueOrDefault("Correct", "");
        var options = type is QuestionType.SingleChoice or QuestionType.MultipleChoice
            ? cells.GetValueOrDefault("Options", "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : null;
        var tolerance = Number(cells.GetValueOrDefault("Tolerance", ""));
        if (tolerance is null && !string.IsNullOrWhiteSpace(cells.GetValueOrDefault("Tolerance")))
        {
            failures.Add(Failure("Tolerance", "not-a-number"));
        }

        var (numbers, number) = type switch
        {
            QuestionType.Numeric => ([], Number(correct)),
            QuestionType.TrueFalse => (correct.ToUpperInvariant() switch { "BENAR" or "TRUE" or "1" => [0], "SALAH" or "FALSE" or "2" => [1], _ => (int[]?)null }, null),
            _ => (OptionNumbers(correct), (decimal?)null),
        };
        if (type == QuestionType.Numeric ? number is null : numbers is null)
        {
            failures.Add(Failure("Correct", type == QuestionType.Numeric ? "not-a-number" : "assessment.plan.correct-not-numbers"));
        }

        return unit is null
            ? null
            : new DefinePlan.QuestionInput(unit.UnitId.ToString(), cells.GetValueOrDefault("Text", ""), type, options, numbers, number, tolerance ?? 0);
    }

    // Spreadsheets in Indonesian settings save with semicolons, since the comma is the decimal mark.
    private static char Delimiter(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
    }

    private static int[]? OptionNumbers(string cell)
    {
        var parts = cell.Split(['|', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n - 1 : (int?)null).ToList();
        return parts.Length > 0 && numbers.All(n => n is not null) ? [.. numbers.Select(n => n!.Value)] : null;
    }

    private static decimal? Number(string cell) =>
        decimal.TryParse(cell.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>RFC 4180 records numbered from 1; a quote left open swallows the rest of the file, so its row is reported.</summary>
    private static (List<(int Number, List<string> Fields)> Records, int? UnclosedAt) Records(string text, char delimiter)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add((records.Count + 1, fields));
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString());
            records.Add((records.Count + 1, fields));
        }

        return (records, quoted ? records.Count : null);
    }

    private static ValidationFailure Failure(string property, string code, int[]? numbers = null) =>
        new(property, code) { ErrorCode = code, CustomState = numbers };
}
