namespace Training.Modules.Courses.Contracts;

/// <summary>The platform's fixed list of skill categories; courses, postings and searches use it.</summary>
public enum SkillCategory
{
    Knitting,
    Weaving,
    Batik,
    Beadwork,
    Sewing,
    Culinary,
    Beauty,
    Agriculture,
    ComputerLiteracy,
}
