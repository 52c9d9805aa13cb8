namespace Anso.Secretariat.Domain.Common;

/// <summary>
/// A business rule refused the operation. It says why as a code (<see cref="Refusal"/> for the domain's rules; the App has
/// its own codes) and carries the facts as data (a meeting, a state, a date, a name), never as a sentence: the App says it
/// in the reader's language (<c>Refusals.Say</c>) wherever a refusal reaches a screen.
/// </summary>
public class DomainException : Exception
{
    public DomainException(Enum code, params object?[] arguments) : this(code, arguments, null) { }

    /// <summary>
    /// A refusal the App has already worded in the reader's language where it throws, from its own resources: shown as it
    /// is, and logged in that language. Prefer a code, whose English the log keeps.
    /// </summary>
    public DomainException(string said) : this(Refusal.AlreadySaid, [said], null) { }

    protected DomainException(Enum code, object?[] arguments, Exception? cause) : base(null, cause)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>Why: a value of <see cref="Refusal"/>, or of the App's own refusals.</summary>
    public Enum Code { get; }

    /// <summary>The facts the reason names, in the order its wording places them.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>
    /// The refusal in English, for logs and tests only: a screen says it through the App's <c>Refusals.Say</c>, in the
    /// reader's language. The domain holds codes, not sentences, so the App installs its English wording here once
    /// (<see cref="SayInEnglish"/>, as FluentValidation's global LanguageManager is set); without it, the code and the facts.
    /// </summary>
    public override string Message =>
        SayInEnglish?.Invoke(this) ?? $"{Code.GetType().Name}.{Code}({string.Join(", ", Arguments)})";

    /// <summary>Set once at start-up by the App: one English wording for every refusal, the one the screens use.</summary>
    public static Func<DomainException, string>? SayInEnglish { get; set; }
}

/// <summary>Someone else saved the record after the user loaded it.</summary>
public sealed class ConcurrencyConflictException : DomainException
{
    public ConcurrencyConflictException(Enum code, params object?[] arguments) : base(code, arguments) { }

    /// <summary>Already worded in the reader's language (see <see cref="DomainException(string)"/>).</summary>
    public ConcurrencyConflictException(string said) : base(said) { }
}

/// <summary>The signed-in user's role does not allow the operation. Enforced in the services, whatever the UI shows.</summary>
public sealed class AccessDeniedException : DomainException
{
    public AccessDeniedException(Enum code, params object?[] arguments) : base(code, arguments) { }

    /// <summary>Already worded in the reader's language (see <see cref="DomainException(string)"/>).</summary>
    public AccessDeniedException(string said) : base(said) { }
}
