using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Idempotency;

namespace Training.Host.Tests.Web;

/// <summary>
/// Finds the API's creating endpoints from what their handlers do: a POST whose handler (or a method of
/// its own assembly it calls, async bodies included) answers 201 Created or 202 Accepted, plus the POSTs
/// that answer 200 with the ids of what they created, named below because no answer type gives them away.
/// </summary>
internal static class CreatingEndpoints
{
    /// <summary>POSTs that create and answer 200 with the new ids: bulk enrolment, the learner import, a certificate's reissue.</summary>
    public static readonly IReadOnlySet<string> AnsweringOkWithNewIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "/cohorts/{id:guid}/enrollments/bulk",
        "/learners/import",
        "/certificates/{id:guid}/reissue",
    };

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => unchecked((ushort)o.Value));

    private static readonly HashSet<string> CreatedAnswers = new(StringComparer.Ordinal) { "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute" };

    public static IReadOnlyList<RouteEndpoint> Find(IEnumerable<Endpoint> endpoints) =>
    [
        .. endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true)
            .Where(e => AnswersCreated(e) || AnsweringOkWithNewIds.Any(path => e.RoutePattern.RawText!.EndsWith(path, StringComparison.Ordinal))),
    ];

    /// <summary>The creating endpoints without <see cref="IdempotentCreation.CreatesResource"/>, by route.</summary>
    public static IReadOnlyList<string> Unmarked(IEnumerable<Endpoint> endpoints) =>
    [
        .. Find(endpoints).Where(e => e.Metadata.GetMetadata<CreatesResourceMetadata>() is null).Select(e => e.RoutePattern.RawText!),
    ];

    private static bool AnswersCreated(RouteEndpoint endpoint)
    {
        var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is null)
        {
            return false;
        }

        var seen = new HashSet<MethodBase>();
        var waiting = new Queue<MethodBase>([handler]);
        while (waiting.TryDequeue(out var method))
        {
            if (!seen.Add(method))
            {
                continue;
            }

            if (method.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } body)
            {
                waiting.Enqueue(body);
            }

            foreach (var callee in Callees(method))
            {
                if ((callee.DeclaringType == typeof(TypedResults) || callee.DeclaringType == typeof(Results)) && CreatedAnswers.Contains(callee.Name))
                {
                    return true;
                }

                if (callee.Module.Assembly == handler.Module.Assembly)
                {
                    waiting.Enqueue(callee);
                }
            }
        }

        return false;
    }

    /// <summary>The methods a method's IL calls or takes as a delegate (lambdas, local functions).</summary>
    private static List<MethodBase> Callees(MethodBase method)
    {
        var callees = new List<MethodBase>();
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = OpCodesByValue[il[at] == 0xFE ? (ushort)(0xFE00 | il[at + 1]) : il[at]];
            at += code.Size;
            if (code.OperandType == OperandType.InlineMethod)
            {
                callees.Add(method.Module.ResolveMethod(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!);
            }

            at += OperandSize(code.OperandType, il, at);
        }

        return callees;
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
