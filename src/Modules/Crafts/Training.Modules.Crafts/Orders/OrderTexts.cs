using System.Globalization;
using Training.BuildingBlocks.Time;

namespace Training.Modules.Crafts.Orders;

/// <summary>How the order pages write an order's days and moments: in the facility's zone, months in the reader's language.</summary>
internal static class OrderTexts
{
    /// <summary>The steps an order goes through, in order; a cancelled order stops wherever it was.</summary>
    public static readonly string[] Steps =
        [nameof(OrderState.Requested), nameof(OrderState.Quoted), nameof(OrderState.Accepted), nameof(OrderState.Paid), nameof(OrderState.Completed)];

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Moment(DateTimeOffset moment, string? timeZone) =>
        FacilityTime.Local(moment, timeZone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " " + FacilityTime.Abbreviation(timeZone);

    /// <summary>Whether the order has reached the step (done), waits for it next (current), or has yet to come to it.</summary>
    public static string StepClass(string state, string step)
    {
        var (reached, at) = (Array.IndexOf(Steps, state), Array.IndexOf(Steps, step));
        return at <= reached ? "done" : at == reached + 1 ? "current" : "todo";
    }
}
