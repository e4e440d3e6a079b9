using FluentValidation;
using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>A product of the caller's facility in any state, as its editor shows it; another facility's is 404.</summary>
internal sealed record GetProduct(Guid ProductId) : IRequest<Product>;

internal sealed class GetProductValidator : AbstractValidator<GetProduct>
{
    public GetProductValidator() => RuleFor(x => x.ProductId).NotEmpty();
}

internal sealed class GetProductHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetProduct, Product>
{
    public async Task<Product> Handle(GetProduct query, CancellationToken cancellationToken) =>
        user.EnsureSees(await session.LoadAsync<Product>(query.ProductId, cancellationToken), p => p.FacilityId, "product", query.ProductId);
}
