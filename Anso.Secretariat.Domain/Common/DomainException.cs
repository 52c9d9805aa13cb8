namespace Anso.Secretariat.Domain.Common;

/// <summary>A business rule refused the operation. The message is written for the user who asked for it.</summary>
public class DomainException(string message) : Exception(message);

/// <summary>Someone else saved the record after the user loaded it.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);
