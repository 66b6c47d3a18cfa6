namespace ModularShop.BuildingBlocks.Validation;

/// <summary>Checks the shape of a request before its handler runs. Found in the module's assembly and run by the request pipeline.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<ValidationError> Validate(TRequest request);
}

/// <summary>One invalid field, named as the client sent it (camelCase), and what is wrong with it.</summary>
public sealed record ValidationError(string Field, string Message);
