namespace Anso.Secretariat.Domain.Common;

/// <summary>A business rule refused the operation. The message is written for the user who asked for it.</summary>
public class DomainException(string message) : Exception(message);

/// <summary>Someone else saved the record after the user loaded it.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);

/// <summary>The signed-in user's role does not allow the operation. Enforced in the services, whatever the UI shows.</summary>
public sealed class AccessDeniedException(string message) : DomainException(message);
