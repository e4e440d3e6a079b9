using FluentValidation;
using MediatR;

namespace Training.BuildingBlocks.Messaging;

/// <summary>Runs every validator of a request before its handler; a failure never reaches the handler.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : await next();
    }
}
