namespace Anso.Secretariat.App.Features.Account;

/// <summary>
/// The signal that an account was disabled, enabled or given another role on this instance. Each circuit keeps its account
/// check for <see cref="CheckHeldFor"/> (<see cref="CurrentUser"/>); the signal makes every circuit of this instance read the
/// account again at its next call. Another instance, which hears nothing, reads it again once the held time is over.
/// </summary>
public sealed class AccountChanges(TimeSpan checkHeldFor)
{
    private long _changes;

    /// <summary>How long a circuit trusts the roles it read, when nothing changed here: the most another instance lags.</summary>
    public TimeSpan CheckHeldFor { get; } = checkHeldFor;

    /// <summary>Goes up with every change; a check read before the last change is read again.</summary>
    public long Seen => Interlocked.Read(ref _changes);

    public void Changed() => Interlocked.Increment(ref _changes);
}
