using System.Globalization;
using Training.Benchmarks;
using Training.Benchmarks.Assessments;
using Training.Benchmarks.Catalog;
using Training.Benchmarks.Certificates;
using Training.Benchmarks.Crafts;
using Training.Benchmarks.Files;
using Training.Benchmarks.JobMatching;

// Catalog search on 2,000 courses and 200,000 enrolments: dotnet run -c Release --project tests/Training.Benchmarks -- catalog
if (args is ["catalog"])
{
    return await CatalogBenchmark.RunAsync();
}

// Graduate search on 300,000 profiles, three filter combinations vs raw SQL: dotnet run -c Release --project tests/Training.Benchmarks -- jobmatching
if (args is ["jobmatching"])
{
    return await JobMatchingBenchmark.RunAsync();
}

// Re-encoding cost per phone photo, and file reads from PostgreSQL vs the old disk store: dotnet run -c Release --project tests/Training.Benchmarks -- files
if (args is ["files"])
{
    return await FilesBenchmark.RunAsync();
}

// 300 learners start and submit an attempt at the same moment: dotnet run -c Release --project tests/Training.Benchmarks -- assessments
if (args is ["assessments"])
{
    return await AssessmentsBenchmark.RunAsync();
}

// Certificates for the verification load script (tests/bench/verify.sh): certificates-seed <connection string> <count> <codes file>
if (args is ["certificates-seed", var connectionString, var count, var codesFile])
{
    return await CertificateData.LoadAsync(connectionString, int.Parse(count, CultureInfo.InvariantCulture), codesFile);
}

// Brands, published products and their stock ledgers for tests/bench/crafts-catalogue.sh: crafts-seed <connection string> <products> <movements> <slugs file>
if (args is ["crafts-seed", var craftsConnection, var products, var movements, var slugsFile])
{
    return await CraftsData.LoadAsync(craftsConnection, int.Parse(products, CultureInfo.InvariantCulture), int.Parse(movements, CultureInfo.InvariantCulture), slugsFile);
}

// 20 tablets recording bazaar sales at once vs 1 tablet: dotnet run -c Release --project tests/Training.Benchmarks -- crafts-sales
if (args is ["crafts-sales"])
{
    return await BazaarBenchmark.RunAsync();
}

// How PostgreSQL runs the catalogue search on the loaded data: crafts-plan <connection string> <word>
if (args is ["crafts-plan", var planConnection, var word])
{
    return await CraftsData.PrintSearchPlanAsync(planConnection, word);
}

// Allocating completed sales through the real relay, vs 1,000 sales and vs the relay's probe handler: crafts-allocation [sales, default 100000]
if (args is ["crafts-allocation", ..])
{
    return await AllocationBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
}

// The words the catalogue load script searches for, one a line: crafts-words
if (args is ["crafts-words"])
{
    Console.WriteLine(string.Join('\n', CraftsWords.Searches));
    return 0;
}

// From a committed pass to a verifiable certificate: dotnet run -c Release --project tests/Training.Benchmarks -- certificates-lag
if (args is ["certificates-lag"])
{
    return await IssueLag.RunAsync();
}

// Relay lag benchmark: dotnet run -c Release --project tests/Training.Benchmarks [pace-ms]
var pace = TimeSpan.FromMilliseconds(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100);
Console.WriteLine($"1,000 integration events from 8 writers, {pace.TotalMilliseconds} ms between sends per writer");

var tuned = await RelayLag.MeasureAsync(wakeOnAppend: true, pace);
var polling = await RelayLag.MeasureAsync(wakeOnAppend: false, pace);

Console.WriteLine(RelayLag.Describe("woken on append (default)", tuned));
Console.WriteLine(RelayLag.Describe("polling only (baseline)", polling));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"p95 ratio tuned/baseline: {RelayLag.Percentile(tuned, 0.95) / RelayLag.Percentile(polling, 0.95):0.00}"));
return 0;
