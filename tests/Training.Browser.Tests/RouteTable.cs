namespace Training.Browser.Tests;

/// <summary>Who opens a page: no one signed in, or one of the demo people.</summary>
public enum Visitor
{
    Anonymous,
    Learner,
    Trainer,
    Assessor,
    Officer,
    Admin,
    Employer,
}

/// <summary>
/// One page of the README's route table as a person opens it on the demo data. A page about one record
/// (<c>/learners/{id}</c>) is reached the way a person reaches it: <see cref="Path"/> is the list page, and
/// <see cref="FollowLink"/> the start of the first link on it to open.
/// </summary>
public sealed record PageRoute(Visitor Visitor, string Path, string? FollowLink = null)
{
    public override string ToString() => FollowLink is null ? $"{Visitor} {Path}" : $"{Visitor} {Path} → {FollowLink}…";
}

/// <summary>Every page of the route table, for the layout, accessibility and language checks alike.</summary>
public static class RouteTable
{
    public static readonly IReadOnlyList<PageRoute> Pages =
    [
        new(Visitor.Anonymous, "/"),
        new(Visitor.Anonymous, "/signin"),
        new(Visitor.Anonymous, "/employers/register"),
        new(Visitor.Anonymous, "/courses"),
        new(Visitor.Anonymous, "/courses", "/courses/"),
        new(Visitor.Anonymous, "/verify"),
        new(Visitor.Anonymous, "/verify/UNKNOWNCODE1"),
        new(Visitor.Anonymous, "/issuer"),
        new(Visitor.Anonymous, "/error/404"),
        new(Visitor.Anonymous, "/katalog"),
        new(Visitor.Anonymous, "/katalog/acara"),
        new(Visitor.Anonymous, "/katalog/pesan"),
        new(Visitor.Anonymous, "/pesanan/AAAAAAAAAAAAAAAAAAAAAA"),
        new(Visitor.Learner, "/account"),
        new(Visitor.Learner, "/learning"),
        new(Visitor.Learner, "/learning", "/learning/"),
        new(Visitor.Learner, "/certificates"),
        new(Visitor.Learner, "/profile"),
        new(Visitor.Learner, "/profile/interests"),
        new(Visitor.Learner, "/premi"),
        new(Visitor.Trainer, "/trainer/courses"),
        new(Visitor.Trainer, "/trainer/courses/new"),
        new(Visitor.Trainer, "/trainer/courses", "/trainer/courses/"),
        new(Visitor.Trainer, "/trainer/cohorts"),
        new(Visitor.Trainer, "/trainer/cohorts", "/trainer/cohorts/"),
        new(Visitor.Trainer, "/trainer/portfolio"),
        new(Visitor.Trainer, "/trainer/assessments"),
        new(Visitor.Assessor, "/assessments/practical"),
        new(Visitor.Officer, "/learners"),
        new(Visitor.Officer, "/learners/new"),
        new(Visitor.Officer, "/learners/import"),
        new(Visitor.Officer, "/learners", "/learners/"),
        new(Visitor.Officer, "/cohorts"),
        new(Visitor.Officer, "/cohorts/new"),
        new(Visitor.Officer, "/cohorts", "/cohorts/"),
        new(Visitor.Officer, "/interests/review"),
        new(Visitor.Officer, "/certificates/facility"),
        new(Visitor.Officer, "/crafts/brand"),
        new(Visitor.Officer, "/crafts/products"),
        new(Visitor.Officer, "/crafts/products/new"),
        new(Visitor.Officer, "/crafts/sale"),
        new(Visitor.Officer, "/crafts/events"),
        new(Visitor.Officer, "/crafts/premi"),
        new(Visitor.Officer, "/crafts/orders"),
        new(Visitor.Officer, "/crafts/orders/production"),
        new(Visitor.Admin, "/admin/facilities"),
        new(Visitor.Admin, "/admin/staff"),
        new(Visitor.Admin, "/admin/employers"),
        new(Visitor.Admin, "/admin/issuers"),
        new(Visitor.Admin, "/crafts/allocation-rules"),
        new(Visitor.Employer, "/employer/graduates"),
        new(Visitor.Employer, "/employer/graduates", "/employer/graduates/"),
        new(Visitor.Employer, "/employer/postings"),
        new(Visitor.Employer, "/employer/postings", "/employer/postings/"),
        new(Visitor.Employer, "/employer/interests"),
    ];
}
