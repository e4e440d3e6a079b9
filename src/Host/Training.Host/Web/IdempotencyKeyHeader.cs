using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Training.BuildingBlocks.Idempotency;

namespace Training.Host.Web;

/// <summary>Names the optional <c>Idempotency-Key</c> header on every creating operation of the API description.</summary>
internal sealed class IdempotencyKeyHeader : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<CreatesResourceMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotentCreation.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Send the same key again (within 24 hours, with the same request) to get the first answer "
                    + "instead of creating a second resource. The same key with another request is refused with 422 "
                    + $"({IdempotentCreation.ReusedCode}); a malformed key with 400 ({IdempotentCreation.InvalidCode}).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 8, MaxLength = 128, Pattern = "^[A-Za-z0-9._:-]{8,128}$" },
            });
        }

        return Task.CompletedTask;
    }
}
